#pragma once

#include "storage/database.h"
#include "exports/exportrecord.h"
#include "import/columnmapper.h"
#include "import/rejectedrows.h"
#include "import/tablereader.h"

#include <QCoreApplication>
#include <optional>

// Export figures from a table (the same reader as invitee lists), in the program's own layout
// (year/वर्ष, country/देश, product/उत्पाद, value/मूल्य in ₹ crore, optionally US$ million) or the
// ministry's (see ExportTableLayout: HS code, quantity, unit, IEC, values with their scale, a
// column per year; totals rows and notes passed over). A figure with the same year, country,
// product, HS code and exporter as a recorded one updates it; a row with an unknown country, a
// malformed year or code, or a value that is not a number of 0 or more is rejected with the
// reason. One transaction: all or nothing. Counts are of figures (a row of the ministry's table
// may hold a figure for each of several years), rejected ones of rows.
class ExportImport final
{
    Q_DECLARE_TR_FUNCTIONS(ExportImport)
public:
    static QList<FieldSpec> fields(); // ExportTableLayout's

    using Rejected = ImportReport::RejectedRow;
    // A row that holds no figure and is not an error: a totals row, a note, the header again.
    struct PassedOver {
        enum Kind { Total, Note, Header };
        int rowNumber = 0;
        Kind kind = Note;
    };
    struct Result {
        int imported = 0, updated = 0, skipped = 0, rejected = 0;
        QList<Rejected> rejects;
        QList<PassedOver> passedOver;
        QList<qint64> insertedIds;
        QList<ExportRecord> updatedBefore;
        QStringList createdProducts; // product names that became new categories
        QStringList matchedProducts; // "Textile → Textiles": names put in a close existing one
        QStringList productsByChapter; // "61 → Readymade garments": rows without a product, by HS chapter
        QStringList headers; // the header row as found (the rejected rows' columns)
        QString layout; // how the table was read, for the user (ExportTableLayout::description)
    };
    // `keepRejects` gets the rejected rows before the commit; returning false rolls back.
    static std::optional<Result> import(const Table &table, QString *error,
                                        const std::function<bool(const QStringList &headers, const QList<Rejected> &)> &keepRejects = {},
                                        const QString &connection = Database::defaultConnectionName());
    static bool revert(const Result &result, QString *error,
                       const QString &connection = Database::defaultConnectionName());
    // "imported N, updated U, skipped S, rejected R" (never translated).
    static QString summaryLine(const Result &result);
    // "Passed over, not figures: totals on row(s) 14; notes on row(s) 16.", translated; empty
    // when there were none.
    static QString passedOverText(const Result &result);
    // A value as typed: "12.5", "1,234.50", "₹ 300"; -1 when it is not a number.
    static double parseValue(const QString &text);
};
