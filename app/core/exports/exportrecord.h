#pragma once

#include <QString>

// The district's exports to one country in one financial year, for one product category.
struct ExportRecord {
    qint64 id = 0;
    int fyStart = 0;          // 2020 means the financial year 2020-21
    QString countryCode;      // ISO 3166-1 alpha-2, upper-case
    qint64 sectorId = 0;      // product category, 0: none
    double valueCrore = 0;    // ₹ crore
    double valueUsdMillion = -1; // optional, -1 when not given
    bool isDemo = false;
    // The row's version as read (see storage/rowversion.h); 0: not read, written over any.
    qint64 version = 0;

    // The one rule for a financial year, for the table, the form, imports and the CLI alike: it
    // starts in 1947-2200, as the database's CHECK on export_records.fy_start says (schema.cpp).
    static constexpr int FirstFinancialYear = 1947;
    static constexpr int LastFinancialYear = 2200;
    static constexpr bool isFinancialYear(int fyStart)
    {
        return fyStart >= FirstFinancialYear && fyStart <= LastFinancialYear;
    }

    // Trade data as DGCI&S and the ministry keep it (schema version 6).
    QString hsCode;           // ITC(HS) code of 2, 4, 6 or 8 digits; empty: none
    double quantity = -1;     // -1: not given
    QString unit;             // as the source writes it ("KGS", "NOS"); empty: none
    QString exporterIec;      // the exporter's IEC; empty: not known (the district's figure)
    // Which figures follow from the other at the year's exchange rate instead of being given.
    // The repository derives them when it reads and stores only what was given.
    bool inrDerived = false;  // valueCrore = US$ million × rate ÷ 10 (0 while the year has no rate)
    bool usdDerived = false;  // valueUsdMillion = ₹ crore × 10 ÷ rate
    double rate = 0;          // the year's ₹ per US$ when it was read (0: none entered)
    // The HS chapter(s) this figure counts under in charts: its code's chapter, else its
    // product's ("61+62"); empty: not classified. Filled by HsChapters::classify.
    QString chapter;

    // ₹ not given and no rate to derive it: the rupee figure is not known (counted as 0).
    bool inrUnknown() const { return inrDerived && rate <= 0; }

    // "2020-21"
    static QString financialYear(int fyStart)
    {
        return QStringLiteral("%1-%2").arg(fyStart).arg((fyStart + 1) % 100, 2, 10, QLatin1Char('0'));
    }
    // 2020 from "2020-21", "2020–21", "2020-2021", "FY 2020-21" or "वित्तीय वर्ष २०२०-२१";
    // 0 for anything else (a single year is not a financial year: 2020 could mean either), and
    // for a year isFinancialYear() refuses.
    static int parseFinancialYear(const QString &text);
};
