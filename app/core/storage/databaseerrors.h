#pragma once

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

// What went wrong with a database operation, in words a clerk understands ("The disk is full.")
// instead of the driver's ("database or disk is full Unable to fetch row"). Every message built
// from a QSqlError goes through describe(), which also remembers a storage failure (full disk,
// read-only or vanished file) for the window's red bar to pick up (takeStorageFailure()).
class DatabaseErrors final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseErrors)
public:
    enum class Cause {
        None,
        DiskFull,
        ReadOnly,
        FileMissing,   // the file is no longer at its path: the write was refused
        FileReplaced,  // another file stands at the path: the write was refused
        Busy,          // another program's change held the lock past the busy timeout
        IoError,       // the disk could not be read or written
        Damaged,
        Rejected,      // a constraint or trigger refused the values
        Unreachable,   // the PostgreSQL server cannot be reached (the connection is lost)
        Other,
    };

    static Cause cause(const QSqlError &error);
    // The same from PostgreSQL's SQLSTATE ("23505"), as QPSQL reports it.
    static Cause causeOfSqlState(const QString &sqlState);
    // The same from SQLite's own result code (extended or primary) and message.
    static Cause cause(int sqliteCode);
    static QString describe(int sqliteCode, const QString &engineText);
    // The cause as one or more sentences in the current language; for a rejected value or an
    // unknown error, the engine's own words without Qt's "Unable to fetch row".
    static QString describe(const QSqlError &error);
    static QString describe(Cause cause);
    // The cause's words, or the engine's own when the values were refused (they name what).
    static QString describe(Cause cause, const QString &engineText);
    // Causes that concern the file or the disk rather than the values written.
    static bool isStorage(Cause cause);

    // The storage failure described most recently (and forgets it): None when there was none.
    static Cause takeStorageFailure();
    // The commit guard (Database) tells why it turned a commit into a rollback.
    static void noteRefusedCommit(Cause cause);
};
