#pragma once

#include "import/inviteeimport.h"
#include "invitees/invitee.h"
#include "invitees/invitationrepository.h"
#include "invitees/inviteerepository.h"

#include "undo/recordcommand.h"

#include <QCoreApplication>
#include <QDate>

// Invitees as RecordCommand writes them. A new invitee may at once get a status for an event
// (a walk-in at the check-in desk is "attended"), in the same transaction.
struct InviteeStore {
    using Record = Invitee;
    using Removed = RowSnapshot;
    static constexpr bool AddsAndDeletes = true;
    static qint64 idOf(const Invitee &invitee) { return invitee.id; }

    explicit InviteeStore(const QString &connection, qint64 eventId = 0,
                          InvitationStatus status = InvitationStatus::NotInvited)
        : connection(connection), eventId(eventId), status(status) {}
    bool insert(QList<Invitee> &invitees, QString *error) const;
    WriteResult<Invitee> update(QList<Invitee> &invitees, QString *error) const;
    WriteResult<Invitee> remove(const QList<Invitee> &invitees, RowSnapshot *removed, QString *error) const;
    bool restore(const RowSnapshot &removed, QString *error) const;
    ConflictNotice notice(const Conflict<Invitee> &conflict, const Invitee *seen) const
    {
        return InviteeRepository(connection).notice(conflict, seen);
    }

    QString connection;
    qint64 eventId;
    InvitationStatus status;
    QDate checkInDay; // a walk-in: also checked in on this day (at `desk`)
    QString desk;
};

class AddInviteeCommand final : public RecordCommand<InviteeStore>
{
    Q_DECLARE_TR_FUNCTIONS(AddInviteeCommand)
public:
    // With `eventId`, the new invitee is also given `status` for that event.
    AddInviteeCommand(const QString &connection, const Invitee &invitee, qint64 eventId = 0,
                      InvitationStatus status = InvitationStatus::NotInvited,
                      QUndoCommand *parent = nullptr);
    qint64 inviteeId() const { return firstId(); }
    // A walk-in at the desk: also checked in for `day`, in the same write.
    void checkInOn(const QDate &day, const QString &desk)
    {
        m_store.checkInDay = day;
        m_store.desk = desk;
    }
};

class EditInviteeCommand final : public RecordCommand<InviteeStore>
{
    Q_DECLARE_TR_FUNCTIONS(EditInviteeCommand)
public:
    EditInviteeCommand(const QString &connection, const Invitee &before, const Invitee &after,
                       QUndoCommand *parent = nullptr);
};

class DeleteInviteesCommand final : public RecordCommand<InviteeStore>
{
    Q_DECLARE_TR_FUNCTIONS(DeleteInviteesCommand)
public:
    // `versions`: the version each was seen at (see InviteeRepository::remove).
    DeleteInviteesCommand(const QString &connection, const QList<qint64> &ids,
                          const QString &firstName, QUndoCommand *parent = nullptr,
                          const QHash<qint64, qint64> &versions = {});
};

// Sets one status for many invitees of an event at once (one undo step). Invitees for whom the
// change is not a sensible transition are left as they are (see InvitationStatuses::nextStatuses).
class SetStatusCommand final : public WriteCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetStatusCommand)
public:
    // What the first redo() did. The stack deletes a command that changed nothing, so the
    // caller passes this to learn the outcome of QUndoStack::push().
    struct Outcome {
        int changed = 0;
        int skipped = 0;
        bool failed = false; // nothing was written (the window has been told why)
    };

    SetStatusCommand(const QString &connection, qint64 eventId, const QList<qint64> &inviteeIds,
                     InvitationStatus status, qint64 nominatedEventId = 0,
                     Outcome *outcome = nullptr, QUndoCommand *parent = nullptr);
    // Several steps in one write, each from where the one before left the invitee (the desk
    // checks in a declined guest: confirmed, then attended). The last step names the command.
    SetStatusCommand(const QString &connection, qint64 eventId, const QList<qint64> &inviteeIds,
                     const QList<InvitationStatus> &steps, Outcome *outcome = nullptr,
                     QUndoCommand *parent = nullptr);
    // The invitations as the page showed them (status and version, by invitee id): one that
    // changed at another desk since is not written over without asking (ConflictResolver).
    // Invitees not in it are changed from wherever they stand.
    void setSeen(const QHash<qint64, InvitationState> &seen) { m_seen = seen; }
    void redo() override;
    void undo() override;

    // The version this program's status commands (this one, check-ins) last left an invitation
    // at (0: they took it away), or `otherwise` when none wrote it: an undo after another
    // command's undo goes over what that one left, so only another desk's write is a conflict.
    static qint64 lastLeft(const QString &connection, qint64 eventId, qint64 inviteeId, qint64 otherwise);
    static void setLeft(const QString &connection, qint64 eventId, qint64 inviteeId, qint64 version);

private:
    struct Change {
        qint64 inviteeId;
        InvitationState before;
        qint64 changeId;
        qint64 version; // the invitation's version after this change
        InvitationStatus status;
    };
    QString m_connection;
    InvitationRepository m_invitations;
    qint64 m_eventId;
    QList<qint64> m_inviteeIds;
    QList<InvitationStatus> m_steps;
    qint64 m_nominatedEventId;
    QList<Change> m_changes;
    QHash<qint64, InvitationState> m_seen; // what this desk last saw: the page's, then what undo left
    bool m_ran = false; // written once: later runs go over what the stack's commands left
    Outcome *m_outcome;
};

// An import from a file, as one undo step. It is created after the import has been written
// (the wizard shows its progress and outcome first), so its first redo() does nothing.
class ImportInviteesCommand final : public WriteCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportInviteesCommand)
public:
    ImportInviteesCommand(const QString &connection, const InviteeImport::Plan &plan,
                          const InviteeImport::Options &options,
                          const InviteeImport::Applied &applied, const QString &fileName,
                          QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QString m_connection;
    InviteeImport::Plan m_plan;
    InviteeImport::Options m_options;
    InviteeImport::Applied m_applied;
    bool m_firstRedo = true;
};
