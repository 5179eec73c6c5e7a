#include "databaseerrors.h"

#include <atomic>
#include <sqlite3.h>

namespace {
// Set from any thread that writes; read by the window.
std::atomic<int> g_storageFailure{int(DatabaseErrors::Cause::None)};
std::atomic<int> g_refusedCommit{int(DatabaseErrors::Cause::FileMissing)};
} // namespace

DatabaseErrors::Cause DatabaseErrors::cause(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return Cause::None;
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? cause(code) : Cause::Other;
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
    case Cause::Rejected:
    case Cause::Other:
        break;
    }
    return tr("The database refused the change.");
}

QString DatabaseErrors::describe(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    // Qt's driver text ("Unable to fetch row") adds nothing to the engine's own words.
    return describe(ok ? code : SQLITE_ERROR, error.databaseText());
}

QString DatabaseErrors::describe(int sqliteCode, const QString &engineText)
{
    const Cause c = cause(sqliteCode);
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
