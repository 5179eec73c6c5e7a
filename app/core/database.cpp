#include "database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QUuid>

namespace {

// SQLite's primary result codes we tell apart (sqlite3.h).
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteNotADb = 26;

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

// Whether a new file can be created in `dir`, tested by creating (and removing) one: this is the
// only honest answer on network shares, read-only mounts and for root.
bool folderWritable(const QString &dir)
{
    QTemporaryFile probe(dir + QStringLiteral("/.sammelan-write-test-XXXXXX"));
    return probe.open();
}

QString nowStamp()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

} // namespace

Database::OpenResult Database::fail(Error error, const QString &message, const QString &)
{
    OpenResult result;
    result.error = error;
    result.message = message;
    return result;
}

Database::OpenResult Database::open(const QString &path, Mode mode, const QString &connectionName)
{
    return open(path, mode, connectionName, migrations());
}

Database::OpenResult Database::open(const QString &path, Mode mode, const QString &connectionName,
                                    const QList<Migration> &steps)
{
    close(connectionName);
    OpenResult result = openConnection(path, mode, connectionName, steps);
    // Closed here, after every query of openConnection() is gone, so nothing stays in use.
    if (!result.ok())
        close(connectionName);
    return result;
}

Database::OpenResult Database::openConnection(const QString &path, Mode mode,
                                              const QString &connectionName,
                                              const QList<Migration> &steps)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    const bool exists = info.exists();

    // 1. Look at the file from outside before SQLite touches it.
    if (!exists) {
        if (mode == Mode::OpenExisting)
            return fail(Error::NotFound, tr("There is no database at %1.").arg(shown), connectionName);
        if (!QDir().mkpath(info.absolutePath()) || !folderWritable(info.absolutePath()))
            return fail(Error::ReadOnly,
                        tr("A database cannot be created at %1: the folder cannot be written.")
                            .arg(shown), connectionName);
    } else {
        if (info.isDir())
            return fail(Error::NotSqlite, tr("%1 is a folder, not a Sammelan database.").arg(shown),
                        connectionName);
        if (info.size() == 0)
            return fail(Error::Empty,
                        tr("%1 is an empty file, not a Sammelan database. Nothing was changed.")
                            .arg(shown), connectionName);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error::Failed, tr("%1 cannot be read: %2").arg(shown, file.errorString()),
                        connectionName);
        const QByteArray header = file.read(16);
        file.close();
        if (header != QByteArrayLiteral("SQLite format 3\0"))
            return fail(Error::NotSqlite,
                        tr("%1 is not a Sammelan database (it is not an SQLite file). "
                           "Nothing was changed.").arg(shown), connectionName);
        // Opening for writing without writing tests the permission as the OS sees it; the
        // folder must be writable too because SQLite keeps its WAL files beside the database.
        if (!file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly)
            || !folderWritable(info.absolutePath()))
            return fail(Error::ReadOnly,
                        tr("%1 cannot be written (the file or its folder is read-only). "
                           "Copy it to a folder you can write to, or ask for write permission. "
                           "Nothing was changed.").arg(shown), connectionName);
        file.close();
    }

    // 2. Read its identity with plain reads: nothing below writes until the checks pass.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        if (!db.open())
            return fail(Error::Failed, tr("%1 cannot be opened: %2").arg(shown, db.lastError().text()),
                        connectionName);
    }
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    auto sqlFailure = [&](const QSqlError &error) {
        switch (primaryCode(error)) {
        case SqliteNotADb:
            return fail(Error::NotSqlite, tr("%1 is not a Sammelan database. Nothing was changed.")
                                              .arg(shown), connectionName);
        case SqliteCorrupt:
            return fail(Error::Corrupt,
                        tr("%1 is damaged and cannot be used. Nothing was changed. "
                           "Open your latest backup instead.").arg(shown), connectionName);
        case SqliteBusy:
        case SqliteLocked:
            return fail(Error::Busy,
                        tr("%1 is locked by another program. Close it there and try again.")
                            .arg(shown), connectionName);
        case SqliteReadOnly:
        case SqliteCantOpen:
            return fail(Error::ReadOnly, tr("%1 cannot be written. Nothing was changed.").arg(shown),
                        connectionName);
        default:
            return fail(Error::Failed, tr("%1 cannot be opened: %2").arg(shown, error.text()),
                        connectionName);
        }
    };
    auto pragmaInt = [&](const QString &pragma, int *value) -> bool {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA ") + pragma) || !q.next())
            return false;
        *value = q.value(0).toInt();
        return true;
    };

    int version = 0;
    if (exists) {
        int appId = 0;
        if (!pragmaInt(QStringLiteral("application_id"), &appId)
            || !pragmaInt(QStringLiteral("user_version"), &version)) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA user_version"));
            return sqlFailure(q.lastError());
        }
        if (appId != ApplicationId) {
            int objects = 0;
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
                return sqlFailure(q.lastError());
            objects = q.value(0).toInt();
            if (objects == 0 && appId == 0 && version == 0)
                return fail(Error::Empty,
                            tr("%1 is an empty SQLite file, not a Sammelan database. "
                               "Nothing was changed.").arg(shown), connectionName);
            return fail(Error::NotSammelan,
                        tr("%1 is a database of another program, not of Sammelan. "
                           "Nothing was changed.").arg(shown), connectionName);
        }
        if (version > steps.constLast().toVersion)
            return fail(Error::NewerVersion,
                        tr("%1 was made by a newer version of Sammelan (database version %2; this "
                           "program knows up to %3). Update Sammelan to open it. "
                           "Nothing was changed.")
                            .arg(shown).arg(version).arg(steps.constLast().toVersion),
                        connectionName);
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA quick_check")))
            return sqlFailure(check.lastError());
        if (!check.next() || check.value(0).toString() != QLatin1String("ok"))
            return fail(Error::Corrupt,
                        tr("%1 is damaged and cannot be used. Nothing was changed. "
                           "Open your latest backup instead.").arg(shown), connectionName);
    }

    // 3. The file is ours (or new): set up the connection. foreign_keys must be set outside any
    // transaction, on every connection; WAL lets a second reader or instance work alongside.
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
            return sqlFailure(q.lastError());
        // A new file gets larger pages than SQLite's 4 KiB default: fewer, fuller b-tree pages
        // make bulk loads and full scans (the search box) cheaper. Only possible before the
        // first table exists.
        if (!exists)
            q.exec(QStringLiteral("PRAGMA page_size = 8192"));
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return sqlFailure(q.lastError());
        if (!q.exec(QStringLiteral("PRAGMA synchronous = FULL")))
            return sqlFailure(q.lastError());
        // Searching the register scans every invitee: reading through a memory map and a
        // larger page cache keeps a keystroke's query in memory instead of read() calls.
        q.exec(QStringLiteral("PRAGMA mmap_size = 268435456"));
        q.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    }

    OpenResult result;
    result.created = !exists;
    result.fromVersion = version;

    // 4. Migrate. A file holding data is first copied beside itself.
    if (version < steps.constLast().toVersion) {
        if (version > 0) {
            const QString copy = QStringLiteral("%1.v%2-%3.bak").arg(path).arg(version).arg(nowStamp());
            QString error;
            if (!backup(copy, &error, connectionName))
                return fail(Error::Failed,
                            tr("%1 needs an update to a newer database version, but the backup "
                               "copy made first failed: %2. Nothing was changed.")
                                .arg(shown, error), connectionName);
            result.backupPath = copy;
        }
        QSqlQuery q(db);
        // IMMEDIATE takes the write lock now, so two instances cannot migrate at once; the
        // version is read again under the lock because the other one may have finished first.
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return sqlFailure(q.lastError());
        int lockedVersion = 0;
        if (!pragmaInt(QStringLiteral("user_version"), &lockedVersion)) {
            q.exec(QStringLiteral("ROLLBACK"));
            return fail(Error::Failed, tr("%1 cannot be read.").arg(shown), connectionName);
        }
        for (const Migration &step : steps) {
            if (step.toVersion <= lockedVersion)
                continue;
            for (const QString &statement : step.statements) {
                if (!q.exec(statement)) {
                    const QString why = q.lastError().text();
                    q.exec(QStringLiteral("ROLLBACK"));
                    return fail(Error::Failed,
                                tr("Updating %1 to database version %2 failed: %3. "
                                   "Nothing was changed.").arg(shown).arg(step.toVersion).arg(why),
                                connectionName);
                }
            }
        }
        // PRAGMA values cannot be bound; both are integers we control.
        q.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
        q.exec(QStringLiteral("PRAGMA user_version = %1").arg(steps.constLast().toVersion));
        if (!q.exec(QStringLiteral("COMMIT"))) {
            const QString why = q.lastError().text();
            q.exec(QStringLiteral("ROLLBACK"));
            return fail(Error::Failed, tr("Saving %1 failed: %2").arg(shown, why), connectionName);
        }
    }
    return result;
}

void Database::close(const QString &connectionName)
{
    if (!QSqlDatabase::contains(connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

bool Database::isOpen(const QString &connectionName)
{
    return QSqlDatabase::contains(connectionName)
           && QSqlDatabase::database(connectionName, false).isOpen();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/sammelan.db");
}

QString Database::filePath(const QString &connectionName)
{
    return QSqlDatabase::database(connectionName, false).databaseName();
}

int Database::schemaVersion(const QString &connectionName)
{
    QSqlQuery q(QSqlDatabase::database(connectionName));
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QStringList Database::check(const QString &connectionName)
{
    QStringList findings;
    QSqlDatabase db = QSqlDatabase::database(connectionName);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        findings << tr("Integrity check could not run: %1").arg(q.lastError().text());
        return findings;
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            findings << tr("Integrity: %1").arg(line);
    }
    // integrity_check does not look at foreign keys.
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        findings << tr("Foreign-key check could not run: %1").arg(q.lastError().text());
        return findings;
    }
    while (q.next()) {
        findings << tr("Foreign key: row %1 of table %2 refers to a missing row of table %3")
                        .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
    }
    return findings;
}

bool Database::backup(const QString &outPath, QString *errorMessage, const QString &connectionName,
                      bool replaceExisting)
{
    auto failWith = [&](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    const QString shown = QDir::toNativeSeparators(outPath);
    if (QFileInfo::exists(outPath) && !replaceExisting)
        return failWith(tr("%1 already exists; choose another name.").arg(shown));
    const QFileInfo outInfo(outPath);
    if (!QDir().mkpath(outInfo.absolutePath()))
        return failWith(tr("The folder for %1 cannot be created.").arg(shown));

    // VACUUM INTO refuses an existing file: write under a fresh temporary name, then rename.
    const QString temp = outInfo.absolutePath() + QStringLiteral("/.")
                         + outInfo.fileName() + QStringLiteral(".")
                         + QUuid::createUuid().toString(QUuid::Id128).left(12)
                         + QStringLiteral(".tmp");
    {
        QSqlQuery q(QSqlDatabase::database(connectionName));
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(temp);
        if (!q.exec()) {
            QFile::remove(temp);
            return failWith(tr("The backup could not be written: %1").arg(q.lastError().text()));
        }
    }

    // Verify the copy as an independent file before it takes its final name.
    const QString verifyName = connectionName + QStringLiteral("-verify-backup");
    QString problem;
    {
        QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), verifyName);
        copy.setDatabaseName(temp);
        copy.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!copy.open()) {
            problem = copy.lastError().text();
        } else {
            QSqlQuery q(copy);
            if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next()
                || q.value(0).toString() != QLatin1String("ok"))
                problem = tr("the copy failed its integrity check");
            else if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()
                     || q.value(0).toInt() != ApplicationId)
                problem = tr("the copy is not a Sammelan database");
            q.finish();
            copy.close();
        }
    }
    QSqlDatabase::removeDatabase(verifyName);
    if (!problem.isEmpty()) {
        QFile::remove(temp);
        return failWith(tr("The backup could not be verified: %1").arg(problem));
    }
    if (replaceExisting && QFileInfo::exists(outPath) && !QFile::remove(outPath)) {
        QFile::remove(temp);
        return failWith(tr("%1 cannot be replaced.").arg(shown));
    }
    if (!QFile::rename(temp, outPath)) {
        QFile::remove(temp);
        return failWith(tr("The backup could not be saved as %1.").arg(shown));
    }
    return true;
}
