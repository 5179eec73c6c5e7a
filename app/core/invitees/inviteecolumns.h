#pragma once

// Internal to app/core/invitees: what InviteeRepository, InviteeListQuery and InviteeBulkLoader
// share about the table `invitees`, kept here once instead of in step in three files.

#include "invitees/invitee.h"

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

// Reads rows of a query into records through a column table (`Column` has `name` and `read`).
// The columns' positions are looked up by name once, when the query has run: QSqlRecord::indexOf
// compares names field by field, and done for every field of every row it would cost more than
// the reading itself on the 100,000 rows a list can hold (a keystroke must stay under 50 ms).
template<typename Record, typename Column>
class ColumnReader final
{
public:
    ColumnReader(const QList<Column> &columns, const QSqlQuery &query)
        : m_columns(columns)
    {
        const QSqlRecord record = query.record();
        m_positions.reserve(columns.size());
        for (const Column &column : columns) {
            const int position = record.indexOf(QString(column.name));
            Q_ASSERT_X(position >= 0, "ColumnReader", "a column of the table is missing from the query");
            m_positions.append(position);
        }
    }

    void read(const QSqlQuery &query, Record &record) const
    {
        for (qsizetype i = 0; i < m_columns.size(); ++i)
            m_columns.at(i).read(record, query.value(m_positions.at(i)));
    }
    Record read(const QSqlQuery &query) const
    {
        Record record;
        read(query, record);
        return record;
    }

private:
    const QList<Column> m_columns; // shared, not copied (QList)
    QList<int> m_positions;
};
