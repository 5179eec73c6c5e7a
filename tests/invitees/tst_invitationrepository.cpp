#include "invitees/invitationrepository.h"
#include "inviteefixture.h"
#include "testdb.h"

using namespace InviteeFixture;

// Invitations: a status set, its history, and undo.
class TestInvitationRepository : public QObject, private WithPeople
{
    Q_OBJECT

private slots:
    void init() { setUpPeople(); }
    void cleanup() { tearDownPeople(); }

    void historyAndRestore()
    {
        InvitationRepository invitations;
        const qint64 id = m_ids.value(QStringLiteral("Sunita Yadav"));
        const InvitationState before = invitations.invitationState(m_event, id);
        QVERIFY(before.exists);
        QCOMPARE(before.status, InvitationStatus::Invited);
        const qint64 change = invitations.setStatus(m_event, id, InvitationStatus::Declined);
        QVERIFY(change);
        QCOMPARE(invitations.history(m_event, id).size(), 2);
        QCOMPARE(invitations.history(m_event, id).last().status, InvitationStatus::Declined);
        QVERIFY(invitations.restoreInvitation(m_event, id, before, change));
        QCOMPARE(invitations.status(m_event, id), InvitationStatus::Invited);
        QCOMPARE(invitations.invitationState(m_event, id).changedAt, before.changedAt);
        QCOMPARE(invitations.history(m_event, id).size(), 1);

        // From no invitation at all, restore removes the row again.
        const qint64 meera = m_ids.value(QStringLiteral("मीरा श्रीवास्तव"));
        const InvitationState none = invitations.invitationState(m_event, meera);
        QVERIFY(!none.exists);
        const qint64 c2 = invitations.setStatus(m_event, meera, InvitationStatus::Invited);
        QVERIFY(invitations.restoreInvitation(m_event, meera, none, c2));
        QVERIFY(!invitations.invitationState(m_event, meera).exists);
        QVERIFY(Database::check().isEmpty());
    }

    // A change made over a state that moved on meanwhile (another desk's) is refused, says
    // what the invitation is now, and writes nothing.
    void changeOverAnotherChangeIsRefused()
    {
        InvitationRepository invitations;
        const qint64 id = m_ids.value(QStringLiteral("Sunita Yadav"));
        const InvitationState seen = invitations.invitationState(m_event, id);
        QVERIFY(seen.version > 0);
        QVERIFY(invitations.setStatus(m_event, id, InvitationStatus::Declined)); // the other desk
        std::optional<Conflict<InvitationState>> conflict;
        QString error;
        QCOMPARE(invitations.setStatus(m_event, id, InvitationStatus::Confirmed, 0, &error,
                                       QDateTime::currentDateTimeUtc(), seen.version, &conflict),
                 0);
        QVERIFY(conflict && conflict->current);
        QCOMPARE(conflict->current->status, InvitationStatus::Declined);
        QVERIFY2(error.contains(QStringLiteral("status invited → declined")), qPrintable(error));
        QCOMPARE(invitations.status(m_event, id), InvitationStatus::Declined);
        QCOMPARE(invitations.history(m_event, id).size(), 2); // invited, declined: no "confirmed"

        // The first invitation of someone expects none: a second "first" is refused.
        const qint64 meera = m_ids.value(QStringLiteral("मीरा श्रीवास्तव"));
        QVERIFY(invitations.setStatus(m_event, meera, InvitationStatus::Invited, 0, nullptr,
                                      QDateTime::currentDateTimeUtc(), 0));
        conflict.reset();
        QCOMPARE(invitations.setStatus(m_event, meera, InvitationStatus::Declined, 0, nullptr,
                                       QDateTime::currentDateTimeUtc(), 0, &conflict),
                 0);
        QVERIFY(conflict);
        QCOMPARE(invitations.status(m_event, meera), InvitationStatus::Invited);
    }

    // Undo of a status change that another change followed is refused; the later one stands.
    void undoUnderALaterChangeIsRefused()
    {
        InvitationRepository invitations;
        const qint64 id = m_ids.value(QStringLiteral("Sunita Yadav"));
        const InvitationState before = invitations.invitationState(m_event, id);
        const qint64 change = invitations.setStatus(m_event, id, InvitationStatus::Confirmed);
        QVERIFY(change);
        const qint64 left = invitations.invitationState(m_event, id).version;
        QVERIFY(invitations.setStatus(m_event, id, InvitationStatus::Attended)); // the other desk
        std::optional<Conflict<InvitationState>> conflict;
        QString error;
        QVERIFY(!invitations.restoreInvitation(m_event, id, before, change, &error, left, &conflict));
        QVERIFY(conflict && conflict->current);
        QCOMPARE(conflict->current->status, InvitationStatus::Attended);
        QVERIFY(!error.isEmpty());
        QCOMPARE(invitations.status(m_event, id), InvitationStatus::Attended);
        QCOMPARE(invitations.history(m_event, id).size(), 3);
        // The latest change, undone at the version it left, goes.
        const InvitationState beforeLatest = invitations.invitationState(m_event, id);
        const qint64 latest = invitations.setStatus(m_event, id, InvitationStatus::Declined);
        QVERIFY(latest);
        QVERIFY(invitations.restoreInvitation(m_event, id, beforeLatest, latest, &error,
                                              invitations.invitationState(m_event, id).version));
        QCOMPARE(invitations.status(m_event, id), InvitationStatus::Attended);
    }
};

QTEST_GUILESS_MAIN(TestInvitationRepository)
#include "tst_invitationrepository.moc"
