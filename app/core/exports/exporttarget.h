#pragma once

#include <QString>

// A target of the District Export Action Plan for one financial year, in ₹ crore: the
// district's exports overall, to one country, or of one product.
struct ExportTarget {
    enum class Scope { Overall, Country, Product };

    qint64 id = 0;
    int fyStart = 0;
    QString countryCode; // a country's target; empty otherwise
    qint64 sectorId = 0; // a product's target; 0 otherwise
    double targetCrore = 0;
    // The row's version as read (see storage/rowversion.h); 0: not read, written over any.
    qint64 version = 0;

    Scope scope() const
    {
        return !countryCode.isEmpty() ? Scope::Country : sectorId ? Scope::Product : Scope::Overall;
    }
    bool operator==(const ExportTarget &o) const
    {
        return id == o.id && fyStart == o.fyStart && countryCode == o.countryCode && sectorId == o.sectorId
               && targetCrore == o.targetCrore;
    }
};
