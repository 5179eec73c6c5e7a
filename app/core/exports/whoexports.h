#pragma once

#include "exports/exportrecord.h"
#include "exports/exporterrepository.h"
#include "exports/exportstats.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

// "Who exports there?": for a country, a product or an HS chapter of the export charts, the
// district's exporters to invite to a buyer-seller meet, the likeliest first:
// 1. those whose export records (matched by IEC) go to that country, or are of that product or
//    chapter, by value;
// 2. exporters of the same products (for a country: the products the district sends there);
// 3. the other exporters (an IEC, or saying they export).
class WhoExports final
{
    Q_DECLARE_TR_FUNCTIONS(WhoExports)
public:
    enum class Reason { ExportsThere, SameProduct, OtherExporter };
    struct Entry {
        Exporter exporter;
        Reason reason = Reason::OtherExporter;
        double valueCrore = 0; // their records of the subject, all years
        int latestYear = 0;    // the latest year of those records
    };

    // `by` and `key` name the subject as ExportStats does (country code, sector id, chapter key).
    // `productChapters`: sector id → chapters (ProductChapterRepository::effective).
    static QList<Entry> find(const QList<ExportRecord> &records, const QList<Exporter> &exporters,
                             ExportStats::By by, const QString &key,
                             const QHash<qint64, QStringList> &productChapters);
    // Why an entry is on the list, in words ("their figures: ₹2.10 crore, latest 2022-23",
    // "makes Terracotta"); `productName` names the exporter's product.
    static QString why(const Entry &entry, const QString &productName = QString());
};
