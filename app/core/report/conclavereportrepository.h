#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

// What the committee decided at a conclave and what is to follow, typed in for its report.
struct ConclaveNotes {
    QString decisions;
    QString followUps;
    bool operator==(const ConclaveNotes &o) const { return decisions == o.decisions && followUps == o.followUps; }
};

// All SQL the conclave report needs beyond the other repositories: its typed notes per event,
// and who took part in an earlier event (for the first-time participants).
class ConclaveReportRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ConclaveReportRepository)
public:
    explicit ConclaveReportRepository(const QString &connectionName = Database::defaultConnectionName())
        : m_connection(connectionName) {}

    ConclaveNotes notes(qint64 eventId) const;
    bool setNotes(qint64 eventId, const ConclaveNotes &notes, QString *error = nullptr) const;
    // Invitees who attended an event that began before this one did.
    QSet<qint64> earlierParticipants(qint64 eventId) const;

private:
    QString m_connection;
};
