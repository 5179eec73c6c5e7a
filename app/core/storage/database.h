#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

struct sqlite3;

// One step of the schema: the statements that take a database from version `toVersion - 1`
// to `toVersion`. QSQLITE runs one statement per exec, so each statement is its own entry.
// `code` runs after them, in the same transaction, for what SQL alone cannot do (recomputing
// a derived column with the program's own rules); it returns false with a reason to roll back.
struct Migration {
    int toVersion = 0;
    QStringList statements;
    std::function<bool(QSqlDatabase &db, QString *error)> code;
};

// Opens, creates, migrates, checks and backs up Sammelan's SQLite file.
//
// Opening is careful: before anything is written, the file is inspected (size, SQLite header,
// writability, application id, schema version, quick_check), so a file that is not ours, is
// damaged, is empty, is read-only or comes from a newer Sammelan is left byte-for-byte untouched
// and the caller gets a translated reason. Only then is the connection switched to WAL and, if
// needed, migrated inside one transaction after a backup copy of a file holding data.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    // PRAGMA application_id written into every Sammelan file: "SaMm".
    static constexpr int ApplicationId = 0x53614d6d;
    static constexpr int BusyTimeoutMs = 5000;
    // Below this much free space the file counts as on a full disk (FileState::DiskFull).
    static constexpr qint64 MinFreeBytes = 256 * 1024;

    enum class Mode {
        OpenExisting,     // the file must exist and be a Sammelan database
        CreateIfMissing,  // create a new database when the file does not exist
    };

    enum class Error {
        None,
        NotFound,        // OpenExisting and there is no file
        Empty,           // a zero-byte file, or an SQLite file with nothing in it
        NotSqlite,       // no SQLite header: some other kind of file
        NotSammelan,     // an SQLite database of another program
        Corrupt,         // header fine, content damaged
        NewerVersion,    // made by a newer Sammelan
        ReadOnly,        // the file or its folder cannot be written
        Busy,            // another program held a lock for longer than the busy timeout
        Unreachable,     // a PostgreSQL server that does not answer (or refuses the connection)
        NeedsPassword,   // a PostgreSQL server that wants a password none was given for
        Failed,          // anything else (the message says what)
    };

    struct OpenResult {
        Error error = Error::None;
        QString message;      // translated, empty on success
        bool created = false; // a new file was made
        int fromVersion = 0;  // schema version found before migrating
        QString backupPath;   // copy written before migrating, if any
        bool ok() const { return error == Error::None; }
    };

    // The schema as shipped: every step from version 0 to currentVersion().
    static const QList<Migration> &migrations();
    static int currentVersion();

    // Opens `path` as the connection `connectionName` (replacing any connection of that name).
    // On failure no connection of that name is left behind. `path` is a file, or a PostgreSQL
    // server's URL (postgresql://USER@HOST:PORT/DATABASE, see PostgresBackend).
    static OpenResult open(const QString &path, Mode mode,
                           const QString &connectionName = defaultConnectionName());
    // A server's URL with the password typed into the window (never stored).
    static OpenResult openServer(const QString &url, Mode mode, const QString &password,
                                 const QString &connectionName = defaultConnectionName());
    // The same with another list of steps: lets tests exercise a migration from an older version.
    static OpenResult open(const QString &path, Mode mode, const QString &connectionName,
                           const QList<Migration> &steps);
    static void close(const QString &connectionName = defaultConnectionName());
    // Whether a database is open under that name (widgets are built before one is).
    static bool isOpen(const QString &connectionName = defaultConnectionName());

    static QString defaultConnectionName() { return QStringLiteral("sammelan"); }
    // The file the desktop app and sammelan-cli use when none is named (AppDataLocation).
    static QString defaultPath();

    // PRAGMA integrity_check plus PRAGMA foreign_key_check. An empty list means healthy.
    static QStringList check(const QString &connectionName = defaultConnectionName());

    // A consistent copy made with VACUUM INTO a temporary name beside `outPath`, verified by
    // opening it, then renamed. An existing file is replaced only when `replaceExisting` (the
    // user confirmed it), and only after the new copy has been verified.
    static bool backup(const QString &outPath, QString *errorMessage,
                       const QString &connectionName = defaultConnectionName(),
                       bool replaceExisting = false);

    // Schema version of an open connection (PRAGMA user_version).
    static int schemaVersion(const QString &connectionName = defaultConnectionName());

    // The path of the file behind an open connection (a server's URL: see location()).
    static QString filePath(const QString &connectionName = defaultConnectionName());
    // What the connection was opened with: the file's path or the server's URL (without password).
    static QString location(const QString &connectionName = defaultConnectionName());
    // Whether the connection is to a PostgreSQL server rather than a file.
    static bool isServer(const QString &connectionName = defaultConnectionName());

    // What the file behind an open connection looks like from outside, now. Looked at with
    // stat(), access() and statvfs() only, never by opening it (see the rule in database.cpp).
    enum class FileState {
        Ok,
        Missing,   // no file at the path any more (a USB stick pulled out, the file moved)
        WalMissing, // the file is there but its -wal, which holds recent changes, was deleted
        Replaced,  // another file stands at the path: the connection still has the old one
        ReadOnly,  // the file or its folder can no longer be written
        DiskFull,  // almost no space left on the file's disk
        Unreachable, // a server's connection is lost
    };
    static FileState fileState(const QString &connectionName = defaultConnectionName());
    // Whether this process has a connection open on the file at `path` (the same file, whatever
    // name or link leads to it).
    static bool isFileOpen(const QString &path);

    // PRAGMA data_version: changes whenever another connection (another process, too) committed.
    static qint64 dataVersion(const QString &connectionName = defaultConnectionName());
    // How many rows this connection itself has written since it was opened.
    static qint64 changeCount(const QString &connectionName = defaultConnectionName());
    // Folds the WAL into the database file as far as no reader is in the way, so the file alone
    // holds everything committed (it may be copied without its -wal). Cheap when nothing is new.
    static void checkpoint(const QString &connectionName = defaultConnectionName());
    // Closes a connection whose file went away or was replaced, without SQLite deleting or
    // truncating, by name, the -wal and -shm files that now belong to the file at the path.
    static void closeStale(const QString &connectionName = defaultConnectionName());
    // A table's indexes that have SQL of their own (not those behind PRIMARY KEY or UNIQUE
    // constraints): name and CREATE statement. std::nullopt when they cannot be read.
    static std::optional<QList<QPair<QString, QString>>> indexes(
        const QString &table, QString *error, const QString &connectionName = defaultConnectionName());

    // The sqlite3 * behind a connection (nullptr for other drivers).
    static sqlite3 *handle(const QSqlDatabase &db);

    // For a load of many rows into an SQLite file (an import of a long list): while a
    // LoadJournal lives, the file keeps a rollback journal instead of its WAL, so the new pages
    // are written once, into the file, instead of into the WAL and then again into the file when
    // the WAL is folded in (sammelan-cli, 100,000 rows: 0.92 s instead of 1.17 s). As safe as
    // the WAL: the journal keeps what the load overwrites, and a load cut short (a crash, a power
    // cut) is rolled back when the file is next opened.
    //
    // Only taken when nothing else has the file open: SQLite refuses the switch at once while
    // any other connection (of this process or another) has it, and then nothing changes. Nor on
    // a server, nor inside a transaction: make it before the load's transaction begins. While it
    // lives, a program that opens the file waits for the load (up to BusyTimeoutMs) instead of
    // reading beside it. At its end the file is in WAL again.
    class LoadJournal final
    {
    public:
        explicit LoadJournal(const QString &connectionName = defaultConnectionName());
        ~LoadJournal();
        // Whether the file keeps a rollback journal now.
        bool active() const { return m_active; }

    private:
        Q_DISABLE_COPY_MOVE(LoadJournal)
        QString m_connection;
        bool m_active = false;
        qint64 m_mmapSize = 0; // the connection's, restored at the end; 0: not changed
    };

private:
    static OpenResult openServer(const QString &url, Mode mode, const QString &password,
                                 const QString &connectionName, const QList<Migration> &steps);
    static OpenResult openConnection(const QString &path, Mode mode, const QString &connectionName,
                                     const QList<Migration> &steps);
    static OpenResult fail(Error error, const QString &message, const QString &connectionName);
};
