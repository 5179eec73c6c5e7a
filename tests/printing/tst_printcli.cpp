#include "../cli/clirunner.h"
#include "database.h"
#include "inviteerepository.h"
#include "pdftools.h"
#include "report/badgereport.h"

#include <QFile>

// sammelan-cli print invitees and print badges, run as the real program.
class TestPrintCli : public QObject
{
    Q_OBJECT
    CliRunner m_cli;
    QString m_db;
    QString m_eventId;

    CliResult print(const QStringList &args) const
    {
        return m_cli.run(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("print"), QStringLiteral("invitees")} + args);
    }

    // The names the list holds for the event (and statuses), read from the database itself.
    QList<InviteeRow> rows(const QList<InvitationStatus> &statuses = {}) const
    {
        const auto opened = Database::open(m_db, Database::Mode::OpenExisting);
        if (!opened.ok())
            return {};
        InviteeFilter filter;
        filter.eventId = m_eventId.toLongLong();
        filter.statuses = statuses;
        const QList<InviteeRow> result = InviteeRepository().list(filter);
        Database::close();
        return result;
    }

private slots:
    void initTestCase()
    {
        m_db = m_cli.path(QStringLiteral("dic.db"));
        QCOMPARE(m_cli.run({QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
        const CliResult events = m_cli.run({QStringLiteral("--db"), m_db, QStringLiteral("events")});
        for (const QString &line : events.out.split(QLatin1Char('\n')))
            if (line.contains(QStringLiteral("Gorakhpur Export Conclave")))
                m_eventId = line.section(QLatin1Char('\t'), 0, 0);
        QVERIFY(!m_eventId.isEmpty());
    }

    void help()
    {
        const CliResult r = m_cli.run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("print invitees OUT.pdf --event ID [--layout list|register|by-sector] "
                                              "[--lang en|hi] [--status invited,confirmed,...]")));
        QVERIFY(r.out.contains(QStringLiteral("print badges OUT.pdf --event ID [--layout a6|8up] [--lang en|hi]")));
    }

    void printsEveryName_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("title");
        QTest::newRow("list") << QStringList{} << QStringLiteral("Invitee list");
        QTest::newRow("register in Hindi") << QStringList{QStringLiteral("--layout"), QStringLiteral("register"),
                                                          QStringLiteral("--lang"), QStringLiteral("hi")}
                                           << QStringLiteral("उपस्थिति पंजिका");
        QTest::newRow("by sector in Hindi") << QStringList{QStringLiteral("--layout"), QStringLiteral("by-sector"),
                                                           QStringLiteral("--lang"), QStringLiteral("hi")}
                                            << QStringLiteral("क्षेत्रवार आमंत्रित व्यक्ति");
    }
    void printsEveryName()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, title);
        const QString out = m_cli.path(QStringLiteral("out.pdf"));
        const CliResult r = print(QStringList{out, QStringLiteral("--event"), m_eventId} + options);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("200")));
        QVERIFY(PdfTools::pageCount(out) > 1);
        const QString text = PdfTools::text(out);
        QVERIFY(text.contains(title));
        // pdftotext gives back every name exactly as stored, Latin and Devanagari alike.
        const QList<InviteeRow> all = rows();
        QCOMPARE(all.size(), 200);
        int devanagari = 0;
        for (const InviteeRow &row : all) {
            QVERIFY2(text.contains(row.name), qPrintable(row.name));
            QVERIFY(text.contains(row.mobile));
            devanagari += row.name.at(0).unicode() >= 0x900 ? 1 : 0;
        }
        QCOMPARE(devanagari, 100);
    }

    void statusFilter()
    {
        const QString out = m_cli.path(QStringLiteral("confirmed.pdf"));
        const CliResult r = print({out, QStringLiteral("--event"), m_eventId, QStringLiteral("--status"),
                                   QStringLiteral("confirmed,not-invited")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const int expected = int(rows({InvitationStatus::Confirmed, InvitationStatus::NotInvited}).size());
        QVERIFY(expected > 0 && expected < 200);
        const QString text = PdfTools::text(out).simplified();
        QVERIFY(text.contains(QStringLiteral("Total invitees: %1").arg(expected)));
        QVERIFY(text.contains(QStringLiteral("Status: not yet invited, confirmed")));
        QVERIFY(!text.contains(QStringLiteral("Declined")));
    }

    void failuresWriteNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        const QString out = QStringLiteral("x.pdf");
        QTest::newRow("no file") << QStringList{QStringLiteral("--event"), QStringLiteral("2")} << 2;
        QTest::newRow("two files") << QStringList{out, QStringLiteral("y.pdf"), QStringLiteral("--event"), QStringLiteral("2")} << 2;
        QTest::newRow("no event") << QStringList{out} << 2;
        QTest::newRow("event not a number") << QStringList{out, QStringLiteral("--event"), QStringLiteral("Gorakhpur")} << 2;
        QTest::newRow("unknown layout") << QStringList{out, QStringLiteral("--event"), QStringLiteral("2"),
                                                       QStringLiteral("--layout"), QStringLiteral("poster")} << 2;
        QTest::newRow("unknown language") << QStringList{out, QStringLiteral("--event"), QStringLiteral("2"),
                                                         QStringLiteral("--lang"), QStringLiteral("ta")} << 2;
        QTest::newRow("unknown status") << QStringList{out, QStringLiteral("--event"), QStringLiteral("2"),
                                                       QStringLiteral("--status"), QStringLiteral("confirmed,maybe")} << 2;
        QTest::newRow("unknown option") << QStringList{out, QStringLiteral("--event"), QStringLiteral("2"),
                                                       QStringLiteral("--colour")} << 2;
        QTest::newRow("unknown event") << QStringList{out, QStringLiteral("--event"), QStringLiteral("999")} << 1;
        QTest::newRow("folder missing") << QStringList{QStringLiteral("no/such/folder/x.pdf"), QStringLiteral("--event"),
                                                       QStringLiteral("2")} << 1;
    }
    void failuresWriteNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        if (args.contains(QStringLiteral("2")))
            args.replace(args.indexOf(QStringLiteral("2")), m_eventId);
        const CliResult r = print(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(QStringLiteral("sammelan-cli: ")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(m_cli.path(QStringLiteral("x.pdf"))));
        QVERIFY(!QFile::exists(m_cli.path(QStringLiteral("no/such/folder/x.pdf"))));
    }

    void failureKeepsTheOldFile()
    {
        const QString out = m_cli.path(QStringLiteral("keep.pdf"));
        QVERIFY(print({out, QStringLiteral("--event"), m_eventId}).exitCode == 0);
        const QByteArray before = [&] { QFile f(out); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        QCOMPARE(print({out, QStringLiteral("--event"), QStringLiteral("999")}).exitCode, 1);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void badges_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("perSheet");
        QTest::addColumn<QString>("stallWord");
        QTest::newRow("a6") << QStringList{} << 4 << QStringLiteral("Stall ");
        QTest::newRow("8up in Hindi") << QStringList{QStringLiteral("--layout"), QStringLiteral("8up"), QStringLiteral("--lang"),
                                                     QStringLiteral("hi")}
                                      << 8 << QStringLiteral("स्टॉल ");
    }
    void badges()
    {
        QFETCH(QStringList, options);
        QFETCH(int, perSheet);
        QFETCH(QString, stallWord);
        const QString out = m_cli.path(QStringLiteral("badges.pdf"));
        const CliResult r = m_cli.run(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("print"), QStringLiteral("badges"),
                                                  out, QStringLiteral("--event"), m_eventId}
                                      + options);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        int expected = 0;
        QStringList names;
        for (const InviteeRow &row : rows())
            if (BadgeReport::getsBadge(row.status)) {
                ++expected;
                names << row.name;
            }
        QVERIFY(expected > 0 && expected < 200);
        const int pages = (expected + perSheet - 1) / perSheet;
        QCOMPARE(PdfTools::pageCount(out), pages);
        // "Wrote … (pages: P, badges: B, without a badge (not invited or declined): S)." in either language.
        const auto numbers = QRegularExpression(QStringLiteral("(\\d+)\\D+(\\d+)\\D+(\\d+)\\)")).match(r.out.section(out, 1));
        QVERIFY2(numbers.hasMatch(), qPrintable(r.out));
        QCOMPARE(numbers.captured(1).toInt(), pages);
        QCOMPARE(numbers.captured(2).toInt(), expected);
        QCOMPARE(numbers.captured(3).toInt(), 200 - expected);
        const QString text = PdfTools::text(out);
        for (const QString &name : std::as_const(names))
            QVERIFY2(text.contains(name), qPrintable(name));
        QVERIFY(text.contains(stallWord));
        QVERIFY(text.contains(QStringLiteral("SMN1-%1-").arg(m_eventId)));
    }

    void badgeFailures()
    {
        const QString out = m_cli.path(QStringLiteral("nobadges.pdf"));
        const QStringList base{QStringLiteral("--db"), m_db, QStringLiteral("print"), QStringLiteral("badges"), out};
        CliResult r = m_cli.run(base + QStringList{QStringLiteral("--event"), m_eventId, QStringLiteral("--layout"),
                                                   QStringLiteral("poster")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("a6 or 8up")));
        r = m_cli.run(base + QStringList{QStringLiteral("--event"), QStringLiteral("999")});
        QCOMPARE(r.exitCode, 1);
        r = m_cli.run(base);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(out));
    }

    void missingDatabase()
    {
        const CliResult r = m_cli.run({QStringLiteral("--db"), m_cli.path(QStringLiteral("none.db")), QStringLiteral("print"),
                                       QStringLiteral("invitees"), m_cli.path(QStringLiteral("x.pdf")),
                                       QStringLiteral("--event"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(m_cli.path(QStringLiteral("none.db"))));
        QVERIFY(!QFile::exists(m_cli.path(QStringLiteral("x.pdf"))));
    }
};

QTEST_GUILESS_MAIN(TestPrintCli)
#include "tst_printcli.moc"
