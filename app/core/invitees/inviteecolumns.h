#pragma once

// Internal to app/core/invitees: what InviteeRepository, InviteeListQuery and InviteeBulkLoader
// share about the table `invitees`, kept here once instead of in step in three files.

#include "invitees/invitee.h"
#include "storage/columntable.h" // ColumnReader

#include <QLatin1String>
#include <QList>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariant>

class BulkRow;
class SqlRow;

namespace InviteeColumns {

// When a column is written from the invitee.
enum class Write {
    Always,   // on insert and on update
    OnInsert, // once: is_demo (a demo record stays one; "remove demo data" finds them by it)
    Never,    // id and version: given by the database and kept by RowVersion (storage/rowversion.h)
};

// One column of `invitees` as an Invitee holds it: named once, and from here the SELECT list,
// the reading of a row, and the values written (SqlRow's named placeholders, the bulk writer's
// row) all follow, so no list of columns is kept in step with a list of positions.
struct Column {
    QLatin1String name;
    Write write;
    void (*read)(Invitee &invitee, const QVariant &value);
    // The value as bound: a null QVariant is SQL NULL (optional text when empty, so unique
    // indexes ignore it; no category; no export share). Not set for Write::Never.
    QVariant (*value)(const Invitee &invitee);
    // The same value added to a bulk writer's row (storage/bulkwriter.h), without a QVariant
    // on the way: an import writes 100,000 rows of these.
    void (*addTo)(const Invitee &invitee, BulkRow &row);
};

// Every column of `invitees` an Invitee has, in the table's order (search_text and the time
// stamps are not fields of an Invitee: the writers add them).
const QList<Column> &all();

// A reference (the category) in a bulk writer's row: NULL for 0, as SqlValues::nullIfZero.
void addReference(BulkRow &row, qint64 id);

// "name, designation, …" for a SELECT; `prefix` qualifies each ("i.").
QString selectList(const QString &prefix = QString());

// What an UPDATE writes of the invitee: the Write::Always columns and search_text (made again
// from the fields); updated_at and the version stamp are the caller's.
SqlRow forUpdate(const Invitee &invitee);

// The phonetic key of a name as invitees.search_text holds it: each word after a mark that no
// typed text contains, so a query's key matches from the start of a word of the key only.
QString keySection(const QString &key);

} // namespace InviteeColumns
