#include "../cli/clirunner.h"
#include "checkin/checkinrepository.h"
#include "storage/database.h"
#include "events/eventrepository.h"
#include "invitees/invitationrepository.h"
#include "invitees/inviteelistquery.h"
#include "pdftools.h"
#include "report/badgereport.h"

#include <QFile>
#include <QLocale>
#include <QSqlQuery>

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
    // Every badge is noted when printed; tests that print badges start from none printed.
    void forgetPrintedBadges() const
    {
        QVERIFY(Database::open(m_db, Database::Mode::OpenExisting).ok());
        QSqlQuery q(QSqlDatabase::database(Database::defaultConnectionName()));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM badge_prints")));
        q.finish();
        Database::close();
    }

    QList<InviteeRow> rows(const QList<InvitationStatus> &statuses = {}) const
    {
        const auto opened = Database::open(m_db, Database::Mode::OpenExisting);
        if (!opened.ok())
            return {};
        InviteeFilter filter;
        filter.eventId = m_eventId.toLongLong();
        filter.statuses = statuses;
        const QList<InviteeRow> result = InviteeListQuery().list(filter);
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
                                              "[--lang en|hi] [--status invited,confirmed,...] [--day YYYY-MM-DD] "
                                              "[--counts-by-day]")));
        QVERIFY(r.out.contains(QStringLiteral("print badges OUT.pdf --event ID [--layout a6|8up] [--lang en|hi] "
                                              "[--status invited,confirmed,...] [--only-new]")));
        // What the new options do is said, not only that they exist.
        QVERIFY(r.out.contains(QStringLiteral("--day: the register for one day of an event of several days")));
        QVERIFY(r.out.contains(QStringLiteral("--only-new: only the badges not printed yet")));
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
        // The event's invitations, without the declined and those never invited.
        const QList<InviteeRow> listed = rows(InvitationStatuses::listedByDefault());
        QVERIFY(listed.size() > 100 && listed.size() < 200);
        QVERIFY2(r.out.contains(QStringLiteral("invitees: %1").arg(listed.size()))
                     || r.out.contains(QStringLiteral("आमंत्रित व्यक्ति: %1").arg(listed.size())), qPrintable(r.out));
        QVERIFY(PdfTools::pageCount(out) > 1);
        const QString text = PdfTools::text(out);
        QVERIFY(text.contains(title));
        // pdftotext gives back every name exactly as stored, Latin and Devanagari alike.
        int devanagari = 0;
        for (const InviteeRow &row : listed) {
            QVERIFY2(text.contains(row.name), qPrintable(row.name));
            QVERIFY(text.contains(row.mobile));
            devanagari += row.name.at(0).unicode() >= 0x900 ? 1 : 0;
        }
        QVERIFY(devanagari > 0);
        for (const InviteeRow &row : rows({InvitationStatus::Declined, InvitationStatus::NotInvited}))
            QVERIFY2(!text.contains(row.mobile), qPrintable(row.name));
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
        // "Wrote … (pages: P, badges: B)." in either language.
        const auto numbers = QRegularExpression(QStringLiteral("(\\d+)\\D+(\\d+)\\)")).match(r.out.section(out, 1));
        QVERIFY2(numbers.hasMatch(), qPrintable(r.out));
        QCOMPARE(numbers.captured(1).toInt(), pages);
        QCOMPARE(numbers.captured(2).toInt(), expected);
        forgetPrintedBadges();
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

    // A new event with five invitations: its list, register and badges hold those five, not
    // everyone in the database (they listed all 200).
    void anEventsListsHoldItsInvitationsOnly()
    {
        QList<qint64> invited;
        qint64 eventId = 0;
        {
            QVERIFY(Database::open(m_db, Database::Mode::OpenExisting).ok());
            Event e;
            e.nameEn = QStringLiteral("Buyer-Seller Meet");
            e.startDate = e.endDate = QDate(2021, 11, 5);
            eventId = EventRepository().insert(e);
            InvitationRepository invitations;
            InviteeListQuery listQuery;
            const QList<InviteeRow> all = listQuery.list(InviteeFilter());
            for (int i = 0; i < 5; ++i) {
                QVERIFY(invitations.setStatus(eventId, all.at(i * 7).id, i == 0 ? InvitationStatus::Confirmed : InvitationStatus::Invited));
                invited << all.at(i * 7).id;
            }
            Database::close();
        }
        const QString id = QString::number(eventId);
        for (const QString &layout : {QStringLiteral("list"), QStringLiteral("register"), QStringLiteral("by-sector")}) {
            const QString out = m_cli.path(QStringLiteral("five-%1.pdf").arg(layout));
            const CliResult r = print({out, QStringLiteral("--event"), id, QStringLiteral("--layout"), layout});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY2(r.out.contains(QStringLiteral("invitees: 5)")), qPrintable(r.out));
            QVERIFY(PdfTools::text(out).simplified().contains(QStringLiteral("Total invitees: 5")));
        }
        const QString badges = m_cli.path(QStringLiteral("five-badges.pdf"));
        const CliResult r = m_cli.run({QStringLiteral("--db"), m_db, QStringLiteral("print"), QStringLiteral("badges"), badges,
                                       QStringLiteral("--event"), id});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("badges: 5)")), qPrintable(r.out));
        QCOMPARE(PdfTools::pageCount(badges), 2);
        const QString text = PdfTools::text(badges);
        for (qint64 invitee : std::as_const(invited))
            QVERIFY(text.contains(QStringLiteral("SMN1-%1-%2-").arg(eventId).arg(invitee)));
        forgetPrintedBadges();
    }

    // print badges --status: only those statuses (and still only those who get a badge).
    void badgesByStatus()
    {
        const QString out = m_cli.path(QStringLiteral("confirmed-badges.pdf"));
        const CliResult r = m_cli.run({QStringLiteral("--db"), m_db, QStringLiteral("print"), QStringLiteral("badges"), out,
                                       QStringLiteral("--event"), m_eventId, QStringLiteral("--status"), QStringLiteral("confirmed")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<InviteeRow> confirmed = rows({InvitationStatus::Confirmed});
        QVERIFY(!confirmed.isEmpty());
        QVERIFY2(r.out.contains(QStringLiteral("badges: %1)").arg(confirmed.size())), qPrintable(r.out));
        const QString text = PdfTools::text(out);
        for (const InviteeRow &row : rows({InvitationStatus::Invited}))
            QVERIFY2(!text.contains(QStringLiteral("SMN1-%1-%2-").arg(m_eventId).arg(row.id)), qPrintable(row.name));
        forgetPrintedBadges();
        const CliResult bad = m_cli.run({QStringLiteral("--db"), m_db, QStringLiteral("print"), QStringLiteral("badges"),
                                         m_cli.path(QStringLiteral("bad.pdf")), QStringLiteral("--event"), m_eventId,
                                         QStringLiteral("--status"), QStringLiteral("maybe")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("Unknown status “maybe”")), qPrintable(bad.err));
        QVERIFY(!QFile::exists(m_cli.path(QStringLiteral("bad.pdf"))));
    }

    // Badges printed twice: the second time says how many were printed before and when, and
    // --only-new prints just the badges of those added since.
    void badgesPrintedTwiceWarnAndOnlyNew()
    {
        const QStringList base{QStringLiteral("--db"), m_db, QStringLiteral("print"), QStringLiteral("badges")};
        const QString first = m_cli.path(QStringLiteral("first.pdf"));
        CliResult r = m_cli.run(base + QStringList{first, QStringLiteral("--event"), m_eventId, QStringLiteral("--status"), QStringLiteral("confirmed")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("already printed")), qPrintable(r.err));
        const int confirmed = int(rows({InvitationStatus::Confirmed}).size());

        // Everyone expected, a day later: the confirmed ones' badges exist.
        const QString again = m_cli.path(QStringLiteral("again.pdf"));
        r = m_cli.run(base + QStringList{again, QStringLiteral("--event"), m_eventId});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString today = QLocale(QLocale::English).toString(QDate::currentDate(), QStringLiteral("d MMM"));
        QVERIFY2(r.err.contains(QStringLiteral("%1 of these badges were already printed (last on %2).").arg(confirmed).arg(today)),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("--only-new")));

        // Only the new: the badges of everyone expected but not confirmed, none printed before.
        QList<qint64> fresh;
        for (const InviteeRow &row : rows(InvitationStatuses::expected()))
            if (row.status != InvitationStatus::Confirmed)
                fresh << row.id;
        QVERIFY(!fresh.isEmpty());
        const QString onlyNew = m_cli.path(QStringLiteral("only-new.pdf"));
        // Everyone's badge is printed now, so first forget all but the confirmed ones'.
        {
            QVERIFY(Database::open(m_db, Database::Mode::OpenExisting).ok());
            QSqlQuery q(QSqlDatabase::database(Database::defaultConnectionName()));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM badge_prints WHERE invitee_id NOT IN"
                                          " (SELECT invitee_id FROM invitations WHERE status = 'confirmed' AND event_id = %1)")
                               .arg(m_eventId)));
            q.finish();
            Database::close();
        }
        r = m_cli.run(base + QStringList{onlyNew, QStringLiteral("--event"), m_eventId, QStringLiteral("--only-new"),
                                         QStringLiteral("--lang"), QStringLiteral("hi")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("%1").arg(confirmed)), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("--only-new")), qPrintable(r.err));
        QCOMPARE(PdfTools::pageCount(onlyNew), (int(fresh.size()) + 3) / 4);
        const QString text = PdfTools::text(onlyNew);
        for (qint64 id : std::as_const(fresh))
            QVERIFY(text.contains(QStringLiteral("SMN1-%1-%2-").arg(m_eventId).arg(id)));
        for (const InviteeRow &row : rows({InvitationStatus::Confirmed}))
            QVERIFY(!text.contains(QStringLiteral("SMN1-%1-%2-").arg(m_eventId).arg(row.id)));

        // Nothing left to print: said, and no file.
        const QString none = m_cli.path(QStringLiteral("none-new.pdf"));
        r = m_cli.run(base + QStringList{none, QStringLiteral("--event"), m_eventId, QStringLiteral("--only-new")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no new badges to print")), qPrintable(r.err));
        QVERIFY(!QFile::exists(none));
        forgetPrintedBadges();
    }

    // The register of one day of the conclave of two days says which day; the counts by day
    // follow the check-ins.
    void registerForADayAndCountsByDay()
    {
        qint64 lucknow = 0;
        int expected = 0;
        {
            QVERIFY(Database::open(m_db, Database::Mode::OpenExisting).ok());
            for (const Event &e : EventRepository().all())
                if (e.startDate == QDate(2021, 9, 21))
                    lucknow = e.id;
            QVERIFY(lucknow);
            InviteeFilter filter;
            filter.eventId = lucknow;
            // A few more guests than the demo invites to it.
            const QList<InviteeRow> all = InviteeListQuery().list(filter);
            for (int i = 0; i < 6; ++i)
                if (!InvitationStatuses::expected().contains(all.at(i * 11).status))
                    QVERIFY(InvitationRepository().setStatus(lucknow, all.at(i * 11).id, InvitationStatus::Invited));
            filter.statuses = InvitationStatuses::expected();
            const QList<InviteeRow> guests = InviteeListQuery().list(filter);
            expected = int(guests.size());
            QVERIFY(expected > 3);
            QSqlQuery q(QSqlDatabase::database(Database::defaultConnectionName()));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM checkins WHERE event_id = %1").arg(lucknow)));
            for (int i = 0; i < 3; ++i)
                QCOMPARE(CheckinRepository().insert(lucknow, guests.at(i).id, QDate(2021, 9, 22),
                                                    QDateTime(QDate(2021, 9, 22), QTime(10, i)), QString(), nullptr),
                         CheckinRepository::Result::Written);
            q.finish();
            Database::close();
        }
        const QString id = QString::number(lucknow);
        const QString out = m_cli.path(QStringLiteral("day2.pdf"));
        CliResult r = print({out, QStringLiteral("--event"), id, QStringLiteral("--layout"), QStringLiteral("register"),
                             QStringLiteral("--day"), QStringLiteral("2021-09-22"), QStringLiteral("--counts-by-day")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = PdfTools::text(out).simplified();
        QVERIFY2(text.contains(QStringLiteral("Day 2 of 2 · 22 September 2021")), qPrintable(text.left(600)));
        QVERIFY(text.contains(QStringLiteral("Counts by day (expected: %1)").arg(expected)));
        QVERIFY(text.contains(QStringLiteral("Day 1 of 2 · 21 September 2021: arrived 0 of %1 expected").arg(expected)));
        QVERIFY(text.contains(QStringLiteral("Day 2 of 2 · 22 September 2021: arrived 3 of %1 expected").arg(expected)));

        // In Hindi: the day's heading in Hindi.
        r = print({out, QStringLiteral("--event"), id, QStringLiteral("--layout"), QStringLiteral("register"),
                   QStringLiteral("--day"), QStringLiteral("2021-09-21"), QStringLiteral("--lang"), QStringLiteral("hi")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(PdfTools::text(out).contains(QStringLiteral("21 सितंबर 2021")));

        // A day that is not one of the event's, a date that is not one, --day on a list.
        r = print({m_cli.path(QStringLiteral("x.pdf")), QStringLiteral("--event"), id, QStringLiteral("--layout"),
                   QStringLiteral("register"), QStringLiteral("--day"), QStringLiteral("2021-09-23")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("2021-09-23 is not a day of event")), qPrintable(r.err));
        r = print({m_cli.path(QStringLiteral("x.pdf")), QStringLiteral("--event"), id, QStringLiteral("--layout"),
                   QStringLiteral("register"), QStringLiteral("--day"), QStringLiteral("22/09/2021")});
        QCOMPARE(r.exitCode, 2);
        r = print({m_cli.path(QStringLiteral("x.pdf")), QStringLiteral("--event"), id, QStringLiteral("--day"),
                   QStringLiteral("2021-09-22")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--layout register")));
        QVERIFY(!QFile::exists(m_cli.path(QStringLiteral("x.pdf"))));
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
