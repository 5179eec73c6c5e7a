#pragma once

#include "storage/conflictresolver.h"
#include "storage/database.h"
#include "invitees/invitee.h"
#include "storage/rowversion.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

// Where an invitee stood for an event before a change, so undo can put it back exactly.
struct InvitationState {
    bool exists = false;
    InvitationStatus status = InvitationStatus::NotInvited;
    qint64 nominatedEventId = 0;
    QString changedAt; // as stored (UTC ISO 8601)
    qint64 id = 0;      // the invitation's row, 0 when there is none
    qint64 version = 0; // its version, 0 when there is none
};

// One entry of an invitation's history.
struct StatusChange {
    InvitationStatus status = InvitationStatus::NotInvited;
    qint64 nominatedEventId = 0;
    QDateTime changedAt;
};

// All SQL about invitations (an invitee's status for an event) and their history.
class InvitationRepository final
{
    Q_DECLARE_TR_FUNCTIONS(InvitationRepository)
public:
    explicit InvitationRepository(const QString &connectionName = Database::defaultConnectionName())
        : m_connection(connectionName) {}

    // Sets the invitee's status for an event, time-stamped, recording the change in the history.
    // Returns the id of the history entry (0 on failure). With `expectedVersion` (>= 0; 0: no
    // invitation yet), refused when the invitation is at another version: `conflict` then says
    // what it is now.
    qint64 setStatus(qint64 eventId, qint64 inviteeId, InvitationStatus status,
                     qint64 nominatedEventId = 0, QString *error = nullptr,
                     const QDateTime &when = QDateTime::currentDateTimeUtc(), qint64 expectedVersion = -1,
                     std::optional<Conflict<InvitationState>> *conflict = nullptr) const;
    // NotInvited when there is no invitation row.
    InvitationStatus status(qint64 eventId, qint64 inviteeId) const;
    InvitationState invitationState(qint64 eventId, qint64 inviteeId) const;
    // Undoes setStatus(): puts `before` back and drops the history entry `changeId`. With
    // `expectedVersion` (>= 0), refused when the invitation moved on from the version the undone
    // change left (another desk changed the status since): `conflict` says how.
    bool restoreInvitation(qint64 eventId, qint64 inviteeId, const InvitationState &before,
                           qint64 changeId, QString *error = nullptr, qint64 expectedVersion = -1,
                           std::optional<Conflict<InvitationState>> *conflict = nullptr) const;
    QList<StatusChange> history(qint64 eventId, qint64 inviteeId) const;

    // A conflict over an invitation's status in words (`seen`: the state this desk last saw).
    ConflictNotice notice(qint64 inviteeId, const Conflict<InvitationState> &conflict,
                          const InvitationState *seen = nullptr) const;

private:
    // Why a change over the invitation `seenId` (as this desk last saw it) was refused: the
    // invitation as it is now, and who changed it or deleted it meanwhile.
    Conflict<InvitationState> conflictOver(const QSqlDatabase &db, qint64 eventId, qint64 inviteeId,
                                           qint64 seenId) const;
    QString m_connection;
};
