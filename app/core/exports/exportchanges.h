#pragma once

#include "storage/changelog.h"

#include <QList>
#include <QString>

// What the change log says of an export row, a record or a target: both are named by a year,
// a country and a product category, written as words ("2020-21", "Peru", "Textiles").
namespace ExportChanges {

struct Key {
    int fyStart = 0; // 0: no row (before an insert, after a delete)
    QString countryCode;
    qint64 sectorId = 0;
};

template<typename Row>
Key keyOf(const Row &row)
{
    return {row.fyStart, row.countryCode, row.sectorId};
}

// Appends {column, a, b} to `changes` when a and b differ.
void compare(QList<FieldChange> &changes, const char *column, const QString &a, const QString &b);

// The year, country and category that differ between `before` and `after`, as words (the
// category's name is read through `connection`).
QList<FieldChange> keyChanges(const Key &before, const Key &after, const QString &connection);

} // namespace ExportChanges
