#include "storage/database.h"

#include "storage/databaseerrors.h"
#include "storage/databasecopy.h"
#include "storage/postgresbackend.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QThread>
#include <QUuid>

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

// THE RULE: while SQLite has a database open in this process, nothing else in the process opens
// that file, its -wal or its -shm, with any handle (QFile, fopen, open): on Linux, closing *any*
// descriptor of a file releases *all* of the process's POSIX locks on it, SQLite's included
// (sqlite.org/howtocorrupt.html, 2.2). Another process then believes it is the last connection,
// checkpoints and deletes the live -wal and -shm, and this process goes on writing into deleted
// files: committed changes vanish and the file ends up malformed. So the file is watched with
// stat(), access() and statvfs() only (fileState()), the header is read with QFile only before
// any connection of this process has the file (isFileOpen()), and a write to a file that is no
// longer at its path is refused by SQLite itself (the commit hook below).

namespace {

// SQLite's primary result codes we tell apart (sqlite3.h).
int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

// Whether a new file can be created in `dir`, tested by creating (and removing) one: this is the
// only honest answer on network shares, read-only mounts and for root. (Another file than the
// database, so the rule above is kept.)
bool folderWritable(const QString &dir)
{
    QTemporaryFile probe(dir + QStringLiteral("/.sammelan-write-test-XXXXXX"));
    return probe.open();
}

QString nowStamp()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

// Whether the disk holding `path` has (almost) no room left. root may use the blocks reserved
// for it; everybody else only the available ones.
bool diskFull(const QByteArray &path)
{
    struct statvfs fs;
    if (::statvfs(path.constData(), &fs) != 0)
        return false;
    const quint64 blocks = ::geteuid() == 0 ? fs.f_bfree : fs.f_bavail;
    return quint64(blocks) * fs.f_frsize < quint64(Database::MinFreeBytes);
}

struct FileId {
    dev_t dev = 0;
    ino_t ino = 0;
    bool valid() const { return ino != 0; }
    bool operator==(const FileId &o) const { return dev == o.dev && ino == o.ino; }
};

FileId fileId(const QByteArray &path)
{
    struct stat st;
    if (::stat(path.constData(), &st) != 0)
        return {};
    return {st.st_dev, st.st_ino};
}

// One database file open in this process: what the commit hook compares the path against.
struct OpenFile {
    QByteArray path;    // as the file system knows it
    FileId file;        // the database file SQLite opened
    FileId wal;         // its -wal (SQLite keeps it while the connection is open)
};

QMutex g_openMutex;
QHash<QString, OpenFile *> &openFiles() // by connection name
{
    static QHash<QString, OpenFile *> files;
    return files;
}
// The server URLs (without password) connections were opened with, by connection name.
QHash<QString, QString> &serverUrls()
{
    static QHash<QString, QString> urls;
    return urls;
}

// Called by SQLite before every commit of the connection; non-zero turns the commit into a
// rollback. Two stat() calls: microseconds against the milliseconds of a synced commit.
int guardCommit(void *arg)
{
    const auto *open = static_cast<const OpenFile *>(arg);
    const FileId now = fileId(open->path);
    if (!now.valid()) {
        DatabaseErrors::noteRefusedCommit(DatabaseErrors::Cause::FileMissing);
        return 1;
    }
    if (!(now == open->file)) {
        DatabaseErrors::noteRefusedCommit(DatabaseErrors::Cause::FileReplaced);
        return 1;
    }
    if (open->wal.valid() && !(fileId(open->path + "-wal") == open->wal)) {
        DatabaseErrors::noteRefusedCommit(DatabaseErrors::Cause::FileMissing);
        return 1;
    }
    return 0;
}

// Whether some connection (of any process) has the -shm at `shmPath` mapped: each holds a read
// lock on its "DMS" byte (UNIX_SHM_DMS in SQLite's os_unix.c) while it does. Only called when no
// connection of this process has the database, so opening the -shm here drops no lock of ours.
bool shmInUse(const QString &shmPath)
{
    const int fd = ::open(QFile::encodeName(shmPath).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct flock lock {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = 128; // UNIX_SHM_DMS: (22 + SQLITE_SHM_NLOCK) * 4 + SQLITE_SHM_NLOCK
    lock.l_len = 1;
    const bool inUse = ::fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
    ::close(fd);
    return inUse;
}

// The -wal and -shm beside a database, and whether they were there before an open began: what
// a failed open created is removed again, so a refused file (or a full disk) leaves no stray
// files, and a file that was refused is exactly as it was.
class CompanionFiles
{
public:
    explicit CompanionFiles(const QString &path)
        : m_path(path), m_hadDb(QFileInfo::exists(path)),
          m_hadWal(QFileInfo::exists(path + QStringLiteral("-wal"))),
          m_hadShm(QFileInfo::exists(path + QStringLiteral("-shm"))),
          m_inUseHere(Database::isFileOpen(path))
    {
    }
    // After every connection of the failed open is closed.
    void removeCreated() const
    {
        if (m_inUseHere)
            return;
        const QString wal = m_path + QStringLiteral("-wal");
        const QString shm = m_path + QStringLiteral("-shm");
        if (!m_hadShm && QFileInfo::exists(shm) && shmInUse(shm))
            return; // another program has just opened it: its files now
        if (!m_hadWal && QFileInfo(wal).size() == 0)
            QFile::remove(wal);
        if (!m_hadShm)
            QFile::remove(shm);
        if (!m_hadDb && QFileInfo(m_path).size() <= 512)
            QFile::remove(m_path); // a database this open began to create and could not finish
    }

private:
    QString m_path;
    bool m_hadDb, m_hadWal, m_hadShm, m_inUseHere;
};

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
    if (PostgresBackend::isUrl(path))
        return openServer(path, mode, QString(), connectionName, steps);
    const CompanionFiles companions(path);
    OpenResult result = openConnection(path, mode, connectionName, steps);
    // Closed here, after every query of openConnection() is gone, so nothing stays in use.
    if (!result.ok()) {
        close(connectionName);
        companions.removeCreated();
        // On a full disk SQLite cannot even make the -shm it needs to read, and says "disk
        // I/O error": name the real cause.
        if (result.error == Error::Failed
            && diskFull(QFile::encodeName(QFileInfo(path).absolutePath())))
            result.message = tr("%1 cannot be opened: %2 Nothing was changed.")
                                 .arg(QDir::toNativeSeparators(path),
                                      DatabaseErrors::describe(DatabaseErrors::Cause::DiskFull));
    }
    return result;
}

Database::OpenResult Database::openServer(const QString &url, Mode mode, const QString &password,
                                          const QString &connectionName)
{
    return openServer(url, mode, password, connectionName, migrations());
}

Database::OpenResult Database::openServer(const QString &url, Mode mode, const QString &password,
                                          const QString &connectionName, const QList<Migration> &steps)
{
    close(connectionName);
    OpenResult result = PostgresBackend::open(url, mode, connectionName, steps, password);
    if (!result.ok()) {
        close(connectionName);
        return result;
    }
    const QMutexLocker lock(&g_openMutex);
    serverUrls().insert(connectionName, PostgresBackend::displayName(url));
    return result;
}

Database::OpenResult Database::openConnection(const QString &path, Mode mode,
                                              const QString &connectionName,
                                              const QList<Migration> &steps)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    const bool exists = info.exists();
    const QByteArray nativePath = QFile::encodeName(info.absoluteFilePath());

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
        // The header may be read only while no connection of this process has the file (see
        // the rule at the top); when one has, it is a database SQLite already accepted.
        if (!isFileOpen(path)) {
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
        }
        // access() asks the permission as the OS sees it without opening the file; the folder
        // must be writable too because SQLite keeps its WAL files beside the database.
        if (::access(nativePath.constData(), R_OK | W_OK) != 0 || !folderWritable(info.absolutePath()))
            return fail(Error::ReadOnly,
                        tr("%1 cannot be written (the file or its folder is read-only). "
                           "Copy it to a folder you can write to, or ask for write permission. "
                           "Nothing was changed.").arg(shown), connectionName);
    }

    auto sqlFailure = [&](const QSqlError &error) {
        switch (primaryCode(error)) {
        case SQLITE_NOTADB:
            return fail(Error::NotSqlite, tr("%1 is not a Sammelan database. Nothing was changed.")
                                              .arg(shown), connectionName);
        case SQLITE_CORRUPT:
            return fail(Error::Corrupt,
                        tr("%1 is damaged and cannot be used. Nothing was changed. "
                           "Open your latest backup instead.").arg(shown), connectionName);
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return fail(Error::Busy,
                        tr("%1 is locked by another program. Close it there and try again.")
                            .arg(shown), connectionName);
        case SQLITE_READONLY:
        case SQLITE_CANTOPEN:
            return fail(Error::ReadOnly, tr("%1 cannot be written. Nothing was changed.").arg(shown),
                        connectionName);
        case SQLITE_FULL:
            return fail(Error::Failed, tr("%1 cannot be opened: %2 Nothing was changed.")
                                           .arg(shown, DatabaseErrors::describe(error)),
                        connectionName);
        default:
            return fail(Error::Failed, tr("%1 cannot be opened: %2")
                                           .arg(shown, DatabaseErrors::describe(error)),
                        connectionName);
        }
    };
    auto pragmaInt = [](QSqlDatabase &db, const QString &pragma, int *value) -> bool {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA ") + pragma) || !q.next())
            return false;
        *value = q.value(0).toInt();
        return true;
    };

    // 2a. A large load cut short (the program or the computer stopped during an import, see
    // LoadJournal) leaves a rollback journal beside the file, which SQLite rolls back at the
    // first read: a read-only connection cannot, and would refuse the file. One read through a
    // writing connection puts the file back as it was before the load, as any SQLite program
    // opening it would. (A journal still in use is not rolled back: that read waits for it.)
    if (exists && QFileInfo(path + QStringLiteral("-journal")).size() > 0) {
        const QString recoveryName = connectionName + QStringLiteral("-recovery");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), recoveryName);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
            if (db.open())
                QSqlQuery(db).exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
            db.close();
        }
        QSqlDatabase::removeDatabase(recoveryName);
    }

    // 2. Read its identity through a read-only connection: it sees what the -wal holds but
    // never folds the -wal into the file nor deletes it, so a file that is refused (another
    // program's, a newer Sammelan's, a damaged one) keeps both exactly as they were.
    int version = 0;
    if (exists) {
        const QString identityName = connectionName + QStringLiteral("-identity");
        OpenResult refused;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), identityName);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1")
                                     .arg(BusyTimeoutMs));
            int appId = 0;
            if (!db.open()) {
                refused = fail(Error::Failed, tr("%1 cannot be opened: %2")
                                                  .arg(shown, DatabaseErrors::describe(db.lastError())),
                               connectionName);
            } else if (!pragmaInt(db, QStringLiteral("application_id"), &appId)
                       || !pragmaInt(db, QStringLiteral("user_version"), &version)) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("PRAGMA user_version"));
                refused = sqlFailure(q.lastError());
            } else if (appId != ApplicationId) {
                QSqlQuery q(db);
                if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
                    refused = sqlFailure(q.lastError());
                else if (q.value(0).toInt() == 0 && appId == 0 && version == 0)
                    refused = fail(Error::Empty,
                                   tr("%1 is an empty SQLite file, not a Sammelan database. "
                                      "Nothing was changed.").arg(shown), connectionName);
                else
                    refused = fail(Error::NotSammelan,
                                   tr("%1 is a database of another program, not of Sammelan. "
                                      "Nothing was changed.").arg(shown), connectionName);
            } else if (version > steps.constLast().toVersion) {
                refused = fail(Error::NewerVersion,
                               tr("%1 was made by a newer version of Sammelan (database version %2; "
                                  "this program knows up to %3). Update Sammelan to open it. "
                                  "Nothing was changed.")
                                   .arg(shown).arg(version).arg(steps.constLast().toVersion),
                               connectionName);
            } else {
                QSqlQuery check(db);
                if (!check.exec(QStringLiteral("PRAGMA quick_check")))
                    refused = sqlFailure(check.lastError());
                else if (!check.next() || check.value(0).toString() != QLatin1String("ok"))
                    refused = fail(Error::Corrupt,
                                   tr("%1 is damaged and cannot be used. Nothing was changed. "
                                      "Open your latest backup instead.").arg(shown), connectionName);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(identityName);
        if (!refused.ok())
            return refused;
    }

    // 3. The file is ours (or new): open it for writing and set the connection up.
    // foreign_keys must be set outside any transaction, on every connection; WAL lets a second
    // reader or instance work alongside.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        if (!db.open())
            return fail(Error::Failed, tr("%1 cannot be opened: %2")
                                           .arg(shown, DatabaseErrors::describe(db.lastError())),
                        connectionName);
    }
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
            return sqlFailure(q.lastError());
        // A new file gets larger pages than SQLite's 4 KiB default: fewer, fuller b-tree pages
        // make bulk loads and full scans (the search box) cheaper. Only possible before the
        // first table exists.
        if (!exists)
            q.exec(QStringLiteral("PRAGMA page_size = 8192"));
        // While another program loads many rows through a rollback journal (LoadJournal) the
        // file cannot be switched back to WAL, and SQLite says so at once instead of waiting
        // (its busy timeout does not cover this): the wait is here, as long as that timeout.
        QElapsedTimer waited;
        waited.start();
        while (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
            if (primaryCode(q.lastError()) != SQLITE_BUSY || waited.elapsed() > BusyTimeoutMs)
                return sqlFailure(q.lastError());
            QThread::msleep(20);
        }
        if (!q.exec(QStringLiteral("PRAGMA synchronous = FULL")))
            return sqlFailure(q.lastError());
        // Searching the register scans every invitee: reading through a memory map and a
        // larger page cache keeps a keystroke's query in memory instead of read() calls. Both
        // count in the program's memory: 64 MiB mapped and 32 MiB of cache keep the Invitees page
        // of 100,000 invitees under 150 MiB with keystrokes as fast (bench_inviteelist: 256 MiB
        // mapped and 64 MiB of cache came to 158 MiB for no gain).
        q.exec(QStringLiteral("PRAGMA mmap_size = 67108864"));
        q.exec(QStringLiteral("PRAGMA cache_size = -32768"));
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
        if (!pragmaInt(db, QStringLiteral("user_version"), &lockedVersion)) {
            q.exec(QStringLiteral("ROLLBACK"));
            return fail(Error::Failed, tr("%1 cannot be read.").arg(shown), connectionName);
        }
        for (const Migration &step : steps) {
            if (step.toVersion <= lockedVersion)
                continue;
            QString why;
            for (const QString &statement : step.statements) {
                if (!q.exec(statement)) {
                    why = DatabaseErrors::describe(q.lastError());
                    break;
                }
            }
            if (why.isEmpty() && step.code && !step.code(db, &why) && why.isEmpty())
                why = tr("the update could not be completed.");
            if (!why.isEmpty()) {
                q.exec(QStringLiteral("ROLLBACK"));
                return fail(Error::Failed,
                            tr("Updating %1 to database version %2 failed: %3 "
                               "Nothing was changed.").arg(shown).arg(step.toVersion).arg(why),
                            connectionName);
            }
        }
        // PRAGMA values cannot be bound; both are integers we control.
        q.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
        q.exec(QStringLiteral("PRAGMA user_version = %1").arg(steps.constLast().toVersion));
        if (!q.exec(QStringLiteral("COMMIT"))) {
            const QString why = DatabaseErrors::describe(q.lastError());
            q.exec(QStringLiteral("ROLLBACK"));
            return fail(Error::Failed, tr("Saving %1 failed: %2").arg(shown, why), connectionName);
        }
    }

    // 5. From now on every commit first makes sure the file SQLite writes is still the one at
    // the path (see guardCommit).
    if (sqlite3 *h = handle(db)) {
        auto *open = new OpenFile;
        open->path = nativePath;
        open->file = fileId(nativePath);
        open->wal = fileId(nativePath + "-wal");
        {
            const QMutexLocker lock(&g_openMutex);
            delete openFiles().take(connectionName);
            openFiles().insert(connectionName, open);
        }
        sqlite3_commit_hook(h, guardCommit, open);
    }
    return result;
}

void Database::close(const QString &connectionName)
{
    if (QSqlDatabase::contains(connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(connectionName, false);
            if (sqlite3 *h = handle(db))
                sqlite3_commit_hook(h, nullptr, nullptr);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(connectionName);
    }
    const QMutexLocker lock(&g_openMutex);
    delete openFiles().take(connectionName);
    serverUrls().remove(connectionName);
}

void Database::closeStale(const QString &connectionName)
{
    if (QSqlDatabase::contains(connectionName)) {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (sqlite3 *h = handle(db)) {
            // On its last close SQLite deletes "<path>-wal" and "<path>-shm" by name: files that
            // belong to the file now at the path. A persistent WAL is never deleted, so the
            // stale connection only touches the files it has open.
            int persist = 1;
            sqlite3_file_control(h, "main", SQLITE_FCNTL_PERSIST_WAL, &persist);
            sqlite3_db_config(h, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        }
    }
    close(connectionName);
}

std::optional<QList<QPair<QString, QString>>> Database::indexes(const QString &table, QString *error,
                                                                const QString &connectionName)
{
    QSqlQuery q(QSqlDatabase::database(connectionName));
    q.prepare(isServer(connectionName)
                  ? QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
                                   " AND tablename = ? AND indexname NOT IN (SELECT conname FROM pg_constraint"
                                   " WHERE conrelid = to_regclass(tablename))")
                  : QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                                   " AND tbl_name = ? AND sql IS NOT NULL"));
    q.addBindValue(table);
    if (!q.exec()) {
        if (error)
            *error = DatabaseErrors::describe(q.lastError());
        return std::nullopt;
    }
    QList<QPair<QString, QString>> found;
    while (q.next())
        found.append({q.value(0).toString(), q.value(1).toString()});
    return found;
}

sqlite3 *Database::handle(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

namespace {

// Sets the connection's journal mode; the mode it is in afterwards ("delete", "wal"), empty if
// the statement failed. Stepped to its end, so that a failure to commit the change of the
// file's header (the commit guard refusing it, say) is seen, not only the mode it returns.
QString setJournalMode(const QSqlDatabase &db, const QString &mode)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = ") + mode))
        return {};
    QString now;
    while (q.next())
        now = q.value(0).toString();
    return q.lastError().isValid() ? QString() : now;
}

// What the commit guard and fileState() take for the file's -wal: the one there now, after one
// read has made SQLite open it (it opens, and creates, the -wal of a file in WAL at the first
// read); none if the file is not in WAL.
void rememberWal(const QSqlDatabase &db, const QString &connectionName)
{
    QSqlQuery(db).exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    const QMutexLocker lock(&g_openMutex);
    if (OpenFile *open = openFiles().value(connectionName))
        open->wal = fileId(open->path + "-wal");
}

} // namespace

Database::LoadJournal::LoadJournal(const QString &connectionName) : m_connection(connectionName)
{
    const QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    sqlite3 *h = handle(db);
    if (!h || !db.isOpen() || !sqlite3_get_autocommit(h))
        return;
    {
        // The switch commits a change of the file's header after SQLite has deleted the -wal:
        // the commit guard must not take that for the -wal going missing.
        const QMutexLocker lock(&g_openMutex);
        OpenFile *open = openFiles().value(connectionName);
        if (!open)
            return;
        open->wal = {};
    }
    m_active = setJournalMode(db, QStringLiteral("DELETE")) == QLatin1String("delete");
    if (!m_active) {
        rememberWal(db, connectionName); // refused: still in WAL (its -wal as it was)
        return;
    }
    // Without the WAL the load's pages are read back (to build the indexes) from the file, and
    // through the memory map they would count in the program's memory: up to 64 MiB more
    // (sammelan-cli importing 100,000 rows: 193 MiB at its peak instead of 139 MiB, and no
    // faster). Read as the WAL's pages are, through the page cache, for the length of the load.
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA mmap_size")) && q.next())
        m_mmapSize = q.value(0).toLongLong();
    q.finish();
    if (m_mmapSize > 0 && !q.exec(QStringLiteral("PRAGMA mmap_size = 0")))
        m_mmapSize = 0;
}

Database::LoadJournal::~LoadJournal()
{
    if (!m_active)
        return;
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return;
    // Refused only while another connection is reading: one that opened the file during the
    // load. Tried again for a while; should it still be refused, the file stays as it is, which
    // is safe, and the next opening of the file switches it back (openConnection sets WAL).
    bool back = false;
    for (int attempt = 0; attempt < 100 && !back; ++attempt) {
        back = setJournalMode(db, QStringLiteral("WAL")) == QLatin1String("wal");
        if (!back)
            QThread::msleep(20);
    }
    if (!back)
        qWarning("Sammelan: %s stays in rollback-journal mode until it is next opened",
                 qPrintable(filePath(m_connection)));
    rememberWal(db, m_connection);
    if (m_mmapSize > 0)
        QSqlQuery(db).exec(QStringLiteral("PRAGMA mmap_size = %1").arg(m_mmapSize));
}

bool Database::isFileOpen(const QString &path)
{
    const FileId id = fileId(QFile::encodeName(QFileInfo(path).absoluteFilePath()));
    if (!id.valid())
        return false;
    const QMutexLocker lock(&g_openMutex);
    for (const OpenFile *open : std::as_const(openFiles()))
        if (open->file == id)
            return true;
    return false;
}

Database::FileState Database::fileState(const QString &connectionName)
{
    if (isServer(connectionName))
        return PostgresBackend::connectionLost(QSqlDatabase::database(connectionName, false))
                   ? FileState::Unreachable : FileState::Ok;
    QByteArray path;
    FileId opened;
    FileId wal;
    {
        const QMutexLocker lock(&g_openMutex);
        const OpenFile *open = openFiles().value(connectionName);
        if (!open)
            return FileState::Missing;
        path = open->path;
        opened = open->file;
        wal = open->wal;
    }
    const FileId now = fileId(path);
    if (!now.valid())
        return FileState::Missing;
    if (!(now == opened))
        return FileState::Replaced;
    if (wal.valid() && !(fileId(path + "-wal") == wal))
        return FileState::WalMissing;
    const QByteArray folder = QFile::encodeName(QFileInfo(QFile::decodeName(path)).absolutePath());
    if (::access(path.constData(), W_OK) != 0 || ::access(folder.constData(), W_OK) != 0)
        return FileState::ReadOnly;
    struct statvfs fs;
    if (::statvfs(path.constData(), &fs) == 0 && (fs.f_flag & ST_RDONLY))
        return FileState::ReadOnly;
    return diskFull(path) ? FileState::DiskFull : FileState::Ok;
}

qint64 Database::dataVersion(const QString &connectionName)
{
    if (isServer(connectionName))
        return -1; // the server announces changes instead (LISTEN/NOTIFY)
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

qint64 Database::changeCount(const QString &connectionName)
{
    sqlite3 *h = handle(QSqlDatabase::database(connectionName, false));
    return h ? sqlite3_total_changes(h) : -1;
}

void Database::checkpoint(const QString &connectionName)
{
    if (isServer(connectionName))
        return;
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
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
    if (isServer(connectionName))
        return {};
    return QSqlDatabase::database(connectionName, false).databaseName();
}

QString Database::location(const QString &connectionName)
{
    {
        const QMutexLocker lock(&g_openMutex);
        if (const auto it = serverUrls().constFind(connectionName); it != serverUrls().constEnd())
            return *it;
    }
    return filePath(connectionName);
}

bool Database::isServer(const QString &connectionName)
{
    const QMutexLocker lock(&g_openMutex);
    return serverUrls().contains(connectionName);
}

int Database::schemaVersion(const QString &connectionName)
{
    if (isServer(connectionName))
        return PostgresBackend::schemaVersion(QSqlDatabase::database(connectionName));
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
    if (isServer(connectionName)) {
        // The server keeps its files whole and enforces foreign keys itself: what can be asked
        // is whether it answers and holds Sammelan's schema at this program's version.
        const int version = PostgresBackend::schemaVersion(db);
        if (version < 0)
            findings << tr("The server's database cannot be read: %1").arg(DatabaseErrors::describe(db.lastError()));
        else if (version != currentVersion())
            findings << tr("The server's database is at version %1; this program expects %2.")
                            .arg(version).arg(currentVersion());
        return findings;
    }
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        findings << tr("Integrity check could not run: %1").arg(DatabaseErrors::describe(q.lastError()));
        return findings;
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            findings << tr("Integrity: %1").arg(line);
    }
    // integrity_check does not look at foreign keys.
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        findings << tr("Foreign-key check could not run: %1").arg(DatabaseErrors::describe(q.lastError()));
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
    if (isServer(connectionName)) {
        // A server's rows, read in one snapshot, into a new SQLite file: the same restore path.
        const DatabaseCopy::Result copied = DatabaseCopy::copy(connectionName, temp);
        if (!copied.ok) {
            QFile::remove(temp);
            return failWith(tr("The backup could not be written: %1").arg(copied.error));
        }
    } else {
        QSqlQuery q(QSqlDatabase::database(connectionName));
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(temp);
        if (!q.exec()) {
            QFile::remove(temp);
            return failWith(tr("The backup could not be written: %1").arg(DatabaseErrors::describe(q.lastError())));
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
            problem = DatabaseErrors::describe(copy.lastError());
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
