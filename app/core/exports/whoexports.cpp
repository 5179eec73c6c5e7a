#include "whoexports.h"

#include "exports/hschapters.h"
#include "text/languagemanager.h"

#include <QSet>

#include <algorithm>

QList<WhoExports::Entry> WhoExports::find(const QList<ExportRecord> &records, const QList<Exporter> &exporters,
                                          ExportStats::By by, const QString &key,
                                          const QHash<qint64, QStringList> &productChapters)
{
    // Records of the subject, and the products that make it up.
    QHash<QString, QPair<double, int>> byIec;
    QSet<qint64> products;
    for (const ExportRecord &r : records) {
        if (ExportStats::key(r, by) != key)
            continue;
        if (r.sectorId)
            products.insert(r.sectorId);
        if (!r.exporterIec.isEmpty()) {
            auto &sum = byIec[r.exporterIec];
            sum.first += r.valueCrore;
            sum.second = std::max(sum.second, r.fyStart);
        }
    }
    if (by == ExportStats::By::Product)
        products.insert(key.toLongLong());
    if (by == ExportStats::By::Chapter) {
        const QStringList chapters = HsChapters::chaptersOf(key);
        for (auto it = productChapters.cbegin(); it != productChapters.cend(); ++it)
            for (const QString &c : it.value())
                if (chapters.contains(c))
                    products.insert(it.key());
    }

    QList<Entry> entries;
    for (const Exporter &e : exporters) {
        Entry entry{e, Reason::OtherExporter, 0, 0};
        if (!e.iec.isEmpty() && byIec.contains(e.iec)) {
            entry.reason = Reason::ExportsThere;
            entry.valueCrore = byIec.value(e.iec).first;
            entry.latestYear = byIec.value(e.iec).second;
        } else if (e.sectorId && products.contains(e.sectorId)) {
            entry.reason = Reason::SameProduct;
        }
        entries << entry;
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.reason != b.reason)
            return a.reason < b.reason;
        return a.valueCrore > b.valueCrore;
    });
    return entries;
}

QString WhoExports::why(const Entry &entry, const QString &productName)
{
    switch (entry.reason) {
    case Reason::ExportsThere:
        return tr("their figures: ₹%1 crore, latest %2")
            .arg(LanguageManager::number(entry.valueCrore, 2),
                 LanguageManager::digits(ExportRecord::financialYear(entry.latestYear)));
    case Reason::SameProduct:
        return productName.isEmpty() ? tr("makes a product the district exports there") : tr("makes %1").arg(productName);
    case Reason::OtherExporter:
        return entry.exporter.iec.isEmpty() ? tr("exporter") : tr("exporter with an IEC");
    }
    return {};
}
