#pragma once

#include "database.h"
#include "invitee.h"
#include "rowsnapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

// All SQL about invitees and their invitations.
class InviteeRepository final
{
    Q_DECLARE_TR_FUNCTIONS(InviteeRepository)
public:
    explicit InviteeRepository(const QString &connectionName = Database::defaultConnectionName())
        : m_connection(connectionName) {}

    // Inserts and returns the new id, or 0 (with `error`). `keepId` re-uses invitee.id (undo).
    qint64 insert(const Invitee &invitee, QString *error = nullptr, bool keepId = false) const;
    std::optional<Invitee> find(qint64 id) const;
    int count() const;

    // Sets the invitee's status for an event, time-stamped, recording the change in the history.
    bool setStatus(qint64 eventId, qint64 inviteeId, InvitationStatus status,
                   qint64 nominatedEventId = 0, QString *error = nullptr,
                   const QDateTime &when = QDateTime::currentDateTimeUtc()) const;
    // NotInvited when there is no invitation row.
    InvitationStatus status(qint64 eventId, qint64 inviteeId) const;

    // The text folded into invitees.search_text.
    static QString searchText(const Invitee &invitee);

private:
    QString m_connection;
};
