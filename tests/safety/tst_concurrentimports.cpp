#include "clirunner.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

// Two `sammelan-cli import invitees` started together on one file: the second waits for the
// first (transactions begin IMMEDIATE) instead of failing with "database is locked", and when
// the wait runs out it says so in the program's own words.
class TestConcurrentImports : public QObject
{
    Q_OBJECT
    CliRunner m_cli;

    // `rows` invitees with every field filled, half the names Devanagari, mobiles from `first`.
    QString makeFile(const QString &name, int rows, qint64 first)
    {
        const QString path = m_cli.path(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        QByteArray data = "name,designation,enterprise,sector,mobile,email,address,pin\n";
        for (int i = 0; i < rows; ++i) {
            const QByteArray n = QByteArray::number(first + i);
            data += (i % 2 ? QByteArray("Ram Prasad ") + n : QByteArray("\xe0\xa4\xb0\xe0\xa4\xbe\xe0\xa4\xae ") + n)
                    + ",Proprietor,Enterprise " + n + ",Textiles," + n + ",p" + n + "@example.in,"
                    + "\"Sector " + n + ", Gorakhpur\",273001\n";
        }
        f.write(data);
        return path;
    }

    // Whether process `pid` has the file at `path` open now.
    static bool hasOpen(qint64 pid, const QString &path)
    {
        const QString target = QFileInfo(path).canonicalFilePath();
        const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
        for (const QFileInfo &fd : fds.entryInfoList(QDir::Files | QDir::System))
            if (fd.symLinkTarget() == target)
                return true;
        return false;
    }

    QProcess *start(const QStringList &args)
    {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_cli.home());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_cli.path(QStringLiteral("config")));
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(SAMMELAN_CLI_PATH), args);
        return p;
    }

private slots:
    void bothImportsSucceed()
    {
        const QString db = m_cli.path(QStringLiteral("two.db"));
        QCOMPARE(m_cli.run({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
        const QString a = makeFile(QStringLiteral("a.csv"), 60000, 6000000000);
        const QString b = makeFile(QStringLiteral("b.csv"), 60000, 7000000000);
        QProcess *first = start({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("invitees"), a});
        QProcess *second = start({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("invitees"), b});
        QVERIFY(first->waitForFinished(120000));
        QVERIFY(second->waitForFinished(120000));
        const QString errors = QString::fromUtf8(first->readAllStandardError() + second->readAllStandardError());
        QCOMPARE(first->exitCode(), 0);
        QCOMPARE(second->exitCode(), 0);
        QVERIFY2(!errors.contains(QStringLiteral("locked")), qPrintable(errors));
        QCOMPARE(QString::fromUtf8(first->readAllStandardOutput()).trimmed(),
                 QStringLiteral("imported 60000, updated 0, skipped 0, rejected 0"));
        QCOMPARE(QString::fromUtf8(second->readAllStandardOutput()).trimmed(),
                 QStringLiteral("imported 60000, updated 0, skipped 0, rejected 0"));
        QVERIFY(Database::open(db, Database::Mode::OpenExisting).ok());
        QSqlQuery q(QSqlDatabase::database(Database::defaultConnectionName()));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM invitees")) && q.next());
        QCOMPARE(q.value(0).toInt(), 120000);
        QVERIFY(Database::check().isEmpty());
        Database::close();
    }

    // A program that opens the file while this one loads many rows through a rollback journal
    // (Database::LoadJournal) waits for the load to end instead of failing with "locked" (it
    // cannot switch the file to WAL until then, and SQLite does not wait for that itself).
    void openingDuringALoadWaits()
    {
        const QString db = m_cli.path(QStringLiteral("loading.db"));
        QCOMPARE(m_cli.run({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
        const QString a = makeFile(QStringLiteral("during.csv"), 10, 8100000000);
        QVERIFY(Database::open(db, Database::Mode::OpenExisting).ok());
        QProcess *other = nullptr;
        {
            Database::LoadJournal journal;
            QVERIFY(journal.active());
            QSqlQuery q(QSqlDatabase::database(Database::defaultConnectionName()));
            QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO events (name_en, start_date, end_date, created_at, updated_at)"
                                          " VALUES ('Loaded', '2021-09-24', '2021-09-24', 'now', 'now')")));
            other = start({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("invitees"), a});
            // The load goes on until the other program has the file open, and a moment longer.
            QTRY_VERIFY_WITH_TIMEOUT(hasOpen(other->processId(), db) || other->state() == QProcess::NotRunning, 30000);
            QTest::qWait(300);
            QVERIFY(q.exec(QStringLiteral("COMMIT")));
        }
        QVERIFY(other->state() == QProcess::NotRunning || other->waitForFinished(60000));
        const QString errors = QString::fromUtf8(other->readAllStandardError());
        QVERIFY2(other->exitCode() == 0, qPrintable(errors));
        QSqlQuery q(QSqlDatabase::database(Database::defaultConnectionName()));
        QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM invitees), (SELECT count(*) FROM events)")) && q.next());
        QCOMPARE(q.value(0).toInt(), 10);
        QCOMPARE(q.value(1).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        q.finish();
        Database::close();
    }

    // Another program holds the write lock past the busy timeout (5 s): the import gives up
    // with words a clerk understands, and writes nothing.
    void waitRunsOut()
    {
        const QString db = m_cli.path(QStringLiteral("held.db"));
        QCOMPARE(m_cli.run({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
        const QString a = makeFile(QStringLiteral("held.csv"), 10, 8000000000);
        QVERIFY(Database::open(db, Database::Mode::OpenExisting).ok());
        QSqlQuery q(QSqlDatabase::database(Database::defaultConnectionName()));
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        const CliResult r = m_cli.run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("invitees"), a});
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("The database is busy with another change; try again.")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("database is locked")), qPrintable(r.err));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM invitees")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish();
        Database::close();
    }
};

QTEST_GUILESS_MAIN(TestConcurrentImports)
#include "tst_concurrentimports.moc"
