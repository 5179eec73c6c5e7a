#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// Sammelan on a PostgreSQL server (several desks of an office or a venue sharing one database),
// through Qt's QPSQL driver and, where Qt has no word for it, libpq itself.
//
// A server database is named by libpq's URI, postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME with
// options such as ?sslmode=require. A password is best left out of it: libpq then reads
// ~/.pgpass (or PGPASSFILE, or PGPASSWORD); the window asks when none is found.
//
// What differs from the SQLite file is kept here: the schema version and Sammelan's mark live in
// a table (sammelan_meta) instead of PRAGMAs, the migrations' SQLite types become PostgreSQL's
// (translate()), and whether a transaction is open is asked of libpq.
class PostgresBackend final
{
    Q_DECLARE_TR_FUNCTIONS(PostgresBackend)
public:
    // Whether `name` is a server URL rather than a file name.
    static bool isUrl(const QString &name);

    struct Target {
        QString host;      // empty: libpq's default (a local socket)
        int port = -1;     // -1: libpq's default
        QString database;
        QString user;
        QString password;  // only when the URL holds one
        QString options;   // QPSQL's connect options: "sslmode=require;connect_timeout=5"
        QString error;     // translated, when the URL cannot be used
    };
    static Target parse(const QString &url);
    // The URL as shown to a person: without a password.
    static QString displayName(const QString &url);

    // Opens, creates the schema on an empty database (CreateIfMissing) or migrates it.
    static Database::OpenResult open(const QString &url, Database::Mode mode,
                                     const QString &connectionName, const QList<Migration> &steps,
                                     const QString &password = QString());

    // A migration's statement (written for SQLite) as PostgreSQL needs it: identity ids, BIGINT
    // integers, double precision for REAL.
    static QString translate(const QString &statement);

    static bool isPostgres(const QSqlDatabase &db);
    // Whether a transaction (or a failed one) is open on the connection.
    static bool inTransaction(const QSqlDatabase &db);
    // Whether the connection to the server is lost (libpq's CONNECTION_BAD).
    static bool connectionLost(const QSqlDatabase &db);
    static int schemaVersion(const QSqlDatabase &db);
    // The server process serving the connection (libpq's PQbackendPID), 0 when there is none.
    static qint64 backendPid(const QSqlDatabase &db);
    // Whether the server at `url` answers at all (libpq's PQping: no login, no password), waiting
    // at most `timeoutSeconds`. Safe to call from another thread than the connection's.
    static bool ping(const QString &url, int timeoutSeconds = 3);

    // Makes every table of Sammelan announce its changes to the other desks (LISTEN sammelan, see
    // RemoteChanges): a trigger per table and kind of change, FOR EACH STATEMENT with the changed
    // rows as a transition table, so a 100,000-row import costs one announcement, not 100,000
    // (a trigger FOR EACH ROW tripled the time of such an import). Installed once, by whichever
    // desk opens the database first after it was created or migrated; cheap to call again.
    static bool installNotify(const QSqlDatabase &db, QString *error = nullptr);
    static constexpr const char *NotifyFunction = "sammelan_notify";

    // The list's search looks for a piece of text anywhere in invitees.search_text (LIKE
    // '%geeta%'). SQLite answers that from its pages fast enough; PostgreSQL reads every row, so on
    // a server a trigram index (the pg_trgm extension, part of Debian's postgresql package) serves
    // those searches: a keystroke in a list of 100,000 took some 150 ms without it, 25 ms with it
    // (bench_inviteelist --server). Installed once after opening; where the extension cannot be
    // added the searches still work, only slower. Also makes the name index one that the list
    // walks without reading the rows (see the .cpp).
    static bool installSearchIndex(const QSqlDatabase &db, QString *error = nullptr);
    static constexpr const char *SearchIndex = "invitees_search_trgm";
    static constexpr const char *NameIndex = "invitees_name";

    // Makes sure the identity of every table continues after the highest id stored: rows copied
    // in with their ids do not move the sequence on.
    static bool resetIdentities(const QSqlDatabase &db, QString *error);

    // The tables holding Sammelan's data, parents before children.
    static QStringList tables(const QSqlDatabase &db);

    static constexpr const char *MetaTable = "sammelan_meta";
    // Taken (for the transaction) while the schema is created or migrated, so two desks
    // starting at once do it once.
    static constexpr qint64 MigrationLock = 0x53614d6d;
};
