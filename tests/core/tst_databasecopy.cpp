// DatabaseCopy: a whole database, ids kept, between SQLite files and PostgreSQL databases (the
// test server of tests/postgres), and a server's backup into one SQLite file.
#include "storage/backupmanager.h"
#include "events/demodata.h"
#include "events/event.h"
#include "events/eventrepository.h"
#include "invitees/inviteerepository.h"
#include "storage/databasecopy.h"
#include "storage/postgresbackend.h"
#include "testdb.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSqlRecord>
#include <memory>

namespace {

const QString Source = Database::defaultConnectionName();

// Sammelan's tables on a connection (not SQLite's own, not sammelan_meta).
QStringList tablesOf(const QString &connection)
{
    QStringList tables;
    const QStringList all = QSqlDatabase::database(connection).tables(QSql::Tables);
    for (const QString &t : all)
        if (!t.startsWith(QLatin1String("sqlite_")) && t != QLatin1String("sammelan_meta"))
            tables << t;
    tables.sort();
    return tables;
}

// The kind of a value as the engines return it: QPSQL gives BIGINT as qulonglong, QSQLITE
// integers as qlonglong; both are whole numbers.
QString kindOf(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
        return QStringLiteral("integer");
    default:
        return QString::fromLatin1(v.typeName());
    }
}

// Every row of a table, every column, in key order: "column=kind:value" joined, NULL as such.
QStringList rowsOf(const QString &connection, const QString &table)
{
    QSqlDatabase db = QSqlDatabase::database(connection);
    const QSqlRecord record = db.record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    columns.sort(); // the same order on both engines
    QSqlQuery q(db);
    // Rows in a stable order: by id, by the settings' key, else by every column (the tables keyed
    // by a year or an event).
    const QString key = columns.contains(QLatin1String("id"))    ? QStringLiteral("id")
                        : columns.contains(QLatin1String("key")) ? QStringLiteral("key")
                                                                 : columns.join(QStringLiteral(", "));
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(columns.join(QStringLiteral(", ")), table, key)))
        qFatal("%s", qPrintable(q.lastError().text()));
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < columns.size(); ++i)
            cells << columns.at(i) + QLatin1Char('=')
                         + (q.isNull(i) ? QStringLiteral("NULL")
                                        : kindOf(q.value(i)) + QLatin1Char(':')
                                              + q.value(i).toString());
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

qint64 scalar(const QString &connection, const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(connection));
    if (!q.exec(sql) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

bool exec(const QString &connection, const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(connection));
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

// Every row; with OwnRowsLeftOut, the one row a new database holds of its own (the secret
// that signs certificate numbers, made with the schema) is not counted: it is no data copied in.
enum class Count { All, OwnRowsLeftOut };
qint64 totalRows(const QString &connection, Count count = Count::All)
{
    qint64 n = 0;
    for (const QString &t : tablesOf(connection))
        n += scalar(connection, count == Count::OwnRowsLeftOut && t == QLatin1String("settings")
                                    ? QStringLiteral("SELECT count(*) FROM settings WHERE key <> 'certificate_secret'")
                                    : QStringLiteral("SELECT count(*) FROM %1").arg(t));
    return n;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// A server database made for one test, dropped at its end.
struct ServerDb {
    QString name;
    QString url;
    ServerDb() { url = TestDb::createServerDatabase(&name); }
    ~ServerDb()
    {
        for (const QString &c : QSqlDatabase::connectionNames())
            if (c != Source && Database::location(c) == PostgresBackend::displayName(url))
                Database::close(c);
        TestDb::adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    }
};

} // namespace

#define COMPARE_ALL(a, b) \
    do { \
        compareAll(a, b); \
        if (QTest::currentTestFailed()) \
            return; \
    } while (false)

class TestDatabaseCopy : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir; // a fresh one for every test

    QString file(const QString &name) const { return m_dir->filePath(name); }

    // The demo conclave plus a row in every table the demo leaves empty, and values that test
    // the way across: text with tabs, line breaks and backslashes, Devanagari, NULLs, fractions.
    void openFilledSource(const QString &path)
    {
        const auto opened = Database::open(path, Database::Mode::CreateIfMissing);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QString error;
        QCOMPARE(DemoData::load(Source, &error), DemoData::Result::Loaded);
        const qint64 event = scalar(Source, QStringLiteral("SELECT min(id) FROM events"));
        const qint64 invitee = scalar(Source, QStringLiteral("SELECT min(id) FROM invitees"));
        QVERIFY(exec(Source, QStringLiteral("INSERT INTO checkins (event_id, invitee_id, day, checked_in_at, desk)"
                                            " VALUES (%1, %2, '2021-09-24', '2021-09-24T04:32:10Z', 'डेस्क 2')")
                                 .arg(event).arg(invitee)));
        QVERIFY(exec(Source, QStringLiteral("INSERT INTO badge_prints (event_id, invitee_id, printed_at, layout, desk)"
                                            " VALUES (%1, %2, '2021-09-20T10:00:00Z', 'a6', '')")
                                 .arg(event).arg(invitee)));
        QVERIFY(exec(Source, QStringLiteral("UPDATE invitees SET notes = 'line one\nline\ttwo \\ back\\slash \\N',"
                                            " email = NULL, export_share = NULL WHERE id = %1").arg(invitee)));
        QVERIFY(exec(Source, QStringLiteral("UPDATE stalls SET x_m = 0.1, width_m = 2.7182818284590451,"
                                            " notes = 'कोने की दुकान' WHERE id = (SELECT min(id) FROM stalls)")));
        QVERIFY(exec(Source, QStringLiteral("INSERT INTO settings (key, value) VALUES ('district', 'गोरखपुर')"
                                            " ON CONFLICT (key) DO UPDATE SET value = excluded.value")));
        // The correspondence and export-plan tables the demo leaves empty.
        const qint64 sector = scalar(Source, QStringLiteral("SELECT min(id) FROM sectors"));
        QVERIFY(exec(Source, QStringLiteral("INSERT INTO conclave_reports (event_id, decisions, follow_ups, updated_at)"
                                            " VALUES (%1, 'निर्णय: क्रेता-विक्रेता बैठक', 'follow\tup', '2021-09-25T10:00:00Z')")
                                 .arg(event)));
        QVERIFY(exec(Source, QStringLiteral("INSERT INTO product_chapters (sector_id, chapter) VALUES (%1, '69')").arg(sector)));
        QVERIFY(exec(Source, QStringLiteral("INSERT INTO letter_templates (event_id, kind, language, subject, body, updated_at)"
                                            " VALUES (%1, 'invitation', 'hi', 'आमंत्रण', 'प्रिय {name},\n…', '2021-09-01T10:00:00Z')")
                                 .arg(event)));
        QVERIFY(exec(Source, QStringLiteral("INSERT INTO letters (kind, series, fy_start, serial, number, event_id, invitee_id,"
                                            " issued_on, language, addressee, subject, event_name, created_at, desk)"
                                            " VALUES ('invitation', 'letter', 2021, 1, 'जि.उ.के./निर्यात/1/2021-22', %1, %2,"
                                            " '2021-09-01', 'hi', 'श्री राम', 'आमंत्रण', 'Export Conclave', '2021-09-01T10:00:00Z', '')")
                                 .arg(event).arg(invitee)));
        QVERIFY(exec(Source, QStringLiteral("INSERT INTO letter_dispatches (letter_id, channel, address, ok, reply, at, desk)"
                                            " VALUES ((SELECT min(id) FROM letters), 'email', 'a@example.in', 0,"
                                            " '550 mailbox unavailable', '2021-09-01T10:05:00Z', 'Desk 1')")));
        for (const QString &t : tablesOf(Source))
            QVERIFY2(scalar(Source, QStringLiteral("SELECT count(*) FROM %1").arg(t)) > 0, qPrintable(t));
    }

    // Every table of `b` holds what the same table of `a` does. Call through COMPARE_ALL, which
    // stops the test at the first difference.
    static void compareAll(const QString &a, const QString &b)
    {
        QCOMPARE(tablesOf(b), tablesOf(a));
        for (const QString &t : tablesOf(a)) {
            const QStringList left = rowsOf(a, t);
            const QStringList right = rowsOf(b, t);
            QCOMPARE(right.size(), left.size());
            for (int i = 0; i < left.size(); ++i)
                QCOMPARE(right.at(i), left.at(i));
        }
    }

    // Whether nothing of a failed copy into a file stayed behind.
    void verifyNoFile(const QString &path)
    {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QVERIFY2(!QFileInfo::exists(path + suffix), qPrintable(path + suffix));
    }

private slots:
    void init()
    {
        QVERIFY(TestDb::onServer());
        m_dir = std::make_unique<QTemporaryDir>();
    }

    void cleanup()
    {
        for (const QString &c : QSqlDatabase::connectionNames())
            Database::close(c);
    }

    // SQLite → PostgreSQL → SQLite: every row of every table identical, ids kept; the server
    // then gives new rows the ids after the highest copied.
    void sqliteToServerToSqlite()
    {
        openFilledSource(file(QStringLiteral("a.db")));
        const qint64 rows = totalRows(Source);
        ServerDb server;

        QList<QPair<qint64, qint64>> seen;
        const DatabaseCopy::Result up = DatabaseCopy::copy(Source, server.url, [&seen](qint64 done, qint64 total) {
            seen.append({done, total});
            return true;
        });
        QVERIFY2(up.ok, qPrintable(up.error));
        QCOMPARE(up.rows, rows);
        QCOMPARE(up.target, PostgresBackend::displayName(server.url));
        QCOMPARE(up.tables.size(), tablesOf(Source).size());
        // Parents first: events before invitations, invitations before their changes.
        QStringList order;
        for (const auto &t : up.tables)
            order << t.table;
        QVERIFY(order.indexOf(QStringLiteral("events")) < order.indexOf(QStringLiteral("invitations")));
        QVERIFY(order.indexOf(QStringLiteral("invitees")) < order.indexOf(QStringLiteral("invitations")));
        QVERIFY(order.indexOf(QStringLiteral("invitations")) < order.indexOf(QStringLiteral("invitation_changes")));
        QVERIFY(order.indexOf(QStringLiteral("sectors")) < order.indexOf(QStringLiteral("invitees")));
        // Progress: from (0, total) to (total, total), never backwards.
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.constFirst(), qMakePair(qint64(0), rows));
        QCOMPARE(seen.constLast(), qMakePair(rows, rows));
        for (int i = 1; i < seen.size(); ++i)
            QVERIFY(seen.at(i).first >= seen.at(i - 1).first);

        QVERIFY(Database::open(server.url, Database::Mode::OpenExisting, QStringLiteral("server")).ok());
        COMPARE_ALL(Source, QStringLiteral("server"));
        // The server plans the desks' searches by the copied rows' statistics (ANALYZE): none
        // of a table never analysed is in pg_stats.
        QCOMPARE(scalar(QStringLiteral("server"),
                        QStringLiteral("SELECT count(*) FROM pg_stats WHERE tablename = 'invitees' AND attname = 'search_text'")),
                 qint64(1));

        const QString back = file(QStringLiteral("c.db"));
        const DatabaseCopy::Result down = DatabaseCopy::copy(QStringLiteral("server"), back);
        QVERIFY2(down.ok, qPrintable(down.error));
        QCOMPARE(down.rows, rows);
        QVERIFY(Database::open(back, Database::Mode::OpenExisting, QStringLiteral("back")).ok());
        COMPARE_ALL(Source, QStringLiteral("back"));
        QVERIFY(Database::check(QStringLiteral("back")).isEmpty());
        // One file, no -wal beside it.
        QVERIFY(!QFileInfo::exists(back + QStringLiteral("-wal")) || QFileInfo(back + QStringLiteral("-wal")).size() == 0);

        // New rows on the server continue after the highest id (no clash with a copied one).
        const qint64 maxInvitee = scalar(QStringLiteral("server"), QStringLiteral("SELECT max(id) FROM invitees"));
        const qint64 maxEvent = scalar(QStringLiteral("server"), QStringLiteral("SELECT max(id) FROM events"));
        Database::close(QStringLiteral("back"));
        Database::close(QStringLiteral("server"));
        Database::close();
        QVERIFY(Database::open(server.url, Database::Mode::OpenExisting).ok());
        Invitee v;
        v.name = QStringLiteral("नई प्रविष्टि");
        v.mobile = QStringLiteral("9876500001");
        QString error;
        QCOMPARE(InviteeRepository().insert(v, &error), maxInvitee + 1);
        Event e;
        e.nameEn = QStringLiteral("After the copy");
        e.startDate = e.endDate = QDate(2022, 1, 1);
        QCOMPARE(EventRepository().insert(e, &error), maxEvent + 1);
    }

    // A server database set up with `init` (schema, no rows) takes a copy; its settings are
    // replaced by the source's.
    void initialisedServerTakesCopy()
    {
        openFilledSource(file(QStringLiteral("a.db")));
        ServerDb server;
        QVERIFY(Database::open(server.url, Database::Mode::CreateIfMissing, QStringLiteral("t")).ok());
        QVERIFY(exec(QStringLiteral("t"), QStringLiteral("INSERT INTO settings (key, value) VALUES ('district', 'Basti')")));
        Database::close(QStringLiteral("t"));
        const auto result = DatabaseCopy::copy(Source, server.url);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(Database::open(server.url, Database::Mode::OpenExisting, QStringLiteral("t")).ok());
        COMPARE_ALL(Source, QStringLiteral("t"));
    }

    void sqliteToSqlite()
    {
        openFilledSource(file(QStringLiteral("a.db")));
        const auto result = DatabaseCopy::copy(Source, file(QStringLiteral("sub/b.db")));
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(Database::open(file(QStringLiteral("sub/b.db")), Database::Mode::OpenExisting, QStringLiteral("b")).ok());
        COMPARE_ALL(Source, QStringLiteral("b"));
    }

    void refusesExistingFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty file") << QByteArray();
        QTest::newRow("text") << QByteArray("name,mobile\n");
        QTest::newRow("a database") << QByteArray("sammelan");
    }
    void refusesExistingFile()
    {
        QFETCH(QByteArray, content);
        openFilledSource(file(QStringLiteral("a.db")));
        const QString target = file(QStringLiteral("existing.db"));
        if (content == "sammelan") {
            QVERIFY(DatabaseCopy::copy(Source, target).ok);
        } else {
            QFile f(target);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const QByteArray before = fileHash(target);
        const auto result = DatabaseCopy::copy(Source, target);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("already exists")), qPrintable(result.error));
        QCOMPARE(fileHash(target), before);
        QVERIFY(!QFileInfo::exists(target + QStringLiteral("-wal")));
    }

    void refusesServerWithData()
    {
        openFilledSource(file(QStringLiteral("a.db")));
        ServerDb server;
        QVERIFY(Database::open(server.url, Database::Mode::CreateIfMissing, QStringLiteral("t")).ok());
        QVERIFY(exec(QStringLiteral("t"), QStringLiteral("INSERT INTO sectors (name_en) VALUES ('Brassware')")));
        Database::close(QStringLiteral("t"));
        const auto result = DatabaseCopy::copy(Source, server.url);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("already holds data"))
                     && result.error.contains(QLatin1String("sectors")), qPrintable(result.error));
        QVERIFY(Database::open(server.url, Database::Mode::OpenExisting, QStringLiteral("t")).ok());
        QCOMPARE(totalRows(QStringLiteral("t"), Count::OwnRowsLeftOut), 1);
    }

    // A server database of an older Sammelan holding rows is refused before it is migrated:
    // nothing at all is written there.
    void refusesOlderServerWithDataUnmigrated()
    {
        openFilledSource(file(QStringLiteral("a.db")));
        ServerDb server;
        const QList<Migration> older = Database::migrations().mid(0, Database::migrations().size() - 1);
        QVERIFY(Database::open(server.url, Database::Mode::CreateIfMissing, QStringLiteral("t"), older).ok());
        QVERIFY(exec(QStringLiteral("t"), QStringLiteral("INSERT INTO sectors (name_en) VALUES ('Brassware')")));
        Database::close(QStringLiteral("t"));
        const auto result = DatabaseCopy::copy(Source, server.url);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("already holds data")), qPrintable(result.error));
        QVERIFY(Database::open(server.url, Database::Mode::OpenExisting, QStringLiteral("t"), older).ok());
        QCOMPARE(Database::schemaVersion(QStringLiteral("t")), older.constLast().toVersion);
    }

    void refusesOtherProgramsServer()
    {
        openFilledSource(file(QStringLiteral("a.db")));
        ServerDb server;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("raw"));
            const QUrl url(server.url);
            db.setHostName(url.host());
            db.setPort(url.port());
            db.setUserName(url.userName());
            db.setDatabaseName(server.name);
            QVERIFY(db.open());
            QVERIFY(exec(QStringLiteral("raw"), QStringLiteral("CREATE TABLE customers (id integer, name text)")));
            QVERIFY(exec(QStringLiteral("raw"), QStringLiteral("INSERT INTO customers VALUES (1, 'Asha')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        const auto result = DatabaseCopy::copy(Source, server.url);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("another program")), qPrintable(result.error));
    }

    void refusesNewerServer()
    {
        openFilledSource(file(QStringLiteral("a.db")));
        ServerDb server;
        QVERIFY(Database::open(server.url, Database::Mode::CreateIfMissing, QStringLiteral("t")).ok());
        QVERIFY(exec(QStringLiteral("t"), QStringLiteral("UPDATE sammelan_meta SET value = '%1' WHERE key = 'schema_version'")
                                              .arg(Database::currentVersion() + 1)));
        Database::close(QStringLiteral("t"));
        const auto result = DatabaseCopy::copy(Source, server.url);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("newer version")), qPrintable(result.error));
    }

    void refusesUnreachableServer()
    {
        openFilledSource(file(QStringLiteral("a.db")));
        // Port 1 on this machine: nobody listens.
        const auto result = DatabaseCopy::copy(Source, QStringLiteral("postgresql://sammelan@127.0.0.1:1/sammelan"));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("cannot be reached")), qPrintable(result.error));
    }

    void refusesItself()
    {
        ServerDb server;
        QVERIFY(Database::open(server.url, Database::Mode::CreateIfMissing).ok());
        const auto result = DatabaseCopy::copy(Source, server.url);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("the database being copied")), qPrintable(result.error));
    }

    // A copy that fails half-way leaves the target as it was: a new file gone, a server database
    // without a row. Failures: a value the server refuses (SQLite keeps what a column's type does
    // not fit), a trigger refusing invitees after the first hundred, the progress saying stop.
    void failureLeavesNothing_data()
    {
        QTest::addColumn<bool>("fromServer");
        QTest::addColumn<bool>("toServer");
        QTest::addColumn<QString>("fault");
        QTest::newRow("file to server, a value the server refuses") << false << true << "value";
        QTest::newRow("file to server, refused by a trigger") << false << true << "trigger";
        QTest::newRow("file to file, refused by a trigger") << false << false << "trigger";
        QTest::newRow("server to file, refused by a trigger") << true << false << "trigger";
        QTest::newRow("server to server, refused by a trigger") << true << true << "trigger";
        QTest::newRow("file to file, stopped") << false << false << "stop";
        QTest::newRow("server to server, stopped") << true << true << "stop";
    }
    void failureLeavesNothing()
    {
        QFETCH(bool, fromServer);
        QFETCH(bool, toServer);
        QFETCH(QString, fault);
        openFilledSource(file(QStringLiteral("a.db")));
        if (fault == QLatin1String("value")) // the 150th invitee; SQLite stores the text as it is
            QVERIFY(exec(Source, QStringLiteral("UPDATE invitees SET is_demo = 'yes'"
                                                " WHERE id = (SELECT id FROM invitees ORDER BY id LIMIT 1 OFFSET 149)")));
        ServerDb sourceServer;
        QString source = Source;
        if (fromServer) {
            QVERIFY(DatabaseCopy::copy(Source, sourceServer.url).ok);
            QVERIFY(Database::open(sourceServer.url, Database::Mode::OpenExisting, QStringLiteral("from")).ok());
            source = QStringLiteral("from");
        }
        ServerDb targetServer;
        const QString target = toServer ? targetServer.url : file(QStringLiteral("target.db"));
        const qint64 firstInvitee = scalar(source, QStringLiteral("SELECT min(id) FROM invitees"));

        int calls = 0;
        const auto result = DatabaseCopy::copy(source, target, [&](qint64 done, qint64) {
            ++calls;
            if (fault == QLatin1String("trigger") && calls == 1)
                return TestDb::refuse(QStringLiteral("copy_refused"), QStringLiteral("BEFORE INSERT ON invitees"),
                                      QStringLiteral("NEW.id >= %1").arg(firstInvitee + 100),
                                      DatabaseCopy::targetConnectionName(source));
            // Stop once some tables are in.
            return !(fault == QLatin1String("stop") && done > 0);
        });
        QVERIFY(!result.ok);
        QVERIFY(result.tables.isEmpty());
        if (fault == QLatin1String("stop")) {
            QVERIFY2(result.error.contains(QLatin1String("stopped")), qPrintable(result.error));
        } else {
            QVERIFY2(result.error.contains(QLatin1String("invitees")), qPrintable(result.error));
        }
        QVERIFY2(result.error.contains(QLatin1String("Nothing was copied")), qPrintable(result.error));
        QVERIFY(!QSqlDatabase::contains(DatabaseCopy::targetConnectionName(source)));
        if (toServer) {
            QVERIFY(Database::open(target, Database::Mode::OpenExisting, QStringLiteral("check")).ok());
            QCOMPARE(totalRows(QStringLiteral("check"), Count::OwnRowsLeftOut), 0);
            // ... and takes the copy once the fault is gone.
            Database::close(QStringLiteral("check"));
            if (fault == QLatin1String("value"))
                QVERIFY(exec(Source, QStringLiteral("UPDATE invitees SET is_demo = 1 WHERE is_demo = 'yes'")));
            const auto again = DatabaseCopy::copy(source, target);
            QVERIFY2(again.ok, qPrintable(again.error));
        } else {
            verifyNoFile(target);
        }
        // The source is as it was and no transaction stays open on it.
        QVERIFY(scalar(source, QStringLiteral("SELECT count(*) FROM invitees")) >= 200);
        QVERIFY(exec(source, QStringLiteral("UPDATE events SET notes = 'still writable'")));
    }

    // The source is read as of one moment: rows another connection commits meanwhile are not in
    // the copy (and the counts still agree).
    void readsOneSnapshot_data()
    {
        QTest::addColumn<bool>("fromServer");
        QTest::newRow("file") << false;
        QTest::newRow("server") << true;
    }
    void readsOneSnapshot()
    {
        QFETCH(bool, fromServer);
        openFilledSource(file(QStringLiteral("a.db")));
        ServerDb sourceServer;
        QString source = Source;
        QString location = file(QStringLiteral("a.db"));
        if (fromServer) {
            QVERIFY(DatabaseCopy::copy(Source, sourceServer.url).ok);
            QVERIFY(Database::open(sourceServer.url, Database::Mode::OpenExisting, QStringLiteral("from")).ok());
            source = QStringLiteral("from");
            location = sourceServer.url;
        }
        const qint64 events = scalar(source, QStringLiteral("SELECT count(*) FROM events"));
        const qint64 invitations = scalar(source, QStringLiteral("SELECT count(*) FROM invitations"));
        QVERIFY(Database::open(location, Database::Mode::OpenExisting, QStringLiteral("other desk")).ok());
        bool wrote = false;
        const QString target = file(QStringLiteral("snapshot.db"));
        const auto result = DatabaseCopy::copy(source, target, [&](qint64 done, qint64) {
            if (done == 0) { // before the first row is read: another desk adds an event and its invitations
                wrote = exec(QStringLiteral("other desk"),
                             QStringLiteral("INSERT INTO events (name_en, start_date, end_date, created_at, updated_at)"
                                            " VALUES ('Added meanwhile', '2022-02-02', '2022-02-02', 'x', 'x')"))
                        && exec(QStringLiteral("other desk"),
                                QStringLiteral("INSERT INTO invitations (event_id, invitee_id, status, status_changed_at)"
                                               " SELECT (SELECT max(id) FROM events), id, 'invited', 'x' FROM invitees"));
            }
            return true;
        });
        QVERIFY(wrote);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(scalar(source, QStringLiteral("SELECT count(*) FROM events")), events + 1);
        QVERIFY(Database::open(target, Database::Mode::OpenExisting, QStringLiteral("copy")).ok());
        QCOMPARE(scalar(QStringLiteral("copy"), QStringLiteral("SELECT count(*) FROM events")), events);
        QCOMPARE(scalar(QStringLiteral("copy"), QStringLiteral("SELECT count(*) FROM invitations")), invitations);
    }

    // A server's backup: one SQLite file, verified and renamed, that opens and restores as any
    // backup does; an existing file is not overwritten unless asked.
    void serverBackup()
    {
        openFilledSource(file(QStringLiteral("a.db")));
        ServerDb server;
        QVERIFY(DatabaseCopy::copy(Source, server.url).ok);
        QVERIFY(Database::open(server.url, Database::Mode::OpenExisting, QStringLiteral("server")).ok());

        const QString out = file(QStringLiteral("backups/server.db"));
        QString error;
        QVERIFY2(Database::backup(out, &error, QStringLiteral("server")), qPrintable(error));
        // Nothing but the backup in its folder (no temporary file, no -wal, no -shm).
        QCOMPARE(QDir(file(QStringLiteral("backups"))).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("server.db")});
        QVERIFY(Database::open(out, Database::Mode::OpenExisting, QStringLiteral("backup")).ok());
        QVERIFY(Database::check(QStringLiteral("backup")).isEmpty());
        COMPARE_ALL(QStringLiteral("server"), QStringLiteral("backup"));
        Database::close(QStringLiteral("backup"));

        const QByteArray before = fileHash(out);
        QVERIFY(!Database::backup(out, &error, QStringLiteral("server")));
        QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
        QCOMPARE(fileHash(out), before);
        QVERIFY(exec(QStringLiteral("server"), QStringLiteral("UPDATE events SET notes = 'after the first backup'")));
        QVERIFY2(Database::backup(out, &error, QStringLiteral("server"), true), qPrintable(error));
        QVERIFY(fileHash(out) != before);

        // Restored over a desk's own file with the existing restore path.
        const QString desk = file(QStringLiteral("desk.db"));
        Database::close();
        QVERIFY(Database::open(desk, Database::Mode::CreateIfMissing).ok());
        QVERIFY2(BackupManager::restore(out, desk, &error), qPrintable(error));
        COMPARE_ALL(QStringLiteral("server"), Source);
        QCOMPARE(scalar(Source, QStringLiteral("SELECT count(*) FROM events WHERE notes = 'after the first backup'")), 2);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseCopy)
#include "tst_databasecopy.moc"
