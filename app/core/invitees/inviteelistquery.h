#pragma once

#include "storage/database.h"
#include "invitees/invitee.h"
#include "invitees/inviteelist.h"

#include <QList>
#include <QMap>

// The list of invitees as the Invitees page, printing and export see it: filtered, sorted and
// paged, with each invitee's sector, status and stall for the filter's event.
class InviteeListQuery final
{
public:
    explicit InviteeListQuery(const QString &connectionName = Database::defaultConnectionName())
        : m_connection(connectionName) {}

    // `limit` < 0: all rows.
    QList<InviteeRow> list(const InviteeFilter &filter, const InviteeSort &sort = {},
                           int offset = 0, int limit = -1) const;
    int count(const InviteeFilter &filter) const;
    QList<qint64> ids(const InviteeFilter &filter, const InviteeSort &sort = {}) const;
    // How many of the filtered invitees (ignoring its status filter) stand at each status.
    QMap<InvitationStatus, int> statusCounts(const InviteeFilter &filter) const;

private:
    QString m_connection;
};
