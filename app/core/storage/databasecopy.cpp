#include "databasecopy.h"

#include "storage/bulkwriter.h"
#include "storage/database.h"
#include "storage/databaseerrors.h"
#include "storage/postgresbackend.h"
#include "storage/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <memory>
#include <optional>

namespace {

const QString SettingsTable = QStringLiteral("settings");
const QString CursorName = QStringLiteral("sammelan_copy");

// Table and column names come from the databases' catalogues, never from input; quoted all the
// same, as each engine quotes them.
QString quoted(const QSqlDatabase &db, const QString &name)
{
    return db.driver()->escapeIdentifier(name, QSqlDriver::TableName);
}

QStringList quotedColumns(const QSqlDatabase &db, const QStringList &columns)
{
    QStringList list;
    for (const QString &c : columns)
        list << db.driver()->escapeIdentifier(c, QSqlDriver::FieldName);
    return list;
}

// Parents before children, given each table's parents; a cycle keeps the rest in name order.
QStringList parentsFirst(const QStringList &all, const QHash<QString, QStringList> &parents)
{
    QStringList ordered;
    while (ordered.size() < all.size()) {
        bool progressed = false;
        for (const QString &t : all) {
            if (ordered.contains(t))
                continue;
            bool ready = true;
            for (const QString &p : parents.value(t))
                ready = ready && (ordered.contains(p) || !all.contains(p));
            if (ready) {
                ordered << t;
                progressed = true;
            }
        }
        if (!progressed)
            for (const QString &t : all)
                if (!ordered.contains(t))
                    ordered << t;
    }
    return ordered;
}

// Sammelan's tables on either engine, parents first (SQLite's own tables and PostgreSQL's
// sammelan_meta left out).
QStringList dataTables(const QSqlDatabase &db)
{
    if (PostgresBackend::isPostgres(db))
        return PostgresBackend::tables(db);
    QStringList all;
    const QStringList tables = db.tables(QSql::Tables);
    for (const QString &t : tables)
        if (!t.startsWith(QLatin1String("sqlite_")))
            all << t;
    all.sort();
    QHash<QString, QStringList> parents;
    for (const QString &t : std::as_const(all)) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoted(db, t))))
            continue;
        while (q.next()) // id, seq, table, from, to, ...
            if (q.value(2).toString() != t)
                parents[t] << q.value(2).toString();
    }
    return parentsFirst(all, parents);
}

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    const QSqlRecord record = db.record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    return columns;
}

// The first table (other than settings) holding a row, with its count; nullopt when every one is
// empty. `error` is set when a count could not be read.
std::optional<QPair<QString, qint64>> firstTableWithRows(const QSqlDatabase &db, const QStringList &tables,
                                                         QSqlError *error)
{
    for (const QString &t : tables) {
        if (t == SettingsTable)
            continue;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(quoted(db, t))) || !q.next()) {
            *error = q.lastError();
            return std::nullopt;
        }
        if (const qint64 n = q.value(0).toLongLong(); n > 0)
            return QPair<QString, qint64>{t, n};
    }
    return std::nullopt;
}

// Rows of one table of the source, in the order of its key, one at a time. On PostgreSQL through
// a cursor fetched in batches (QPSQL would otherwise hold a whole table's result in memory); on
// SQLite one statement stepped forward.
class Reader
{
public:
    explicit Reader(const QSqlDatabase &db) : m_db(db), m_query(db), m_server(PostgresBackend::isPostgres(db)) {}
    ~Reader() { close(); }

    bool open(const QString &table, const QStringList &columns)
    {
        const QString key = columns.contains(QLatin1String("id")) ? QStringLiteral("id") : columns.constFirst();
        const QString select = QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                                   .arg(quotedColumns(m_db, columns).join(QStringLiteral(", ")), quoted(m_db, table),
                                        m_db.driver()->escapeIdentifier(key, QSqlDriver::FieldName));
        if (!m_server) {
            m_query.setForwardOnly(true);
            if (!m_query.exec(select)) {
                m_error = m_query.lastError();
                return false;
            }
            return true;
        }
        QSqlQuery declare(m_db);
        if (!declare.exec(QStringLiteral("DECLARE %1 NO SCROLL CURSOR FOR %2").arg(CursorName, select))) {
            m_error = declare.lastError();
            return false;
        }
        m_cursorOpen = true;
        return fetch();
    }

    // The next row, or false at the end or on an error (see error()).
    bool next()
    {
        if (m_query.next())
            return true;
        if (m_query.lastError().isValid()) {
            m_error = m_query.lastError();
            return false;
        }
        if (!m_server || m_batchRows < DatabaseCopy::BatchRows)
            return false;
        return fetch() && m_query.next();
    }

    const QSqlQuery &row() const { return m_query; }
    const QSqlError &error() const { return m_error; }

    void close()
    {
        m_query.finish();
        if (m_cursorOpen) {
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("CLOSE ") + CursorName);
            m_cursorOpen = false;
        }
    }

private:
    bool fetch()
    {
        if (!m_query.exec(QStringLiteral("FETCH FORWARD %1 FROM %2").arg(DatabaseCopy::BatchRows).arg(CursorName))) {
            m_error = m_query.lastError();
            return false;
        }
        m_batchRows = m_query.size();
        return true;
    }

    QSqlDatabase m_db;
    QSqlQuery m_query;
    bool m_server;
    bool m_cursorOpen = false;
    int m_batchRows = 0;
    QSqlError m_error;
};

// What a server database holds before Database::open would create or migrate anything there:
// whether it is Sammelan's, at which version, and its first table holding rows. Looked at over a
// connection of its own; nullopt when it cannot be reached (Database::open then says why).
struct ServerLook {
    bool sammelan = false;
    int version = 0;
    std::optional<QPair<QString, qint64>> rows;
};

std::optional<ServerLook> lookAtServer(const QString &url, const QString &password, const QString &connectionName)
{
    const PostgresBackend::Target target = PostgresBackend::parse(url);
    if (!target.error.isEmpty())
        return std::nullopt;
    std::optional<ServerLook> look;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(target.host);
        if (target.port > 0)
            db.setPort(target.port);
        db.setDatabaseName(target.database);
        db.setUserName(target.user);
        db.setPassword(password.isEmpty() ? target.password : password);
        QString options = target.options;
        if (!options.contains(QLatin1String("connect_timeout=")))
            options += (options.isEmpty() ? QString() : QStringLiteral(";")) + QStringLiteral("connect_timeout=10");
        db.setConnectOptions(options);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT to_regclass('sammelan_meta') IS NOT NULL")) && q.next()) {
                ServerLook seen;
                seen.sammelan = q.value(0).toBool();
                if (seen.sammelan)
                    seen.version = PostgresBackend::schemaVersion(db);
                if (seen.sammelan && seen.version <= Database::currentVersion()) {
                    QSqlError error;
                    seen.rows = firstTableWithRows(db, PostgresBackend::tables(db), &error);
                    if (error.isValid())
                        seen.sammelan = false; // cannot tell: the checks after opening decide
                }
                look = seen;
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return look;
}

void removeFile(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

// Takes a new SQLite file out of WAL mode, so it is one self-contained file, like a VACUUM INTO
// copy (a backup is verified and renamed, a copy carried away on a stick, without a -wal or -shm
// beside it). Its connection is closed first: leaving WAL deletes the -wal, which Database's
// commit guard would take for a vanished file. Sammelan turns WAL on again when it opens it.
void makeSingleFile(const QString &path, const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")))
                while (q.next()) { } // to its end: the change is made when the statement ends
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
}

} // namespace

QString DatabaseCopy::targetConnectionName(const QString &sourceConnection)
{
    return sourceConnection + QStringLiteral("-copy-target");
}

DatabaseCopy::Result DatabaseCopy::copy(const QString &sourceConnection, const QString &target,
                                        const Progress &progress, const QString &targetPassword)
{
    Result result;
    const bool toServer = PostgresBackend::isUrl(target);
    const QString shown = toServer ? PostgresBackend::displayName(target) : QDir::toNativeSeparators(target);
    result.target = shown;
    auto failed = [&result](const QString &message) {
        result.ok = false;
        result.error = message;
        result.tables.clear();
        result.rows = 0;
        return result;
    };
    const QString exists = tr("%1 already exists. Copy into a new file (or an empty server database); "
                              "nothing was written.").arg(shown);

    if (!Database::isOpen(sourceConnection))
        return failed(tr("No database is open to copy from."));
    if (target.isEmpty())
        return failed(tr("No file name or server address was given to copy to."));
    if (toServer && shown == Database::location(sourceConnection))
        return failed(tr("%1 is the database being copied. Copy into a new file or an empty server "
                         "database.").arg(shown));

    // 1. The target must be new (a file) or empty (a server's database): looked at before
    // anything is created or migrated there.
    const QString targetName = targetConnectionName(sourceConnection);
    if (!toServer) {
        const QFileInfo info(target);
        if (info.exists() || info.isSymLink())
            return failed(exists);
    } else if (const auto look = lookAtServer(target, targetPassword, targetName + QStringLiteral("-look"));
               look && look->sammelan && look->rows) {
        return failed(notEmptyMessage(shown, look->rows->first, look->rows->second));
    }

    // 2. Create it, or bring its schema to this program's version.
    const Database::OpenResult opened =
        toServer && !targetPassword.isEmpty()
            ? Database::openServer(target, Database::Mode::CreateIfMissing, targetPassword, targetName)
            : Database::open(target, Database::Mode::CreateIfMissing, targetName);
    if (!opened.ok())
        return failed(opened.message);
    if (!toServer && !opened.created) { // another program made it meanwhile: not ours to fill
        Database::close(targetName);
        return failed(exists);
    }

    // 3. The rows.
    const QString problem = copyRows(sourceConnection, targetName, toServer, progress, &result);
    Database::close(targetName);
    if (!problem.isEmpty()) {
        if (!toServer)
            removeFile(target); // the new file, half written or empty: gone again
        return failed(problem);
    }
    if (!toServer)
        makeSingleFile(target, targetName + QStringLiteral("-single"));
    result.ok = true;
    return result;
}

QString DatabaseCopy::notEmptyMessage(const QString &shown, const QString &table, qint64 rows)
{
    return tr("%1 already holds data (%2 rows in the table “%3”). Copy into a new file or an empty "
              "server database; nothing was written.").arg(shown, QString::number(rows), table);
}

QString DatabaseCopy::copyRows(const QString &sourceConnection, const QString &targetName, bool toServer,
                               const Progress &progress, Result *result)
{
    const QString &shown = result->target;
    const QString nothingCopied = tr("Nothing was copied to %1.").arg(shown);
    const QString stopped = tr("The copy was stopped.") + QLatin1Char(' ') + nothingCopied;

    // The source's snapshot: every table read as of one moment.
    QSqlDatabase from = QSqlDatabase::database(sourceConnection);
    const bool fromServer = PostgresBackend::isPostgres(from);
    if (Transaction::inProgress(from))
        return tr("The database being copied is in the middle of a change. Try again when it is saved.");
    {
        QSqlQuery begin(from);
        if (!begin.exec(fromServer ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                                   : QStringLiteral("BEGIN")))
            return tr("The database being copied cannot be read: %1").arg(DatabaseErrors::describe(begin.lastError()));
    }
    struct EndSnapshot {
        QSqlDatabase db;
        ~EndSnapshot()
        {
            QSqlQuery q(db);
            q.exec(QStringLiteral("ROLLBACK")); // it only read
        }
    } endSnapshot{from};

    // What to copy: the tables both have, parents first as the target's foreign keys need them,
    // and the columns both have; each table's count in the snapshot.
    QSqlDatabase to = QSqlDatabase::database(targetName);
    const QStringList sourceTables = dataTables(from);
    const QStringList targetTables = dataTables(to);
    for (const QString &t : sourceTables)
        if (!targetTables.contains(t))
            return tr("The database being copied has a table “%1” that %2 does not have. Nothing was "
                      "copied.").arg(t, shown);
    struct Step {
        QString table;
        QStringList columns;
        qint64 rows = 0;
    };
    QList<Step> plan;
    qint64 total = 0;
    for (const QString &t : targetTables) {
        if (!sourceTables.contains(t))
            continue;
        Step step{t, {}, 0};
        const QStringList sourceColumns = columnsOf(from, t);
        const QStringList targetColumns = columnsOf(to, t);
        for (const QString &c : targetColumns)
            if (sourceColumns.contains(c))
                step.columns << c;
        QSqlQuery q(from);
        if (step.columns.isEmpty())
            return tr("The table “%1” of the database being copied has no column that %2 has. Nothing was "
                      "copied.").arg(t, shown);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(quoted(from, t))) || !q.next())
            return tr("The database being copied cannot be read: %1").arg(DatabaseErrors::describe(q.lastError()));
        step.rows = q.value(0).toLongLong();
        total += step.rows;
        plan << step;
    }

    // All rows in one transaction on the target. A new file's pages are written once, in order:
    // a small page cache does (Database::open gives every connection 64 MiB for searching).
    if (!toServer) {
        QSqlQuery pragma(to);
        pragma.exec(QStringLiteral("PRAGMA cache_size = -16384"));
    }
    Transaction transaction(to);
    if (!transaction.isActive())
        return tr("%1 cannot be written: %2").arg(shown, transaction.errorText());
    QSqlQuery q(to);
    if (toServer && !targetTables.isEmpty()) {
        // No other desk writes into the tables while they are checked and filled.
        QStringList names;
        for (const QString &t : targetTables)
            names << quoted(to, t);
        if (!q.exec(QStringLiteral("LOCK TABLE %1 IN EXCLUSIVE MODE").arg(names.join(QStringLiteral(", ")))))
            return tr("%1 cannot be written: %2").arg(shown, DatabaseErrors::describe(q.lastError()));
    }
    // Empty, checked again now that nobody else can write (a server's other desks).
    QSqlError error;
    if (const auto rows = firstTableWithRows(to, targetTables, &error))
        return notEmptyMessage(shown, rows->first, rows->second);
    if (error.isValid())
        return tr("%1 cannot be read: %2").arg(shown, DatabaseErrors::describe(error));
    if (targetTables.contains(SettingsTable) && !q.exec(QStringLiteral("DELETE FROM %1").arg(quoted(to, SettingsTable))))
        return tr("%1 cannot be written: %2").arg(shown, DatabaseErrors::describe(q.lastError()));
    if (progress && !progress(0, total))
        return stopped;

    // Every column the two share is written as the source holds it, ids included: through the
    // back-end's bulk writer, as imports write (SQLite: one prepared statement on its own handle;
    // PostgreSQL: COPY).
    BulkRow values;
    qint64 done = 0;
    for (const Step &step : std::as_const(plan)) {
        // Only after the writer (ended or given up with it) the transaction may be rolled back.
        std::unique_ptr<BulkWriter> writer;
        auto tableFailed = [&](const QString &why) {
            writer.reset();
            return tr("Copying the table “%1” failed: %2").arg(step.table, why) + QLatin1Char(' ') + nothingCopied;
        };
        Reader reader(from);
        if (!reader.open(step.table, step.columns))
            return tableFailed(DatabaseErrors::describe(reader.error()));
        const QStringList columns = quotedColumns(to, step.columns);
        QString why;
        writer = BulkWriter::create(targetName, quoted(to, step.table), columns, &why, BulkWriter::Ids::InRows);
        if (!writer)
            return tableFailed(why);
        BulkFailure failure;
        qint64 written = 0;
        while (reader.next()) {
            const QSqlQuery &row = reader.row();
            values.clear();
            for (int i = 0; i < columns.size(); ++i)
                if (row.isNull(i))
                    values.addNull();
                else
                    values.addValue(row.value(i));
            if (!writer->write(values, -1, &failure))
                return tableFailed(failure.text);
            ++written;
            ++done;
            if (progress && done % BatchRows == 0 && !progress(done, total))
                return stopped;
        }
        if (reader.error().isValid())
            return tableFailed(DatabaseErrors::describe(reader.error()));
        if (!writer->flush(&failure))
            return tableFailed(failure.text);
        writer.reset();
        reader.close();
        // The count on the target, read back, must be the source's.
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(quoted(to, step.table))) || !q.next())
            return tr("%1 cannot be read: %2").arg(shown, DatabaseErrors::describe(q.lastError()))
                   + QLatin1Char(' ') + nothingCopied;
        const qint64 landed = q.value(0).toLongLong();
        q.finish();
        if (landed != step.rows || written != step.rows)
            return tr("After copying, the table “%1” holds %2 rows in %3 but %4 in the database being "
                      "copied.").arg(step.table, QString::number(landed), shown, QString::number(step.rows))
                   + QLatin1Char(' ') + nothingCopied;
        result->tables.append({step.table, landed});
        result->rows += landed;
        if (progress && done % BatchRows != 0 && !progress(done, total))
            return stopped;
    }
    // Ids written as they were: new rows continue after the highest.
    QString why;
    if (toServer && !PostgresBackend::resetIdentities(to, &why))
        return tr("%1 cannot be written: %2").arg(shown, why) + QLatin1Char(' ') + nothingCopied;
    if (!transaction.commit())
        return tr("Saving %1 failed: %2").arg(shown, transaction.errorText()) + QLatin1Char(' ') + nothingCopied;
    // The desks search the copied rows at once: the server plans by their statistics from now.
    QStringList tables;
    for (const TableCount &t : std::as_const(result->tables))
        tables << t.table;
    BulkWriter::refreshStatistics(to.connectionName(), tables);
    return QString();
}
