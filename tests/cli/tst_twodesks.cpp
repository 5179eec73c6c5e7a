#include "checkin/checkinrepository.h"
#include "storage/conflictresolver.h"
#include "events/eventrepository.h"
#include "invitees/inviteecommands.h"
#include "invitees/invitationrepository.h"
#include "invitees/inviteerepository.h"
#include "text/languagemanager.h"
#include "stalls/stallrepository.h"
#include "storage/changelog.h"
#include "testdb.h"
#include "twodesks.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

// Two processes on one database (both back-ends): desks running sammelan-cli at the same moment,
// and this process as a desk with an undo stack. Whatever order the processes happen to run in,
// exactly one check-in says "Welcome", exactly one allotment or edit wins, and the other is told
// which desk got there first; nothing is overwritten silently.
class TestTwoDesks : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    std::unique_ptr<TestDb> m_db;
    qint64 m_event = 0;
    qint64 m_geeta = 0;
    qint64 m_ramesh = 0;
    QList<ConflictNotice> m_asked;

    // A desk's sammelan-cli: its own settings (the desk's name) and login.
    QProcess *start(const QString &desk, const QString &login, const QStringList &args)
    {
        const QString config = m_home.filePath(desk + QStringLiteral("/config"));
        QDir().mkpath(config + QStringLiteral("/sammelan"));
        QFile settings(config + QStringLiteral("/sammelan/sammelan.conf"));
        if (!settings.open(QIODevice::WriteOnly))
            qFatal("cannot write the desk's settings");
        settings.write("[desk]\nname=" + desk.toUtf8() + "\n\n[ui]\nlanguage=en\n");
        settings.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.filePath(desk));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(desk + QStringLiteral("/data")));
        env.insert(QStringLiteral("USER"), login);
        env.remove(QStringLiteral("LOGNAME"));
        auto *p = new QProcess(this);
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(SAMMELAN_CLI_PATH), QStringList{QStringLiteral("--db"), m_db->path} + args);
        return p;
    }
    struct Ran {
        int code = -1;
        QString out;
        QString err;
    };
    static Ran finish(QProcess *p)
    {
        Ran r;
        if (p->waitForFinished(120000) && p->exitStatus() == QProcess::NormalExit)
            r.code = p->exitCode();
        r.out = QString::fromUtf8(p->readAllStandardOutput());
        r.err = QString::fromUtf8(p->readAllStandardError());
        p->deleteLater();
        return r;
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("me/config")).toUtf8());
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
        ConflictResolver::setHandler([this](const ConflictNotice &notice) {
            m_asked << notice;
            return ConflictResolver::Choice::Reload;
        });
    }
    void init()
    {
        m_asked.clear();
        m_db = std::make_unique<TestDb>();
        deskOne().act();
        Event e;
        e.nameEn = QStringLiteral("Gorakhpur Export Conclave");
        e.startDate = e.endDate = QDate::currentDate();
        m_event = EventRepository().insert(e);
        InviteeRepository invitees;
        InvitationRepository invitations;
        Invitee geeta;
        geeta.name = QStringLiteral("Geeta Nishad");
        geeta.mobile = QStringLiteral("9812345678");
        m_geeta = invitees.insert(geeta);
        Invitee ramesh;
        ramesh.name = QStringLiteral("Ramesh Chandra");
        ramesh.mobile = QStringLiteral("9415000001");
        m_ramesh = invitees.insert(ramesh);
        QVERIFY(invitations.setStatus(m_event, m_geeta, InvitationStatus::Confirmed));
        QVERIFY(invitations.setStatus(m_event, m_ramesh, InvitationStatus::Confirmed));
        StallRepository stalls;
        QVERIFY(stalls.setHall(Hall{0, m_event, QStringLiteral("Hall A"), 40, 25, 0}));
        Stall s;
        s.eventId = m_event;
        s.code = QStringLiteral("B-07");
        QVERIFY(stalls.insert(s));
    }
    void cleanup() { m_db.reset(); }

    void twoDesksCheckInOneGuestAtOnce()
    {
        const QStringList args{QStringLiteral("checkin"), QString::number(m_geeta), QStringLiteral("--event"),
                               QString::number(m_event)};
        QProcess *two = start(QStringLiteral("Desk 2"), QStringLiteral("anil"), args);
        QProcess *three = start(QStringLiteral("Desk 3"), QStringLiteral("sunita"), args);
        const Ran a = finish(two);
        const Ran b = finish(three);
        QVERIFY2(a.code == 0 || b.code == 0, qPrintable(a.err + b.err));
        QVERIFY2(a.code == 1 || b.code == 1, qPrintable(a.out + b.out));
        const Ran &welcomed = a.code == 0 ? a : b;
        const Ran &refused = a.code == 0 ? b : a;
        const QString winner = a.code == 0 ? QStringLiteral("Desk 2") : QStringLiteral("Desk 3");
        QVERIFY2(welcomed.out.startsWith(QStringLiteral("Welcome, Geeta Nishad: checked in at ")), qPrintable(welcomed.out));
        // "Already checked in at 10:02 (desk: Desk 2)": the winner's time and desk.
        const auto checkin = CheckinRepository().find(m_event, m_geeta, QDate::currentDate());
        QVERIFY(checkin);
        QCOMPARE(checkin->desk, winner);
        QCOMPARE(refused.out.trimmed(), QStringLiteral("Geeta Nishad: already checked in at %1 (desk: %2).")
                                            .arg(checkin->at.toString(QStringLiteral("HH:mm")), winner));
        QCOMPARE(CheckinRepository().count(m_event, QDate::currentDate()), 1);
        QCOMPARE(InvitationRepository().status(m_event, m_geeta), InvitationStatus::Attended);
    }

    void twoDesksAllotOneStallAtOnce()
    {
        // Both desks saw the stall free (version 1).
        QProcess *two = start(QStringLiteral("Desk 2"), QStringLiteral("anil"),
                              {QStringLiteral("stalls"), QStringLiteral("allot"), QStringLiteral("B-07"),
                               QString::number(m_geeta), QStringLiteral("--event"), QString::number(m_event),
                               QStringLiteral("--seen"), QStringLiteral("1")});
        QProcess *three = start(QStringLiteral("Desk 3"), QStringLiteral("sunita"),
                                {QStringLiteral("stalls"), QStringLiteral("allot"), QStringLiteral("B-07"),
                                 QString::number(m_ramesh), QStringLiteral("--event"), QString::number(m_event),
                                 QStringLiteral("--seen"), QStringLiteral("1")});
        const Ran a = finish(two);
        const Ran b = finish(three);
        QVERIFY2((a.code == 0) != (b.code == 0), qPrintable(a.out + a.err + b.out + b.err));
        const bool twoWon = a.code == 0;
        const Ran &lost = twoWon ? b : a;
        QCOMPARE(lost.code, 1);
        const Stall stall = StallRepository().stalls(m_event).constFirst();
        QCOMPARE(stall.inviteeId, twoWon ? m_geeta : m_ramesh);
        QCOMPARE(stall.version, 2);
        // The loser is told who got it and at which desk.
        const QString winnerDesk = twoWon ? QStringLiteral("Desk 2") : QStringLiteral("Desk 3");
        const QString winnerLogin = TestDb::onServer() ? QUrl(TestDb::serverUrl()).userName()
                                                       : (twoWon ? QStringLiteral("anil") : QStringLiteral("sunita"));
        QVERIFY2(lost.err.contains(QStringLiteral("%1 at %2 changed stall B-07 at ").arg(winnerLogin, winnerDesk)),
                 qPrintable(lost.err));
        QVERIFY2(lost.err.contains(twoWon ? QStringLiteral("Geeta Nishad") : QStringLiteral("Ramesh Chandra")),
                 qPrintable(lost.err));
    }

    void twoDesksEditOneInviteeAtOnce()
    {
        QProcess *two = start(QStringLiteral("Desk 2"), QStringLiteral("anil"),
                              {QStringLiteral("invitees"), QStringLiteral("edit"), QString::number(m_geeta),
                               QStringLiteral("--set"), QStringLiteral("mobile=9712345678"), QStringLiteral("--seen"),
                               QStringLiteral("1")});
        QProcess *three = start(QStringLiteral("Desk 3"), QStringLiteral("sunita"),
                                {QStringLiteral("invitees"), QStringLiteral("edit"), QString::number(m_geeta),
                                 QStringLiteral("--set"), QStringLiteral("email=geeta@example.in"),
                                 QStringLiteral("--seen"), QStringLiteral("1")});
        const Ran a = finish(two);
        const Ran b = finish(three);
        QVERIFY2((a.code == 0) != (b.code == 0), qPrintable(a.out + a.err + b.out + b.err));
        const Invitee now = *InviteeRepository().find(m_geeta);
        QCOMPARE(now.version, 2);
        // Exactly one of the two changes is there; the other was not written over it.
        if (a.code == 0) {
            QCOMPARE(now.mobile, QStringLiteral("9712345678"));
            QCOMPARE(now.email, QString());
            QVERIFY2(b.err.contains(QStringLiteral("at Desk 2 changed the invitee Geeta Nishad")), qPrintable(b.err));
        } else {
            QCOMPARE(now.mobile, QStringLiteral("9812345678"));
            QCOMPARE(now.email, QStringLiteral("geeta@example.in"));
            QVERIFY2(a.err.contains(QStringLiteral("at Desk 3 changed the invitee Geeta Nishad")), qPrintable(a.err));
        }
        // Keep mine from the command line: over the version now.
        const Ran kept = finish(start(QStringLiteral("Desk 2"), QStringLiteral("anil"),
                                      {QStringLiteral("invitees"), QStringLiteral("edit"), QString::number(m_geeta),
                                       QStringLiteral("--set"), QStringLiteral("pin=273001"), QStringLiteral("--seen"),
                                       QStringLiteral("2")}));
        QCOMPARE(kept.code, 0);
        QCOMPARE(InviteeRepository().find(m_geeta)->version, 3);
        QCOMPARE(InviteeRepository().find(m_geeta)->pin, QStringLiteral("273001"));
    }

    void anUndoHereOverAnEditThereIsRefused()
    {
        // This desk edits, the other desk's process edits the same invitee, this desk undoes.
        deskOne().act();
        QUndoStack stack;
        const Invitee before = *InviteeRepository().find(m_geeta);
        Invitee after = before;
        after.designation = QStringLiteral("Proprietor");
        stack.push(new EditInviteeCommand(Database::defaultConnectionName(), before, after));
        QCOMPARE(stack.count(), 1);
        const Ran there = finish(start(QStringLiteral("Desk 2"), QStringLiteral("anil"),
                                       {QStringLiteral("invitees"), QStringLiteral("edit"), QString::number(m_geeta),
                                        QStringLiteral("--set"), QStringLiteral("mobile=9712345678")}));
        QCOMPARE(there.code, 0);
        stack.undo();
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(m_asked.constFirst().changed.desk, QStringLiteral("Desk 2"));
        QVERIFY2(m_asked.constFirst().message().contains(QStringLiteral("mobile 9812345678 → 9712345678")),
                 qPrintable(m_asked.constFirst().message()));
        const Invitee now = *InviteeRepository().find(m_geeta);
        QCOMPARE(now.designation, QStringLiteral("Proprietor")); // not undone over their change
        QCOMPARE(now.mobile, QStringLiteral("9712345678"));
        QCOMPARE(stack.count(), 0);

        // The other desk deletes it; an edit here is refused, naming the desk that deleted it.
        const Ran deleted = finish(start(QStringLiteral("Desk 2"), QStringLiteral("anil"),
                                         {QStringLiteral("invitees"), QStringLiteral("delete"), QString::number(m_geeta)}));
        QCOMPARE(deleted.code, 0);
        Invitee stale = now;
        stale.notes = QStringLiteral("VIP");
        QVERIFY(!pushKept(&stack, new EditInviteeCommand(Database::defaultConnectionName(), now, stale)));
        QCOMPARE(m_asked.size(), 2);
        QVERIFY(m_asked.constLast().deleted);
        QVERIFY2(m_asked.constLast().message().contains(QStringLiteral("at Desk 2 deleted the invitee Geeta Nishad")),
                 qPrintable(m_asked.constLast().message()));
        QVERIFY(!InviteeRepository().find(m_geeta));
    }

    void aDeleteThereOverAnEditHereIsRefused()
    {
        deskOne().act();
        const Invitee before = *InviteeRepository().find(m_ramesh);
        Invitee after = before;
        after.enterprise = QStringLiteral("Ramesh Terracotta Udyog");
        QVERIFY(InviteeRepository().update(after));
        const Ran refused = finish(start(QStringLiteral("Desk 2"), QStringLiteral("anil"),
                                         {QStringLiteral("invitees"), QStringLiteral("delete"), QString::number(m_ramesh),
                                          QStringLiteral("--seen"), QStringLiteral("1")}));
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("at Desk 1 changed the invitee Ramesh Chandra")), qPrintable(refused.err));
        QVERIFY(InviteeRepository().find(m_ramesh));
    }
};

QTEST_GUILESS_MAIN(TestTwoDesks)
#include "tst_twodesks.moc"
