#include "checkincommand.h"

#include "undo/changenotifier.h"
#include "storage/conflictresolver.h"
#include "invitees/inviteecommands.h"
#include "storage/transaction.h"
#include "invitees/invitationrepository.h"

CheckInCommand::CheckInCommand(const QString &connection, qint64 eventId, qint64 inviteeId, const QDate &day,
                               const QList<InvitationStatus> &steps, const QString &name, const QString &desk,
                               Outcome *outcome, QUndoCommand *parent)
    : WriteCommand(tr("check in %1").arg(name), parent), m_connection(connection), m_eventId(eventId),
      m_inviteeId(inviteeId), m_day(day), m_steps(steps), m_desk(desk), m_outcome(outcome)
{
}

void CheckInCommand::redo()
{
    clearError();
    const CheckinRepository checkins(m_connection);
    const InvitationRepository invitations(m_connection);
    QString error;
    qint64 checkinId = 0;
    bool alreadyIn = false;
    QList<Change> changes;
    const bool written = Transaction::run(QSqlDatabase::database(m_connection), &error,
                                          CheckinRepository::tr("The check-in could not be saved: %1"), [&] {
        const QSignalBlocker quiet(ChangeNotifier::instance()); // one refresh when all is in
        switch (checkins.insert(m_eventId, m_inviteeId, m_day, QDateTime::currentDateTime(), m_desk, &checkinId, &error)) {
        case CheckinRepository::Result::Failed:
            return false;
        case CheckinRepository::Result::AlreadyIn:
            alreadyIn = true;
            return true; // nothing written
        case CheckinRepository::Result::Written:
            break;
        }
        for (const InvitationStatus status : std::as_const(m_steps)) {
            const InvitationState before = invitations.invitationState(m_eventId, m_inviteeId);
            if (before.status == status)
                continue;
            const qint64 changeId = invitations.setStatus(m_eventId, m_inviteeId, status, 0, &error);
            if (!changeId)
                return false;
            changes << Change{before, changeId, before.exists ? before.version + 1 : 1, status};
        }
        return true;
    });
    Outcome result;
    if (!written) {
        result.kind = Outcome::Failed;
    } else if (alreadyIn) {
        result.kind = Outcome::AlreadyIn;
        if (const auto existing = checkins.find(m_eventId, m_inviteeId, m_day)) {
            result.at = existing->at;
            result.desk = existing->desk;
        }
    } else {
        result.kind = Outcome::CheckedIn;
        m_checkinId = checkinId;
        m_changes = changes;
        if (!changes.isEmpty())
            SetStatusCommand::setLeft(m_connection, m_eventId, m_inviteeId, changes.constLast().version);
    }
    if (m_outcome) {
        *m_outcome = result;
        m_outcome = nullptr; // only the first redo reports; the caller's object is gone later
    }
    if (!written)
        return fail(error);
    if (alreadyIn)
        setObsolete(true); // nothing to undo
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::Invitations, m_inviteeId);
}

void CheckInCommand::undo()
{
    clearError();
    const InvitationRepository invitations(m_connection);
    qint64 keep = -1; // "Keep mine": the version the status is taken back over
    for (int attempt = 0;; ++attempt) {
        QString error;
        std::optional<Conflict<InvitationState>> conflict;
        const bool written = Transaction::run(QSqlDatabase::database(m_connection), &error,
                                              CheckinRepository::tr("The check-in could not be taken back: %1"), [&] {
            const QSignalBlocker quiet(ChangeNotifier::instance());
            if (!CheckinRepository(m_connection).remove(m_checkinId, &error))
                return false;
            // The status back over the version this check-in left: a desk that changed it since
            // (marked the guest otherwise) is not undone silently.
            qint64 expected = keep >= 0 ? keep
                              : m_changes.isEmpty()
                                  ? -1
                                  : SetStatusCommand::lastLeft(m_connection, m_eventId, m_inviteeId,
                                                               m_changes.constLast().version);
            for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it) {
                if (!invitations.restoreInvitation(m_eventId, m_inviteeId, it->before, it->changeId, &error, expected,
                                                &conflict))
                    return false;
                expected = it->before.exists ? expected + 1 : 0;
            }
            if (!m_changes.isEmpty())
                SetStatusCommand::setLeft(m_connection, m_eventId, m_inviteeId, expected);
            return true;
        });
        if (written)
            break;
        if (!conflict)
            return fail(error);
        InvitationState seen;
        seen.exists = true;
        seen.status = m_changes.constLast().status;
        seen.version = m_changes.constLast().version;
        const ConflictNotice notice = invitations.notice(m_inviteeId, *conflict, &seen);
        if (attempt >= 5 || ConflictResolver::instance()->ask(notice) != ConflictResolver::Choice::KeepMine)
            return refuse(notice.message());
        keep = conflict->current ? conflict->current->version : 0;
    }
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::Invitations, m_inviteeId);
}
