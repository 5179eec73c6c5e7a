#pragma once

#include "database.h"
#include "stall.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

// All SQL about halls and stalls.
class StallRepository final
{
    Q_DECLARE_TR_FUNCTIONS(StallRepository)
public:
    explicit StallRepository(const QString &connectionName = Database::defaultConnectionName())
        : m_connection(connectionName) {}

    std::optional<Hall> hall(qint64 eventId) const;
    // Creates or replaces the hall of hall.eventId.
    bool setHall(const Hall &hall, QString *error = nullptr) const;

    QList<Stall> stalls(qint64 eventId) const; // ordered by code
    // Inserts and returns the id, or 0. `keepId` re-uses stall.id (undo).
    qint64 insert(const Stall &stall, QString *error = nullptr, bool keepId = false) const;
    bool update(const Stall &stall, QString *error = nullptr) const;
    bool remove(qint64 stallId, QString *error = nullptr) const;

private:
    QString m_connection;
};
