#pragma once

#include "database.h"
#include "exportrecord.h"
#include "import/columnmapper.h"
#include "import/rejectedrows.h"
#include "import/tablereader.h"

#include <QCoreApplication>
#include <optional>

// Export figures from a table (the same reader as invitee lists): columns year/वर्ष,
// country/देश, product/उत्पाद, value/मूल्य (₹ crore) and optionally US$ million. A row for a
// year, country and product already recorded updates it; a row with an unknown country, a
// malformed year, or a negative or non-numeric value is rejected with the reason. One
// transaction: all or nothing.
class ExportImport final
{
    Q_DECLARE_TR_FUNCTIONS(ExportImport)
public:
    enum Field { Year, Country, Product, Value, ValueUsd, FieldCount };
    static QList<FieldSpec> fields();

    using Rejected = ImportReport::RejectedRow;
    struct Result {
        int imported = 0, updated = 0, skipped = 0, rejected = 0;
        QList<Rejected> rejects;
        QList<qint64> insertedIds;
        QList<ExportRecord> updatedBefore;
        QStringList createdProducts; // product names that became new categories
        QStringList matchedProducts; // "Textile → Textiles": names put in a close existing one
    };
    // `keepRejects` gets the rejected rows before the commit; returning false rolls back.
    static std::optional<Result> import(const Table &table, QString *error,
                                        const std::function<bool(const QStringList &headers, const QList<Rejected> &)> &keepRejects = {},
                                        const QString &connection = Database::defaultConnectionName());
    static bool revert(const Result &result, QString *error,
                       const QString &connection = Database::defaultConnectionName());
    // "imported N, updated U, skipped S, rejected R" (never translated).
    static QString summaryLine(const Result &result);
    // A value as typed: "12.5", "1,234.50", "₹ 300"; -1 when it is not a number.
    static double parseValue(const QString &text);
};
