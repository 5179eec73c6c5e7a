#include "clirunner.h"

#include <QFile>

// sammelan-cli invitees: one tab-separated line per invitee (id, name, enterprise, mobile,
// status), with the list's own search across scripts and the event's invitations only.
class TestInviteesCli : public QObject
{
    Q_OBJECT
    CliRunner m_cli;
    QString m_db;

    CliResult cli(const QStringList &args) { return m_cli.run(QStringList{QStringLiteral("--db"), m_db} + args); }
    static QStringList names(const QString &out)
    {
        QStringList found;
        for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            found << line.section(QLatin1Char('\t'), 1, 1);
        found.sort();
        return found;
    }

private slots:
    void initTestCase()
    {
        m_db = m_cli.path(QStringLiteral("list.db"));
        QCOMPARE(cli({QStringLiteral("init")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("events"), QStringLiteral("add"), QStringLiteral("Gorakhpur Export Conclave"),
                      QStringLiteral("--start"), QStringLiteral("2021-09-24")}).exitCode, 0);
        QFile f(m_cli.path(QStringLiteral("people.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("name,enterprise,mobile,status\n"
                               "गीता निषाद,निषाद टेराकोटा,9415000002,confirmed\n"
                               "राम प्रसाद श्रीवास्तव,Digital Looms,9415000001,invited\n"
                               "Neha Singh,Singh Yarns,9415000004,declined\n"
                               "Deepak Gupta,Gupta Medical,9415000005,\n").toUtf8());
        f.close();
        const CliResult r = cli({QStringLiteral("import"), QStringLiteral("invitees"), f.fileName(), QStringLiteral("--event"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("imported 4, updated 0, skipped 0, rejected 0"));
    }

    void everyone()
    {
        const CliResult r = cli({QStringLiteral("invitees")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        for (const QString &line : lines)
            QCOMPARE(line.count(QLatin1Char('\t')), 4); // id, name, enterprise, mobile, status
        QVERIFY(r.out.contains(QStringLiteral("\tगीता निषाद\tनिषाद टेराकोटा\t9415000002\t\n")));
    }

    void searchAcrossScripts_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("Geeta") << "Geeta" << QStringList{QStringLiteral("गीता निषाद")};
        QTest::newRow("Ram Prasad") << "Ram Prasad" << QStringList{QStringLiteral("राम प्रसाद श्रीवास्तव")};
        QTest::newRow("नेहा") << "नेहा" << QStringList{QStringLiteral("Neha Singh")};
        QTest::newRow("mobile") << "94150000" << QStringList{QStringLiteral("Deepak Gupta"), QStringLiteral("Neha Singh"),
                                                             QStringLiteral("गीता निषाद"), QStringLiteral("राम प्रसाद श्रीवास्तव")};
    }
    void searchAcrossScripts()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, expected);
        const CliResult r = cli({QStringLiteral("invitees"), QStringLiteral("--search"), search});
        QCOMPARE(r.exitCode, 0);
        expected.sort();
        QCOMPARE(names(r.out), expected);
    }

    void eventAndStatus()
    {
        // The event's invitations only (Deepak was never invited), with their status.
        CliResult r = cli({QStringLiteral("invitees"), QStringLiteral("--event"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(names(r.out).size(), 3);
        QVERIFY(r.out.contains(QStringLiteral("\tNeha Singh\tSingh Yarns\t9415000004\tdeclined\n")));
        r = cli({QStringLiteral("invitees"), QStringLiteral("--event"), QStringLiteral("1"), QStringLiteral("--status"),
                 QStringLiteral("invited,confirmed")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(names(r.out), (QStringList{QStringLiteral("गीता निषाद"), QStringLiteral("राम प्रसाद श्रीवास्तव")}));
        r = cli({QStringLiteral("invitees"), QStringLiteral("--event"), QStringLiteral("1"), QStringLiteral("--status"),
                 QStringLiteral("confirmed"), QStringLiteral("--search"), QStringLiteral("Nishad")});
        QCOMPARE(names(r.out), QStringList{QStringLiteral("गीता निषाद")});
    }

    void usageErrors()
    {
        QCOMPARE(cli({QStringLiteral("invitees"), QStringLiteral("--status"), QStringLiteral("invited")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("invitees"), QStringLiteral("--event"), QStringLiteral("1"), QStringLiteral("--status"),
                      QStringLiteral("maybe")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("invitees"), QStringLiteral("--event"), QStringLiteral("x")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("invitees"), QStringLiteral("--event"), QStringLiteral("9")}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestInviteesCli)
#include "tst_inviteescli.moc"
