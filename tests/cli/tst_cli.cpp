#include "clirunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <unistd.h>

namespace {
QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void helpAndVersion()
    {
        CliRunner cli;
        auto r = cli.run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *command : {"init", "check", "backup", "copy NEW.db|postgresql://", "events", "events add"})
            QVERIFY2(r.out.contains(QLatin1String(command)), qPrintable(r.out));
        r = cli.run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QLatin1String("sammelan-cli ")));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("--db without file") << QStringList{QStringLiteral("--db")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("init"), QStringLiteral("--bogus")};
        QTest::newRow("backup without file") << QStringList{QStringLiteral("backup")};
        QTest::newRow("copy without target") << QStringList{QStringLiteral("copy")};
        QTest::newRow("copy to two targets")
            << QStringList{QStringLiteral("copy"), QStringLiteral("a.db"), QStringLiteral("b.db")};
        QTest::newRow("events add without start")
            << QStringList{QStringLiteral("events"), QStringLiteral("add"), QStringLiteral("Conclave")};
        QTest::newRow("events add bad date")
            << QStringList{QStringLiteral("events"), QStringLiteral("add"), QStringLiteral("Conclave"),
                           QStringLiteral("--start"), QStringLiteral("24-09-2021")};
        QTest::newRow("events add without name")
            << QStringList{QStringLiteral("events"), QStringLiteral("add"), QStringLiteral("--start"),
                           QStringLiteral("2021-09-24")};
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        CliRunner cli;
        const auto r = cli.run(QStringList{QStringLiteral("--db"), cli.path(QStringLiteral("x.db"))} + args);
        QCOMPARE(r.exitCode, args.value(0) == QLatin1String("--db") ? 2 : 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(cli.path(QStringLiteral("x.db")))); // nothing written
    }

    void initEventsAndCheck()
    {
        CliRunner cli;
        const QString db = cli.path(QStringLiteral("dic.db"));
        auto r = cli.run({QStringLiteral("--db"), db, QStringLiteral("init")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(db));
        r = cli.run({QStringLiteral("--db"), db, QStringLiteral("events")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QString());

        r = cli.run({QStringLiteral("--db"), db, QStringLiteral("events"), QStringLiteral("add"),
                     QStringLiteral("Gorakhpur Export Conclave"), QStringLiteral("--start"),
                     QStringLiteral("2021-09-24"), QStringLiteral("--venue"), QStringLiteral("Nathmalpur")});
        QCOMPARE(r.exitCode, 0);
        const QString firstId = r.out.trimmed();
        QCOMPARE(firstId, QStringLiteral("1"));
        r = cli.run({QStringLiteral("--db"), db, QStringLiteral("events"), QStringLiteral("add"),
                     QStringLiteral("State Export Conclave, Lucknow"), QStringLiteral("--start"),
                     QStringLiteral("2021-09-21"), QStringLiteral("--end"), QStringLiteral("2021-09-22")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("2"));

        // End before start: a failure (1) with a message, nothing added.
        r = cli.run({QStringLiteral("--db"), db, QStringLiteral("events"), QStringLiteral("add"),
                     QStringLiteral("Backwards"), QStringLiteral("--start"), QStringLiteral("2021-09-22"),
                     QStringLiteral("--end"), QStringLiteral("2021-09-21")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());

        r = cli.run({QStringLiteral("--db"), db, QStringLiteral("events")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("1\t2021-09-24\tGorakhpur Export Conclave\n"
                                       "2\t2021-09-21\tState Export Conclave, Lucknow\n"));

        r = cli.run({QStringLiteral("--db"), db, QStringLiteral("check")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("ok"));
    }

    void hindiEventName()
    {
        CliRunner cli;
        const QString db = cli.path(QStringLiteral("hi.db"));
        QCOMPARE(cli.run({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
        auto r = cli.run({QStringLiteral("--db"), db, QStringLiteral("events"), QStringLiteral("add"),
                          QStringLiteral("निर्यात सम्मेलन"), QStringLiteral("--start"), QStringLiteral("2021-09-24")});
        QCOMPARE(r.exitCode, 0);
        r = cli.run({QStringLiteral("--db"), db, QStringLiteral("events")});
        QCOMPARE(r.out, QStringLiteral("1\t2021-09-24\tनिर्यात सम्मेलन\n"));
    }

    // The same event typed twice (same name, any case; same first day): added, with a warning
    // that names the other one. Another day or another name: no warning.
    void sameEventTwiceWarns()
    {
        CliRunner cli;
        const QString db = cli.path(QStringLiteral("twice.db"));
        QCOMPARE(cli.run({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
        auto add = [&](const QString &name, const QString &start) {
            return cli.run({QStringLiteral("--db"), db, QStringLiteral("events"), QStringLiteral("add"), name,
                            QStringLiteral("--start"), start});
        };
        CliResult r = add(QStringLiteral("Gorakhpur Export Conclave"), QStringLiteral("2021-09-24"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.err.contains(QStringLiteral("warning:")), qPrintable(r.err));
        r = add(QStringLiteral("gorakhpur export  conclave"), QStringLiteral("2021-09-24"));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("2"));
        QVERIFY2(r.err.contains(QStringLiteral("warning: event 1")), qPrintable(r.err));
        r = add(QStringLiteral("Gorakhpur Export Conclave"), QStringLiteral("2022-09-24"));
        QVERIFY2(!r.err.contains(QStringLiteral("warning:")), qPrintable(r.err));
    }

    void initDemo()
    {
        CliRunner cli;
        const QString db = cli.path(QStringLiteral("demo.db"));
        auto r = cli.run({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("demo")));
        r = cli.run({QStringLiteral("--db"), db, QStringLiteral("events")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).endsWith(QLatin1String("\t2021-09-24\tGorakhpur Export Conclave")));
        QVERIFY(lines.at(1).endsWith(QLatin1String("\t2021-09-21\tState Export Conclave, Lucknow")));
        // A second --demo adds nothing.
        r = cli.run({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(cli.run({QStringLiteral("--db"), db, QStringLiteral("events")}).out.count(QLatin1Char('\n')), 2);
        QCOMPARE(cli.run({QStringLiteral("--db"), db, QStringLiteral("check")}).exitCode, 0);
    }

    void defaultDatabaseIsTheDesktopOne()
    {
        CliRunner cli;
        QCOMPARE(cli.run({QStringLiteral("init")}).exitCode, 0);
        // AppDataLocation of the app "sammelan" under the test's XDG_DATA_HOME.
        QVERIFY(QFile::exists(cli.path(QStringLiteral("data/sammelan/sammelan/sammelan.db"))));
        QCOMPARE(cli.run({QStringLiteral("events")}).exitCode, 0);
    }

    void missingDatabaseFails()
    {
        CliRunner cli;
        const QString db = cli.path(QStringLiteral("nowhere.db"));
        for (const char *command : {"check", "events"}) {
            const auto r = cli.run({QStringLiteral("--db"), db, QLatin1String(command)});
            QCOMPARE(r.exitCode, 1);
            QVERIFY(r.err.contains(db));
            QVERIFY(!QFile::exists(db));
        }
    }

    void badFilesFailUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("csv") << QByteArray("name,mobile\nA,9876543210\n");
        QTest::newRow("sqlite header then junk") << QByteArray("SQLite format 3\0", 16) + QByteArray(5000, 'x');
    }
    void badFilesFailUntouched()
    {
        QFETCH(QByteArray, content);
        CliRunner cli;
        const QString db = cli.path(QStringLiteral("bad.db"));
        {
            QFile f(db);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const QByteArray before = digest(db);
        for (const char *command : {"check", "events", "init"}) {
            const auto r = cli.run({QStringLiteral("--db"), db, QLatin1String(command)});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QLatin1String("sammelan-cli: ")), qPrintable(r.err));
        }
        QCOMPARE(digest(db), before);
        QCOMPARE(QDir(cli.home()).entryList(QStringList{QStringLiteral("bad.db*")}, QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("bad.db")});
    }

    void backupRoundTrip()
    {
        CliRunner cli;
        const QString db = cli.path(QStringLiteral("main.db"));
        QCOMPARE(cli.run({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
        const QString copy = cli.path(QStringLiteral("copy.db"));
        auto r = cli.run({QStringLiteral("--db"), db, QStringLiteral("backup"), copy});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(cli.run({QStringLiteral("--db"), copy, QStringLiteral("check")}).exitCode, 0);
        QCOMPARE(cli.run({QStringLiteral("--db"), copy, QStringLiteral("events")}).out,
                 cli.run({QStringLiteral("--db"), db, QStringLiteral("events")}).out);
        // Never overwrites.
        const QByteArray before = digest(copy);
        r = cli.run({QStringLiteral("--db"), db, QStringLiteral("backup"), copy});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(digest(copy), before);
    }

    void unwritableFileFailsUntouched()
    {
        CliRunner cli;
        const QString db = cli.path(QStringLiteral("ro.db"));
        QCOMPARE(cli.run({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
        QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        QStringList prefix;
        if (geteuid() == 0) {
            // Root writes anything; run as "nobody" to meet a file it really cannot write.
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            if (setpriv.isEmpty())
                QSKIP("setpriv (util-linux) is needed to drop root for this test");
            prefix = {setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                      QStringLiteral("--clear-groups")};
            QFile::setPermissions(cli.home(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                  | QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup
                                                  | QFile::ExeGroup);
            // The binary's folders must be reachable for nobody as well.
            if (!QFileInfo(QStringLiteral(SAMMELAN_CLI_PATH)).isReadable())
                QSKIP("the build folder is not readable for an unprivileged user");
        }
        const QByteArray before = digest(db);
        const auto r = cli.run({QStringLiteral("--db"), db, QStringLiteral("events")},
                               QStringLiteral(SAMMELAN_CLI_PATH), prefix);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("cannot be written")), qPrintable(r.err));
        QCOMPARE(digest(db), before);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
