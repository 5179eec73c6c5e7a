#include "exportstats.h"

#include <QHash>
#include <QSet>

#include <algorithm>

QString ExportStats::key(const ExportRecord &record, By by)
{
    switch (by) {
    case By::Country: return record.countryCode;
    case By::Chapter: return record.chapter;
    case By::Product: break;
    }
    return QString::number(record.sectorId);
}

QList<int> ExportStats::years(const QList<ExportRecord> &records)
{
    QSet<int> set;
    for (const ExportRecord &r : records)
        set.insert(r.fyStart);
    QList<int> years(set.cbegin(), set.cend());
    std::sort(years.begin(), years.end());
    return years;
}

double ExportStats::total(const QList<ExportRecord> &records, int fyStart)
{
    double sum = 0;
    for (const ExportRecord &r : records)
        if (r.fyStart == fyStart)
            sum += r.valueCrore;
    return sum;
}

QList<ExportStats::Entry> ExportStats::ranked(const QList<ExportRecord> &records, int fyStart, By by, int topN)
{
    QHash<QString, double> sums;
    for (const ExportRecord &r : records)
        if (r.fyStart == fyStart)
            sums[key(r, by)] += r.valueCrore;
    QList<Entry> entries;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        entries << Entry{it.key(), it.value()};
    // Largest first; equal values by key, so the order never depends on hashing.
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.value != b.value ? a.value > b.value : a.key < b.key;
    });
    if (topN > 0 && entries.size() > topN) {
        Entry other{Other, 0};
        for (int i = topN; i < entries.size(); ++i)
            other.value += entries.at(i).value;
        entries = entries.mid(0, topN);
        entries << other;
    }
    return entries;
}

ExportStats::Stacked ExportStats::stacked(const QList<ExportRecord> &records, int fyStart, int topN)
{
    Stacked result;
    for (const Entry &e : ranked(records, fyStart, By::Country, topN))
        result.countries << e.key;
    for (const Entry &e : ranked(records, fyStart, By::Product, 0))
        result.products << e.key;
    result.values.fill(QList<double>(result.countries.size(), 0.0), result.products.size());
    for (const ExportRecord &r : records) {
        if (r.fyStart != fyStart)
            continue;
        int c = int(result.countries.indexOf(r.countryCode));
        if (c < 0)
            c = int(result.countries.indexOf(Other));
        const int p = int(result.products.indexOf(key(r, By::Product)));
        if (c >= 0 && p >= 0)
            result.values[p][c] += r.valueCrore;
    }
    return result;
}

ExportStats::Trend ExportStats::trend(const QList<ExportRecord> &records, int topN)
{
    Trend result;
    result.years = years(records);
    if (result.years.isEmpty())
        return result;
    for (const Entry &e : ranked(records, result.years.constLast(), By::Country, 0).mid(0, topN))
        result.countries << e.key;
    result.values.fill(QList<double>(result.years.size(), 0.0), result.countries.size());
    for (const ExportRecord &r : records) {
        const int c = int(result.countries.indexOf(r.countryCode));
        const int y = int(result.years.indexOf(r.fyStart));
        if (c >= 0 && y >= 0)
            result.values[c][y] += r.valueCrore;
    }
    return result;
}
