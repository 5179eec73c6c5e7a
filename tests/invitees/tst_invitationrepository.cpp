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
};

QTEST_GUILESS_MAIN(TestInvitationRepository)
#include "tst_invitationrepository.moc"
