#include "postgresbackend.h"

#include "storage/databaseerrors.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <libpq-fe.h>

namespace {

PGconn *pgHandle(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    // Qt names the type by libpq's struct: "pg_conn*".
    if (!v.isValid() || (qstrcmp(v.typeName(), "pg_conn*") != 0 && qstrcmp(v.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(v.constData());
}

// libpq's connection parameters that may stand in the URL's query (libpq's own list, less those
// the URL's parts already say). Anything else is refused rather than silently ignored.
bool knownOption(const QString &key)
{
    static const QStringList keys{
        QStringLiteral("sslmode"), QStringLiteral("sslcert"), QStringLiteral("sslkey"),
        QStringLiteral("sslrootcert"), QStringLiteral("sslcrl"), QStringLiteral("sslpassword"),
        QStringLiteral("sslcompression"), QStringLiteral("sslsni"), QStringLiteral("requiressl"),
        QStringLiteral("connect_timeout"), QStringLiteral("application_name"),
        QStringLiteral("keepalives"), QStringLiteral("keepalives_idle"),
        QStringLiteral("keepalives_interval"), QStringLiteral("keepalives_count"),
        QStringLiteral("tcp_user_timeout"), QStringLiteral("target_session_attrs"),
        QStringLiteral("gssencmode"), QStringLiteral("krbsrvname"), QStringLiteral("service"),
        QStringLiteral("passfile"), QStringLiteral("channel_binding"), QStringLiteral("options"),
        QStringLiteral("hostaddr"), QStringLiteral("host"), QStringLiteral("port"),
        QStringLiteral("user"), QStringLiteral("dbname"), QStringLiteral("password")};
    return keys.contains(key);
}

// The functions the notify triggers call (see installNotify). "changed" is the statement's
// transition table. Up to 20 rows are announced one by one, more as id 0 ("several rows"): an
// import is one announcement. Static SQL, not EXECUTE: a statement of one row (a form's save) then
// costs about what a FOR EACH ROW trigger would. The installed text is compared with this one, so
// a changed body is installed again.
const QString NotifyRowsBody = QStringLiteral(R"(
DECLARE
    ids bigint[];
    one bigint;
BEGIN
    SELECT array_agg(id) INTO ids FROM (SELECT id FROM changed LIMIT 21) s;
    IF ids IS NULL THEN
        RETURN NULL; -- the statement changed no row
    END IF;
    IF cardinality(ids) <= 20 THEN
        FOREACH one IN ARRAY ids LOOP
            PERFORM pg_notify('sammelan', TG_TABLE_NAME || ':' || coalesce(one, 0) || ':' || pg_backend_pid());
        END LOOP;
    ELSE
        PERFORM pg_notify('sammelan', TG_TABLE_NAME || ':0:' || pg_backend_pid());
    END IF;
    RETURN NULL;
END
)");
// For a table without an id column (settings), and for TRUNCATE: the table, no rows named.
const QString NotifyTableBody = QStringLiteral(R"(
BEGIN
    IF TG_OP = 'TRUNCATE' OR EXISTS (SELECT 1 FROM changed) THEN
        PERFORM pg_notify('sammelan', TG_TABLE_NAME || ':0:' || pg_backend_pid());
    END IF;
    RETURN NULL;
END
)");

Database::OpenResult failure(Database::Error error, const QString &message)
{
    Database::OpenResult result;
    result.error = error;
    result.message = message;
    return result;
}

} // namespace

bool PostgresBackend::isUrl(const QString &name)
{
    return name.startsWith(QLatin1String("postgresql://")) || name.startsWith(QLatin1String("postgres://"));
}

PostgresBackend::Target PostgresBackend::parse(const QString &url)
{
    Target target;
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || !isUrl(url)) {
        target.error = tr("“%1” is not a server address of the form postgresql://USER@HOST:PORT/DATABASE.")
                           .arg(displayName(url));
        return target;
    }
    target.host = u.host(QUrl::FullyDecoded);
    target.port = u.port(-1);
    target.user = u.userName(QUrl::FullyDecoded);
    target.password = u.password(QUrl::FullyDecoded);
    target.database = u.path(QUrl::FullyDecoded).mid(1);
    QStringList options;
    const QUrlQuery query(u);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!knownOption(key)) {
            target.error = tr("The server address has an option PostgreSQL does not know: “%1”.").arg(key);
            return target;
        }
        if (value.contains(QLatin1Char(';'))) {
            target.error = tr("The server address's option “%1” may not contain “;”.").arg(key);
            return target;
        }
        // libpq spells a socket folder as host=/path in the query as well.
        if (key == QLatin1String("host"))
            target.host = value;
        else if (key == QLatin1String("port"))
            target.port = value.toInt();
        else if (key == QLatin1String("user"))
            target.user = value;
        else if (key == QLatin1String("dbname"))
            target.database = value;
        else if (key == QLatin1String("password"))
            target.password = value;
        else
            options << key + QLatin1Char('=') + value;
    }
    if (target.database.isEmpty()) {
        target.error = tr("The server address names no database: add it after the last “/”, "
                          "as in postgresql://clerk@server/sammelan.");
        return target;
    }
    target.options = options.join(QLatin1Char(';'));
    return target;
}

QString PostgresBackend::displayName(const QString &url)
{
    QUrl u(url);
    if (!u.isValid())
        return url;
    u.setPassword(QString());
    return u.toString(QUrl::RemovePassword);
}

QString PostgresBackend::translate(const QString &statement)
{
    static const QRegularExpression primaryKey(QStringLiteral("\\bINTEGER PRIMARY KEY\\b"));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    static const QRegularExpression real(QStringLiteral("\\bREAL\\b"));
    static const QRegularExpression text(QStringLiteral("\\bTEXT\\b"));
    QString s = statement;
    s.replace(primaryKey, QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    s.replace(integer, QStringLiteral("BIGINT"));
    s.replace(real, QStringLiteral("DOUBLE PRECISION"));
    // Text compares and sorts by code point, as in SQLite, whatever locale the office's server
    // was set up with: lists come out in the same order on both (Devanagari in its alphabet's
    // order, which Unicode follows), lower() changes only A-Z as SQLite's does, and the indexes
    // on lower(name) serve the sorted lists.
    s.replace(text, QStringLiteral("TEXT COLLATE \"C\""));
    return s;
}

bool PostgresBackend::isPostgres(const QSqlDatabase &db)
{
    return db.isValid() && db.driverName() == QLatin1String("QPSQL");
}

bool PostgresBackend::inTransaction(const QSqlDatabase &db)
{
    PGconn *conn = pgHandle(db);
    if (!conn)
        return false;
    const PGTransactionStatusType status = PQtransactionStatus(conn);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
}

qint64 PostgresBackend::backendPid(const QSqlDatabase &db)
{
    PGconn *conn = pgHandle(db);
    return conn ? PQbackendPID(conn) : 0;
}

bool PostgresBackend::ping(const QString &url, int timeoutSeconds)
{
    // libpq takes the URL itself as its connection string; answering a ping needs no password.
    QUrl u(url);
    u.setPassword(QString());
    QUrlQuery query(u);
    query.removeAllQueryItems(QStringLiteral("connect_timeout"));
    query.addQueryItem(QStringLiteral("connect_timeout"), QString::number(timeoutSeconds));
    u.setQuery(query);
    return PQping(u.toString(QUrl::FullyEncoded).toUtf8().constData()) == PQPING_OK;
}

bool PostgresBackend::installNotify(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    auto failed = [&] {
        if (error)
            *error = DatabaseErrors::describe(q.lastError());
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    // Already there (the usual case: one look at the catalogue)?
    const QString function = QLatin1String(NotifyFunction);
    const QString tableFunction = function + QStringLiteral("_table");
    const QString check = QStringLiteral(
        "SELECT (SELECT prosrc FROM pg_proc WHERE proname = '%1' AND pronamespace = current_schema()::regnamespace),"
        " (SELECT prosrc FROM pg_proc WHERE proname = '%2' AND pronamespace = current_schema()::regnamespace),"
        " (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        "  WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname <> 'sammelan_meta'"
        "  AND (SELECT count(*) FROM pg_trigger t WHERE t.tgrelid = c.oid"
        "       AND t.tgname IN ('%1_insert', '%1_update', '%1_delete', '%1_truncate')) < 4)")
                              .arg(function, tableFunction);
    if (!q.exec(check) || !q.next())
        return failed();
    if (q.value(0).toString() == NotifyRowsBody && q.value(1).toString() == NotifyTableBody
        && q.value(2).toLongLong() == 0)
        return true;
    q.finish();

    // One desk installs at a time (the migration's lock); DROP + CREATE is the same when repeated.
    if (!q.exec(QStringLiteral("BEGIN"))
        || !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(MigrationLock))
        // DROP TRIGGER IF EXISTS would say "does not exist, skipping" for each on stderr.
        || !q.exec(QStringLiteral("SET LOCAL client_min_messages = warning"))
        || !q.exec(QStringLiteral("CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $sammelan$%2$sammelan$")
                       .arg(function, NotifyRowsBody))
        || !q.exec(QStringLiteral("CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $sammelan$%2$sammelan$")
                       .arg(tableFunction, NotifyTableBody)))
        return failed();
    for (const QString &table : tables(db)) {
        QSqlQuery hasId(db);
        hasId.prepare(QStringLiteral("SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass(?)"
                                     " AND attname = 'id' AND NOT attisdropped"));
        hasId.addBindValue(table);
        if (!hasId.exec() || !hasId.next()) {
            if (error)
                *error = DatabaseErrors::describe(hasId.lastError());
            q.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        const bool hasRowIds = hasId.value(0).toInt() > 0;
        // Names from the catalogue, quoted as identifiers.
        const QString on = db.driver()->escapeIdentifier(table, QSqlDriver::TableName);
        const struct {
            const char *name;
            const char *event;
            const char *rows;
        } kinds[] = {{"insert", "INSERT", " REFERENCING NEW TABLE AS changed"},
                     {"update", "UPDATE", " REFERENCING NEW TABLE AS changed"},
                     {"delete", "DELETE", " REFERENCING OLD TABLE AS changed"},
                     {"truncate", "TRUNCATE", ""}};
        for (const auto &kind : kinds) {
            const QString trigger = function + QLatin1Char('_') + QLatin1String(kind.name);
            const bool rows = hasRowIds && kind.rows[0] != '\0';
            if (!q.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2").arg(trigger, on))
                || !q.exec(QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3%4 FOR EACH STATEMENT"
                                          " EXECUTE FUNCTION %5()")
                               .arg(trigger, QLatin1String(kind.event), on, QLatin1String(kind.rows),
                                    rows ? function : tableFunction)))
                return failed();
        }
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return failed();
    return true;
}

bool PostgresBackend::connectionLost(const QSqlDatabase &db)
{
    PGconn *conn = pgHandle(db);
    return !conn || PQstatus(conn) == CONNECTION_BAD;
}

int PostgresBackend::schemaVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT value FROM sammelan_meta WHERE key = 'schema_version'")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QStringList PostgresBackend::tables(const QSqlDatabase &db)
{
    // Parents before children: the order foreign keys allow a copy to be written in.
    QSqlQuery q(db);
    QStringList all;
    QHash<QString, QStringList> parents;
    if (q.exec(QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                              " WHERE n.nspname = current_schema() AND c.relkind = 'r'"
                              " AND c.relname <> 'sammelan_meta' ORDER BY c.relname"))) {
        while (q.next())
            all << q.value(0).toString();
    }
    if (q.exec(QStringLiteral("SELECT c.relname, p.relname FROM pg_constraint k"
                              " JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid"
                              " JOIN pg_namespace n ON n.oid = c.relnamespace"
                              " WHERE k.contype = 'f' AND n.nspname = current_schema()"))) {
        while (q.next())
            if (q.value(0).toString() != q.value(1).toString())
                parents[q.value(0).toString()] << q.value(1).toString();
    }
    QStringList ordered;
    while (ordered.size() < all.size()) {
        bool progressed = false;
        for (const QString &t : std::as_const(all)) {
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
        if (!progressed) { // a cycle: keep the rest in name order
            for (const QString &t : std::as_const(all))
                if (!ordered.contains(t))
                    ordered << t;
        }
    }
    return ordered;
}

bool PostgresBackend::resetIdentities(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT c.relname, a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                               " JOIN pg_namespace n ON n.oid = c.relnamespace"
                               " WHERE n.nspname = current_schema() AND a.attidentity <> '' AND NOT a.attisdropped"))) {
        if (error)
            *error = DatabaseErrors::describe(q.lastError());
        return false;
    }
    QList<QPair<QString, QString>> columns;
    while (q.next())
        columns.append({q.value(0).toString(), q.value(1).toString()});
    for (const auto &[table, column] : std::as_const(columns)) {
        // Table and column names come from the catalogue, not from input.
        QSqlQuery set(db);
        if (!set.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'),"
                                     " coalesce((SELECT max(%2) FROM %1), 0) + 1, false)")
                          .arg(table, column))) {
            if (error)
                *error = DatabaseErrors::describe(set.lastError());
            return false;
        }
    }
    return true;
}

Database::OpenResult PostgresBackend::open(const QString &url, Database::Mode mode,
                                           const QString &connectionName,
                                           const QList<Migration> &steps, const QString &password)
{
    const QString shown = displayName(url);
    const Target target = parse(url);
    if (!target.error.isEmpty())
        return failure(Database::Error::Failed, target.error);

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        if (!db.isValid())
            return failure(Database::Error::Failed,
                           tr("This computer cannot reach PostgreSQL servers: Qt's PostgreSQL driver "
                              "is not installed (Debian: libqt6sql6-psql)."));
        db.setHostName(target.host);
        if (target.port > 0)
            db.setPort(target.port);
        db.setDatabaseName(target.database);
        db.setUserName(target.user);
        db.setPassword(password.isEmpty() ? target.password : password);
        // A desk whose server does not answer says so within seconds, not after minutes.
        QString options = target.options;
        if (!options.contains(QLatin1String("connect_timeout=")))
            options += QStringLiteral("%1connect_timeout=10").arg(options.isEmpty() ? QString() : QStringLiteral(";"));
        if (!options.contains(QLatin1String("application_name=")))
            options += QStringLiteral(";application_name=sammelan");
        // A network that goes away silently is noticed within a minute while the desk is idle
        // (keepalives), and a write to it fails within seconds instead of TCP's quarter hour.
        if (!options.contains(QLatin1String("keepalives")))
            options += QStringLiteral(";keepalives_idle=20;keepalives_interval=5;keepalives_count=4");
        if (!options.contains(QLatin1String("tcp_user_timeout=")))
            options += QStringLiteral(";tcp_user_timeout=20000");
        db.setConnectOptions(options);
        if (!db.open()) {
            const QString why = db.lastError().databaseText().trimmed();
            const bool needsPassword = why.contains(QLatin1String("password"), Qt::CaseInsensitive)
                                       && (why.contains(QLatin1String("no password supplied"))
                                           || why.contains(QLatin1String("authentication failed")));
            if (why.contains(QLatin1String("does not exist")) && why.contains(QLatin1String("database")))
                return failure(Database::Error::NotFound,
                               tr("There is no database “%1” on the server %2. Ask the office's "
                                  "administrator to create it (see “Several desks” in the README).")
                                   .arg(target.database, shown));
            return failure(needsPassword ? Database::Error::NeedsPassword : Database::Error::Unreachable,
                           needsPassword ? tr("The server %1 wants a password for %2.")
                                               .arg(shown, target.user.isEmpty() ? tr("this user") : target.user)
                                         : tr("The office server %1 cannot be reached: %2")
                                               .arg(shown, why.isEmpty() ? db.lastError().text() : why));
        }
    }
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    QSqlQuery q(db);
    // Dates and times are ISO text in the schema; UTF-8 throughout.
    q.exec(QStringLiteral("SET client_encoding = 'UTF8'"));
    // A write that waits for another desk's lock gives up after the same time SQLite's busy
    // timeout does, and says "busy" (SQLSTATE 55P03), instead of hanging the form.
    q.exec(QStringLiteral("SET lock_timeout = %1").arg(Database::BusyTimeoutMs));

    auto sqlFailure = [&](const QString &what) {
        const QString why = DatabaseErrors::describe(q.lastError());
        q.exec(QStringLiteral("ROLLBACK"));
        return failure(Database::Error::Failed, what.arg(shown, why));
    };

    // Whose database is it? Sammelan's has its table of marks; an empty one may become ours.
    if (!q.exec(QStringLiteral("SELECT to_regclass('sammelan_meta') IS NOT NULL,"
                               " (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                               "  WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'v', 'm'))"))
        || !q.next())
        return sqlFailure(tr("The database at %1 cannot be read: %2"));
    const bool ours = q.value(0).toBool();
    const qint64 tableCount = q.value(1).toLongLong();
    q.finish();
    int version = 0;
    if (!ours) {
        if (tableCount > 0)
            return failure(Database::Error::NotSammelan,
                           tr("The database at %1 belongs to another program, not to Sammelan. "
                              "Nothing was changed.").arg(shown));
        if (mode == Database::Mode::OpenExisting)
            return failure(Database::Error::Empty,
                           tr("The database at %1 is empty: it holds no Sammelan data yet. Set it up "
                              "with “sammelan-cli --db %1 init”.").arg(shown));
    } else {
        if (!q.exec(QStringLiteral("SELECT value FROM sammelan_meta WHERE key = 'application'")) || !q.next()
            || q.value(0).toString() != QLatin1String("sammelan"))
            return failure(Database::Error::NotSammelan,
                           tr("The database at %1 belongs to another program, not to Sammelan. "
                              "Nothing was changed.").arg(shown));
        version = schemaVersion(db);
        if (version > steps.constLast().toVersion)
            return failure(Database::Error::NewerVersion,
                           tr("%1 was made by a newer version of Sammelan (database version %2; "
                              "this program knows up to %3). Update Sammelan to open it. "
                              "Nothing was changed.")
                               .arg(shown).arg(version).arg(steps.constLast().toVersion));
    }

    Database::OpenResult result;
    result.created = !ours;
    result.fromVersion = version;
    if (version < steps.constLast().toVersion) {
        // One transaction: PostgreSQL's DDL is transactional, so a failed step leaves the
        // database exactly as it was, and the advisory lock lets one desk migrate at a time.
        if (!q.exec(QStringLiteral("BEGIN")))
            return sqlFailure(tr("Updating %1 failed: %2"));
        if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(MigrationLock)))
            return sqlFailure(tr("Updating %1 failed: %2"));
        if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS sammelan_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"))
            || !q.exec(QStringLiteral("INSERT INTO sammelan_meta (key, value) VALUES ('application', 'sammelan'),"
                                      " ('schema_version', '0') ON CONFLICT (key) DO NOTHING")))
            return sqlFailure(tr("Updating %1 failed: %2"));
        const int lockedVersion = schemaVersion(db); // another desk may have finished first
        for (const Migration &step : steps) {
            if (step.toVersion <= lockedVersion)
                continue;
            QString why;
            for (const QString &statement : step.statements) {
                if (!q.exec(translate(statement))) {
                    why = DatabaseErrors::describe(q.lastError());
                    break;
                }
            }
            if (why.isEmpty() && step.code && !step.code(db, &why) && why.isEmpty())
                why = tr("the update could not be completed.");
            if (!why.isEmpty()) {
                q.exec(QStringLiteral("ROLLBACK"));
                return failure(Database::Error::Failed,
                               tr("Updating %1 to database version %2 failed: %3 "
                                  "Nothing was changed.").arg(shown).arg(step.toVersion).arg(why));
            }
        }
        q.prepare(QStringLiteral("UPDATE sammelan_meta SET value = ? WHERE key = 'schema_version'"));
        q.addBindValue(QString::number(steps.constLast().toVersion));
        if (!q.exec())
            return sqlFailure(tr("Updating %1 failed: %2"));
        if (!q.exec(QStringLiteral("COMMIT")))
            return sqlFailure(tr("Saving %1 failed: %2"));
    }
    // The other desks hear of this one's changes. Without the triggers (a role that may not
    // create them) the desks still work, they only refresh when the user acts.
    QString notifyError;
    if (!installNotify(db, &notifyError))
        qWarning("Sammelan: changes on %s are not announced to other desks: %s", qPrintable(shown),
                 qPrintable(notifyError));
    QString searchError;
    if (!installSearchIndex(db, &searchError))
        qWarning("Sammelan: searches on %s read every invitee (no trigram index): %s", qPrintable(shown),
                 qPrintable(searchError));
    return result;
}

bool PostgresBackend::installSearchIndex(const QSqlDatabase &db, QString *error)
{
    constexpr int SearchStatistics = 300; // the server's default is 100 (default_statistics_target)
    QSqlQuery q(db);
    auto installed = [&] {
        return q.exec(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema()"
                                     " AND (indexname = '%1' OR (indexname = '%2' AND indexdef LIKE '%INCLUDE%'))")
                          .arg(QLatin1String(SearchIndex), QLatin1String(NameIndex))
                      + QStringLiteral(" AND EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass('invitees')"
                                       " AND attname = 'search_text' AND attstattarget = %1)").arg(SearchStatistics))
               && q.next() && q.value(0).toInt() == 2;
    };
    // Already there (the usual case: one look at the catalogue)?
    if (installed())
        return true;
    // pg_trgm is a trusted extension (PostgreSQL 13 and later): the database's owner may add it.
    // One desk at a time, as the migrations; a desk that waited finds the work done.
    auto failed = [&] {
        if (error)
            *error = DatabaseErrors::describe(q.lastError());
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    if (!q.exec(QStringLiteral("BEGIN")) || !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(MigrationLock)))
        return failed();
    if (installed())
        return q.exec(QStringLiteral("COMMIT")) || failed();
    if (!q.exec(QStringLiteral("SET LOCAL client_min_messages = warning"))
        || !q.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
        || !q.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON invitees USING gin (search_text gin_trgm_ops)")
                       .arg(QLatin1String(SearchIndex)))
        // The name index of the migrations, (lower(name), search_text), as the server can walk
        // it without reading the rows: PostgreSQL reads a row for every entry of an expression
        // index unless the index also holds the columns the expression is made of (name) and
        // the query's others (id). The list then walks the index alone ("मीर", whose matches
        // sort after every Latin name: 98 ms a keystroke before, 40 ms after). Its name stays:
        // a bulk load drops and rebuilds it from the catalogue.
        || !q.exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(QLatin1String(NameIndex)))
        || !q.exec(QStringLiteral("CREATE INDEX %1 ON invitees (lower(name), id) INCLUDE (name, search_text)")
                       .arg(QLatin1String(NameIndex)))
        // The planner chooses between that walk and the trigram index by how many invitees it
        // expects a search to match, which it reads off a sample of search_text: with the
        // default sample a rare piece ("siddiqui 12", 60 of 100,000) was sometimes taken for a
        // common one and the whole index walked (45 ms instead of 1 ms).
        || !q.exec(QStringLiteral("ALTER TABLE invitees ALTER COLUMN search_text SET STATISTICS %1").arg(SearchStatistics))
        || !q.exec(QStringLiteral("COMMIT")))
        return failed();
    return true;
}
