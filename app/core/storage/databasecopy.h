#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>

// Copies a whole Sammelan database, ids kept, from an open connection (an SQLite file or a
// PostgreSQL server) into a new SQLite file or an empty PostgreSQL database: how an office moves
// its file to the server, how a laptop that ran the venue brings the day back, and how a server
// is backed up into one SQLite file (Database::backup).
//
// - The target is created or migrated to the current schema first, by Database::open under a
//   connection of its own. A file that exists, or a server database holding rows, is refused
//   before anything is written there.
// - The source is read in one consistent snapshot (SQLite: one read transaction; PostgreSQL:
//   REPEATABLE READ, READ ONLY), so what other desks write meanwhile is not half in the copy.
// - Tables are written parents first, every column the two share, in one transaction on the
//   target; rows are streamed (an SQLite statement stepped, a PostgreSQL cursor fetched in
//   batches; PostgreSQL targets are written with COPY), so memory does not grow with the data.
// - Each table's count on the target must equal the source's before the transaction commits.
//   On any failure the target is rolled back, and a new file is removed: nothing half-written
//   is left behind.
// - `sammelan_meta`, PostgreSQL's record of the schema, is not copied: the target's own
//   migration wrote it. The `settings` table holds the database's own configuration (and what a
//   migration seeds there): its rows in the target do not make it "hold data", and are replaced
//   by the source's.
class DatabaseCopy final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)
public:
    struct TableCount {
        QString table;
        qint64 rows = 0;
    };
    struct Result {
        bool ok = false;
        QString error;            // translated, when !ok
        QList<TableCount> tables; // in the order they were written
        qint64 rows = 0;          // all tables together
        QString target;           // as shown to a person: the file, or the URL without password
    };

    // Called with (0, total) once the target is ready and before the first row is written, then
    // as rows are written (at most every few thousand rows). Returning false stops the copy,
    // which is then undone like a failed one. Only at the first call may the callback use the
    // target's connection (targetConnectionName()); nothing may write through the source's
    // connection while the copy runs (its snapshot is a transaction on that connection).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Copies the database open as `sourceConnection` into `target`, a file name or a server URL
    // (postgresql://USER@HOST[:PORT]/DATABASE). `targetPassword`: a server's password typed by
    // the user (never stored), for a URL without one.
    static Result copy(const QString &sourceConnection, const QString &target,
                       const Progress &progress = {}, const QString &targetPassword = QString());

    // The connection the target is open as while a copy runs.
    static QString targetConnectionName(const QString &sourceConnection);

    // How many rows are written between two calls of the progress callback at most.
    static constexpr int BatchRows = 2000;

private:
    // Reads the source in one snapshot and writes the target in one transaction; the problem in
    // words, or an empty string when every table arrived whole and was committed.
    static QString copyRows(const QString &sourceConnection, const QString &targetName, bool toServer,
                            const Progress &progress, Result *result);
    static QString notEmptyMessage(const QString &shown, const QString &table, qint64 rows);
};
