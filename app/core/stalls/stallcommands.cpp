#include "stallcommands.h"

#include "commandsupport.h"

AddStallsCommand::AddStallsCommand(const QString &connection, const QList<Stall> &stalls,
                                   const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_repository(connection), m_stalls(stalls)
{
}

QList<qint64> AddStallsCommand::ids() const
{
    QList<qint64> ids;
    for (const Stall &s : m_stalls)
        ids << s.id;
    return ids;
}

void AddStallsCommand::redo()
{
    QList<qint64> ids;
    QString error;
    // The first time the database gives ids; a redo puts the same ids back.
    if (!m_repository.insertAll(m_stalls, &ids, &error, m_written)) {
        reportFailedCommand(this, error);
        return;
    }
    for (int i = 0; i < m_stalls.size(); ++i)
        m_stalls[i].id = ids.value(i);
    m_written = true;
}

void AddStallsCommand::undo()
{
    QString error;
    if (!m_repository.removeAll(ids(), &error))
        reportFailedCommand(this, error);
}

RemoveStallsCommand::RemoveStallsCommand(const QString &connection, const QList<Stall> &stalls, QUndoCommand *parent)
    : QUndoCommand(parent), m_repository(connection), m_stalls(stalls)
{
    setText(stalls.size() == 1 ? tr("delete stall %1").arg(stalls.constFirst().code)
                               : tr("delete %n stall(s)", nullptr, int(stalls.size())));
}

void RemoveStallsCommand::redo()
{
    QList<qint64> ids;
    for (const Stall &s : m_stalls)
        ids << s.id;
    QString error;
    if (!m_repository.removeAll(ids, &error))
        reportFailedCommand(this, error);
}

void RemoveStallsCommand::undo()
{
    QString error;
    if (!m_repository.insertAll(m_stalls, nullptr, &error, true))
        reportFailedCommand(this, error);
}

ChangeStallsCommand::ChangeStallsCommand(const QString &connection, const QList<Stall> &before,
                                         const QList<Stall> &after, Kind kind, QUndoCommand *parent)
    : QUndoCommand(parent), m_repository(connection), m_before(before), m_after(after), m_kind(kind)
{
    const int n = int(after.size());
    const QString code = after.isEmpty() ? QString() : after.constFirst().code;
    switch (kind) {
    case Move: setText(n == 1 ? tr("move stall %1").arg(code) : tr("move %n stall(s)", nullptr, n)); break;
    case Resize: setText(tr("resize stall %1").arg(code)); break;
    case Properties: setText(n == 1 ? tr("change stall %1").arg(code) : tr("change %n stall(s)", nullptr, n)); break;
    case Allot: setText(tr("allot stall %1").arg(code)); break;
    }
}

void ChangeStallsCommand::redo()
{
    QString error;
    if (!m_repository.updateAll(m_after, &error))
        reportFailedCommand(this, error);
}

void ChangeStallsCommand::undo()
{
    QString error;
    if (!m_repository.updateAll(m_before, &error))
        reportFailedCommand(this, error);
}

int ChangeStallsCommand::id() const
{
    return m_kind == Move ? 0x57a11 : -1; // only moves merge
}

bool ChangeStallsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeStallsCommand *>(other);
    if (next->m_after.size() != m_after.size())
        return false;
    for (int i = 0; i < m_after.size(); ++i)
        if (next->m_after.at(i).id != m_after.at(i).id)
            return false;
    m_after = next->m_after; // one step from where the drag began to where it ended
    return true;
}

SetHallCommand::SetHallCommand(const QString &connection, const Hall &before, const Hall &after, QUndoCommand *parent)
    : QUndoCommand(parent), m_repository(connection), m_before(before), m_after(after)
{
    setText(tr("set the hall to %1 m × %2 m").arg(after.width).arg(after.depth));
}

void SetHallCommand::redo()
{
    QString error;
    if (!m_repository.setHall(m_after, &error))
        reportFailedCommand(this, error);
}

void SetHallCommand::undo()
{
    QString error;
    if (!m_repository.setHall(m_before, &error))
        reportFailedCommand(this, error);
}
