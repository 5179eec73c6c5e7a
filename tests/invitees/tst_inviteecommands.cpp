#include "events/eventrepository.h"
#include "invitees/inviteecommands.h"
#include "invitees/invitationrepository.h"
#include "invitees/inviteerepository.h"
#include "testdb.h"

#include <QUndoStack>

class TestInviteeCommands : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> m_db;
    qint64 m_event = 0;
    qint64 m_lucknow = 0;

    static Invitee person(const QString &name, const QString &mobile)
    {
        Invitee v;
        v.name = name;
        v.mobile = mobile;
        return v;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<TestDb>();
        Event e;
        e.nameEn = QStringLiteral("Gorakhpur");
        e.startDate = e.endDate = QDate(2021, 9, 24);
        m_event = EventRepository().insert(e);
        e.nameEn = QStringLiteral("Lucknow");
        m_lucknow = EventRepository().insert(e);
    }
    void cleanup() { m_db.reset(); }

    void addEditDelete()
    {
        QUndoStack stack;
        InviteeRepository repo;
        auto *add = new AddInviteeCommand(Database::defaultConnectionName(), person(QStringLiteral("मीरा"), QStringLiteral("7007001234")));
        stack.push(add);
        const qint64 id = add->inviteeId();
        QVERIFY(id);
        Invitee before = *repo.find(id);
        Invitee after = before;
        after.enterprise = QStringLiteral("गोरखपुर वस्त्र उद्यमी संघ");
        stack.push(new EditInviteeCommand(Database::defaultConnectionName(), before, after));
        QCOMPARE(repo.find(id)->enterprise, after.enterprise);
        stack.push(new DeleteInviteesCommand(Database::defaultConnectionName(), {id}, after.name));
        QVERIFY(!repo.find(id));
        stack.undo();
        QCOMPARE(repo.find(id)->enterprise, after.enterprise);
        stack.undo();
        QCOMPARE(repo.find(id)->enterprise, QString());
        stack.undo();
        QVERIFY(!repo.find(id));
        stack.redo();
        QCOMPARE(repo.find(id)->name, QStringLiteral("मीरा")); // same id again
        QCOMPARE(repo.count(), 1);
    }

    void bulkStatusWithUndo()
    {
        InviteeRepository repo;
        InvitationRepository invitations;
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i)
            ids << repo.insert(person(QStringLiteral("P%1").arg(i), QStringLiteral("900000000%1").arg(i)));
        QVERIFY(invitations.setStatus(m_event, ids.at(0), InvitationStatus::Invited));
        QVERIFY(invitations.setStatus(m_event, ids.at(1), InvitationStatus::Invited));
        QUndoStack stack;
        SetStatusCommand::Outcome outcome;
        // Confirmed follows from invited only: three are left as they are.
        stack.push(new SetStatusCommand(Database::defaultConnectionName(), m_event, ids,
                                        InvitationStatus::Confirmed, 0, &outcome));
        QCOMPARE(outcome.changed, 2);
        QCOMPARE(outcome.skipped, 3);
        QCOMPARE(stack.count(), 1);
        QCOMPARE(invitations.status(m_event, ids.at(0)), InvitationStatus::Confirmed);
        QCOMPARE(invitations.status(m_event, ids.at(4)), InvitationStatus::NotInvited);

        // Everyone invited, then undo restores exactly.
        stack.push(new SetStatusCommand(Database::defaultConnectionName(), m_event, ids,
                                        InvitationStatus::Invited, 0, &outcome));
        QCOMPARE(outcome.changed, 5); // confirmed → invited is allowed (a correction)
        stack.undo();
        QCOMPARE(invitations.status(m_event, ids.at(0)), InvitationStatus::Confirmed);
        QCOMPARE(invitations.status(m_event, ids.at(4)), InvitationStatus::NotInvited);
        QVERIFY(!invitations.invitationState(m_event, ids.at(4)).exists);
        stack.undo();
        QCOMPARE(invitations.status(m_event, ids.at(0)), InvitationStatus::Invited);
        QCOMPARE(invitations.history(m_event, ids.at(0)).size(), 1);
        stack.redo();
        QCOMPARE(invitations.status(m_event, ids.at(0)), InvitationStatus::Confirmed);
    }

    void nothingToChangeLeavesNoUndoStep()
    {
        InviteeRepository repo;
        const qint64 id = repo.insert(person(QStringLiteral("A"), QStringLiteral("9000000001")));
        QUndoStack stack;
        SetStatusCommand::Outcome outcome;
        stack.push(new SetStatusCommand(Database::defaultConnectionName(), m_event, {id},
                                        InvitationStatus::Attended, 0, &outcome));
        QCOMPARE(outcome.changed, 0);
        QCOMPARE(outcome.skipped, 1);
        QCOMPARE(stack.count(), 0);
    }

    void nominateAndUndoAttended()
    {
        InviteeRepository repo;
        InvitationRepository invitations;
        const qint64 id = repo.insert(person(QStringLiteral("A"), QStringLiteral("9000000001")));
        QUndoStack stack;
        stack.push(new SetStatusCommand(Database::defaultConnectionName(), m_event, {id}, InvitationStatus::Invited));
        stack.push(new SetStatusCommand(Database::defaultConnectionName(), m_event, {id}, InvitationStatus::Nominated, m_lucknow));
        QCOMPARE(invitations.invitationState(m_event, id).nominatedEventId, m_lucknow);
        stack.push(new SetStatusCommand(Database::defaultConnectionName(), m_event, {id}, InvitationStatus::Attended));
        QCOMPARE(invitations.status(m_event, id), InvitationStatus::Attended);
        // Attended can be taken back (to confirmed) as a change of its own.
        stack.push(new SetStatusCommand(Database::defaultConnectionName(), m_event, {id}, InvitationStatus::Confirmed));
        QCOMPARE(invitations.status(m_event, id), InvitationStatus::Confirmed);
        QCOMPARE(invitations.history(m_event, id).size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestInviteeCommands)
#include "tst_inviteecommands.moc"
