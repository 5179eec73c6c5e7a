#pragma once

#include "storage/sqlrow.h"

#include <QList>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <initializer_list>
#include <optional>

// Reads the rows of one query that has run into records, through a list of columns that each
// have a `name` and a `read` (nullptr: a column written only, not read). The columns' places are
// looked up by name once, when the query has run: QSqlRecord::indexOf compares names field by
// field, and done for every field of every row it would cost more than the reading itself on the
// 100,000 rows a list can hold (a keystroke must stay under 50 ms). Used by ColumnTable and by
// the invitees' own column table (invitees/inviteecolumns.h), whose columns say more.
template <typename Record, typename Column>
class ColumnReader final
{
public:
    ColumnReader(const QList<Column> &columns, const QSqlQuery &query) : m_columns(columns)
    {
        const QSqlRecord fields = query.record();
        m_at.reserve(columns.size());
        for (const Column &c : columns) {
            const int at = c.read ? fields.indexOf(QLatin1String(c.name)) : -1;
            Q_ASSERT_X(!c.read || at >= 0, "ColumnReader", "a column read is missing from the query");
            m_at.append(at);
        }
    }

    // The query's current row, into `record` (fields of no column are left as they are).
    void read(const QSqlQuery &query, Record &record) const
    {
        for (qsizetype i = 0; i < m_columns.size(); ++i)
            if (m_at.at(i) >= 0)
                m_columns.at(i).read(record, query.value(m_at.at(i)));
    }
    Record read(const QSqlQuery &query) const
    {
        Record record;
        read(query, record);
        return record;
    }
    Record operator()(const QSqlQuery &query) const { return read(query); }

private:
    const QList<Column> m_columns; // shared with the table, not copied (QList)
    QList<int> m_at;
};

// A record type's columns, described once: each column's name, how its value is read into the
// record and how it is written from it. The SELECT list, the reading of a row and the SqlRow of
// an insert or update all come from that one description, so no list of positional "?" or
// `value(14)` has to be kept in step with another by hand.
//
// A row is read by name: the columns' places are looked up once per query (QSqlRecord::indexOf
// when it has run), then every row is read by index, as fast as positional reading.
template <typename Record>
class ColumnTable final
{
public:
    struct Column {
        // The column's name in its table, and in the result of select(). From the program,
        // never from input.
        const char *name;
        // Reads the value into the record; nullptr: the column is written only.
        void (*read)(Record &record, const QVariant &value);
        // The value written from the record; nullptr: read only (an id, a version, what an
        // insert alone sets: the caller writes those).
        QVariant (*write)(const Record &record);
        // SQL giving the value when it is not the table's own column (one of a joined table),
        // selected as `name`; nullptr for the table's own.
        const char *expression = nullptr;
    };

    ColumnTable(std::initializer_list<Column> columns) : m_columns(columns) {}

    // "SELECT a, b, … FROM `from`". `alias`: the table's name in `from` when it is joined to
    // others ("e" for "export_records e …"); its columns are then qualified with it.
    QString select(const QString &from, const QString &alias = QString()) const
    {
        QStringList list;
        for (const Column &c : m_columns) {
            const QString name = QLatin1String(c.name);
            if (c.expression)
                list << QStringLiteral("%1 AS %2").arg(QLatin1String(c.expression), name);
            else if (!alias.isEmpty()) // named, since an engine may otherwise call it "e.id"
                list << QStringLiteral("%1.%2 AS %2").arg(alias, name);
            else
                list << name;
        }
        return QStringLiteral("SELECT %1 FROM %2").arg(list.join(QStringLiteral(", ")), from);
    }

    // Reads the rows of one query that has run: reader(q) once, then read(q) for every row.
    using Reader = ColumnReader<Record, Column>;
    Reader reader(const QSqlQuery &query) const { return Reader(m_columns, query); }

    // Every row of a query that has run.
    QList<Record> readAll(QSqlQuery &query) const
    {
        QList<Record> records;
        const Reader read = reader(query);
        while (query.next())
            records << read(query);
        return records;
    }

    // The first row of a query that has run, nullopt when it has none.
    std::optional<Record> readOne(QSqlQuery &query) const
    {
        if (!query.next())
            return std::nullopt;
        return reader(query)(query);
    }

    // The record's written columns, in the order described; the caller adds what the table
    // leaves to it (the id, the version, time stamps).
    SqlRow row(const Record &record) const
    {
        SqlRow row;
        for (const Column &c : m_columns)
            if (c.write)
                row.set(QLatin1String(c.name), c.write(record));
        return row;
    }

private:
    QList<Column> m_columns;
};
