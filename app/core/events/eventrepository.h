#pragma once

#include "storage/conflictresolver.h"
#include "storage/database.h"
#include "events/event.h"
#include "storage/rowsnapshot.h"
#include "storage/rowversion.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

// All SQL about events. Holds only the connection name; the connection is fetched per call.
class EventRepository final
{
    Q_DECLARE_TR_FUNCTIONS(EventRepository)
public:
    explicit EventRepository(const QString &connectionName = Database::defaultConnectionName())
        : m_connection(connectionName) {}

    // Ordered by start date, newest first.
    QList<Event> all() const;
    std::optional<Event> find(qint64 id) const;

    // Why `event` cannot be saved, translated, or an empty string when it can.
    static QString validate(const Event &event);

    // Inserts `event` (its id is ignored unless `keepId`) and returns the new id, or 0.
    qint64 insert(const Event &event, QString *error = nullptr, bool keepId = false) const;
    // Saves `event` over event.version (0: whatever is there); refused with a Conflict when the
    // event changed or was deleted at another desk meanwhile.
    WriteResult<Event> update(const Event &event, QString *error = nullptr) const;
    // Deletes the event and, through the foreign keys, its invitations, hall and stalls; the
    // snapshot holds everything needed to put them back. Over `version` as update().
    WriteResult<Event> remove(qint64 id, RowSnapshot *snapshot, QString *error = nullptr, qint64 version = 0) const;
    bool restore(const RowSnapshot &snapshot, QString *error = nullptr) const;

    // What changed between two states of an event, field by field (for the changes log and
    // conflict messages).
    static QList<FieldChange> differences(const Event &before, const Event &after);
    // A conflict in words; `seen`: the event as this desk last saw it (what the other desk
    // changed is then named), or nullptr.
    static ConflictNotice notice(const Conflict<Event> &conflict, const Event *seen = nullptr);

    int count() const;
    // Other events with the same name (English or Hindi, any case) starting on the same day:
    // most likely the same event entered twice.
    QList<Event> sameNameAndDate(const Event &event) const;

private:
    QString m_connection;
};
