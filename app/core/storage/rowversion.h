#pragma once

#include "storage/transaction.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <optional>

class SqlRow;

// Who wrote a row last, when, and which version that made it (the row's version and changed_*
// columns, see schema.cpp version 7; for a deleted row, the `changes` log).
struct ChangeStamp {
    qint64 version = 0;
    QDateTime at; // UTC; invalid when not known
    QString desk;
    QString user;
    bool known() const { return at.isValid() || !desk.isEmpty() || !user.isEmpty(); }
};

// Another desk (or window) wrote the row first: what it is now, or nothing when it was deleted,
// and who did it when.
template<typename Record>
struct Conflict {
    qint64 id = 0;
    std::optional<Record> current; // the row as it is now; empty when it was deleted meanwhile
    ChangeStamp changed;
    bool deleted() const { return !current.has_value(); }
};

// What a write of a versioned row did: written (and the row's new version), refused because the
// row changed or vanished meanwhile (the Conflict says how), or failed (the error says why).
// Converts to true only when written, so callers that only need to know whether it was saved
// read as before (`if (!repository.update(…))`, `return repository.update(…);` for a bool).
template<typename Record>
struct WriteResult {
    enum class Kind { Written, Conflicted, Failed };
    Kind kind = Kind::Failed;
    QString error;       // Failed and Conflicted: why, in words
    qint64 version = 0;  // Written: the row's version now
    std::optional<Conflict<Record>> conflict;

    static WriteResult written(qint64 version)
    {
        WriteResult r;
        r.kind = Kind::Written;
        r.version = version;
        return r;
    }
    static WriteResult failed(const QString &error)
    {
        WriteResult r;
        r.error = error;
        return r;
    }
    static WriteResult conflicted(const Conflict<Record> &conflict, const QString &error)
    {
        WriteResult r;
        r.kind = Kind::Conflicted;
        r.conflict = conflict;
        r.error = error;
        return r;
    }
    bool ok() const { return kind == Kind::Written; }
    bool isConflict() const { return kind == Kind::Conflicted; }
    operator bool() const { return ok(); } // NOLINT(google-explicit-constructor): see above
};

// The SQL of versioned rows, the same on SQLite and PostgreSQL. Table and column names come from
// the repositories, never from input.
namespace RowVersion {

// A token for this opening of the connection's database, new each time it is opened (a file
// created again at the same path, the next test's): what this program remembers of rows it
// wrote is kept under it. Empty when the connection is not open.
QString openingOf(const QSqlDatabase &db);

// The login recorded with a change: on a server its current_user, else the operating system's.
QString user(const QSqlDatabase &db);
// This desk (AppInfo::deskName()) and user, now.
ChangeStamp now(const QSqlDatabase &db);
// Sets changed_at, changed_desk and changed_user of a row being written.
void stamp(SqlRow &row, const ChangeStamp &stamp);

// The version and stamp of a row now; nothing when there is no such row.
std::optional<ChangeStamp> read(const QSqlDatabase &db, const QString &table, qint64 id);
// When and at which desk a row that is gone was deleted (the changes log); empty when unknown.
ChangeStamp deletion(const QSqlDatabase &db, const QString &table, qint64 id);
// The stamp of the row, or of its deletion when it is gone.
ChangeStamp lastChange(const QSqlDatabase &db, const QString &table, qint64 id);

// UPDATE table SET <row's columns>, version = expected + 1, changed_* = stamp
// WHERE id = :id AND version = :expected. Rows changed (0: the row moved on or is gone), -1 on
// failure with `error`.
int update(const QSqlDatabase &db, const QString &table, qint64 id, qint64 expected, SqlRow row,
           const ChangeStamp &stamp, QSqlError *error);
// DELETE FROM table WHERE id = :id AND version = :expected. Rows deleted, -1 on failure.
int remove(const QSqlDatabase &db, const QString &table, qint64 id, qint64 expected, QSqlError *error);

// A Conflict for the row `id` of `table`: `find(id)` gives its current values (std::optional).
template<typename Record, typename Find>
Conflict<Record> conflict(const QSqlDatabase &db, const QString &table, qint64 id, Find &&find)
{
    Conflict<Record> c;
    c.id = id;
    c.current = find(id);
    c.changed = c.current ? read(db, table, id).value_or(ChangeStamp{}) : deletion(db, table, id);
    return c;
}

// One versioned write of the row `id` (an update or a delete), in a transaction of its own or a
// savepoint of the caller's: reads the row as it is now (`find(id)`, a std::optional<Record>),
// and refuses with a Conflict when it is gone or at another version than `expected` (0: any);
// else `write(current, &error)` runs the statement, which must check the version it read (see
// update() and remove() above) and return the rows it changed: 0 means another desk got in
// between the read and the write (PostgreSQL) and is a Conflict too. `failed` words a failure
// ("The invitee could not be saved: %1"); `describe(conflict)` words a Conflict (a
// ConflictNotice's message). On success the result holds the row's new version.
template<typename Record, typename Find, typename Write, typename Describe>
WriteResult<Record> write(const QSqlDatabase &db, const QString &table, qint64 id, qint64 expected,
                          const QString &failed, Find &&find, Write &&write, Describe &&describe)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return WriteResult<Record>::failed(failed.arg(transaction.errorText()));
    auto refused = [&] {
        const Conflict<Record> c = conflict<Record>(db, table, id, find);
        return WriteResult<Record>::conflicted(c, describe(c));
    };
    const std::optional<Record> current = find(id);
    if (!current || (expected > 0 && current->version != expected))
        return refused();
    QString error;
    const int changed = write(*current, &error);
    if (changed < 0)
        return WriteResult<Record>::failed(error);
    if (changed == 0)
        return refused();
    if (!transaction.commit())
        return WriteResult<Record>::failed(failed.arg(transaction.errorText()));
    return WriteResult<Record>::written(current->version + 1);
}

// The rows `ids` as records holding only their id and the version a write expects of each
// (`versions`; none: 0, as the row is): what a delete of rows by id hands to writeAll().
template<typename Record>
QList<Record> byIds(const QList<qint64> &ids, const QHash<qint64, qint64> &versions)
{
    QList<Record> records;
    records.reserve(ids.size());
    for (qint64 id : ids) {
        Record r;
        r.id = id;
        r.version = versions.value(id, 0);
        records << r;
    }
    return records;
}

// `each(record)` (a WriteResult) for every record, all in one transaction: the first that is not
// written ends it, rolled back, and is the result (its Conflict or error). When all are written,
// each record's version is what its write made, and *error is untouched.
template<typename Record, typename Each>
WriteResult<Record> writeAll(const QSqlDatabase &db, QList<Record> &records, QString *error,
                             const QString &failed, Each &&each)
{
    WriteResult<Record> last = WriteResult<Record>::written(0);
    QList<qint64> versions;
    QString why;
    const bool written = Transaction::run(db, &why, failed, [&] {
        for (const Record &record : std::as_const(records)) {
            last = each(record);
            if (!last)
                return false;
            versions << last.version;
        }
        return true;
    });
    if (!written) {
        if (last.ok()) // the transaction itself failed
            last = WriteResult<Record>::failed(why);
        if (error)
            *error = last.error;
        return last;
    }
    for (int i = 0; i < records.size(); ++i)
        records[i].version = versions.at(i);
    return last;
}

} // namespace RowVersion
