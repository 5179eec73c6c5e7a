#pragma once

#include "database.h"

#include <QStringList>
#include "stall.h"

#include <QCoreApplication>
#include <QHash>
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
    // Several stalls in one transaction (moves of a selection, generation, undo).
    bool insertAll(const QList<Stall> &stalls, QList<qint64> *ids, QString *error = nullptr,
                   bool keepIds = false) const;
    bool updateAll(const QList<Stall> &stalls, QString *error = nullptr) const;
    bool removeAll(const QList<qint64> &stallIds, QString *error = nullptr) const;

    // Who a stall is allotted to, for labels, lists and printing.
    struct Holder {
        qint64 inviteeId = 0;
        QString name;
        QString enterprise;
        QString mobile;
    };
    QHash<qint64, Holder> holders(qint64 eventId) const; // by stall id, allotted stalls only
    // The codes of the stalls an invitee holds at the event, in order (most hold none or one).
    QStringList codesHeldBy(qint64 eventId, qint64 inviteeId) const;
    // Confirmed (or attended) invitees of the event who hold no stall, by enterprise.
    QList<Holder> waitingForStall(qint64 eventId) const;

    const QString &connection() const { return m_connection; }

private:
    QString m_connection;
};
