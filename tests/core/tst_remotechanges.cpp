#include "undo/changenotifier.h"
#include "events/eventrepository.h"
#include "storage/postgresbackend.h"
#include "storage/remotechanges.h"
#include "storage/serveraddress.h"
#include "testdb.h"

#include <QSignalBlocker>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>

// The other desks' changes on the office server: the server announces them (a trigger per table
// and kind of change), RemoteChanges hears them and tells the pages, gathered: one row is one
// announcement, a burst is one reset, and what this connection wrote itself is not told twice.
class TestRemoteChanges : public QObject
{
    Q_OBJECT

    using Table = ChangeNotifier::Table;

    static Event event(const QString &name)
    {
        Event e;
        e.nameEn = name;
        e.startDate = e.endDate = QDate(2021, 9, 24);
        return e;
    }

    // What ChangeNotifier said, as (table, id) pairs.
    static QList<QPair<Table, qint64>> said(const QSignalSpy &spy)
    {
        QList<QPair<Table, qint64>> out;
        for (const QList<QVariant> &args : spy)
            out.append({args.at(0).value<Table>(), args.at(1).toLongLong()});
        std::sort(out.begin(), out.end());
        return out;
    }

    static int total(const QSignalSpy &flushed)
    {
        int n = 0;
        for (const QList<QVariant> &args : flushed)
            n += args.at(0).toInt();
        return n;
    }

    static qint64 scalar(const QString &sql, const QString &connection = Database::defaultConnectionName())
    {
        QSqlQuery q(QSqlDatabase::database(connection));
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ChangeNotifier::Table>();
    }

    void serverAddress_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("ssl");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("shortName");
        QTest::newRow("usual port") << "office-server" << 5432 << "sammelan" << "clerk" << "prefer"
                                    << "postgresql://clerk@office-server/sammelan?sslmode=prefer"
                                    << "clerk@office-server/sammelan";
        QTest::newRow("other port, encrypted") << "192.168.1.10" << 6543 << "dic_gkp" << "desk2" << "require"
                                               << "postgresql://desk2@192.168.1.10:6543/dic_gkp?sslmode=require"
                                               << "desk2@192.168.1.10:6543/dic_gkp";
        // Characters that mean something in a URL are encoded, and come back as they were.
        QTest::newRow("odd names") << "server" << 5432 << "conclave 2025" << "ram@dic" << "prefer"
                                   << "postgresql://ram%40dic@server/conclave%202025?sslmode=prefer"
                                   << "ram@dic@server/conclave 2025";
    }
    void serverAddress()
    {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, database);
        QFETCH(QString, user);
        QFETCH(QString, ssl);
        QFETCH(QString, url);
        QFETCH(QString, shortName);
        ServerAddress a;
        a.host = host;
        a.port = port;
        a.database = database;
        a.user = user;
        a.sslMode = ssl;
        QCOMPARE(a.url(), url);
        QCOMPARE(ServerAddress::shortName(url), shortName);
        const ServerAddress back = ServerAddress::fromUrl(url);
        QCOMPARE(back.host, host);
        QCOMPARE(back.port, port);
        QCOMPARE(back.database, database);
        QCOMPARE(back.user, user);
        QCOMPARE(back.sslMode, ssl);
        // What PostgresBackend makes of it is what was typed.
        const PostgresBackend::Target target = PostgresBackend::parse(url);
        QVERIFY2(target.error.isEmpty(), qPrintable(target.error));
        QCOMPARE(target.host, host);
        QCOMPARE(target.database, database);
        QCOMPARE(target.user, user);
        QVERIFY(target.password.isEmpty());
        // A password in a URL never reaches the short name.
        QVERIFY(!ServerAddress::shortName(QStringLiteral("postgresql://clerk:secret@server/sammelan")).contains(QStringLiteral("secret")));
    }

    // Announcements gathered: one row is one announcement with its id, several rows of a table
    // one announcement of the table, a burst one reset; this connection's own are left out.
    void gathersAnnouncements()
    {
        RemoteChanges remote;
        QSignalSpy changed(ChangeNotifier::instance(), &ChangeNotifier::changed);
        QSignalSpy reset(ChangeNotifier::instance(), &ChangeNotifier::reset);
        QSignalSpy flushed(&remote, &RemoteChanges::flushed);

        remote.take(QStringLiteral("invitees:5:4242"));
        remote.take(QStringLiteral("invitees:5:4242")); // the same row twice
        remote.take(QStringLiteral("changes:17:4242")); // the log line written with it: no reset
        remote.take(QStringLiteral("events:3:4242"));
        remote.flush();
        QCOMPARE(said(changed), (QList<QPair<Table, qint64>>{{Table::Events, 3}, {Table::Invitees, 5}}));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(flushed.count(), 1);
        QCOMPARE(flushed.constFirst().at(0).toInt(), 3);

        // Rows of a table whose announcements carry another id (invitations are told by
        // invitee), several rows, and a whole statement (id 0): the table, without an id.
        changed.clear();
        remote.take(QStringLiteral("invitations:77:4242"));
        remote.take(QStringLiteral("stalls:1:4242"));
        remote.take(QStringLiteral("stalls:2:4242"));
        remote.take(QStringLiteral("sectors:0:4242"));
        remote.flush();
        QCOMPARE(said(changed), (QList<QPair<Table, qint64>>{{Table::Invitations, 0}, {Table::Stalls, 0}, {Table::Sectors, 0}}));
        QCOMPARE(reset.count(), 0);

        // A burst (another desk importing row by row): one reset, nothing else.
        changed.clear();
        for (int id = 1; id <= 2000; ++id)
            remote.take(QStringLiteral("invitees:%1:4242").arg(id));
        remote.flush();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(changed.count(), 0);

        // A table this program does not know (a newer Sammelan's): everything reloads.
        remote.take(QStringLiteral("letters:4:4242"));
        remote.flush();
        QCOMPARE(reset.count(), 2);

        // Not an announcement of ours: nothing.
        changed.clear();
        flushed.clear();
        remote.take(QStringLiteral("garbage"));
        remote.take(QStringLiteral("invitees:1"));
        remote.flush();
        QCOMPARE(changed.count(), 0);
        QCOMPARE(reset.count(), 2);
        QCOMPARE(flushed.count(), 0);
    }

    // Without being flushed, what was gathered is told by itself, shortly after.
    void tellsByItself()
    {
        RemoteChanges remote;
        QSignalSpy changed(ChangeNotifier::instance(), &ChangeNotifier::changed);
        remote.take(QStringLiteral("events:9:4242"));
        QCOMPARE(changed.count(), 0); // gathered first
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(said(changed), (QList<QPair<Table, qint64>>{{Table::Events, 9}}));
    }

    // The first change after a quiet spell is told at once (a check-in at one desk shows at the
    // other without waiting); one that follows a telling closely waits for the rest of the
    // spell, so a stream of changes is told at most five times a second.
    void quickAfterQuiet()
    {
        RemoteChanges remote;
        QCOMPARE(remote.pendingDelayMs(), -1);
        remote.take(QStringLiteral("checkins:1:4242"));
        QCOMPARE(remote.pendingDelayMs(), RemoteChanges::QuickMs);
        remote.flush();
        QElapsedTimer sinceTelling;
        sinceTelling.start();
        QCOMPARE(remote.pendingDelayMs(), -1);
        remote.take(QStringLiteral("checkins:2:4242"));
        QVERIFY(remote.pendingDelayMs() <= RemoteChanges::CoalesceMs);
        // (Unless this machine stalled for the whole spell in between: then it is quiet again.)
        if (sinceTelling.elapsed() < RemoteChanges::CoalesceMs - RemoteChanges::QuickMs)
            QVERIFY2(remote.pendingDelayMs() > RemoteChanges::QuickMs, qPrintable(QString::number(remote.pendingDelayMs())));
    }

    // A file has no server to listen to: the session watches PRAGMA data_version instead.
    void listensOnlyToAServer()
    {
        TestDb db;
        RemoteChanges remote;
        QCOMPARE(remote.listen(Database::defaultConnectionName()), TestDb::onServer());
        QCOMPARE(remote.isListening(), TestDb::onServer());
    }

    // The triggers are there after opening (created by Database::open), once per table and kind
    // of change; installing again changes nothing; a missing one is put back.
    void triggersInstalledOnce()
    {
        if (!TestDb::onServer())
            QSKIP("the server announces changes; a file is watched with PRAGMA data_version");
        TestDb db;
        const QSqlDatabase conn = QSqlDatabase::database(Database::defaultConnectionName());
        const qint64 tables = PostgresBackend::tables(conn).size();
        QVERIFY(tables >= 10);
        const QString triggers = QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'sammelan_notify_%'");
        const QString oids = QStringLiteral("SELECT sum(oid::bigint) FROM pg_trigger WHERE tgname LIKE 'sammelan_notify_%'");
        QCOMPARE(scalar(triggers), 4 * tables);
        const qint64 before = scalar(oids);
        QString error;
        QVERIFY2(PostgresBackend::installNotify(conn, &error), qPrintable(error));
        QCOMPARE(scalar(oids), before); // nothing dropped and made again
        QVERIFY(QSqlQuery(conn).exec(QStringLiteral("DROP TRIGGER sammelan_notify_update ON events")));
        QCOMPARE(scalar(triggers), 4 * tables - 1);
        QVERIFY2(PostgresBackend::installNotify(conn, &error), qPrintable(error));
        QCOMPARE(scalar(triggers), 4 * tables);
        // Opening again (another desk starting) finds them in place.
        QVERIFY(Database::open(db.path, Database::Mode::OpenExisting, QStringLiteral("desk2")).ok());
        QCOMPARE(scalar(triggers), 4 * tables);
        Database::close(QStringLiteral("desk2"));
    }

    // Another connection's change reaches this one as the row's announcement; this
    // connection's own writes do not come back (the window announced them when it wrote).
    void hearsTheOtherDesk()
    {
        if (!TestDb::onServer())
            QSKIP("the server announces changes; a file is watched with PRAGMA data_version");
        TestDb db;
        QVERIFY(Database::open(db.path, Database::Mode::OpenExisting, QStringLiteral("desk2")).ok());
        RemoteChanges remote;
        QVERIFY(remote.listen(Database::defaultConnectionName()));
        QSignalSpy changed(ChangeNotifier::instance(), &ChangeNotifier::changed);
        QSignalSpy flushed(&remote, &RemoteChanges::flushed);
        qint64 own = 0;
        qint64 other = 0;
        {
            // Both desks are in this process: their direct announcements are held back, so
            // only what the server announces is heard.
            const QSignalBlocker quiet(ChangeNotifier::instance());
            own = EventRepository().insert(event(QStringLiteral("Written here")));
            other = EventRepository(QStringLiteral("desk2")).insert(event(QStringLiteral("Written at desk 2")));
        }
        QVERIFY(own > 0 && other > 0);
        QTRY_COMPARE(flushed.count(), 1);
        QCOMPARE(total(flushed), 1); // desk 2's only
        QCOMPARE(said(changed), (QList<QPair<Table, qint64>>{{Table::Events, other}}));

        // An edit and a delete are announced too.
        changed.clear();
        {
            const QSignalBlocker quiet(ChangeNotifier::instance());
            Event e = *EventRepository(QStringLiteral("desk2")).find(other);
            e.venue = QStringLiteral("Nagar Nigam Prekshagrih");
            QVERIFY(EventRepository(QStringLiteral("desk2")).update(e));
        }
        QTRY_COMPARE(said(changed), (QList<QPair<Table, qint64>>{{Table::Events, other}}));
        changed.clear();
        QVERIFY(QSqlQuery(QSqlDatabase::database(QStringLiteral("desk2")))
                    .exec(QStringLiteral("DELETE FROM events WHERE id = %1").arg(other)));
        QTRY_COMPARE(said(changed), (QList<QPair<Table, qint64>>{{Table::Events, other}}));
        Database::close(QStringLiteral("desk2"));
    }

    // One statement that writes many rows (an import, a copy) is one announcement of the table:
    // the server does not send 5,000.
    void oneStatementOneAnnouncement()
    {
        if (!TestDb::onServer())
            QSKIP("the server announces changes; a file is watched with PRAGMA data_version");
        TestDb db;
        QVERIFY(Database::open(db.path, Database::Mode::OpenExisting, QStringLiteral("desk2")).ok());
        RemoteChanges remote;
        QVERIFY(remote.listen(Database::defaultConnectionName()));
        QSignalSpy changed(ChangeNotifier::instance(), &ChangeNotifier::changed);
        QSignalSpy flushed(&remote, &RemoteChanges::flushed);
        QVERIFY(QSqlQuery(QSqlDatabase::database(QStringLiteral("desk2")))
                    .exec(QStringLiteral("INSERT INTO sectors (name_en, name_hi) SELECT 'Sector ' || g, '' FROM generate_series(1, 5000) g")));
        QTRY_COMPARE(flushed.count(), 1);
        QCOMPARE(total(flushed), 1);
        QCOMPARE(said(changed), (QList<QPair<Table, qint64>>{{Table::Sectors, 0}}));
        Database::close(QStringLiteral("desk2"));
    }
};

QTEST_GUILESS_MAIN(TestRemoteChanges)
#include "tst_remotechanges.moc"
