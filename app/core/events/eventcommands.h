#pragma once

#include "events/event.h"
#include "events/eventrepository.h"
#include "undo/recordcommand.h"

#include <QCoreApplication>

// Events as RecordCommand writes them. A deleted event takes its invitations, hall and stalls
// with it (foreign keys); the snapshot puts all of them back.
struct EventStore {
    using Record = Event;
    using Removed = RowSnapshot;
    static constexpr bool AddsAndDeletes = true;
    static qint64 idOf(const Event &event) { return event.id; }

    explicit EventStore(const QString &connection) : connection(connection) {}
    bool insert(QList<Event> &events, QString *error) const;
    WriteResult<Event> update(QList<Event> &events, QString *error) const;
    WriteResult<Event> remove(const QList<Event> &events, RowSnapshot *removed, QString *error) const;
    bool restore(const RowSnapshot &removed, QString *error) const;
    ConflictNotice notice(const Conflict<Event> &conflict, const Event *seen) const
    {
        return EventRepository::notice(conflict, seen);
    }

    QString connection;
};

// The undoable edits of events.
class AddEventCommand final : public RecordCommand<EventStore>
{
    Q_DECLARE_TR_FUNCTIONS(AddEventCommand)
public:
    AddEventCommand(const QString &connection, const Event &event, QUndoCommand *parent = nullptr);
    qint64 eventId() const { return firstId(); }
};

class EditEventCommand final : public RecordCommand<EventStore>
{
    Q_DECLARE_TR_FUNCTIONS(EditEventCommand)
public:
    EditEventCommand(const QString &connection, const Event &before, const Event &after,
                     QUndoCommand *parent = nullptr);
};

class DeleteEventCommand final : public RecordCommand<EventStore>
{
    Q_DECLARE_TR_FUNCTIONS(DeleteEventCommand)
public:
    DeleteEventCommand(const QString &connection, const Event &event, QUndoCommand *parent = nullptr);
};
