#include "storage/databaseerrors.h"

#include <atomic>
#include <sqlite3.h>

namespace {
// Set from any thread that writes; read by the window.
std::atomic<int> g_storageFailure{int(DatabaseErrors::Cause::None)};
std::atomic<int> g_refusedCommit{int(DatabaseErrors::Cause::FileMissing)};
} // namespace

namespace {
// QPSQL reports PostgreSQL's five-character SQLSTATE as the native code; SQLite's codes (extended
// ones too) have at most four digits.
bool isSqlState(const QString &code)
{
    return code.size() == 5;
}

// libpq's words when the connection itself is gone (no SQLSTATE comes with them).
bool connectionGone(const QSqlError &error)
{
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    return text.contains(QLatin1String("server closed the connection"))
           || text.contains(QLatin1String("no connection to the server"))
           || text.contains(QLatin1String("could not connect to server"))
           || text.contains(QLatin1String("connection to server"))
           || text.contains(QLatin1String("terminating connection"))
           || text.contains(QLatin1String("could not send data to server"))
           || text.contains(QLatin1String("could not receive data from server"));
}
} // namespace

DatabaseErrors::Cause DatabaseErrors::cause(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return Cause::None;
    const QString native = error.nativeErrorCode();
    if (isSqlState(native))
        return causeOfSqlState(native);
    if (connectionGone(error))
        return Cause::Unreachable;
    bool ok = false;
    const int code = native.toInt(&ok);
    return ok ? cause(code) : Cause::Other;
}

DatabaseErrors::Cause DatabaseErrors::causeOfSqlState(const QString &state)
{
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        return Cause::Unreachable; // connection exceptions, the server shutting down
    if (state.startsWith(QLatin1String("23")))
        return Cause::Rejected; // integrity constraints
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03"))
        return Cause::Busy; // serialization failure, deadlock, lock not available
    if (state == QLatin1String("53100"))
        return Cause::DiskFull;
    if (state == QLatin1String("25006") || state == QLatin1String("42501"))
        return Cause::ReadOnly; // read-only transaction, no privilege to write
    if (state.startsWith(QLatin1String("58")) || state.startsWith(QLatin1String("53")))
        return Cause::IoError;
    if (state.startsWith(QLatin1String("XX")))
        return Cause::Damaged;
    return Cause::Other;
}

DatabaseErrors::Cause DatabaseErrors::cause(int code)
{
    if (code == SQLITE_OK || code == SQLITE_DONE || code == SQLITE_ROW)
        return Cause::None;
    if (code == SQLITE_CONSTRAINT_COMMITHOOK)
        return Cause(g_refusedCommit.load());
    switch (code & 0xff) {
    case SQLITE_FULL:
        return Cause::DiskFull;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Cause::ReadOnly;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Cause::Busy;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        return Cause::IoError;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Cause::Damaged;
    case SQLITE_CONSTRAINT:
        return Cause::Rejected;
    default:
        return Cause::Other;
    }
}

QString DatabaseErrors::describe(Cause cause)
{
    switch (cause) {
    case Cause::None:
        return {};
    case Cause::DiskFull:
        return tr("The disk is full.");
    case Cause::ReadOnly:
        return tr("The database file is read-only.");
    case Cause::FileMissing:
        return tr("The database file is missing (was the USB stick removed, or the file moved?).");
    case Cause::FileReplaced:
        return tr("Another file has taken the database file's place.");
    case Cause::Busy:
        return tr("The database is busy with another change; try again.");
    case Cause::IoError:
        return tr("The disk could not be read or written (a faulty disk, or a USB stick taken out?).");
    case Cause::Damaged:
        return tr("The database file is damaged.");
    case Cause::Unreachable:
        return tr("The office server cannot be reached.");
    case Cause::Rejected:
    case Cause::Other:
        break;
    }
    return tr("The database refused the change.");
}

QString DatabaseErrors::describe(const QSqlError &error)
{
    // Qt's driver text ("Unable to fetch row") adds nothing to the engine's own words.
    if (isSqlState(error.nativeErrorCode()) || connectionGone(error))
        return describe(cause(error), error.databaseText());
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return describe(ok ? code : SQLITE_ERROR, error.databaseText());
}

QString DatabaseErrors::describe(int sqliteCode, const QString &engineText)
{
    return describe(cause(sqliteCode), engineText);
}

QString DatabaseErrors::describe(Cause c, const QString &engineText)
{
    if (isStorage(c))
        g_storageFailure.store(int(c));
    if (c == Cause::Rejected || c == Cause::Other) {
        // The engine's own words ("UNIQUE constraint failed: …", a trigger's message) name
        // what was refused.
        const QString words = engineText.trimmed();
        return words.isEmpty() ? describe(c) : words;
    }
    return describe(c);
}

bool DatabaseErrors::isStorage(Cause cause)
{
    switch (cause) {
    case Cause::DiskFull:
    case Cause::ReadOnly:
    case Cause::FileMissing:
    case Cause::FileReplaced:
    case Cause::IoError:
    case Cause::Unreachable:
        return true;
    default:
        return false;
    }
}

DatabaseErrors::Cause DatabaseErrors::takeStorageFailure()
{
    return Cause(g_storageFailure.exchange(int(Cause::None)));
}

void DatabaseErrors::noteRefusedCommit(Cause cause)
{
    g_refusedCommit.store(int(cause));
}
