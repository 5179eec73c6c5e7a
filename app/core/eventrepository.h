#pragma once

#include "database.h"
#include "event.h"
#include "rowsnapshot.h"

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
    bool update(const Event &event, QString *error = nullptr) const;
    // Deletes the event and, through the foreign keys, its invitations, hall and stalls; the
    // snapshot holds everything needed to put them back.
    bool remove(qint64 id, RowSnapshot *snapshot, QString *error = nullptr) const;
    bool restore(const RowSnapshot &snapshot, QString *error = nullptr) const;

    int count() const;
    // Other events with the same name (English or Hindi, any case) starting on the same day:
    // most likely the same event entered twice.
    QList<Event> sameNameAndDate(const Event &event) const;

private:
    QString m_connection;
};
