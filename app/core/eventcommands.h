#pragma once

#include "event.h"
#include "eventrepository.h"

#include <QCoreApplication>
#include <QUndoCommand>

// Undoable edits of events. A command that fails to write reports through ChangeNotifier and
// marks itself obsolete, so the stack drops it instead of pretending it happened.

class AddEventCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddEventCommand)
public:
    AddEventCommand(const QString &connection, const Event &event, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 eventId() const { return m_event.id; }

private:
    EventRepository m_repository;
    Event m_event;
    RowSnapshot m_removed; // what undo took away, for redo to put back
};

class EditEventCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditEventCommand)
public:
    EditEventCommand(const QString &connection, const Event &before, const Event &after,
                     QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    EventRepository m_repository;
    Event m_before;
    Event m_after;
};

class DeleteEventCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteEventCommand)
public:
    DeleteEventCommand(const QString &connection, const Event &event, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    EventRepository m_repository;
    Event m_event;
    RowSnapshot m_removed;
};
