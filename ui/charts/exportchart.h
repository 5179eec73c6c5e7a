#pragma once

#include "exports/exportchartdata.h"
#include "report/reportdocument.h"

#include <QCoreApplication>
#include <QSize>
#include <optional>

class QChart;
class QPainter;
class QPointF;
class QRectF;

// Draws the export charts with Qt Charts from what ExportChartData computed (names, values,
// colours, title, value labels): nothing is counted here. The title wraps to the chart's
// width and a legend too wide for a row moves beside the chart, so nothing is elided on a
// laptop screen. Hovering a bar, slice or point shows its exact value.
// The chart carries its data: the printed figures table and the keys behind the bars come
// from it, never read back from the chart's series.
// The same chart is drawn on screen, saved as PNG or PDF, printed, and made by sammelan-cli.
class ExportChart final
{
    Q_DECLARE_TR_FUNCTIONS(ExportChart)
public:
    static QChart *create(const ExportChartData &data);
    // create(ExportChartData::compute(...)).
    static QChart *create(const QList<ExportRecord> &records, const QHash<qint64, Sector> &sectors,
                          const QString &district, const ExportChartOptions &options);
    // The data a chart made by create() draws (empty for any other chart).
    static ExportChartData data(const QChart *chart);
    // The financial year a chart of `options` shows: its own, or the latest with figures (0: none).
    static int yearShown(const QList<ExportRecord> &records, const ExportChartOptions &options)
    {
        return ExportChartData::yearShown(records, options);
    }
    static QString title(const QList<ExportRecord> &records, const QString &district,
                         const ExportChartOptions &options)
    {
        return ExportChartData::titleFor(records, district, options);
    }
    // The title of a chart made by create(), as written: QChart::title() is the one drawn,
    // wrapped onto lines (HTML) to the chart's width.
    static QString fullTitle(const QChart *chart);
    // The values written at the ends of the bars (Bars charts), top to bottom, as drawn.
    static QStringList valueLabels(const QChart *chart);

    // Draws the chart into `target` (scaled to fit, keeping its proportions).
    static void paint(QChart *chart, QPainter *painter, const QRectF &target);
    // The figures the chart shows, as a table: a row per country or product (per country for
    // the trend) with its values, for the printed page and anyone who wants the numbers.
    using Figures = ExportChartData::Figures;
    static Figures figures(const QChart *chart) { return data(chart).figures; }
    // The printed chart: A4 landscape, the title as text, the chart as a picture, then its
    // figures as a table. Laid out by the report engine, so the Hindi title, names and headings
    // stay searchable text in the PDF (Qt's own PDF writer loses Devanagari conjuncts).
    static ReportDocument document(QChart *chart);
    // Writes PNG (at `size` × `scale` pixels) or PDF (document()) by the file's suffix.
    // Nothing is left behind when it fails.
    static bool save(QChart *chart, const QString &path, QSize size, QString *error, qreal scale = 2);

    static QString crore(double value) { return ExportChartData::crore(value); } // "₹300.20 crore"

    // What a bar or slice of a chart stands for, for "Who exports there?": the ExportStats key
    // (country code, product id, chapter key) and grouping of the bar or slice at `scenePos`,
    // or nothing (no chart of that kind, or no bar there).
    struct Pick {
        ExportStats::By by = ExportStats::By::Country;
        QString key;
        QString name;
    };
    static std::optional<Pick> pickAt(QChart *chart, const QPointF &scenePos);
};
