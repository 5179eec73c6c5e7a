#pragma once

#include "exports/exportrecord.h"

// One export figure for a test: financial year starting in `year` ("2020" is 2020-21), ISO code,
// sector id (0: no product) and value in ₹ crore.
inline ExportRecord exportRecord(int year, const char *country, qint64 sector, double value, bool demo = false)
{
    ExportRecord r;
    r.fyStart = year;
    r.countryCode = QString::fromLatin1(country);
    r.sectorId = sector;
    r.valueCrore = value;
    r.isDemo = demo;
    return r;
}
