#include "eventcommands.h"

#include "commandsupport.h"

AddEventCommand::AddEventCommand(const QString &connection, const Event &event, QUndoCommand *parent)
    : QUndoCommand(parent), m_repository(connection), m_event(event)
{
    setText(tr("add event “%1”").arg(event.nameEn.isEmpty() ? event.nameHi : event.nameEn));
}

void AddEventCommand::redo()
{
    QString error;
    if (!m_removed.isEmpty()) {
        if (!m_repository.restore(m_removed, &error))
            reportFailedCommand(this, error);
        m_removed = RowSnapshot();
        return;
    }
    const qint64 id = m_repository.insert(m_event, &error);
    if (id == 0)
        reportFailedCommand(this, error);
    else
        m_event.id = id;
}

void AddEventCommand::undo()
{
    QString error;
    if (!m_repository.remove(m_event.id, &m_removed, &error))
        reportFailedCommand(this, error);
}

EditEventCommand::EditEventCommand(const QString &connection, const Event &before,
                                   const Event &after, QUndoCommand *parent)
    : QUndoCommand(parent), m_repository(connection), m_before(before), m_after(after)
{
    setText(tr("edit event “%1”").arg(after.nameEn.isEmpty() ? after.nameHi : after.nameEn));
}

void EditEventCommand::redo()
{
    QString error;
    if (!m_repository.update(m_after, &error))
        reportFailedCommand(this, error);
}

void EditEventCommand::undo()
{
    QString error;
    if (!m_repository.update(m_before, &error))
        reportFailedCommand(this, error);
}

DeleteEventCommand::DeleteEventCommand(const QString &connection, const Event &event,
                                       QUndoCommand *parent)
    : QUndoCommand(parent), m_repository(connection), m_event(event)
{
    setText(tr("delete event “%1”").arg(event.nameEn.isEmpty() ? event.nameHi : event.nameEn));
}

void DeleteEventCommand::redo()
{
    m_removed = RowSnapshot();
    QString error;
    if (!m_repository.remove(m_event.id, &m_removed, &error))
        reportFailedCommand(this, error);
}

void DeleteEventCommand::undo()
{
    QString error;
    if (!m_repository.restore(m_removed, &error))
        reportFailedCommand(this, error);
}
