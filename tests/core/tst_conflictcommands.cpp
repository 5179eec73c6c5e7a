#include "storage/conflictresolver.h"
#include "undo/errorchannel.h"
#include "events/eventcommands.h"
#include "exports/exportcommands.h"
#include "exports/targetcommands.h"
#include "invitees/inviteecommands.h"
#include "text/languagemanager.h"
#include "stalls/stallcommands.h"
#include "testdb.h"
#include "twodesks.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

// Undo commands between two desks (two connections, both back-ends): an edit, delete, undo or
// redo whose row changed at the other desk since asks (ConflictResolver); "Reload theirs" writes
// nothing and drops the command, so the undo stack stays what the database holds; "Keep mine"
// writes over the other desk's version, deliberately.
class TestConflictCommands : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    std::unique_ptr<TestDb> m_db;
    Desk m_one;
    Desk m_two;
    qint64 m_event = 0;
    qint64 m_invitee = 0;
    QList<ConflictNotice> m_asked;
    ConflictResolver::Choice m_answer = ConflictResolver::Choice::Reload;

    Invitee invitee(const Desk &desk) const { return *InviteeRepository(desk.connection).find(m_invitee); }
    // Desk 2 changes the invitee's mobile.
    void changeMobileAtDeskTwo(const QString &mobile)
    {
        m_two.act();
        Invitee theirs = invitee(m_two);
        theirs.mobile = mobile;
        QVERIFY(InviteeRepository(m_two.connection).update(theirs));
        m_one.act();
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
        ConflictResolver::setHandler([this](const ConflictNotice &notice) {
            m_asked << notice;
            return m_answer;
        });
    }
    void cleanupTestCase() { ConflictResolver::setHandler({}); }
    void init()
    {
        m_asked.clear();
        m_answer = ConflictResolver::Choice::Reload;
        m_db = std::make_unique<TestDb>();
        m_one = deskOne();
        m_two = deskTwo(*m_db);
        m_one.act();
        Event e;
        e.nameEn = QStringLiteral("Gorakhpur Export Conclave");
        e.startDate = e.endDate = QDate(2021, 9, 24);
        m_event = EventRepository().insert(e);
        Invitee v;
        v.name = QStringLiteral("Geeta Nishad");
        v.mobile = QStringLiteral("9812345678");
        m_invitee = InviteeRepository().insert(v);
    }
    void cleanup()
    {
        Database::close(m_two.connection);
        m_db.reset();
    }

    void editOverAChangeIsRefusedAndDroppedOnReload()
    {
        QUndoStack stack;
        const Invitee before = invitee(m_one);
        changeMobileAtDeskTwo(QStringLiteral("9712345678"));
        Invitee after = before;
        after.email = QStringLiteral("geeta@example.in");
        QSignalSpy errors(ErrorChannel::instance(), &ErrorChannel::writeFailed);
        const ConflictWatch watch;
        QVERIFY(!pushKept(&stack, new EditInviteeCommand(Database::defaultConnectionName(), before, after)));
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(m_asked.constFirst().changed.desk, QStringLiteral("Desk 2"));
        QVERIFY2(m_asked.constFirst().message().contains(QStringLiteral("mobile 9812345678 → 9712345678")),
                 qPrintable(m_asked.constFirst().message()));
        QVERIFY(watch.reloaded());
        QCOMPARE(errors.size(), 0); // the question was the message: no second one
        QCOMPARE(stack.count(), 0);
        QCOMPARE(invitee(m_one).mobile, QStringLiteral("9712345678"));
        QCOMPARE(invitee(m_one).email, QString());
        QCOMPARE(invitee(m_one).version, 2);
    }

    void keepMineWritesOverTheNewVersion()
    {
        QUndoStack stack;
        const Invitee before = invitee(m_one);
        changeMobileAtDeskTwo(QStringLiteral("9712345678"));
        m_answer = ConflictResolver::Choice::KeepMine;
        Invitee after = before;
        after.email = QStringLiteral("geeta@example.in");
        QVERIFY(pushKept(&stack, new EditInviteeCommand(Database::defaultConnectionName(), before, after)));
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(invitee(m_two).email, QStringLiteral("geeta@example.in"));
        QCOMPARE(invitee(m_two).mobile, QStringLiteral("9812345678")); // all of mine
        QCOMPARE(invitee(m_two).version, 3);
        // Its undo goes over the version it wrote: no question.
        stack.undo();
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(invitee(m_two).email, QString());
        QCOMPARE(invitee(m_two).version, 4);
    }

    void undoOverAnotherDesksChangeAsks()
    {
        QUndoStack stack;
        Event samvad;
        samvad.nameEn = QStringLiteral("Udyami Samvad");
        samvad.startDate = samvad.endDate = QDate(2021, 10, 1);
        stack.push(new AddEventCommand(Database::defaultConnectionName(), samvad));
        const Invitee before = invitee(m_one);
        Invitee after = before;
        after.designation = QStringLiteral("Proprietor");
        stack.push(new EditInviteeCommand(Database::defaultConnectionName(), before, after));
        QCOMPARE(stack.count(), 2);
        QCOMPARE(invitee(m_one).version, 2);
        changeMobileAtDeskTwo(QStringLiteral("9712345678"));

        // Undo over the other desk's change: asked; reloaded; nothing written; the stack
        // loses that step only.
        stack.undo();
        QCOMPARE(m_asked.size(), 1);
        QVERIFY2(m_asked.constFirst().message().contains(QStringLiteral("Desk 2 changed the invitee Geeta Nishad")),
                 qPrintable(m_asked.constFirst().message()));
        QCOMPARE(invitee(m_one).designation, QStringLiteral("Proprietor"));
        QCOMPARE(invitee(m_one).mobile, QStringLiteral("9712345678"));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.index(), 1);
        QVERIFY(stack.canUndo());
        QVERIFY(!stack.canRedo());
        stack.undo(); // the event's add, untouched by desk 2
        QCOMPARE(EventRepository().count(), 1);

        // Keep mine: the undo goes over their version.
        stack.redo();
        const Invitee now = invitee(m_one);
        Invitee edited = now;
        edited.designation = QStringLiteral("Director");
        stack.push(new EditInviteeCommand(Database::defaultConnectionName(), now, edited));
        changeMobileAtDeskTwo(QStringLiteral("9612345678"));
        m_answer = ConflictResolver::Choice::KeepMine;
        stack.undo();
        QCOMPARE(m_asked.size(), 2);
        QCOMPARE(invitee(m_two).designation, QStringLiteral("Proprietor"));
        QCOMPARE(invitee(m_two).mobile, QStringLiteral("9712345678")); // as this desk's undo left it
        QVERIFY(stack.canRedo());
        // Redo over a change made after the undo: asked again.
        m_answer = ConflictResolver::Choice::Reload;
        changeMobileAtDeskTwo(QStringLiteral("9512345678"));
        stack.redo();
        QCOMPARE(m_asked.size(), 3);
        QCOMPARE(invitee(m_one).designation, QStringLiteral("Proprietor"));
        QVERIFY(!stack.canRedo());
    }

    void deleteOfAChangedInviteeAsksAndUndoOfDeleteRestoresItsVersion()
    {
        QUndoStack stack;
        changeMobileAtDeskTwo(QStringLiteral("9712345678"));
        // Desk 1's list still shows version 1.
        QVERIFY(!pushKept(&stack, new DeleteInviteesCommand(Database::defaultConnectionName(), {m_invitee},
                                                             QStringLiteral("Geeta Nishad"), nullptr, {{m_invitee, 1}})));
        QCOMPARE(m_asked.size(), 1);
        QVERIFY(InviteeRepository().find(m_invitee));
        m_answer = ConflictResolver::Choice::KeepMine;
        QVERIFY(pushKept(&stack, new DeleteInviteesCommand(Database::defaultConnectionName(), {m_invitee},
                                                            QStringLiteral("Geeta Nishad"), nullptr, {{m_invitee, 1}})));
        QVERIFY(!InviteeRepository().find(m_invitee));
        QSignalSpy failures(ErrorChannel::instance(), &ErrorChannel::writeFailed);
        stack.undo();
        QVERIFY2(failures.isEmpty(), failures.isEmpty() ? "" : qPrintable(failures.constFirst().constFirst().toString()));
        QVERIFY(InviteeRepository(m_two.connection).find(m_invitee));
        QCOMPARE(invitee(m_two).mobile, QStringLiteral("9712345678"));
        QCOMPARE(invitee(m_two).version, 2); // put back as it was deleted
        const auto history = ChangeLog::inviteeHistory(QSqlDatabase::database(m_two.connection), m_invitee);
        QCOMPARE(history.constLast().action, ChangeLog::Action::Restore);
        QCOMPARE(history.at(history.size() - 2).action, ChangeLog::Action::Delete);
        QCOMPARE(history.at(history.size() - 2).stamp.desk, QStringLiteral("Desk 1"));
    }

    void editOfAnInviteeDeletedAtTheOtherDeskCanOnlyBeReloaded()
    {
        QUndoStack stack;
        const Invitee before = invitee(m_one);
        m_two.act();
        QVERIFY(InviteeRepository(m_two.connection).remove({m_invitee}, nullptr));
        m_one.act();
        m_answer = ConflictResolver::Choice::KeepMine; // asked, but there is nothing to keep it over
        Invitee after = before;
        after.notes = QStringLiteral("VIP");
        const ConflictWatch watch;
        QVERIFY(!pushKept(&stack, new EditInviteeCommand(Database::defaultConnectionName(), before, after)));
        QCOMPARE(m_asked.size(), 1);
        QVERIFY(m_asked.constFirst().deleted);
        QVERIFY(watch.deleted());
        QVERIFY(!InviteeRepository().find(m_invitee));
    }

    void statusChangesOverAnotherDesksAsk()
    {
        InvitationRepository repository;
        QVERIFY(repository.setStatus(m_event, m_invitee, InvitationStatus::Invited));
        const InvitationState seen = repository.invitationState(m_event, m_invitee);
        m_two.act();
        QVERIFY(InvitationRepository(m_two.connection).setStatus(m_event, m_invitee, InvitationStatus::Declined));
        m_one.act();

        QUndoStack stack;
        SetStatusCommand::Outcome outcome;
        auto *command = new SetStatusCommand(Database::defaultConnectionName(), m_event, {m_invitee},
                                             InvitationStatus::Confirmed, 0, &outcome);
        command->setSeen({{m_invitee, seen}});
        stack.push(command);
        QCOMPARE(m_asked.size(), 1);
        QVERIFY2(m_asked.constFirst().message().contains(QStringLiteral("status invited → declined")),
                 qPrintable(m_asked.constFirst().message()));
        QVERIFY(outcome.failed);
        QCOMPARE(stack.count(), 0);
        QCOMPARE(repository.status(m_event, m_invitee), InvitationStatus::Declined);

        // Keep mine: confirmed over the decline; its undo goes back to "declined".
        m_answer = ConflictResolver::Choice::KeepMine;
        auto *again = new SetStatusCommand(Database::defaultConnectionName(), m_event, {m_invitee},
                                           InvitationStatus::Confirmed, 0, &outcome);
        again->setSeen({{m_invitee, seen}});
        stack.push(again);
        QCOMPARE(repository.status(m_event, m_invitee), InvitationStatus::Confirmed);
        QCOMPARE(stack.count(), 1);
        // Desk 2 marks the guest attended; undoing "confirmed" now asks.
        m_two.act();
        QVERIFY(InvitationRepository(m_two.connection).setStatus(m_event, m_invitee, InvitationStatus::Attended));
        m_one.act();
        m_answer = ConflictResolver::Choice::Reload;
        stack.undo();
        QCOMPARE(m_asked.size(), 3);
        QCOMPARE(repository.status(m_event, m_invitee), InvitationStatus::Attended);
        QCOMPARE(stack.count(), 0);
    }

    void stallMovesAndAllotmentsAsk()
    {
        StallRepository stalls;
        QVERIFY(stalls.setHall(Hall{0, m_event, QStringLiteral("Hall A"), 40, 25, 0}));
        Stall s;
        s.eventId = m_event;
        s.code = QStringLiteral("A-01");
        s.x = 2;
        s.y = 2;
        const qint64 id = stalls.insert(s);
        QUndoStack stack;
        const Stall before = *stalls.find(id);
        Stall moved = before;
        moved.x = 6;
        QVERIFY(pushWritten(&stack, new ChangeStallsCommand(Database::defaultConnectionName(), {before}, {moved},
                                                             ChangeStallsCommand::Move)));
        // A second nudge merges into the move: its undo still goes over the version it wrote.
        const Stall afterMove = *stalls.find(id);
        Stall nudged = afterMove;
        nudged.x = 7;
        QVERIFY(pushWritten(&stack, new ChangeStallsCommand(Database::defaultConnectionName(), {afterMove}, {nudged},
                                                             ChangeStallsCommand::Move)));
        QCOMPARE(stack.count(), 1);
        stack.undo();
        QVERIFY(m_asked.isEmpty());
        QCOMPARE(stalls.find(id)->x, 2.0);
        stack.redo();
        QCOMPARE(stalls.find(id)->x, 7.0);

        // The other desk allots it; undoing the move would move their allotted stall back.
        m_two.act();
        Stall allotted = *StallRepository(m_two.connection).find(id);
        allotted.inviteeId = m_invitee;
        allotted.status = StallStatus::Allotted;
        QVERIFY(StallRepository(m_two.connection).update(allotted));
        m_one.act();
        stack.undo();
        QCOMPARE(m_asked.size(), 1);
        QVERIFY2(m_asked.constFirst().message().contains(QStringLiteral("allotted to — → Geeta Nishad")),
                 qPrintable(m_asked.constFirst().message()));
        QCOMPARE(stalls.find(id)->x, 7.0);
        QCOMPARE(stalls.find(id)->inviteeId, m_invitee);
        QCOMPARE(stack.count(), 0);
    }

    void exportEditsAsk()
    {
        ExportRecord r;
        r.fyStart = 2020;
        r.countryCode = QStringLiteral("NP");
        r.valueCrore = 12.5;
        const qint64 id = ExportRepository().insert(r);
        const ExportRecord before = *ExportRepository().find(id);
        m_two.act();
        ExportRecord theirs = before;
        theirs.valueCrore = 14;
        QVERIFY(ExportRepository(m_two.connection).update(theirs));
        m_one.act();
        QUndoStack stack;
        ExportRecord mine = before;
        mine.valueCrore = 13;
        QVERIFY(!pushWritten(&stack, new EditExportCommand(Database::defaultConnectionName(), before, mine)));
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(ExportRepository().find(id)->valueCrore, 14.0);
        m_answer = ConflictResolver::Choice::KeepMine;
        QVERIFY(pushWritten(&stack, new EditExportCommand(Database::defaultConnectionName(), before, mine)));
        QCOMPARE(ExportRepository().find(id)->valueCrore, 13.0);
        QCOMPARE(ExportRepository().find(id)->version, 3);
    }

    void thisDesksOwnStackIsNoConflict()
    {
        // Add, edit, undo both, redo both, change the status twice and undo: every step goes
        // over what this program's own commands left, so nothing is asked.
        QUndoStack stack;
        Event samvad;
        samvad.nameEn = QStringLiteral("Udyami Samvad");
        samvad.startDate = samvad.endDate = QDate(2021, 10, 1);
        auto *add = new AddEventCommand(Database::defaultConnectionName(), samvad);
        stack.push(add);
        const Event before = *EventRepository().find(add->eventId());
        Event after = before;
        after.venue = QStringLiteral("Town hall");
        stack.push(new EditEventCommand(Database::defaultConnectionName(), before, after));
        stack.undo();
        stack.undo();
        QVERIFY(!EventRepository().find(before.id));
        stack.redo();
        stack.redo();
        QCOMPARE(EventRepository().find(before.id)->venue, QStringLiteral("Town hall"));
        stack.push(new SetStatusCommand(Database::defaultConnectionName(), m_event, {m_invitee}, InvitationStatus::Invited));
        stack.push(new SetStatusCommand(Database::defaultConnectionName(), m_event, {m_invitee}, InvitationStatus::Confirmed));
        stack.undo();
        stack.undo();
        QCOMPARE(InvitationRepository().status(m_event, m_invitee), InvitationStatus::NotInvited);
        QCOMPARE(stack.count(), 4);
        QVERIFY(m_asked.isEmpty());
    }

    void exportTargetEditsAndDeletesAsk()
    {
        ExportTarget t;
        t.fyStart = 2024;
        t.targetCrore = 500;
        QUndoStack stack;
        auto *add = new AddTargetCommand(Database::defaultConnectionName(), t);
        QVERIFY(pushWritten(&stack, add));
        const ExportTarget before = *ExportTargetRepository().find(add->targetId());
        QCOMPARE(before.version, 1);
        m_two.act();
        ExportTarget theirs = before;
        theirs.targetCrore = 650;
        QVERIFY(ExportTargetRepository(m_two.connection).update(theirs));
        m_one.act();
        ExportTarget mine = before;
        mine.targetCrore = 600;
        QVERIFY(!pushWritten(&stack, new EditTargetCommand(Database::defaultConnectionName(), before, mine)));
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(m_asked.constFirst().changed.desk, QStringLiteral("Desk 2"));
        QVERIFY2(m_asked.constFirst().message().contains(QStringLiteral("the export target for 2024-25")),
                 qPrintable(m_asked.constFirst().message()));
        QVERIFY2(m_asked.constFirst().message().contains(QStringLiteral("500.00 → 650.00")),
                 qPrintable(m_asked.constFirst().message()));
        QCOMPARE(ExportTargetRepository().find(before.id)->targetCrore, 650.0);
        // Deleting it as desk 1 saw it: asked; Keep mine deletes it over theirs, undo puts theirs back.
        m_answer = ConflictResolver::Choice::KeepMine;
        QVERIFY(pushWritten(&stack, new DeleteTargetsCommand(Database::defaultConnectionName(), {before})));
        QCOMPARE(m_asked.size(), 2);
        QVERIFY(!ExportTargetRepository().find(before.id));
        stack.undo();
        QCOMPARE(ExportTargetRepository().find(before.id)->targetCrore, 650.0);
        QCOMPARE(ExportTargetRepository().find(before.id)->version, 2);
    }

    void eventEditsAsk()
    {
        const Event before = *EventRepository().find(m_event);
        m_two.act();
        Event theirs = before;
        theirs.venue = QStringLiteral("Town hall");
        QVERIFY(EventRepository(m_two.connection).update(theirs));
        m_one.act();
        QUndoStack stack;
        Event mine = before;
        mine.organiser = QStringLiteral("DIC Gorakhpur");
        QVERIFY(!pushKept(&stack, new EditEventCommand(Database::defaultConnectionName(), before, mine)));
        QCOMPARE(m_asked.size(), 1);
        QVERIFY2(m_asked.constFirst().message().contains(QStringLiteral("venue — → Town hall")),
                 qPrintable(m_asked.constFirst().message()));
        QVERIFY(EventRepository().find(m_event)->organiser.isEmpty());
        // Deleting the event as desk 1 saw it: asked too.
        QVERIFY(!pushKept(&stack, new DeleteEventCommand(Database::defaultConnectionName(), before)));
        QCOMPARE(m_asked.size(), 2);
        QVERIFY(EventRepository().find(m_event));
    }
};

QTEST_GUILESS_MAIN(TestConflictCommands)
#include "tst_conflictcommands.moc"
#include "invitees/invitationrepository.h"
#include "invitees/inviteerepository.h"
