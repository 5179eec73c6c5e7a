#include "reportcharts.h"

#include "text/languagemanager.h"

#include "charts/exportchart.h"
#include "text/fonts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

namespace {
QColor colour(const ReportChart &chart, int series)
{
    return series < chart.colors.size() ? chart.colors.at(series) : ExportChartData::paletteColour(series);
}

QValueAxis *valueAxis(const QString &title, double max)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, std::max(max * 1.04, 1.0));
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTitleText(title);
    return axis;
}
} // namespace

QChart *ReportCharts::create(const ReportChart &c)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(LanguageManager::numberLocale());
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(Qt::white); // on paper: no grey card behind the chart
    chart->setBackgroundPen(Qt::NoPen);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setFont(Fonts::uiFont(9));
    chart->legend()->setVisible(c.series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (c.categories.isEmpty())
        return chart;
    double max = 0;
    auto *categories = new QBarCategoryAxis;
    categories->setGridLineVisible(false);
    switch (c.kind) {
    case ReportChart::Kind::Bars:
    case ReportChart::Kind::StackedBars: {
        QAbstractBarSeries *series = c.kind == ReportChart::Kind::Bars
                                         ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                         : new QHorizontalStackedBarSeries;
        QList<double> sums(c.categories.size(), 0.0);
        for (int s = 0; s < c.series.size(); ++s) {
            auto *set = new QBarSet(c.series.at(s));
            set->setColor(colour(c, s));
            set->setBorderColor(colour(c, s));
            set->setLabelFont(Fonts::uiFont(8));
            set->setLabelColor(c.kind == ReportChart::Kind::Bars ? QColor(0x303030) : QColor(Qt::white));
            // A horizontal bar chart draws its first category at the bottom: the list reversed.
            for (int i = int(c.categories.size()) - 1; i >= 0; --i) {
                const double v = c.values.value(s).value(i);
                *set << v;
                sums[i] += v;
                max = std::max(max, c.kind == ReportChart::Kind::Bars ? v : 0.0);
            }
            series->append(set);
        }
        if (c.kind == ReportChart::Kind::StackedBars)
            for (double v : std::as_const(sums))
                max = std::max(max, v);
        series->setBarWidth(0.7);
        series->setLabelsVisible(true);
        series->setLabelsPosition(c.kind == ReportChart::Kind::Bars ? QAbstractBarSeries::LabelsOutsideEnd
                                                                    : QAbstractBarSeries::LabelsCenter);
        // A stacked part too thin for its number shows none.
        series->setLabelsFormat(QStringLiteral("@value"));
        chart->addSeries(series);
        QStringList reversed;
        for (int i = int(c.categories.size()) - 1; i >= 0; --i)
            reversed << c.categories.at(i);
        categories->append(reversed);
        chart->addAxis(categories, Qt::AlignLeft);
        series->attachAxis(categories);
        QValueAxis *axis = valueAxis(c.valueTitle, max);
        chart->addAxis(axis, Qt::AlignBottom);
        series->attachAxis(axis);
        break;
    }
    case ReportChart::Kind::Columns: {
        auto *series = new QBarSeries;
        for (int s = 0; s < c.series.size(); ++s) {
            auto *set = new QBarSet(c.series.at(s));
            set->setColor(colour(c, s));
            set->setBorderColor(colour(c, s));
            set->setLabelFont(Fonts::uiFont(8));
            set->setLabelColor(QColor(0x303030));
            for (int i = 0; i < c.categories.size(); ++i) {
                const double v = c.values.value(s).value(i);
                *set << v;
                max = std::max(max, v);
            }
            series->append(set);
        }
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        series->setLabelsFormat(QStringLiteral("@value"));
        chart->addSeries(series);
        categories->append(c.categories);
        chart->addAxis(categories, Qt::AlignBottom);
        series->attachAxis(categories);
        QValueAxis *axis = valueAxis(c.valueTitle, max);
        chart->addAxis(axis, Qt::AlignLeft);
        series->attachAxis(axis);
        break;
    }
    case ReportChart::Kind::Line: {
        categories->append(c.categories);
        chart->addAxis(categories, Qt::AlignBottom);
        for (int s = 0; s < c.series.size(); ++s)
            for (int i = 0; i < c.categories.size(); ++i)
                max = std::max(max, c.values.value(s).value(i));
        QValueAxis *axis = valueAxis(c.valueTitle, max);
        chart->addAxis(axis, Qt::AlignLeft);
        for (int s = 0; s < c.series.size(); ++s) {
            auto *line = new QLineSeries;
            line->setName(c.series.at(s));
            QPen pen(colour(c, s));
            pen.setWidthF(2.5);
            line->setPen(pen);
            line->setPointsVisible(true);
            line->setPointLabelsVisible(true);
            line->setPointLabelsFont(Fonts::uiFont(8));
            line->setPointLabelsFormat(QStringLiteral("@yPoint"));
            line->setPointLabelsClipping(false);
            for (int i = 0; i < c.categories.size(); ++i)
                line->append(i, c.values.value(s).value(i));
            chart->addSeries(line);
            line->attachAxis(categories);
            line->attachAxis(axis);
        }
        break;
    }
    }
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(Fonts::uiFont(9));
        axis->setTitleFont(Fonts::uiFont(9));
    }
    return chart;
}

QImage ReportCharts::render(const ReportChart &c, const QSizeF &points)
{
    if (points.isEmpty())
        return {};
    std::unique_ptr<QChart> chart(create(c));
    const qreal layoutPerPoint = 1.7;
    const qreal scale = 2.5;
    const QSize layoutSize = (points * layoutPerPoint).toSize();
    QImage image(layoutSize * scale, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    chart->resize(layoutSize);
    ExportChart::paint(chart.get(), &painter, QRectF(QPointF(), QSizeF(image.size())));
    painter.end();
    return image;
}
