#include "exportchart.h"

#include "text/fonts.h"
#include "text/languagemanager.h"
#include "storage/outputpath.h"
#include "report/reportrenderer.h"
#include "report/reporttext.h"
#include "report/tablereport.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPieSeries>
#include <QSaveFile>
#include <QToolTip>
#include <QValueAxis>

namespace {

// The ExportChartData a chart draws (data(), figures(), pickAt()).
const char *const Data = "sammelanData";

void showTip(const QString &text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text);
}

QValueAxis *valueAxis(double max, const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, std::max(max * 1.08, 1.0)); // room for the labels at the bars' ends
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTitleText(title);
    return axis;
}

void styleAxes(QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(Fonts::uiFont(10));
        axis->setTitleFont(Fonts::uiFont(10));
    }
}

// The title as written, beside the one the chart draws (wrapped onto lines as HTML).
const char *const FullTitle = "sammelanFullTitle";
// Set on charts whose legend may go from under the chart to its right.
const char *const LegendMayMove = "sammelanLegendMayMove";
// Marks the value labels among the chart's items.
const char *const ValueLabel = "sammelanValue";

// `text` broken between words into lines no wider than `width` in `font`, centred, as HTML.
// Qt Charts elides a title wider than the chart ("Gorakhpur: Exports by country, 2020-21
// (total ₹300.50 cror…" on a laptop screen); a wrapped one keeps every word. A bracketed
// part ("(total ₹300.50 crore)") stays on one line when it fits on one.
QString wrapped(const QString &text, const QFont &font, qreal width)
{
    const QFontMetricsF metrics(font);
    QStringList units;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const bool inBrackets = !units.isEmpty() && units.constLast().startsWith(QLatin1Char('('))
                                && !units.constLast().endsWith(QLatin1Char(')'));
        if (inBrackets)
            units.last() += QLatin1Char(' ') + word;
        else
            units << word;
    }
    QStringList lines;
    QString line;
    auto flush = [&] {
        if (!line.isEmpty())
            lines << line.toHtmlEscaped();
        line.clear();
    };
    for (const QString &unit : std::as_const(units)) {
        const QString longer = line.isEmpty() ? unit : line + QLatin1Char(' ') + unit;
        if (metrics.horizontalAdvance(longer) <= width) {
            line = longer;
            continue;
        }
        flush();
        if (metrics.horizontalAdvance(unit) <= width) {
            line = unit;
            continue;
        }
        // A bracketed part wider than the chart: word by word after all.
        for (const QString &word : unit.split(QLatin1Char(' '))) {
            const QString next = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (!line.isEmpty() && metrics.horizontalAdvance(next) > width)
                flush();
            line = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        }
    }
    flush();
    return QStringLiteral("<div align=\"center\">%1</div>").arg(lines.join(QStringLiteral("<br>")));
}

// The legend's entries in one row, as wide as they are drawn.
qreal legendRowWidth(QChart *chart)
{
    const QFontMetricsF metrics(chart->legend()->font());
    qreal width = 0;
    for (QLegendMarker *marker : chart->legend()->markers())
        if (marker->isVisible())
            width += metrics.horizontalAdvance(marker->label()) + 1.25 * metrics.height(); // marker, spacing
    return width;
}

// Fits what depends on the chart's width: the title is wrapped to it, and a legend whose
// entries do not fit in a row under the chart (Qt elides them: "Te…", "Re…") goes to its right,
// where each has a line of its own.
void fitToWidth(QChart *chart)
{
    const QString full = chart->property(FullTitle).toString();
    const qreal width = chart->size().width() - chart->margins().left() - chart->margins().right() - 24;
    if (width <= 0)
        return;
    const QString title = full.isEmpty() ? QString() : wrapped(full, chart->titleFont(), width);
    if (chart->title() != title)
        chart->setTitle(title);
    if (chart->property(LegendMayMove).toBool()) {
        const Qt::Alignment alignment = legendRowWidth(chart) > width ? Qt::AlignRight : Qt::AlignBottom;
        if (chart->legend()->alignment() != alignment)
            chart->legend()->setAlignment(alignment);
    }
}

// Values at the bars' ends (`texts`, bottom up, as ExportChartData wrote them).
void addValueLabels(QChart *chart, QAbstractBarSeries *series, QBarSet *set, const QStringList &texts)
{
    QList<QGraphicsSimpleTextItem *> labels;
    for (int i = 0; i < set->count(); ++i) {
        auto *label = new QGraphicsSimpleTextItem(texts.value(i), chart);
        label->setFont(Fonts::uiFont(9));
        label->setBrush(QColor(0x303030));
        label->setZValue(10);
        label->setData(0, QLatin1String(ValueLabel));
        labels << label;
    }
    const auto place = [chart, series, set, labels] {
        for (int i = 0; i < labels.size(); ++i) {
            const QPointF end = chart->mapToPosition(QPointF(set->at(i), i), series);
            QGraphicsSimpleTextItem *label = labels.at(i);
            label->setPos(end.x() + 4, end.y() - label->boundingRect().height() / 2);
        }
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    place();
}

} // namespace

std::optional<ExportChart::Pick> ExportChart::pickAt(QChart *chart, const QPointF &scenePos)
{
    if (!chart)
        return std::nullopt;
    const QList<QAbstractSeries *> series = chart->series();
    if (series.isEmpty())
        return std::nullopt;
    const ExportChartData d = data(chart);
    int category = -1;
    if (auto *bars = qobject_cast<QHorizontalBarSeries *>(series.constFirst())) {
        if (!chart->plotArea().contains(chart->mapFromScene(scenePos)))
            return std::nullopt;
        // Categories sit at 0, 1, 2, … on the bar axis, bottom up: the largest last.
        const QPointF value = chart->mapToValue(chart->mapFromScene(scenePos), bars);
        category = int(d.categories.size()) - 1 - int(std::lround(value.y()));
    } else if (auto *pie = qobject_cast<QPieSeries *>(series.constFirst())) {
        // The slice under the pointer is the one drawn out (see create()).
        const QList<QPieSlice *> slices = pie->slices();
        for (int i = 0; i < slices.size(); ++i)
            if (slices.at(i)->isExploded())
                category = i;
    }
    const QString key = d.pickKey(category);
    if (key.isEmpty())
        return std::nullopt;
    return Pick{d.by, key, d.categories.at(category).name};
}

ExportChartData ExportChart::data(const QChart *chart)
{
    return chart ? chart->property(Data).value<ExportChartData>() : ExportChartData();
}

QString ExportChart::fullTitle(const QChart *chart)
{
    return data(chart).title;
}

QStringList ExportChart::valueLabels(const QChart *chart)
{
    // Made bottom-up, as the bars are drawn.
    QStringList texts;
    for (QGraphicsItem *item : chart->childItems())
        if (item->data(0).toString() == QLatin1String(ValueLabel))
            texts.prepend(static_cast<QGraphicsSimpleTextItem *>(item)->text());
    return texts;
}

QChart *ExportChart::create(const QList<ExportRecord> &records, const QHash<qint64, Sector> &sectors,
                            const QString &district, const ExportChartOptions &options)
{
    return create(ExportChartData::compute(records, sectors, district, options));
}

QChart *ExportChart::create(const ExportChartData &d)
{
    using Kind = ExportChartOptions::Kind;
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(LanguageManager::numberLocale()); // the axes' numbers, in the chosen digits
    QFont titleFont = Fonts::uiFont(13);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setProperty(Data, QVariant::fromValue(d));
    chart->setProperty(FullTitle, d.title);
    chart->setTitle(wrapped(d.title, titleFont, 1e6));
    chart->legend()->setFont(Fonts::uiFont(10));
    chart->legend()->setVisible(false);
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, [chart] { fitToWidth(chart); });
    if (d.isEmpty())
        return chart;

    const auto crore = &ExportChartData::crore;
    const auto percent = &ExportChartData::percent;
    // A horizontal bar chart draws its first category at the bottom: the data's list reversed,
    // largest last.
    QStringList reversed;
    for (auto it = d.categories.crbegin(); it != d.categories.crend(); ++it)
        reversed << it->name;
    const auto barSet = [](const ExportChartData::Series &s, bool bottomUp) {
        auto *set = new QBarSet(s.name);
        set->setColor(s.colour);
        if (bottomUp)
            for (auto it = s.values.crbegin(); it != s.values.crend(); ++it)
                *set << *it;
        else
            for (double v : s.values)
                *set << v;
        return set;
    };

    if (d.kind == Kind::Bars) {
        const ExportChartData::Series &values = d.series.constFirst();
        QBarSet *set = barSet(values, true);
        set->setLabelColor(QColor(0x303030));
        set->setLabelFont(Fonts::uiFont(9));
        const double total = d.total;
        QObject::connect(set, &QBarSet::hovered, set, [reversed, set, total, crore, percent](bool on, int index) {
            showTip(on ? QStringLiteral("%1: %2 (%3)").arg(reversed.value(index), crore(set->at(index)),
                                                          percent(set->at(index), total))
                       : QString());
        });
        auto *series = new QHorizontalBarSeries;
        series->append(set);
        series->setBarWidth(0.7);
        chart->addSeries(series);
        auto *axisY = new QBarCategoryAxis;
        axisY->append(reversed);
        axisY->setGridLineVisible(false);
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisY);
        QValueAxis *axisX = valueAxis(values.values.isEmpty() ? 0 : *std::max_element(values.values.cbegin(), values.values.cend()),
                                      d.valueTitle);
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
        QStringList labels;
        for (auto it = d.categories.crbegin(); it != d.categories.crend(); ++it)
            labels << it->label;
        addValueLabels(chart, series, set, labels);
    } else if (d.kind == Kind::Stacked) {
        auto *series = new QHorizontalStackedBarSeries;
        series->setBarWidth(0.7);
        QList<double> sums(d.categories.size(), 0.0);
        for (const ExportChartData::Series &s : d.series) {
            QBarSet *set = barSet(s, true);
            for (int c = 0; c < sums.size(); ++c)
                sums[c] += s.values.value(c);
            const QString product = s.name;
            QObject::connect(set, &QBarSet::hovered, set, [reversed, product, set, crore](bool on, int index) {
                showTip(on ? QStringLiteral("%1, %2: %3").arg(reversed.value(index), product, crore(set->at(index)))
                           : QString());
            });
            series->append(set);
        }
        chart->addSeries(series);
        auto *axisY = new QBarCategoryAxis;
        axisY->append(reversed);
        axisY->setGridLineVisible(false);
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisY);
        QValueAxis *axisX = valueAxis(sums.isEmpty() ? 0 : *std::max_element(sums.cbegin(), sums.cend()), d.valueTitle);
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
        chart->legend()->setVisible(true);
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->setProperty(LegendMayMove, true);
    } else if (d.kind == Kind::Share) {
        const ExportChartData::Series &values = d.series.constFirst();
        const double total = d.total;
        auto *series = new QPieSeries;
        series->setHoleSize(0.45);
        series->setPieSize(0.64); // room for the shares outside the slices
        for (int i = 0; i < d.categories.size(); ++i) {
            const ExportChartData::Category &c = d.categories.at(i);
            const QString name = c.name;
            auto *slice = series->append(name, values.values.value(i));
            // The share only: the legend names the slices.
            slice->setLabel(c.label);
            slice->setLabelFont(Fonts::uiFont(9));
            slice->setLabelVisible(c.labelShown);
            slice->setLabelArmLengthFactor(0.12);
            slice->setColor(c.colour);
            slice->setBorderColor(Qt::white);
            QObject::connect(slice, &QPieSlice::hovered, slice, [slice, name, total, crore, percent](bool on) {
                slice->setExploded(on);
                showTip(on ? QStringLiteral("%1: %2 (%3)").arg(name, crore(slice->value()), percent(slice->value(), total))
                           : QString());
            });
        }
        chart->addSeries(series);
        chart->legend()->setVisible(true);
        chart->legend()->setAlignment(Qt::AlignRight);
        // The legend lists names only; the labels carry the shares.
        const QList<QLegendMarker *> markers = chart->legend()->markers(series);
        for (int i = 0; i < markers.size() && i < d.categories.size(); ++i)
            markers.at(i)->setLabel(d.categories.at(i).name);
    } else if (d.kind == Kind::Targets) {
        QStringList categories;
        for (const ExportChartData::Category &c : d.categories)
            categories << c.name;
        auto *series = new QBarSeries;
        double max = 0;
        for (const ExportChartData::Series &s : d.series) {
            QBarSet *set = barSet(s, false);
            for (double v : s.values)
                max = std::max(max, v);
            set->setLabelFont(Fonts::uiFont(9));
            set->setLabelColor(QColor(0x303030));
            QObject::connect(set, &QBarSet::hovered, set, [categories, set, crore](bool on, int index) {
                showTip(on ? QStringLiteral("%1, %2: %3").arg(set->label(), categories.value(index), crore(set->at(index)))
                           : QString());
            });
            series->append(set);
        }
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        series->setLabelsFormat(QStringLiteral("@value"));
        chart->addSeries(series);
        auto *axisX = new QBarCategoryAxis;
        axisX->append(categories);
        axisX->setGridLineVisible(false);
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
        QValueAxis *axisY = valueAxis(max, d.valueTitle);
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisY);
        chart->legend()->setVisible(true);
        chart->legend()->setAlignment(Qt::AlignBottom);
    } else { // Trend
        QStringList years;
        for (const ExportChartData::Category &c : d.categories)
            years << c.name;
        auto *axisX = new QBarCategoryAxis;
        axisX->append(years);
        chart->addAxis(axisX, Qt::AlignBottom);
        double max = 0;
        for (const ExportChartData::Series &s : d.series)
            for (double v : s.values)
                max = std::max(max, v);
        QValueAxis *axisY = valueAxis(max, d.valueTitle);
        chart->addAxis(axisY, Qt::AlignLeft);
        for (const ExportChartData::Series &s : d.series) {
            const QString name = s.name;
            auto *series = new QLineSeries;
            series->setName(name);
            QPen pen(s.colour);
            pen.setWidthF(2.5);
            series->setPen(pen);
            series->setPointsVisible(true);
            for (int y = 0; y < s.values.size(); ++y)
                series->append(y, s.values.at(y));
            QObject::connect(series, &QLineSeries::hovered, series, [series, name, years, crore](const QPointF &point, bool on) {
                const int y = int(std::lround(point.x()));
                showTip(on && y >= 0 && y < years.size()
                            ? QStringLiteral("%1, %2: %3").arg(name, years.at(y), crore(series->at(y).y()))
                            : QString());
            });
            chart->addSeries(series);
            series->attachAxis(axisX);
            series->attachAxis(axisY);
        }
        chart->legend()->setVisible(true);
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->setProperty(LegendMayMove, true);
    }
    styleAxes(chart);
    return chart;
}

void ExportChart::paint(QChart *chart, QPainter *painter, const QRectF &target)
{
    // A chart is laid out by its scene: lend it one when it is not on screen.
    QGraphicsScene scene;
    QGraphicsScene *own = chart->scene();
    const QSizeF size = chart->size();
    if (!own)
        scene.addItem(chart);
    QSizeF drawn = size.isEmpty() ? target.size() : size;
    if (!own) {
        chart->resize(drawn);
        fitToWidth(chart);
        if (chart->layout())
            chart->layout()->activate();
    }
    QRectF source(chart->pos(), drawn);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    QGraphicsScene *s = chart->scene();
    s->render(painter, target, source, Qt::KeepAspectRatio);
    painter->restore();
    if (!own)
        scene.removeItem(chart);
}

ReportDocument ExportChart::document(QChart *chart)
{
    const QString title = fullTitle(chart);
    const Figures figures = ExportChart::figures(chart);
    const QMarginsF margins(34, 30, 34, 30);

    TableReport table;
    table.setPage(QPageSize::A4, QPageLayout::Landscape, margins);
    QList<ReportColumn> columns;
    for (int c = 0; c < figures.headers.size(); ++c)
        columns << (c == 0 ? ReportColumn{figures.headers.at(c), 0, 1, Qt::AlignLeft}
                           : ReportColumn{figures.headers.at(c), 80, 0, Qt::AlignRight});
    table.setColumns(columns);
    table.setPageHeader([title](ReportPainter &p, const TableReport::PageInfo &info) {
        ReportTextStyle style;
        style.pointSize = 12;
        style.bold = true;
        return p.text(QRectF(info.band.left(), info.band.top(), info.band.width(), 0), title, style);
    });
    table.setMetadata(title, QString(), title);
    for (const QStringList &row : figures.rows)
        table.addRow(row);
    ReportDocument doc = figures.rows.isEmpty() ? ReportDocument() : table.layout();
    if (figures.rows.isEmpty()) {
        doc.pageSize = QPageSize(QPageSize::A4).size(QPageSize::Point).transposed();
        doc.orientation = QPageLayout::Landscape;
        doc.title = title;
    }

    // The chart page: its title as text above, the chart (without its own title) as a picture.
    ReportPage page;
    const QRectF content = QRectF(QPointF(0, 0), doc.pageSize).marginsRemoved(margins);
    page.body = content;
    ReportPainter p(&page, ReportTextEngine::forCurrentThread());
    ReportTextStyle titleStyle;
    titleStyle.pointSize = 15;
    titleStyle.bold = true;
    titleStyle.alignment = Qt::AlignHCenter;
    const qreal titleHeight = p.text(QRectF(content.left(), content.top(), content.width(), 0), title, titleStyle);
    const QRectF picture(content.left(), content.top() + titleHeight + 8, content.width(),
                         content.height() - titleHeight - 8);
    chart->setProperty(FullTitle, QString());
    // Laid out 1,000 pixels wide, so its 10-point labels print at about 10 points on the 27 cm,
    // and drawn three times over: 3,000 pixels, about 280 dpi.
    const QSize size(1000, int(1000 * picture.height() / picture.width()));
    const qreal scale = 3;
    QImage image(size * scale, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        chart->resize(size);
        paint(chart, &painter, QRectF(QPointF(), QSizeF(image.size())));
    }
    chart->setProperty(FullTitle, title);
    fitToWidth(chart);
    p.image(picture, image);
    doc.pages.prepend(page);
    return doc;
}

bool ExportChart::save(QChart *chart, const QString &path, QSize size, QString *error, qreal scale)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("pdf")) {
        if (error)
            *error = tr("Charts are saved as .png or .pdf, not “%1”.").arg(QFileInfo(path).fileName());
        return false;
    }
    if (const QString refused = OutputPath::refusal(path); !refused.isEmpty()) {
        if (error)
            *error = refused;
        return false;
    }
    if (suffix == QLatin1String("pdf"))
        return ReportRenderer::writePdf(document(chart), path, error);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    chart->resize(size);
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(chart, &painter, QRectF(QPointF(), QSizeF(image.size())));
    painter.end();
    if (!image.save(&file, "PNG")) {
        const QString why = OutputPath::writeError(&file);
        file.cancelWriting();
        if (error)
            *error = tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}
