#pragma once

#include "exports/exportrecord.h"
#include "exports/exportstats.h"
#include "exports/exporttarget.h"
#include "sectors/sector.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

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

// Everything an export chart shows, computed from the records in the current language:
// country names from iso-codes, product names from the sectors, HS chapters' headings, values
// in ₹ crore with Indian digit grouping (and Devanagari digits when chosen), a title with the
// district, the year and the total, and "demo figures" said plainly when they are.
// The screen's chart (ui/charts/ExportChart) only draws it; the printed figures table and
// sammelan-cli take their numbers from here, never back from a drawn chart.
class ExportChartData final
{
    Q_DECLARE_TR_FUNCTIONS(ExportChartData)
public:
    using Kind = ExportChartOptions::Kind;

    // A bar (Bars), a bar split by product (Stacked: a country), a slice (Share) or a year on
    // the horizontal axis (Trend, Targets). Listed as read: largest first, or oldest year first.
    struct Category {
        QString key;   // the ExportStats key (country code, product id, chapter key, Other); Trend, Targets: empty
        QString name;  // as written on the axis or in the legend
        QColor colour; // Share: the slice's colour; otherwise invalid (the series carry colours)
        QString label; // Bars: the value at the bar's end; Share: the slice's share ("36.4%")
        bool labelShown = true; // Share: a slice thinner than 2% shows no share
    };
    // A set of bars, a line or the slices: values[i] belongs to categories[i].
    struct Series {
        QString name;
        QColor colour;
        QList<double> values;
    };
    // The figures as a table: a row per country or product (per country for the trend, per
    // year for the targets) with its values, for the printed page and sammelan-cli.
    struct Figures {
        QStringList headers;
        QList<QStringList> rows;
    };

    Kind kind = Kind::Bars;
    ExportStats::By by = ExportStats::By::Country; // what Bars' and Share's categories are
    int year = 0;        // the financial year shown (Trend, Targets: the latest); 0: nothing to show
    double total = 0;    // ₹ crore in `year`
    QString title;       // in full, as written (the screen wraps it to the chart's width)
    QString valueTitle;  // the value axis: "₹ crore"
    QList<Category> categories;
    QList<Series> series;
    Figures figures;

    bool isEmpty() const { return year == 0; }
    // The keys behind the bars or slices that stand for something ("Who exports there?"):
    // the category's key, or empty for Other, a year, or an index out of range.
    QString pickKey(int category) const;

    static ExportChartData compute(const QList<ExportRecord> &records, const QHash<qint64, Sector> &sectors,
                                   const QString &district, const ExportChartOptions &options);
    // The financial year a chart of `options` shows: its own, or the latest with figures (0: none).
    static int yearShown(const QList<ExportRecord> &records, const ExportChartOptions &options);
    static QString titleFor(const QList<ExportRecord> &records, const QString &district,
                         const ExportChartOptions &options);

    static QString crore(double value);               // "₹300.20 crore" / "₹300.20 करोड़"
    static QString percent(double part, double whole); // "36.4%", in the chosen digits
    // The export charts' palette (Tableau 10), and the grey of "Other".
    static QColor paletteColour(int index);
    static QColor otherColour();
};

Q_DECLARE_METATYPE(ExportChartData)
