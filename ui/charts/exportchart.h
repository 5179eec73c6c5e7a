#pragma once

#include "exportrecord.h"
#include "exports/exporttarget.h"
#include "report/reportdocument.h"
#include "exports/exportstats.h"
#include "sector.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSize>
#include <optional>

class QChart;
class QPainter;
class QRectF;

// What to chart from the export figures.
struct ExportChartOptions {
    enum class Kind {
        Bars,    // one year, largest first, top N then "Other"; by country or by product
        Stacked, // one year by country (top N), each bar split by product
        Share,   // one year's share of each country or product (donut)
        Trend,   // every year, a line for each of the top countries
        Targets, // every year, the actual against the overall target (the District Export Action Plan)
    };
    Kind kind = Kind::Bars;
    ExportStats::By by = ExportStats::By::Country; // Bars and Share: by country, product or HS chapter
    int fyStart = 0;                               // 0: the latest year with figures
    int topN = 8;
    QList<ExportTarget> targets;                   // Targets: the targets (the overall ones are drawn)
};

// Builds the export charts with Qt Charts in the current language: country names from
// iso-codes, product names from the sectors, values in ₹ crore with Indian digit grouping (and
// Devanagari digits when chosen), a title with the district, the year and the total, and "demo
// figures" said plainly when they are. The title wraps to the chart's width and a legend too
// wide for a row moves beside the chart, so nothing is elided on a laptop screen. Hovering a
// bar, slice or point shows its exact value.
// The same chart is drawn on screen, saved as PNG or PDF, printed, and made by sammelan-cli.
class ExportChart final
{
    Q_DECLARE_TR_FUNCTIONS(ExportChart)
public:
    static QChart *create(const QList<ExportRecord> &records, const QHash<qint64, Sector> &sectors,
                          const QString &district, const ExportChartOptions &options);
    // The financial year a chart of `options` shows: its own, or the latest with figures (0: none).
    static int yearShown(const QList<ExportRecord> &records, const ExportChartOptions &options);
    static QString title(const QList<ExportRecord> &records, const QString &district,
                         const ExportChartOptions &options);
    // The title of a chart made by create(), as written: QChart::title() is the one drawn,
    // wrapped onto lines (HTML) to the chart's width.
    static QString fullTitle(const QChart *chart);
    // The values written at the ends of the bars (Bars charts), top to bottom.
    static QStringList valueLabels(const QChart *chart);

    // Draws the chart into `target` (scaled to fit, keeping its proportions).
    static void paint(QChart *chart, QPainter *painter, const QRectF &target);
    // The figures the chart shows, as a table: a row per country or product (per country for
    // the trend) with its values, for the printed page and anyone who wants the numbers.
    struct Figures {
        QStringList headers;
        QList<QStringList> rows;
    };
    static Figures figures(QChart *chart);
    // The printed chart: A4 landscape, the title as text, the chart as a picture, then its
    // figures as a table. Laid out by the report engine, so the Hindi title, names and headings
    // stay searchable text in the PDF (Qt's own PDF writer loses Devanagari conjuncts).
    static ReportDocument document(QChart *chart);
    // Writes PNG (at `size` × `scale` pixels) or PDF (document()) by the file's suffix.
    // Nothing is left behind when it fails.
    static bool save(QChart *chart, const QString &path, QSize size, QString *error, qreal scale = 2);

    static QString crore(double value); // "₹300.20 crore" / "₹300.20 करोड़"

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
