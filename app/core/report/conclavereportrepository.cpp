#include "conclavereportrepository.h"

#include "storage/databaseerrors.h"
#include "storage/sqlvalues.h"
#include "text/validators.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace SqlValues;

ConclaveNotes ConclaveReportRepository::notes(qint64 eventId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT decisions, follow_ups FROM conclave_reports WHERE event_id = ?"));
    q.addBindValue(eventId);
    if (q.exec() && q.next())
        return {q.value(0).toString(), q.value(1).toString()};
    return {};
}

bool ConclaveReportRepository::setNotes(qint64 eventId, const ConclaveNotes &notes, QString *error) const
{
    const FieldCheck decisions = Validators::text(notes.decisions);
    const FieldCheck followUps = Validators::text(notes.followUps);
    if (!decisions.ok || !followUps.ok) {
        setError(error, decisions.ok ? followUps.reason : decisions.reason);
        return false;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO conclave_reports (event_id, decisions, follow_ups, updated_at)"
                             " VALUES (?, ?, ?, ?) ON CONFLICT (event_id) DO UPDATE SET"
                             " decisions = excluded.decisions, follow_ups = excluded.follow_ups,"
                             " updated_at = excluded.updated_at"));
    q.addBindValue(eventId);
    q.addBindValue(text(decisions.value));
    q.addBindValue(text(followUps.value));
    q.addBindValue(nowUtc());
    if (!q.exec()) {
        setError(error, tr("The report's decisions and follow-ups could not be saved: %1")
                            .arg(DatabaseErrors::describe(q.lastError())));
        return false;
    }
    return true;
}

QSet<qint64> ConclaveReportRepository::earlierParticipants(qint64 eventId) const
{
    QSet<qint64> ids;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT v.invitee_id FROM invitations v"
                             " JOIN events e ON e.id = v.event_id"
                             " WHERE v.status = 'attended' AND v.event_id <> ?"
                             " AND e.start_date < (SELECT start_date FROM events WHERE id = ?)"));
    q.addBindValue(eventId);
    q.addBindValue(eventId);
    if (q.exec())
        while (q.next())
            ids.insert(q.value(0).toLongLong());
    return ids;
}
