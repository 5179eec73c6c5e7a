#include "events/eventcommands.h"

#include "storage/transaction.h"

namespace {
QString nameOf(const Event &event)
{
    return event.nameEn.isEmpty() ? event.nameHi : event.nameEn;
}
} // namespace

bool EventStore::insert(QList<Event> &events, QString *error) const
{
    const EventRepository repository(connection);
    return Transaction::run(QSqlDatabase::database(connection), error,
                            EventRepository::tr("The event could not be saved: %1"), [&] {
        for (Event &event : events) {
            event.id = repository.insert(event, error);
            if (!event.id)
                return false;
            event.version = 1;
        }
        return true;
    });
}

WriteResult<Event> EventStore::update(QList<Event> &events, QString *error) const
{
    const EventRepository repository(connection);
    return RowVersion::writeAll(QSqlDatabase::database(connection), events, error,
                                EventRepository::tr("The event could not be saved: %1"),
                                [&](const Event &event) { return repository.update(event); });
}

WriteResult<Event> EventStore::remove(const QList<Event> &events, RowSnapshot *removed, QString *error) const
{
    const EventRepository repository(connection);
    QList<Event> gone = events;
    return RowVersion::writeAll(QSqlDatabase::database(connection), gone, error,
                                EventRepository::tr("The event could not be deleted: %1"),
                                [&](const Event &event) { return repository.remove(event.id, removed, nullptr, event.version); });
}

bool EventStore::restore(const RowSnapshot &removed, QString *error) const
{
    return EventRepository(connection).restore(removed, error);
}

AddEventCommand::AddEventCommand(const QString &connection, const Event &event, QUndoCommand *parent)
    : RecordCommand(EventStore(connection), Operation::Add, {}, {event},
                    tr("add event “%1”").arg(nameOf(event)), -1, parent)
{
}

EditEventCommand::EditEventCommand(const QString &connection, const Event &before,
                                   const Event &after, QUndoCommand *parent)
    : RecordCommand(EventStore(connection), Operation::Edit, {before}, {after},
                    tr("edit event “%1”").arg(nameOf(after)), -1, parent)
{
}

DeleteEventCommand::DeleteEventCommand(const QString &connection, const Event &event,
                                       QUndoCommand *parent)
    : RecordCommand(EventStore(connection), Operation::Delete, {event}, {},
                    tr("delete event “%1”").arg(nameOf(event)), -1, parent)
{
}
