#include "checkin/checkincommand.h"
#include "checkin/checkinrepository.h"
#include "events/eventrepository.h"
#include "exports/exportrepository.h"
#include "invitees/invitationrepository.h"
#include "invitees/inviteebulkloader.h"
#include "invitees/inviteerepository.h"
#include "text/languagemanager.h"
#include "stalls/stallrepository.h"
#include "storage/changelog.h"
#include "testdb.h"
#include "twodesks.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Two desks on one database (two connections, both back-ends): every editable row carries a
// version; an update or delete over a version that moved on is refused with a Conflict that
// holds the row as it is now and who changed it, when, at which desk; nothing is overwritten
// silently; writing again over the new version ("keep mine") raises it by one; each change is
// logged with desk and user in the same transaction.
class TestRowVersions : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    std::unique_ptr<TestDb> m_db;
    Desk m_one;
    Desk m_two;
    qint64 m_event = 0;
    qint64 m_invitee = 0;

    Invitee inviteeAt(const Desk &desk) const { return *InviteeRepository(desk.connection).find(m_invitee); }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
    }
    void init()
    {
        m_db = std::make_unique<TestDb>();
        m_one = deskOne();
        m_two = deskTwo(*m_db);
        m_one.act();
        Event e;
        e.nameEn = QStringLiteral("Gorakhpur Export Conclave");
        e.startDate = e.endDate = QDate::currentDate();
        m_event = EventRepository().insert(e);
        Invitee v;
        v.name = QStringLiteral("Geeta Nishad");
        v.mobile = QStringLiteral("9812345678");
        m_invitee = InviteeRepository().insert(v);
        QVERIFY(m_event && m_invitee);
    }
    void cleanup()
    {
        Database::close(m_two.connection);
        m_db.reset();
    }

    void newRowsStartAtVersionOneWithTheirDesk()
    {
        const Invitee v = inviteeAt(m_one);
        QCOMPARE(v.version, 1);
        const auto stamp = RowVersion::read(QSqlDatabase::database(m_one.connection), QStringLiteral("invitees"), m_invitee);
        QVERIFY(stamp);
        QCOMPARE(stamp->desk, QStringLiteral("Desk 1"));
        QCOMPARE(stamp->user, m_one.recordedUser());
        QVERIFY(stamp->at.isValid());
        QCOMPARE(EventRepository().find(m_event)->version, 1);
    }

    void editOverAChangedInviteeIsRefused()
    {
        const Invitee seenByOne = inviteeAt(m_one);
        // Desk 2 changes the mobile first.
        m_two.act();
        Invitee theirs = inviteeAt(m_two);
        theirs.mobile = QStringLiteral("9712345678");
        const auto written = InviteeRepository(m_two.connection).update(theirs);
        QVERIFY(written);
        QCOMPARE(written.version, 2);

        // Desk 1 saves its edit over the version it read: refused, nothing written.
        m_one.act();
        Invitee mine = seenByOne;
        mine.email = QStringLiteral("geeta@example.in");
        QString error;
        const auto refused = InviteeRepository().update(mine, &error);
        QVERIFY(!refused);
        QVERIFY(refused.isConflict());
        QVERIFY(refused.conflict);
        QVERIFY(!refused.conflict->deleted());
        QCOMPARE(refused.conflict->current->mobile, QStringLiteral("9712345678"));
        QCOMPARE(refused.conflict->current->email, QString());
        QCOMPARE(refused.conflict->current->version, 2);
        QCOMPARE(refused.conflict->changed.desk, QStringLiteral("Desk 2"));
        QCOMPARE(refused.conflict->changed.user, m_two.recordedUser());
        QVERIFY(refused.conflict->changed.at.isValid());
        QVERIFY2(error.contains(QStringLiteral("Desk 2")), qPrintable(error));
        QCOMPARE(inviteeAt(m_one).mobile, QStringLiteral("9712345678"));
        QCOMPARE(inviteeAt(m_one).email, QString());

        // What Desk 2 changed, from what Desk 1 saw: in words, with who and when.
        const ConflictNotice notice = InviteeRepository().notice(*refused.conflict, &seenByOne);
        const QString message = notice.message();
        QVERIFY2(message.startsWith(QStringLiteral("%1 at Desk 2 changed the invitee Geeta Nishad at ")
                                        .arg(m_two.recordedUser())),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("mobile 9812345678 → 9712345678")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("email")), qPrintable(message));

        // Reload theirs: the current values. Keep mine: over the new version, which becomes 3.
        mine.version = refused.conflict->current->version;
        const auto kept = InviteeRepository().update(mine);
        QVERIFY(kept);
        QCOMPARE(kept.version, 3);
        QCOMPARE(inviteeAt(m_two).email, QStringLiteral("geeta@example.in"));
        QCOMPARE(inviteeAt(m_two).mobile, seenByOne.mobile); // mine, deliberately
        QCOMPARE(inviteeAt(m_two).version, 3);
        QCOMPARE(RowVersion::read(QSqlDatabase::database(m_two.connection), QStringLiteral("invitees"), m_invitee)->desk,
                 QStringLiteral("Desk 1"));
    }

    void editOfADeletedInviteeNamesTheDeskThatDeletedIt()
    {
        const Invitee seen = inviteeAt(m_one);
        m_two.act();
        QVERIFY(InviteeRepository(m_two.connection).remove({m_invitee}, nullptr, nullptr, {{m_invitee, 1}}));
        m_one.act();
        Invitee mine = seen;
        mine.name = QStringLiteral("Geeta Nishad (Gorakhpur)");
        const auto refused = InviteeRepository().update(mine);
        QVERIFY(refused.isConflict());
        QVERIFY(refused.conflict->deleted());
        QCOMPARE(refused.conflict->changed.desk, QStringLiteral("Desk 2"));
        const QString message = InviteeRepository().notice(*refused.conflict, &seen).message();
        QVERIFY2(message.contains(QStringLiteral("Desk 2 deleted the invitee Geeta Nishad")), qPrintable(message));
        QVERIFY(!InviteeRepository().find(m_invitee)); // not brought back by the edit
    }

    void deleteOfAChangedInviteeIsRefused()
    {
        m_two.act();
        Invitee theirs = inviteeAt(m_two);
        theirs.notes = QStringLiteral("Wants a corner stall");
        QVERIFY(InviteeRepository(m_two.connection).update(theirs));
        m_one.act();
        RowSnapshot snapshot;
        const auto refused = InviteeRepository().remove({m_invitee}, &snapshot, nullptr, {{m_invitee, 1}});
        QVERIFY(refused.isConflict());
        QCOMPARE(refused.conflict->current->notes, QStringLiteral("Wants a corner stall"));
        QVERIFY(InviteeRepository().find(m_invitee));
        QVERIFY(snapshot.isEmpty());
        // Deleted deliberately over the new version.
        QVERIFY(InviteeRepository().remove({m_invitee}, &snapshot, nullptr, {{m_invitee, 2}}));
        QVERIFY(!InviteeRepository(m_two.connection).find(m_invitee));
    }

    void eventsStallsHallsAndExportsAreVersionedAlike()
    {
        // Events.
        const Event event = *EventRepository().find(m_event);
        m_two.act();
        Event theirs = event;
        theirs.venue = QStringLiteral("Yogiraj Baba Gambhir Nath Auditorium");
        QVERIFY(EventRepository(m_two.connection).update(theirs));
        m_one.act();
        Event mine = event;
        mine.notes = QStringLiteral("Lunch at 1");
        auto eventRefused = EventRepository().update(mine);
        QVERIFY(eventRefused.isConflict());
        QCOMPARE(eventRefused.conflict->current->venue, theirs.venue);
        QVERIFY(EventRepository().find(m_event)->notes.isEmpty());
        QVERIFY(EventRepository().remove(m_event, nullptr, nullptr, 1).isConflict());
        QVERIFY(EventRepository().find(m_event));

        // Halls: made by one desk, resized by the other meanwhile.
        StallRepository stalls;
        QVERIFY(stalls.setHall(Hall{0, m_event, QStringLiteral("Hall A"), 40, 25, 0}));
        const Hall hall = *stalls.hall(m_event);
        QCOMPARE(hall.version, 1);
        m_two.act();
        Hall wider = hall;
        wider.width = 50;
        QVERIFY(StallRepository(m_two.connection).setHall(wider));
        m_one.act();
        Hall deeper = hall;
        deeper.depth = 30;
        const auto hallRefused = stalls.setHall(deeper);
        QVERIFY(hallRefused.isConflict());
        QCOMPARE(hallRefused.conflict->current->width, 50.0);
        QCOMPARE(stalls.hall(m_event)->depth, 25.0);

        // Stalls: moved at one desk, resized at the other.
        Stall s;
        s.eventId = m_event;
        s.code = QStringLiteral("A-01");
        s.x = 1;
        s.y = 1;
        const qint64 stallId = stalls.insert(s);
        const Stall stall = *stalls.find(stallId);
        QCOMPARE(stall.version, 1);
        m_two.act();
        Stall moved = stall;
        moved.x = 10;
        QVERIFY(StallRepository(m_two.connection).update(moved));
        m_one.act();
        Stall resized = stall;
        resized.width = 4;
        const auto stallRefused = stalls.update(resized);
        QVERIFY(stallRefused.isConflict());
        QCOMPARE(stallRefused.conflict->current->x, 10.0);
        QCOMPARE(stalls.find(stallId)->width, 3.0);
        QVERIFY(stalls.removeAll({stallId}, nullptr, {{stallId, 1}}).isConflict());
        QVERIFY(stalls.find(stallId));

        // Export figures.
        ExportRecord r;
        r.fyStart = 2020;
        r.countryCode = QStringLiteral("NP");
        r.valueCrore = 12.5;
        const qint64 recordId = ExportRepository().insert(r);
        const ExportRecord record = *ExportRepository().find(recordId);
        QCOMPARE(record.version, 1);
        m_two.act();
        ExportRecord corrected = record;
        corrected.valueCrore = 13.25;
        QVERIFY(ExportRepository(m_two.connection).update(corrected));
        m_one.act();
        ExportRecord mineToo = record;
        mineToo.valueUsdMillion = 1.5;
        const auto exportRefused = ExportRepository().update(mineToo);
        QVERIFY(exportRefused.isConflict());
        QCOMPARE(exportRefused.conflict->current->valueCrore, 13.25);
        const QString message = ExportRepository().notice(*exportRefused.conflict, &record).message();
        QVERIFY2(message.contains(QStringLiteral("value (₹ crore) 12.50 → 13.25")), qPrintable(message));
        QVERIFY(ExportRepository().remove({recordId}, nullptr, {{recordId, 1}}).isConflict());
        QCOMPARE(ExportRepository().find(recordId)->valueUsdMillion, -1.0);
        // At the version now stored the delete goes, its line naming what the row held.
        QVERIFY(ExportRepository().remove({recordId}, nullptr, {{recordId, 2}}));
        QVERIFY(!ExportRepository().find(recordId));
        const auto lines = ChangeLog::rowHistory(QSqlDatabase::database(m_one.connection),
                                                 QStringLiteral("export_records"), recordId);
        QVERIFY(!lines.isEmpty());
        QCOMPARE(lines.constLast().action, ChangeLog::Action::Delete);
        QVERIFY(lines.constLast().changes.contains(FieldChange{QStringLiteral("fy_start"), QStringLiteral("2020-21"), {}}));
        QVERIFY(lines.constLast().changes.contains(FieldChange{QStringLiteral("country_code"), QStringLiteral("Nepal"), {}}));
        QVERIFY(lines.constLast().changes.contains(FieldChange{QStringLiteral("value_crore"), QStringLiteral("13.25"), {}}));
    }

    void statusOverAChangedInvitationIsRefused()
    {
        InvitationRepository mine;
        QVERIFY(mine.setStatus(m_event, m_invitee, InvitationStatus::Invited));
        const InvitationState seen = mine.invitationState(m_event, m_invitee);
        QCOMPARE(seen.version, 1);
        m_two.act();
        QVERIFY(InvitationRepository(m_two.connection).setStatus(m_event, m_invitee, InvitationStatus::Declined));
        m_one.act();
        std::optional<Conflict<InvitationState>> conflict;
        QString error;
        QVERIFY(!mine.setStatus(m_event, m_invitee, InvitationStatus::Confirmed, 0, &error,
                                QDateTime::currentDateTimeUtc(), seen.version, &conflict));
        QVERIFY(conflict);
        QCOMPARE(conflict->current->status, InvitationStatus::Declined);
        QCOMPARE(conflict->changed.desk, QStringLiteral("Desk 2"));
        QVERIFY2(error.contains(QStringLiteral("status invited → declined")), qPrintable(error));
        QCOMPARE(mine.status(m_event, m_invitee), InvitationStatus::Declined);
        // Over the new version.
        QVERIFY(mine.setStatus(m_event, m_invitee, InvitationStatus::Confirmed, 0, nullptr,
                               QDateTime::currentDateTimeUtc(), conflict->current->version));
        QCOMPARE(mine.invitationState(m_event, m_invitee).version, 3);
    }

    void changesAreLoggedWithDeskAndUserInTheSameTransaction()
    {
        m_two.act();
        Invitee theirs = inviteeAt(m_two);
        theirs.mobile = QStringLiteral("9712345678");
        theirs.designation = QStringLiteral("Proprietor");
        QVERIFY(InviteeRepository(m_two.connection).update(theirs));
        QVERIFY(InvitationRepository(m_two.connection).setStatus(m_event, m_invitee, InvitationStatus::Invited));
        const QList<ChangeLog::Entry> history =
            ChangeLog::inviteeHistory(QSqlDatabase::database(m_one.connection), m_invitee, m_event);
        QCOMPARE(history.size(), 3); // added, changed, invited
        QCOMPARE(history.at(0).action, ChangeLog::Action::Insert);
        QCOMPARE(history.at(0).stamp.desk, QStringLiteral("Desk 1"));
        QCOMPARE(history.at(1).stamp.desk, QStringLiteral("Desk 2"));
        QCOMPARE(history.at(1).stamp.user, m_two.recordedUser());
        QCOMPARE(history.at(1).changes,
                 (QList<FieldChange>{{QStringLiteral("designation"), QString(), QStringLiteral("Proprietor")},
                                     {QStringLiteral("mobile"), QStringLiteral("9812345678"), QStringLiteral("9712345678")}}));
        QCOMPARE(history.at(2).table, QStringLiteral("invitations"));
        const QString line = ChangeLog::line(history.at(1));
        QVERIFY2(line.contains(QStringLiteral("%1 at Desk 2: designation — → Proprietor; mobile 9812345678 → 9712345678")
                                   .arg(m_two.recordedUser())),
                 qPrintable(line));

        // A change whose log line cannot be written is not made either.
        QVERIFY(TestDb::refuse(QStringLiteral("no_log"), QStringLiteral("BEFORE INSERT ON changes"), {}, m_two.connection));
        Invitee again = inviteeAt(m_two);
        again.pin = QStringLiteral("273001");
        QVERIFY(!InviteeRepository(m_two.connection).update(again));
        QVERIFY(TestDb::allow(QStringLiteral("no_log"), QStringLiteral("changes"), m_two.connection));
        QCOMPARE(inviteeAt(m_one).pin, QString());
        QCOMPARE(inviteeAt(m_one).version, 2);
        QCOMPARE(ChangeLog::inviteeHistory(QSqlDatabase::database(m_one.connection), m_invitee, m_event).size(), 3);
    }

    void twoDesksCheckingInOneGuestWelcomeOnce()
    {
        InvitationRepository().setStatus(m_event, m_invitee, InvitationStatus::Confirmed);
        const QDate today = QDate::currentDate();
        m_two.act();
        CheckInCommand::Outcome first;
        CheckInCommand atTwo(m_two.connection, m_event, m_invitee, today, {InvitationStatus::Attended},
                             QStringLiteral("Geeta Nishad"), m_two.name, &first);
        atTwo.redo();
        QCOMPARE(first.kind, CheckInCommand::Outcome::CheckedIn);
        m_one.act();
        CheckInCommand::Outcome second;
        CheckInCommand atOne(m_one.connection, m_event, m_invitee, today, {InvitationStatus::Attended},
                             QStringLiteral("Geeta Nishad"), m_one.name, &second);
        atOne.redo();
        QCOMPARE(second.kind, CheckInCommand::Outcome::AlreadyIn);
        QCOMPARE(second.desk, QStringLiteral("Desk 2"));
        QVERIFY(second.at.isValid());
        QVERIFY(qAbs(second.at.secsTo(QDateTime::currentDateTime())) < 3600);
        QCOMPARE(CheckinRepository().count(m_event, today), 1);
    }

    void twoDesksAllottingOneStallOneWins()
    {
        StallRepository stalls;
        QVERIFY(stalls.setHall(Hall{0, m_event, QStringLiteral("Hall A"), 40, 25, 0}));
        Stall s;
        s.eventId = m_event;
        s.code = QStringLiteral("B-07");
        const qint64 stallId = stalls.insert(s);
        Invitee other;
        other.name = QStringLiteral("Ramesh Chandra");
        other.enterprise = QStringLiteral("Ramesh Terracotta Udyog");
        other.mobile = QStringLiteral("9415000001");
        const qint64 ramesh = InviteeRepository().insert(other);
        const Stall seenByOne = *stalls.find(stallId);
        const Stall seenByTwo = *StallRepository(m_two.connection).find(stallId);

        m_two.act();
        Stall toRamesh = seenByTwo;
        toRamesh.inviteeId = ramesh;
        toRamesh.status = StallStatus::Allotted;
        QVERIFY(StallRepository(m_two.connection).update(toRamesh));

        m_one.act();
        Stall toGeeta = seenByOne;
        toGeeta.inviteeId = m_invitee;
        toGeeta.status = StallStatus::Allotted;
        QString error;
        const auto refused = stalls.update(toGeeta, &error);
        QVERIFY(refused.isConflict());
        QCOMPARE(refused.conflict->current->inviteeId, ramesh);
        QCOMPARE(stalls.find(stallId)->inviteeId, ramesh);
        // The loser is told who got it, at which desk.
        const QString message = stalls.notice(*refused.conflict, &seenByOne).message();
        QVERIFY2(message.contains(QStringLiteral("Desk 2 changed stall B-07")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("allotted to — → Ramesh Chandra (Ramesh Terracotta Udyog)")),
                 qPrintable(message));
    }

    void migrationGivesExistingRowsVersionOneAndKeepsTheStatusHistory()
    {
        QTemporaryDir dir;
        const QString path = TestDb::onServer() ? TestDb::createServerDatabase(&m_oldDatabase) : dir.filePath(QStringLiteral("old.db"));
        const QString old = QStringLiteral("old");
        QVERIFY(Database::open(path, Database::Mode::CreateIfMissing, old, Database::migrations().mid(0, 4)).ok());
        {
            QSqlQuery q(QSqlDatabase::database(old));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO events (name_en, start_date, end_date, created_at, updated_at)"
                                          " VALUES ('Old fair', '2020-01-10', '2020-01-10', '2020-01-01T10:00:00Z', '2020-01-02T10:00:00Z')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO invitees (name, mobile, created_at, updated_at)"
                                          " VALUES ('Old Friend', '9000000001', '2020-01-01T10:00:00Z', '2020-01-01T10:00:00Z')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO invitations (event_id, invitee_id, status, status_changed_at)"
                                          " SELECT e.id, i.id, 'confirmed', '2020-01-05T10:00:00Z' FROM events e, invitees i")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO invitation_changes (invitation_id, status, changed_at)"
                                          " SELECT id, 'confirmed', '2020-01-05T10:00:00Z' FROM invitations")));
        }
        Database::close(old);
        QVERIFY(Database::open(path, Database::Mode::OpenExisting, old).ok());
        QCOMPARE(Database::schemaVersion(old), Database::currentVersion());
        const QList<Event> events = EventRepository(old).all();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.constFirst().version, 1);
        const auto stamp = RowVersion::read(QSqlDatabase::database(old), QStringLiteral("events"), events.constFirst().id);
        QCOMPARE(stamp->at, QDateTime(QDate(2020, 1, 2), QTime(10, 0), Qt::UTC));
        const qint64 friendId = InviteeBulkLoader(old).allKeys().mobile.value(QStringLiteral("9000000001"));
        const auto history = ChangeLog::inviteeHistory(QSqlDatabase::database(old), friendId);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.constFirst().changes.constFirst().after, QStringLiteral("confirmed"));
        Database::close(old);
        if (!m_oldDatabase.isEmpty())
            TestDb::adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_oldDatabase));
    }

private:
    QString m_oldDatabase;
};

QTEST_GUILESS_MAIN(TestRowVersions)
#include "tst_rowversions.moc"
