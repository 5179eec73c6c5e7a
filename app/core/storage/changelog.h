#pragma once

#include "rowversion.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// One field of a row that a change altered: its column ("mobile", or a name for several columns
// shown together, such as a stall's "position"), and the values before and after as words
// (a sector's name, not its id). Enumerations (statuses) keep their stored key and are named
// in the reader's language when shown.
struct FieldChange {
    QString column;
    QString before;
    QString after;
    bool operator==(const FieldChange &o) const
    {
        return column == o.column && before == o.before && after == o.after;
    }
};

// The `changes` table: who changed which row, when, at which desk, and what ("mobile:
// 98… → 97…"), written by the repositories in the transaction of the change itself. Read for an
// invitee's history, and for when and where a row that is gone was deleted.
class ChangeLog final
{
    Q_DECLARE_TR_FUNCTIONS(ChangeLog)
public:
    enum class Action { Insert, Update, Delete, Restore };

    struct Entry {
        QString table;
        qint64 rowId = 0;
        Action action = Action::Update;
        ChangeStamp stamp; // version 0: not kept in the log
        QList<FieldChange> changes;
    };

    // Adds a line inside the caller's transaction.
    static bool write(const QSqlDatabase &db, const QString &table, qint64 rowId, Action action,
                      const QList<FieldChange> &changes, const ChangeStamp &stamp, QString *error = nullptr);
    // A versioned delete with its line in the log, inside the caller's transaction (the `write`
    // step of RowVersion::write): RowVersion::remove() of the row at `expected`, then, when it
    // went, a Delete line naming what the row held (`what`). Rows deleted (0: it moved on
    // meanwhile), -1 with `why` (a database failure worded by `failed`, "… could not be deleted: %1").
    static int removeRow(const QSqlDatabase &db, const QString &table, qint64 id, qint64 expected,
                         const QList<FieldChange> &what, const ChangeStamp &stamp, const QString &failed,
                         QString *why);
    // The rows `ids` of `table` deleted in one transaction, each at its version in `versions`
    // (none: as it is) through RowVersion::write (`find` reads a row, `notice` words a conflict)
    // and removeRow, with `what(current)` for its Delete line. The first conflict or failure
    // ends it, rolled back, and is the result. For rows nothing else hangs on (export records,
    // targets).
    template<typename Record, typename Find, typename What, typename Notice>
    static WriteResult<Record> removeRows(const QSqlDatabase &db, const QString &table, const QList<qint64> &ids,
                                          const QHash<qint64, qint64> &versions, const QString &failed,
                                          QString *error, Find &&find, What &&what, Notice &&notice)
    {
        const ChangeStamp stamp = RowVersion::now(db);
        QList<Record> gone = RowVersion::byIds<Record>(ids, versions);
        return RowVersion::writeAll(db, gone, error, failed, [&](const Record &r) {
            return RowVersion::write<Record>(
                db, table, r.id, r.version, failed, find,
                [&](const Record &current, QString *why) {
                    return removeRow(db, table, r.id, current.version, what(current), stamp, failed, why);
                },
                notice);
        });
    }
    // An invitee's own changes and those of their invitations (to `eventId`; 0: every event),
    // oldest first.
    static QList<Entry> inviteeHistory(const QSqlDatabase &db, qint64 inviteeId, qint64 eventId = 0);
    // Every line about one row, oldest first.
    static QList<Entry> rowHistory(const QSqlDatabase &db, const QString &table, qint64 rowId);

    // The stored form of `changes`, one "column: before → after" a line (values shortened), and
    // back. A field that had no value before is written "column: after".
    static QString summary(const QList<FieldChange> &changes);
    static QList<FieldChange> parse(const QString &summary);

    // For people, in the current language: a column's name ("mobile", "मोबाइल"), a stored value
    // (statuses named), the changes ("mobile 98… → 97…; email …"), who ("Anil at Desk 2") and when
    // ("10:02" today, else "24-09-2021 10:02", local time).
    static QString fieldName(const QString &table, const QString &column);
    static QString value(const QString &table, const QString &column, const QString &stored);
    // `arrows`: a field that had no value is written "field — → value" (an edit), else
    // "field value" (what a new or deleted row held).
    static QString describe(const QString &table, const QList<FieldChange> &changes, bool arrows = true);
    static QString who(const ChangeStamp &stamp);
    static QString when(const QDateTime &at);
    // One line of a history: "24-09-2021 10:02 — Anil at Desk 2: mobile 98… → 97…".
    static QString line(const Entry &entry);

    // Values longer than this are shortened with "…" in the log.
    static constexpr int MaxValueLength = 60;
};
