#include "inviteecommands.h"

#include "commandsupport.h"
#include "transaction.h"

#include <QSqlDatabase>

AddInviteeCommand::AddInviteeCommand(const QString &connection, const Invitee &invitee,
                                     qint64 eventId, InvitationStatus status, QUndoCommand *parent)
    : QUndoCommand(parent), m_repository(connection), m_invitee(invitee), m_eventId(eventId),
      m_status(status)
{
    setText(tr("add invitee “%1”").arg(invitee.name));
}

void AddInviteeCommand::redo()
{
    QString error;
    if (!m_removed.isEmpty()) {
        if (!m_repository.restore(m_removed, &error))
            reportFailedCommand(this, error);
        m_removed = RowSnapshot();
        return;
    }
    const qint64 id = m_repository.insert(m_invitee, &error);
    if (!id) {
        reportFailedCommand(this, error);
        return;
    }
    m_invitee.id = id;
    if (m_eventId && m_status != InvitationStatus::NotInvited
        && !m_repository.setStatus(m_eventId, id, m_status, 0, &error))
        reportFailedCommand(this, error);
}

void AddInviteeCommand::undo()
{
    QString error;
    if (!m_repository.remove({m_invitee.id}, &m_removed, &error))
        reportFailedCommand(this, error);
}

EditInviteeCommand::EditInviteeCommand(const QString &connection, const Invitee &before,
                                       const Invitee &after, QUndoCommand *parent)
    : QUndoCommand(parent), m_repository(connection), m_before(before), m_after(after)
{
    setText(tr("edit invitee “%1”").arg(after.name));
}

void EditInviteeCommand::redo()
{
    QString error;
    if (!m_repository.update(m_after, &error))
        reportFailedCommand(this, error);
}

void EditInviteeCommand::undo()
{
    QString error;
    if (!m_repository.update(m_before, &error))
        reportFailedCommand(this, error);
}

DeleteInviteesCommand::DeleteInviteesCommand(const QString &connection, const QList<qint64> &ids,
                                             const QString &firstName, QUndoCommand *parent)
    : QUndoCommand(parent), m_repository(connection), m_ids(ids)
{
    setText(ids.size() == 1 ? tr("delete invitee “%1”").arg(firstName)
                            : tr("delete %n invitee(s)", nullptr, int(ids.size())));
}

void DeleteInviteesCommand::redo()
{
    m_removed = RowSnapshot();
    QString error;
    if (!m_repository.remove(m_ids, &m_removed, &error))
        reportFailedCommand(this, error);
}

void DeleteInviteesCommand::undo()
{
    QString error;
    if (!m_repository.restore(m_removed, &error))
        reportFailedCommand(this, error);
}

SetStatusCommand::SetStatusCommand(const QString &connection, qint64 eventId,
                                   const QList<qint64> &inviteeIds, InvitationStatus status,
                                   qint64 nominatedEventId, Outcome *outcome, QUndoCommand *parent)
    : QUndoCommand(parent), m_connection(connection), m_repository(connection), m_eventId(eventId),
      m_inviteeIds(inviteeIds), m_status(status), m_nominatedEventId(nominatedEventId),
      m_outcome(outcome)
{
    setText(tr("mark %n invitee(s) as %1", nullptr, int(inviteeIds.size()))
                .arg(InvitationStatuses::displayName(status)));
}

void SetStatusCommand::redo()
{
    m_changes.clear();
    int skipped = 0;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction transaction(db);
    // One refresh for the whole batch instead of one per invitee.
    {
        const QSignalBlocker quiet(ChangeNotifier::instance());
        QString error;
        for (qint64 id : std::as_const(m_inviteeIds)) {
            const InvitationState before = m_repository.invitationState(m_eventId, id);
            const bool sameNomination = before.status == InvitationStatus::Nominated
                                        && m_status == InvitationStatus::Nominated
                                        && before.nominatedEventId != m_nominatedEventId;
            if (!sameNomination && !InvitationStatuses::nextStatuses(before.status).contains(m_status)) {
                ++skipped;
                continue;
            }
            const qint64 changeId = m_repository.setStatus(m_eventId, id, m_status, m_nominatedEventId, &error);
            if (!changeId) {
                m_changes.clear();
                reportFailedCommand(this, error);
                return; // the transaction rolls back
            }
            m_changes << Change{id, before, changeId};
        }
        if (!transaction.commit()) {
            m_changes.clear();
            reportFailedCommand(this, tr("The status could not be saved."));
            return;
        }
    }
    if (m_outcome) {
        *m_outcome = Outcome{int(m_changes.size()), skipped};
        m_outcome = nullptr; // only the first redo reports; the caller's object is gone later
    }
    if (m_changes.isEmpty())
        setObsolete(true); // nothing to undo
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::Invitations);
}

void SetStatusCommand::undo()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction transaction(db);
    {
        const QSignalBlocker quiet(ChangeNotifier::instance());
        QString error;
        for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it) {
            if (!m_repository.restoreInvitation(m_eventId, it->inviteeId, it->before, it->changeId, &error)) {
                reportFailedCommand(this, error);
                return;
            }
        }
        if (!transaction.commit()) {
            reportFailedCommand(this, tr("The status could not be saved."));
            return;
        }
    }
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::Invitations);
}

ImportInviteesCommand::ImportInviteesCommand(const QString &connection, const InviteeImport::Plan &plan,
                                             const InviteeImport::Options &options,
                                             const InviteeImport::Applied &applied,
                                             const QString &fileName, QUndoCommand *parent)
    : QUndoCommand(parent), m_connection(connection), m_plan(plan), m_options(options), m_applied(applied)
{
    setText(tr("import from %1").arg(fileName));
}

void ImportInviteesCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    QString error;
    const auto applied = InviteeImport::apply(m_plan, m_options, &error, {}, m_connection);
    if (!applied) {
        reportFailedCommand(this, error);
        return;
    }
    m_applied = *applied;
}

void ImportInviteesCommand::undo()
{
    QString error;
    if (!InviteeImport::revert(m_applied, &error, m_connection))
        reportFailedCommand(this, error);
}
