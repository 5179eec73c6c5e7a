#include "exportchart.h"

#include "exports/countries.h"
#include "exports/hschapters.h"
#include "exports/targetprogress.h"
#include "fonts.h"
#include "languagemanager.h"
#include "outputpath.h"
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

// Tableau 10: distinct, calm colours that survive a projector and a grey-scale photocopy.
const QColor Palette[] = {QColor(0x4e79a7), QColor(0xf28e2b), QColor(0xe15759), QColor(0x76b7b2), QColor(0x59a14f),
                          QColor(0xedc948), QColor(0xb07aa1), QColor(0xff9da7), QColor(0x9c755f), QColor(0xbab0ac)};
const QColor OtherColor(0xa0a0a0);

// Dynamic properties that tie a chart's bars and slices to what they stand for (pickAt()).
const char *const PickKeys = "sammelanKeys";
const char *const PickBy = "sammelanBy";

QColor paletteColor(int i)
{
    return Palette[i % int(std::size(Palette))];
}

struct Names {
    const QHash<qint64, Sector> &sectors;
    QString language = LanguageManager::currentLanguage();

    QString operator()(const QString &key, ExportStats::By by) const
    {
        if (key == ExportStats::Other)
            return ExportChart::tr("Other");
        if (by == ExportStats::By::Country) {
            const auto country = Countries::instance().byCode(key);
            return country ? country->name(language) : key;
        }
        if (by == ExportStats::By::Chapter) {
            // Long headings would squeeze the bars: a label of some 40 characters at most.
            const QString label = HsChapters::instance().label(key, language);
            return label.size() > 42 ? label.left(40).trimmed() + QChar(0x2026) : label;
        }
        const auto it = sectors.constFind(key.toLongLong());
        return it == sectors.cend() ? ExportChart::tr("Unspecified") : it->name(language);
    }
    QColor colour(const QString &key, int index) const
    {
        if (key == ExportStats::Other)
            return OtherColor;
        const auto it = sectors.constFind(key.toLongLong());
        if (it != sectors.cend() && QColor::isValidColorName(it->color))
            return QColor::fromString(it->color);
        return paletteColor(index);
    }
};

QString percent(double part, double whole)
{
    return LanguageManager::number(whole > 0 ? 100.0 * part / whole : 0.0, 1) + QStringLiteral("%");
}

void showTip(const QString &text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text);
}

QValueAxis *valueAxis(double max)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, std::max(max * 1.08, 1.0)); // room for the labels at the bars' ends
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTitleText(ExportChart::tr("₹ crore"));
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

// Values at the bars' ends, all in one number format ("54.0", "44.8", "23.0"; Qt's own labels
// drop a trailing zero: "54", "44.8", "23"), in the digits the user chose.
void addValueLabels(QChart *chart, QAbstractBarSeries *series, QBarSet *set)
{
    QList<QGraphicsSimpleTextItem *> labels;
    for (int i = 0; i < set->count(); ++i) {
        auto *label = new QGraphicsSimpleTextItem(LanguageManager::number(set->at(i), 1), chart);
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

namespace {
// "Exports against the target: ₹1,000.00 crore in 2026-27 needs 49.4% growth a year from
// 2023-24 (3 years)": the nearest overall target from the latest year with figures.
QString targetsTitle(const QList<ExportRecord> &records, const QList<ExportTarget> &targets)
{
    QList<ExportTarget> overall;
    for (const ExportTarget &t : targets)
        if (t.scope() == ExportTarget::Scope::Overall)
            overall << t;
    if (overall.isEmpty())
        return ExportChart::tr("No export targets yet: set them with Targets…");
    std::sort(overall.begin(), overall.end(), [](const ExportTarget &a, const ExportTarget &b) { return a.fyStart < b.fyStart; });
    const QList<int> years = ExportStats::years(records);
    const int latest = years.isEmpty() ? 0 : years.constLast();
    ExportTarget shown = overall.constLast();
    for (const ExportTarget &t : std::as_const(overall))
        if (t.fyStart >= latest) {
            shown = t;
            break;
        }
    const TargetProgress progress = TargetProgress::of(shown, records);
    return ExportChart::tr("Exports against the target: %1 in %2, %3")
        .arg(ExportChart::crore(shown.targetCrore), LanguageManager::digits(ExportRecord::financialYear(shown.fyStart)),
             TargetTexts::progress(progress));
}
} // namespace

std::optional<ExportChart::Pick> ExportChart::pickAt(QChart *chart, const QPointF &scenePos)
{
    if (!chart)
        return std::nullopt;
    const QList<QAbstractSeries *> series = chart->series();
    if (series.isEmpty())
        return std::nullopt;
    if (auto *bars = qobject_cast<QHorizontalBarSeries *>(series.constFirst())) {
        const QStringList keys = chart->property(PickKeys).toStringList();
        if (keys.isEmpty() || !chart->plotArea().contains(chart->mapFromScene(scenePos)))
            return std::nullopt;
        // Categories sit at 0, 1, 2, … on the bar axis, bottom up.
        const QPointF value = chart->mapToValue(chart->mapFromScene(scenePos), bars);
        const int index = int(std::lround(value.y()));
        if (index < 0 || index >= keys.size() || keys.at(index) == ExportStats::Other)
            return std::nullopt;
        QString name;
        for (QAbstractAxis *axis : bars->attachedAxes())
            if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
                name = c->categories().value(index);
        return Pick{ExportStats::By(chart->property(PickBy).toInt()), keys.at(index), name};
    }
    if (auto *pie = qobject_cast<QPieSeries *>(series.constFirst())) {
        for (QPieSlice *slice : pie->slices())
            if (slice->isExploded() && slice->property(PickKeys).toString() != ExportStats::Other)
                return Pick{ExportStats::By(slice->property(PickBy).toInt()), slice->property(PickKeys).toString(),
                            slice->property("name").toString()};
    }
    return std::nullopt;
}

QString ExportChart::fullTitle(const QChart *chart)
{
    return chart->property(FullTitle).toString();
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

QString ExportChart::crore(double value)
{
    return tr("₹%1 crore").arg(LanguageManager::number(value, 2));
}

int ExportChart::yearShown(const QList<ExportRecord> &records, const ExportChartOptions &options)
{
    const QList<int> years = ExportStats::years(records);
    if (options.kind == ExportChartOptions::Kind::Trend || options.kind == ExportChartOptions::Kind::Targets)
        return years.isEmpty() ? 0 : years.constLast();
    if (options.fyStart)
        return years.contains(options.fyStart) ? options.fyStart : 0;
    return years.isEmpty() ? 0 : years.constLast();
}

QString ExportChart::title(const QList<ExportRecord> &records, const QString &district, const ExportChartOptions &options)
{
    using Kind = ExportChartOptions::Kind;
    const int year = yearShown(records, options);
    QString text;
    if (!year) {
        text = options.fyStart ? tr("No export figures for %1")
                                     .arg(LanguageManager::digits(ExportRecord::financialYear(options.fyStart)))
                               : tr("No export figures yet");
    } else if (options.kind == Kind::Targets) {
        text = targetsTitle(records, options.targets);
    } else if (options.kind == Kind::Trend) {
        const QList<int> years = ExportStats::years(records);
        text = tr("Exports over the years, %1 to %2: the leading countries")
                   .arg(LanguageManager::digits(ExportRecord::financialYear(years.constFirst())),
                        LanguageManager::digits(ExportRecord::financialYear(years.constLast())));
    } else {
        const QString fy = LanguageManager::digits(ExportRecord::financialYear(year));
        const QString total = crore(ExportStats::total(records, year));
        const bool byCountry = options.by == ExportStats::By::Country;
        const bool byChapter = options.by == ExportStats::By::Chapter;
        switch (options.kind) {
        case Kind::Stacked:
            text = tr("Exports by country and product, %1 (total %2)").arg(fy, total);
            break;
        case Kind::Share:
            text = byCountry   ? tr("Share of each country in exports, %1 (total %2)").arg(fy, total)
                   : byChapter ? tr("Share of each HS chapter in exports, %1 (total %2)").arg(fy, total)
                               : tr("Share of each product in exports, %1 (total %2)").arg(fy, total);
            break;
        default:
            text = byCountry   ? tr("Exports by country, %1 (total %2)").arg(fy, total)
                   : byChapter ? tr("Exports by HS chapter, %1 (total %2)").arg(fy, total)
                               : tr("Exports by product, %1 (total %2)").arg(fy, total);
        }
    }
    if (!district.isEmpty())
        text = tr("%1: %2", "district: chart title").arg(district, text);
    const bool demo = std::any_of(records.cbegin(), records.cend(), [&](const ExportRecord &r) {
        return r.isDemo && (options.kind == Kind::Trend || r.fyStart == year);
    });
    if (demo)
        text += QLatin1Char(' ') + tr("(demo figures)");
    return text;
}

QChart *ExportChart::create(const QList<ExportRecord> &records, const QHash<qint64, Sector> &sectors,
                            const QString &district, const ExportChartOptions &options)
{
    using Kind = ExportChartOptions::Kind;
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(LanguageManager::numberLocale()); // the axes' numbers, in the chosen digits
    QFont titleFont = Fonts::uiFont(13);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setProperty(FullTitle, title(records, district, options));
    chart->setTitle(wrapped(chart->property(FullTitle).toString(), titleFont, 1e6));
    chart->legend()->setFont(Fonts::uiFont(10));
    chart->legend()->setVisible(false);
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, [chart] { fitToWidth(chart); });
    const int year = yearShown(records, options);
    if (!year)
        return chart;

    const Names names{sectors};
    const int topN = std::max(options.topN, 1);

    if (options.kind == Kind::Bars) {
        const QList<ExportStats::Entry> entries = ExportStats::ranked(records, year, options.by, topN);
        const double total = ExportStats::total(records, year);
        auto *set = new QBarSet(options.by == ExportStats::By::Country   ? tr("Country")
                                : options.by == ExportStats::By::Chapter ? tr("HS chapter")
                                                                         : tr("Product"));
        set->setColor(paletteColor(0));
        set->setLabelColor(QColor(0x303030));
        set->setLabelFont(Fonts::uiFont(9));
        QStringList categories;
        double max = 0;
        // A horizontal bar chart draws its first category at the bottom: largest last.
        QStringList keys;
        for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
            categories << names(it->key, options.by);
            keys << it->key;
            *set << it->value;
            max = std::max(max, it->value);
        }
        // What each bar stands for, bottom up, for pickAt().
        chart->setProperty(PickKeys, keys);
        chart->setProperty(PickBy, int(options.by));
        QObject::connect(set, &QBarSet::hovered, set, [categories, set, total](bool on, int index) {
            showTip(on ? QStringLiteral("%1: %2 (%3)").arg(categories.value(index), crore(set->at(index)),
                                                          percent(set->at(index), total))
                       : QString());
        });
        auto *series = new QHorizontalBarSeries;
        series->append(set);
        series->setBarWidth(0.7);
        chart->addSeries(series);
        auto *axisY = new QBarCategoryAxis;
        axisY->append(categories);
        axisY->setGridLineVisible(false);
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisY);
        QValueAxis *axisX = valueAxis(max);
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
        addValueLabels(chart, series, set);
    } else if (options.kind == Kind::Stacked) {
        const ExportStats::Stacked stacked = ExportStats::stacked(records, year, topN);
        QStringList categories;
        for (auto it = stacked.countries.crbegin(); it != stacked.countries.crend(); ++it)
            categories << names(*it, ExportStats::By::Country);
        auto *series = new QHorizontalStackedBarSeries;
        series->setBarWidth(0.7);
        QList<double> sums(stacked.countries.size(), 0.0);
        for (int p = 0; p < stacked.products.size(); ++p) {
            const QString product = names(stacked.products.at(p), ExportStats::By::Product);
            auto *set = new QBarSet(product);
            set->setColor(names.colour(stacked.products.at(p), p));
            for (int c = int(stacked.countries.size()) - 1; c >= 0; --c) {
                *set << stacked.values.at(p).at(c);
                sums[c] += stacked.values.at(p).at(c);
            }
            QObject::connect(set, &QBarSet::hovered, set, [categories, product, set](bool on, int index) {
                showTip(on ? QStringLiteral("%1, %2: %3").arg(categories.value(index), product, crore(set->at(index)))
                           : QString());
            });
            series->append(set);
        }
        chart->addSeries(series);
        auto *axisY = new QBarCategoryAxis;
        axisY->append(categories);
        axisY->setGridLineVisible(false);
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisY);
        QValueAxis *axisX = valueAxis(sums.isEmpty() ? 0 : *std::max_element(sums.cbegin(), sums.cend()));
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
        chart->legend()->setVisible(true);
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->setProperty(LegendMayMove, true);
    } else if (options.kind == Kind::Share) {
        const QList<ExportStats::Entry> entries = ExportStats::ranked(records, year, options.by, topN);
        const double total = ExportStats::total(records, year);
        auto *series = new QPieSeries;
        series->setHoleSize(0.45);
        series->setPieSize(0.64); // room for the shares outside the slices
        for (int i = 0; i < entries.size(); ++i) {
            const ExportStats::Entry &e = entries.at(i);
            const QString name = names(e.key, options.by);
            auto *slice = series->append(name, e.value);
            slice->setProperty("name", name);
            slice->setProperty(PickKeys, e.key);
            slice->setProperty(PickBy, int(options.by));
            // The share only: the legend names the slices, and a name beside a narrow slice
            // would be elided ("संयु…").
            slice->setLabel(percent(e.value, total));
            slice->setLabelFont(Fonts::uiFont(9));
            slice->setLabelVisible(total > 0 && e.value / total >= 0.02);
            slice->setLabelArmLengthFactor(0.12);
            slice->setColor(options.by == ExportStats::By::Product ? names.colour(e.key, i)
                            : e.key == ExportStats::Other       ? OtherColor
                                                                : paletteColor(i));
            slice->setBorderColor(Qt::white);
            QObject::connect(slice, &QPieSlice::hovered, slice, [slice, name, total](bool on) {
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
        for (int i = 0; i < markers.size() && i < entries.size(); ++i)
            markers.at(i)->setLabel(names(entries.at(i).key, options.by));
    } else if (options.kind == Kind::Targets) {
        // Actual and overall target side by side for every year that has either.
        QMap<int, double> targets;
        for (const ExportTarget &t : options.targets)
            if (t.scope() == ExportTarget::Scope::Overall)
                targets.insert(t.fyStart, t.targetCrore);
        QList<int> years = ExportStats::years(records);
        for (auto it = targets.cbegin(); it != targets.cend(); ++it)
            if (!years.contains(it.key()))
                years << it.key();
        std::sort(years.begin(), years.end());
        auto *actual = new QBarSet(tr("Actual"));
        actual->setColor(paletteColor(0));
        auto *target = new QBarSet(tr("Target"));
        target->setColor(QColor(0xbab0ac));
        QStringList categories;
        double max = 0;
        const QList<int> withFigures = ExportStats::years(records);
        for (int y : std::as_const(years)) {
            categories << LanguageManager::digits(ExportRecord::financialYear(y));
            const double a = withFigures.contains(y) ? ExportStats::total(records, y) : 0.0;
            *actual << a;
            *target << targets.value(y, 0.0);
            max = std::max({max, a, targets.value(y, 0.0)});
        }
        for (QBarSet *set : {actual, target}) {
            set->setLabelFont(Fonts::uiFont(9));
            set->setLabelColor(QColor(0x303030));
            QObject::connect(set, &QBarSet::hovered, set, [categories, set](bool on, int index) {
                showTip(on ? QStringLiteral("%1, %2: %3").arg(set->label(), categories.value(index), crore(set->at(index)))
                           : QString());
            });
        }
        auto *series = new QBarSeries;
        series->append(actual);
        series->append(target);
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        series->setLabelsFormat(QStringLiteral("@value"));
        chart->addSeries(series);
        auto *axisX = new QBarCategoryAxis;
        axisX->append(categories);
        axisX->setGridLineVisible(false);
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
        QValueAxis *axisY = valueAxis(max);
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisY);
        chart->legend()->setVisible(true);
        chart->legend()->setAlignment(Qt::AlignBottom);
    } else { // Trend
        const ExportStats::Trend trend = ExportStats::trend(records, std::min(topN, 6));
        QStringList years;
        for (int y : trend.years)
            years << LanguageManager::digits(ExportRecord::financialYear(y));
        auto *axisX = new QBarCategoryAxis;
        axisX->append(years);
        chart->addAxis(axisX, Qt::AlignBottom);
        double max = 0;
        for (const QList<double> &values : trend.values)
            for (double v : values)
                max = std::max(max, v);
        QValueAxis *axisY = valueAxis(max);
        chart->addAxis(axisY, Qt::AlignLeft);
        for (int c = 0; c < trend.countries.size(); ++c) {
            const QString name = names(trend.countries.at(c), ExportStats::By::Country);
            auto *series = new QLineSeries;
            series->setName(name);
            QPen pen(paletteColor(c));
            pen.setWidthF(2.5);
            series->setPen(pen);
            series->setPointsVisible(true);
            for (int y = 0; y < trend.years.size(); ++y)
                series->append(y, trend.values.at(c).at(y));
            QObject::connect(series, &QLineSeries::hovered, series, [series, name, years](const QPointF &point, bool on) {
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

ExportChart::Figures ExportChart::figures(QChart *chart)
{
    Figures f;
    const QList<QAbstractSeries *> series = chart->series();
    if (series.isEmpty())
        return f;
    if (auto *columns = qobject_cast<QBarSeries *>(series.constFirst())) {
        // Targets: a row per year, the actual and the target.
        QStringList years;
        for (QAbstractAxis *axis : columns->attachedAxes())
            if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
                years = c->categories();
        f.headers << tr("Financial year");
        for (QBarSet *set : columns->barSets())
            f.headers << set->label();
        for (int i = 0; i < years.size(); ++i) {
            QStringList row{years.at(i)};
            for (QBarSet *set : columns->barSets())
                row << (set->at(i) > 0 ? LanguageManager::number(set->at(i), 2) : QStringLiteral("—"));
            f.rows << row;
        }
        return f;
    }
    if (auto *bars = qobject_cast<QAbstractBarSeries *>(series.constFirst())) {
        QStringList categories;
        for (QAbstractAxis *axis : bars->attachedAxes())
            if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
                categories = c->categories();
        const QList<QBarSet *> sets = bars->barSets();
        f.headers << (sets.size() == 1 ? sets.constFirst()->label() : tr("Country"));
        if (sets.size() == 1) {
            f.headers << tr("₹ crore");
        } else {
            for (QBarSet *set : sets)
                f.headers << set->label();
            f.headers << tr("Total");
        }
        // Drawn bottom-up: listed largest first.
        for (int i = int(categories.size()) - 1; i >= 0; --i) {
            QStringList row{categories.at(i)};
            double sum = 0;
            for (QBarSet *set : sets) {
                row << LanguageManager::number(set->at(i), 2);
                sum += set->at(i);
            }
            if (sets.size() > 1)
                row << LanguageManager::number(sum, 2);
            f.rows << row;
        }
    } else if (auto *pie = qobject_cast<QPieSeries *>(series.constFirst())) {
        f.headers = {tr("Name"), tr("₹ crore"), tr("Share")};
        for (QPieSlice *slice : pie->slices())
            f.rows << QStringList{slice->property("name").toString(), LanguageManager::number(slice->value(), 2),
                                  percent(slice->value(), pie->sum())};
    } else {
        QStringList years;
        for (QAbstractAxis *axis : chart->axes(Qt::Horizontal))
            if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
                years = c->categories();
        f.headers << tr("Country") << years;
        for (QAbstractSeries *s : series)
            if (auto *line = qobject_cast<QLineSeries *>(s)) {
                QStringList row{line->name()};
                for (int y = 0; y < years.size(); ++y)
                    row << (y < line->count() ? LanguageManager::number(line->at(y).y(), 2) : QString());
                f.rows << row;
            }
    }
    return f;
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
