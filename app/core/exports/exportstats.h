#pragma once

#include "exports/exportrecord.h"

#include <QList>
#include <QString>

// Sums of export records for the charts: one year by country or by product, largest first,
// the top N kept and the rest folded into one "other" entry; the stacked view (countries split
// by product); and the trend of the top countries over the years.
class ExportStats final
{
public:
    enum class By { Country, Product, Chapter };
    static inline const QString Other = QStringLiteral("other");

    struct Entry {
        QString key;   // country code, product (sector) id as text, HS chapter key ("61", "61+62", ""), or Other
        double value = 0;
    };

    static QList<int> years(const QList<ExportRecord> &records); // oldest first
    static double total(const QList<ExportRecord> &records, int fyStart);
    // Largest first; with topN > 0 and more entries than that, the rest become one Other entry.
    static QList<Entry> ranked(const QList<ExportRecord> &records, int fyStart, By by, int topN);

    // Countries (top N, then Other) split by product: values[p][c] for product keys[p] and
    // country countries[c].
    struct Stacked {
        QList<QString> countries;
        QList<QString> products;
        QList<QList<double>> values;
    };
    static Stacked stacked(const QList<ExportRecord> &records, int fyStart, int topN);

    // The top N countries of the latest year, their value in each year (0 where none).
    struct Trend {
        QList<int> years;
        QList<QString> countries;
        QList<QList<double>> values; // values[c][y]
    };
    static Trend trend(const QList<ExportRecord> &records, int topN);

    static QString key(const ExportRecord &record, By by);
};
