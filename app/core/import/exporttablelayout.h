#pragma once

#include "exports/countries.h"
#include "import/columnmapper.h"
#include "import/tablereader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Where the export figures sit in a table, for the two layouts an import meets:
//
// - the program's own: a header row with year, country, product, value (₹ crore) and
//   optionally US$ million, one row per figure;
// - the commerce ministry's and DGCI&S's tables: title and scale lines above the header
//   ("Values in Rs. Lacs"), HS code, commodity, country, quantity and unit, the value with its
//   scale in the header ("Value (US $ Million)") or a value column per financial year
//   ("2021-2022", "2022-2023"), %share and growth columns, totals rows ("Total", "India's Total
//   Export") and notes ("Source: DGCI&S") among the rows.
//
// The header is the first of the table's first rows that names a country column and at least
// one value column; the lines above it are searched for the scale and a financial year.
class ExportTableLayout final
{
    Q_DECLARE_TR_FUNCTIONS(ExportTableLayout)
public:
    // The fields found by name (ColumnMapper); value columns are found by ExportTableLayout.
    enum Field { Year, Country, Product, HsCode, Quantity, Unit, Iec, FieldCount };
    static QList<FieldSpec> fields();

    enum class Currency { Inr, Usd };
    // A number in a column is worth number × 10^exponent ₹ crore (Inr) or US$ million (Usd).
    struct Scale {
        Currency currency = Currency::Inr;
        int exponent = 0;
        bool operator==(const Scale &o) const { return currency == o.currency && exponent == o.exponent; }
    };
    // The scale a header or a line above it names: "Rs. Lacs" (₹, -2), "US $ Million" (US$, 0),
    // "₹ crore", "Value (Rs.)" (rupees: -7), "USD thousand" (-3). Nothing when it names none.
    static std::optional<Scale> parseScale(const QString &text);
    // "₹ lakh", "US$ million", translated.
    static QString scaleName(const Scale &scale);
    // A number as typed, shifted by `exponent` powers of ten in decimal, so that converting is
    // exact: "12345.67" at -2 is the double nearest 123.4567, as if 123.4567 had been typed.
    // Grouping commas, spaces, ₹ and digits of other scripts are accepted. -1 for anything
    // that is not a number of 0 or more.
    static double scaled(const QString &text, int exponent);
    // A country as a table names it: as Countries::find() knows it, or in the abbreviations of
    // DGCI&S's tables ("U ARAB EMTS", "EGYPT A RP", "CHINA P RP"; resources/hs/dgcis-countries.csv).
    static std::optional<::Country> country(const QString &text);
    // The financial year a heading names ("2021-2022", "FY 2021-22 (Rs. Lacs)"), or 0.
    static int yearIn(const QString &text);

    // The value columns of one financial year (or, with fyStart 0, of the row's own year).
    struct YearColumns {
        int fyStart = 0;
        int inr = -1, usd = -1, quantity = -1;
        Scale inrScale{Currency::Inr, 0};
        Scale usdScale{Currency::Usd, 0};
    };

    enum class RowKind { Data, Total, Note, RepeatedHeader };

    static ExportTableLayout analyse(const Table &table);

    // Index of the header in the table as a grid (0: table.headers, i + 1: table.rows[i]).
    int headerRow = 0;
    int headerRowNumber = 1;    // as the spreadsheet numbers it
    QStringList headers;         // the header row's cells
    ColumnMapping mapping;       // by Field
    QList<YearColumns> yearColumns;
    int defaultYear = 0;         // a financial year named above the header, for rows without one
    std::optional<Scale> noted;  // the scale named above the header

    bool sideBySide() const { return !yearColumns.isEmpty() && yearColumns.constFirst().fyStart != 0; }
    bool hasValues() const { return !yearColumns.isEmpty(); }
    int column(Field field) const { return mapping.column(field); }
    // What kind of row `cells` is: a figure, a totals row, a note, or the header again.
    RowKind kind(const QStringList &cells) const;
    // For the user: "header on row 4; values in ₹ lakh; years 2021-22, 2022-23", translated.
    QString description() const;

private:
    static bool describesScale(const QString &header);
};
