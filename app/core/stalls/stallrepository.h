#pragma once

#include "storage/conflictresolver.h"
#include "storage/database.h"

#include <QStringList>
#include "stalls/stall.h"
#include "storage/rowversion.h"

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
    // Creates or replaces the hall of hall.eventId, over hall.version (0: whatever is there;
    // a hall not yet made has none).
    WriteResult<Hall> setHall(const Hall &hall, QString *error = nullptr) const;

    QList<Stall> stalls(qint64 eventId) const; // ordered by code
    std::optional<Stall> find(qint64 stallId) const;
    // Inserts and returns the id, or 0. `keepId` re-uses stall.id and its version (undo).
    qint64 insert(const Stall &stall, QString *error = nullptr, bool keepId = false) const;
    // Over stall.version (0: whatever is there); refused with a Conflict when the stall changed
    // (moved, allotted to someone) or was deleted at another desk meanwhile.
    WriteResult<Stall> update(const Stall &stall, QString *error = nullptr) const;
    WriteResult<Stall> remove(qint64 stallId, QString *error = nullptr, qint64 version = 0) const;
    // Several stalls in one transaction (moves of a selection, generation, undo).
    bool insertAll(const QList<Stall> &stalls, QList<qint64> *ids, QString *error = nullptr,
                   bool keepIds = false) const;
    // Each over its version; the stalls get their new versions. The first conflict refuses all.
    WriteResult<Stall> updateAll(QList<Stall> &stalls, QString *error = nullptr) const;
    WriteResult<Stall> updateAll(const QList<Stall> &stalls, QString *error = nullptr) const
    {
        QList<Stall> copy = stalls;
        return updateAll(copy, error);
    }
    // `versions`: the version each was seen at (a stall without one is deleted as it is).
    WriteResult<Stall> removeAll(const QList<qint64> &stallIds, QString *error = nullptr,
                                 const QHash<qint64, qint64> &versions = {}) const;

    // What changed between two states of a stall, and a conflict in words (`seen`: the stall as
    // this desk last saw it): "allotted to — → Ramesh Traders".
    QList<FieldChange> differences(const Stall &before, const Stall &after) const;
    ConflictNotice notice(const Conflict<Stall> &conflict, const Stall *seen = nullptr) const;
    static QList<FieldChange> differences(const Hall &before, const Hall &after);
    static ConflictNotice notice(const Conflict<Hall> &conflict, const Hall *seen = nullptr);

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
