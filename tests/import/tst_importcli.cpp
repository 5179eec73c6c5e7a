#include "clirunner.h"

#include <QFile>

namespace {
const QString Shared = QStringLiteral(SAMMELAN_TEST_DATA "/shared/");

QString writeFile(const CliRunner &cli, const QString &name, const QByteArray &content)
{
    QFile f(cli.path(name));
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write test file");
    f.write(content);
    return f.fileName();
}
} // namespace

// The contract of `sammelan-cli import invitees` and `export invitees`: one summary line, exit
// codes, rejects file.
class TestImportCli : public QObject
{
    Q_OBJECT
private slots:
    void importSharedSamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("csv") << "invitees-sample.csv";
        QTest::newRow("xlsx") << "invitees-sample.xlsx";
        QTest::newRow("unicode text") << "invitees-sample-unicode.txt";
    }
    void importSharedSamples()
    {
        QFETCH(QString, file);
        CliRunner cli;
        const QString db = cli.path(QStringLiteral("dic.db"));
        QCOMPARE(cli.run({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
        QCOMPARE(cli.run({QStringLiteral("--db"), db, QStringLiteral("events"), QStringLiteral("add"),
                          QStringLiteral("Conclave"), QStringLiteral("--start"), QStringLiteral("2021-09-24")}).exitCode, 0);
        const QString rejects = cli.path(QStringLiteral("rejects.csv"));
        auto r = cli.run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("invitees"),
                          Shared + file, QStringLiteral("--event"), QStringLiteral("1"),
                          QStringLiteral("--rejects"), rejects});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("imported 5, updated 0, skipped 0, rejected 1\n"));
        QFile f(rejects);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xef\xbb\xbf")); // UTF-8 BOM, so Excel shows the Hindi
        const QString text = QString::fromUtf8(bytes);
        QVERIFY(text.contains(QLatin1String("Amit Gupta")));
        QVERIFY(text.section(QLatin1Char('\n'), 0, 0).trimmed().endsWith(QLatin1String(",reason")));
        // Again: all duplicates; without --rejects the rejected row is told on stderr.
        r = cli.run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("invitees"), Shared + file});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("imported 0, updated 0, skipped 5, rejected 1\n"));
        QVERIFY(r.err.contains(QLatin1String("row 7")));
        r = cli.run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("invitees"), Shared + file,
                     QStringLiteral("--on-duplicate"), QStringLiteral("update")});
        QCOMPARE(r.out, QStringLiteral("imported 0, updated 5, skipped 0, rejected 1\n"));
    }

    void failuresExitOne_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("no name column") << QByteArray("mobile,email\n9876543210,a@example.in\n") << "name";
        QTest::newRow("not a table") << QByteArray("\x00\x01\x02\x03", 4) << "text table";
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("not utf-8") << QByteArray("name,mobile\nJos\xe9,9876543210\n") << "UTF-8";
    }
    void failuresExitOne()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        CliRunner cli;
        const QString db = cli.path(QStringLiteral("dic.db"));
        QCOMPARE(cli.run({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
        const QString file = writeFile(cli, QStringLiteral("in.csv"), content);
        const auto r = cli.run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("invitees"), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void missingFileAndUsage()
    {
        CliRunner cli;
        const QString db = cli.path(QStringLiteral("dic.db"));
        QCOMPARE(cli.run({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
        auto r = cli.run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("invitees"),
                          cli.path(QStringLiteral("nowhere.csv"))});
        QCOMPARE(r.exitCode, 1);
        r = cli.run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("invitees")});
        QCOMPARE(r.exitCode, 2);
        r = cli.run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("invitees"),
                     Shared + QStringLiteral("invitees-sample.csv"), QStringLiteral("--on-duplicate"), QStringLiteral("merge")});
        QCOMPARE(r.exitCode, 2);
        r = cli.run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("invitees"),
                     Shared + QStringLiteral("invitees-sample.csv"), QStringLiteral("--event"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 2);
        r = cli.run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("invitees"),
                     Shared + QStringLiteral("invitees-sample.csv"), QStringLiteral("--event"), QStringLiteral("42")});
        QCOMPARE(r.exitCode, 1); // no such event: nothing imported
        QCOMPARE(cli.run({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("invitees"),
                          cli.path(QStringLiteral("x.csv"))}).out,
                 QStringLiteral("exported 0 invitees to %1\n").arg(cli.path(QStringLiteral("x.csv"))));
    }

    void exportRoundTrip()
    {
        CliRunner cli;
        const QString db = cli.path(QStringLiteral("demo.db"));
        QCOMPARE(cli.run({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
        for (const QString &name : {QStringLiteral("list.csv"), QStringLiteral("list.xlsx")}) {
            const QString out = cli.path(name);
            auto r = cli.run({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("invitees"), out,
                              QStringLiteral("--event"), QStringLiteral("2")});
            QCOMPARE(r.exitCode, 0);
            const QString fresh = cli.path(QStringLiteral("fresh-") + name + QStringLiteral(".db"));
            QCOMPARE(cli.run({QStringLiteral("--db"), fresh, QStringLiteral("init")}).exitCode, 0);
            r = cli.run({QStringLiteral("--db"), fresh, QStringLiteral("import"), QStringLiteral("invitees"), out});
            QCOMPARE(r.out, QStringLiteral("imported 200, updated 0, skipped 0, rejected 0\n"));
        }
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
