#pragma once

#include "import/inviteeimport.h"
#include "invitee.h"
#include "inviteerepository.h"

#include <QCoreApplication>
#include <QUndoCommand>

// Undoable edits of the invitee register. As with events, a command that cannot write reports
// through ChangeNotifier and marks itself obsolete.

class AddInviteeCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddInviteeCommand)
public:
    // With `eventId`, the new invitee is also given `status` for that event.
    AddInviteeCommand(const QString &connection, const Invitee &invitee, qint64 eventId = 0,
                      InvitationStatus status = InvitationStatus::NotInvited,
                      QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 inviteeId() const { return m_invitee.id; }

private:
    InviteeRepository m_repository;
    Invitee m_invitee;
    qint64 m_eventId;
    InvitationStatus m_status;
    RowSnapshot m_removed;
};

class EditInviteeCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditInviteeCommand)
public:
    EditInviteeCommand(const QString &connection, const Invitee &before, const Invitee &after,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    InviteeRepository m_repository;
    Invitee m_before;
    Invitee m_after;
};

class DeleteInviteesCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteInviteesCommand)
public:
    DeleteInviteesCommand(const QString &connection, const QList<qint64> &ids,
                          const QString &firstName, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    InviteeRepository m_repository;
    QList<qint64> m_ids;
    RowSnapshot m_removed;
};

// Sets one status for many invitees of an event at once (one undo step). Invitees for whom the
// change is not a sensible transition are left as they are (see InvitationStatuses::nextStatuses).
class SetStatusCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetStatusCommand)
public:
    // What the first redo() did. The stack deletes a command that changed nothing, so the
    // caller passes this to learn the outcome of QUndoStack::push().
    struct Outcome {
        int changed = 0;
        int skipped = 0;
    };

    SetStatusCommand(const QString &connection, qint64 eventId, const QList<qint64> &inviteeIds,
                     InvitationStatus status, qint64 nominatedEventId = 0,
                     Outcome *outcome = nullptr, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    struct Change {
        qint64 inviteeId;
        InvitationState before;
        qint64 changeId;
    };
    QString m_connection;
    InviteeRepository m_repository;
    qint64 m_eventId;
    QList<qint64> m_inviteeIds;
    InvitationStatus m_status;
    qint64 m_nominatedEventId;
    QList<Change> m_changes;
    Outcome *m_outcome;
};

// An import from a file, as one undo step. It is created after the import has been written
// (the wizard shows its progress and outcome first), so its first redo() does nothing.
class ImportInviteesCommand final : public QUndoCommand
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
