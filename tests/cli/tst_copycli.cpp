// sammelan-cli copy and a server's backup, run as the real program against files and databases
// on the test PostgreSQL server: the exact lines printed, the exit codes, and nothing left behind
// by a refused or failed copy.
#include "clirunner.h"
#include "testdb.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace {

// What copying the demo conclave prints before its total, table by table, parents first.
const QStringList DemoLines{
    QStringLiteral("copied changes: 492"),
    QStringLiteral("copied events: 2"),
    QStringLiteral("copied exchange_rates: 3"),
    QStringLiteral("copied halls: 1"),
    QStringLiteral("copied letter_templates: 0"),
    QStringLiteral("copied sectors: 10"),
    QStringLiteral("copied settings: 3"),
    QStringLiteral("copied conclave_reports: 0"),
    QStringLiteral("copied export_records: 69"),
    QStringLiteral("copied export_targets: 4"),
    QStringLiteral("copied invitees: 200"),
    QStringLiteral("copied letters: 0"),
    QStringLiteral("copied product_chapters: 0"),
    QStringLiteral("copied stalls: 24"),
    QStringLiteral("copied badge_prints: 0"),
    QStringLiteral("copied checkins: 0"),
    QStringLiteral("copied invitations: 192"),
    QStringLiteral("copied letter_dispatches: 0"),
    QStringLiteral("copied invitation_changes: 192"),
};

QString demoOutput(const QString &target)
{
    return DemoLines.join(QLatin1Char('\n')) + QStringLiteral("\ncopied 1192 rows in 19 tables to %1\n").arg(target);
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Runs SQL in a database of the test server (not through Sammelan).
void execOn(const QString &database, const QString &sql)
{
    const QString name = QStringLiteral("raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        const QUrl url(TestDb::serverUrl());
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(database);
        if (!db.open())
            qFatal("%s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        if (!q.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(name);
}

// Databases made on the server for one test, dropped at its end.
struct ServerDbs {
    QStringList names;
    QString create()
    {
        QString name;
        const QString url = TestDb::createServerDatabase(&name);
        names << name;
        return url;
    }
    ~ServerDbs()
    {
        for (const QString &name : std::as_const(names))
            TestDb::adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    }
};

} // namespace

class TestCopyCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(TestDb::onServer());
    }

    // A file to the server and back: every table's count, the total, the server shown without
    // its password; the copies hold the same events and pass the check.
    void fileToServerToFile()
    {
        CliRunner cli;
        ServerDbs dbs;
        const QString a = cli.path(QStringLiteral("a.db"));
        QCOMPARE(cli.run({QStringLiteral("--db"), a, QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
        const QString url = dbs.create();
        QString withPassword = url;
        withPassword.replace(QStringLiteral("://sammelan@"), QStringLiteral("://sammelan:s3cret@"));
        QVERIFY(withPassword != url);

        auto r = cli.run({QStringLiteral("--db"), a, QStringLiteral("copy"), withPassword});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, demoOutput(url));
        QVERIFY(!r.out.contains(QLatin1String("s3cret")) && !r.err.contains(QLatin1String("s3cret")));
        QVERIFY(!r.err.contains(QLatin1String("sammelan-cli:")));

        const QString b = cli.path(QStringLiteral("b.db"));
        r = cli.run({QStringLiteral("--db"), url, QStringLiteral("copy"), b});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, demoOutput(b));

        const QString events = cli.run({QStringLiteral("--db"), a, QStringLiteral("events")}).out;
        QVERIFY(!events.isEmpty());
        QCOMPARE(cli.run({QStringLiteral("--db"), url, QStringLiteral("events")}).out, events);
        QCOMPARE(cli.run({QStringLiteral("--db"), b, QStringLiteral("events")}).out, events);
        r = cli.run({QStringLiteral("--db"), b, QStringLiteral("check")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("ok\n"));
        // A file to a file, too.
        const QString c = cli.path(QStringLiteral("c.db"));
        r = cli.run({QStringLiteral("--db"), b, QStringLiteral("copy"), c});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, demoOutput(c));
    }

    // backup on a server: a verified SQLite file that opens as any database; an existing file
    // is refused as the SQLite backup refuses it.
    void serverBackup()
    {
        CliRunner cli;
        ServerDbs dbs;
        const QString a = cli.path(QStringLiteral("a.db"));
        QCOMPARE(cli.run({QStringLiteral("--db"), a, QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
        const QString url = dbs.create();
        QCOMPARE(cli.run({QStringLiteral("--db"), a, QStringLiteral("copy"), url}).exitCode, 0);

        const QString out = cli.path(QStringLiteral("server-backup.db"));
        auto r = cli.run({QStringLiteral("--db"), url, QStringLiteral("backup"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("backed up to %1\n").arg(out));
        QCOMPARE(cli.run({QStringLiteral("--db"), out, QStringLiteral("check")}).out, QStringLiteral("ok\n"));
        QCOMPARE(cli.run({QStringLiteral("--db"), out, QStringLiteral("events")}).out,
                 cli.run({QStringLiteral("--db"), url, QStringLiteral("events")}).out);
        // The backup is one file: nothing beside it.
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("-wal")));

        // Never overwrites: not a database (the backup command's rule for every file that
        // exists), nor another file.
        const QByteArray before = digest(out);
        r = cli.run({QStringLiteral("--db"), url, QStringLiteral("backup"), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QLatin1String("is a Sammelan database")), qPrintable(r.err));
        QCOMPARE(digest(out), before);
        const QString notes = cli.path(QStringLiteral("notes.txt"));
        {
            QFile f(notes);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("keep me\n");
        }
        r = cli.run({QStringLiteral("--db"), url, QStringLiteral("backup"), notes});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("already exists")), qPrintable(r.err));
        QCOMPARE(digest(notes), QCryptographicHash::hash("keep me\n", QCryptographicHash::Sha256));
    }

    // Refused before anything is written: exit 1, a message, no output, the target as it was.
    void refusals_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("message");
        QTest::newRow("existing file") << "existing file" << "already exists";
        QTest::newRow("the database itself") << "itself" << "the database itself";
        QTest::newRow("server database with data") << "server with data" << "already holds data";
        QTest::newRow("server of a newer Sammelan") << "newer server" << "newer version";
        QTest::newRow("unreachable server") << "unreachable" << "cannot be reached";
        QTest::newRow("source not a Sammelan file") << "source not sammelan" << "not a Sammelan database";
        QTest::newRow("source another program's server") << "source other program" << "another program";
    }
    void refusals()
    {
        QFETCH(QString, fault);
        QFETCH(QString, message);
        CliRunner cli;
        ServerDbs dbs;
        QString from = cli.path(QStringLiteral("a.db"));
        QCOMPARE(cli.run({QStringLiteral("--db"), from, QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
        QString to = cli.path(QStringLiteral("new.db"));

        if (fault == QLatin1String("existing file")) {
            QFile f(to);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not empty\n");
        } else if (fault == QLatin1String("itself")) {
            to = from;
        } else if (fault == QLatin1String("server with data")) {
            to = dbs.create();
            QCOMPARE(cli.run({QStringLiteral("--db"), to, QStringLiteral("init")}).exitCode, 0);
            QCOMPARE(cli.run({QStringLiteral("--db"), to, QStringLiteral("events"), QStringLiteral("add"),
                              QStringLiteral("Udyami Mahotsav"), QStringLiteral("--start"), QStringLiteral("2022-03-01")}).exitCode, 0);
        } else if (fault == QLatin1String("newer server")) {
            to = dbs.create();
            QCOMPARE(cli.run({QStringLiteral("--db"), to, QStringLiteral("init")}).exitCode, 0);
            execOn(dbs.names.constLast(), QStringLiteral("UPDATE sammelan_meta SET value = '999' WHERE key = 'schema_version'"));
        } else if (fault == QLatin1String("unreachable")) {
            to = QStringLiteral("postgresql://sammelan@127.0.0.1:1/sammelan");
        } else if (fault == QLatin1String("source not sammelan")) {
            from = cli.path(QStringLiteral("list.csv"));
            QFile f(from);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("name,mobile\nAsha,9876543210\n");
        } else if (fault == QLatin1String("source other program")) {
            from = dbs.create();
            execOn(dbs.names.constLast(), QStringLiteral("CREATE TABLE customers (id integer, name text)"));
        }
        const bool toFile = !to.startsWith(QLatin1String("postgresql:"));
        const QByteArray fromBefore = from.startsWith(QLatin1String("postgresql:")) ? QByteArray() : digest(from);
        const QByteArray toBefore = toFile ? digest(to) : QByteArray();

        const auto r = cli.run({QStringLiteral("--db"), from, QStringLiteral("copy"), to});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QLatin1String("sammelan-cli: ")) && r.err.contains(message), qPrintable(r.err));
        if (!fromBefore.isEmpty())
            QCOMPARE(digest(from), fromBefore);
        if (toFile) {
            QCOMPARE(digest(to), toBefore); // empty when there was no file: still none
            QVERIFY(!QFileInfo::exists(to + QStringLiteral("-wal")));
            QVERIFY(!QFileInfo::exists(to + QStringLiteral("-journal")));
        }
        if (fault == QLatin1String("server with data"))
            QCOMPARE(cli.run({QStringLiteral("--db"), to, QStringLiteral("events")}).out.count(QLatin1Char('\n')), 1);
    }
};

QTEST_GUILESS_MAIN(TestCopyCli)
#include "tst_copycli.moc"
