#include "checkinrepository.h"

#include "undo/changenotifier.h"
#include "storage/databaseerrors.h"
#include "storage/columntable.h"
#include "storage/sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace SqlValues;

namespace {

// A check-in's columns as read; insert() writes its own.
const ColumnTable<CheckinRepository::Checkin> Columns{
    {"id", [](CheckinRepository::Checkin &c, const QVariant &v) { c.id = v.toLongLong(); }, nullptr},
    {"checked_in_at",
     [](CheckinRepository::Checkin &c, const QVariant &v) {
         c.at = QDateTime::fromString(v.toString(), Qt::ISODate).toLocalTime();
     },
     nullptr},
    {"desk", [](CheckinRepository::Checkin &c, const QVariant &v) { c.desk = v.toString(); }, nullptr},
};

} // namespace

std::optional<CheckinRepository::Checkin> CheckinRepository::find(qint64 eventId, qint64 inviteeId,
                                                                  const QDate &day) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(Columns.select(QStringLiteral("checkins"))
              + QStringLiteral(" WHERE event_id = ? AND invitee_id = ? AND day = ?"));
    q.addBindValue(eventId);
    q.addBindValue(inviteeId);
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec())
        return std::nullopt;
    return Columns.readOne(q);
}

int CheckinRepository::count(qint64 eventId, const QDate &day) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT count(*) FROM checkins WHERE event_id = ? AND day = ?"));
    q.addBindValue(eventId);
    q.addBindValue(day.toString(Qt::ISODate));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QMap<InvitationStatus, int> CheckinRepository::statusCounts(qint64 eventId) const
{
    QMap<InvitationStatus, int> counts;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT status, count(*) FROM invitations WHERE event_id = ? GROUP BY status"));
    q.addBindValue(eventId);
    if (q.exec())
        while (q.next())
            counts[InvitationStatuses::fromKey(q.value(0).toString())] += q.value(1).toInt();
    return counts;
}

QMap<QDate, int> CheckinRepository::countsByDay(qint64 eventId) const
{
    QMap<QDate, int> counts;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT day, count(*) FROM checkins WHERE event_id = ? GROUP BY day"));
    q.addBindValue(eventId);
    if (q.exec())
        while (q.next())
            counts.insert(QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toInt());
    return counts;
}

CheckinRepository::Result CheckinRepository::insert(qint64 eventId, qint64 inviteeId, const QDate &day,
                                                    const QDateTime &when, const QString &desk, qint64 *id,
                                                    QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    // DO NOTHING rather than an error: the other desk's row stands, and this one is told.
    q.prepare(QStringLiteral("INSERT INTO checkins (event_id, invitee_id, day, checked_in_at, desk)"
                             " VALUES (?, ?, ?, ?, ?) ON CONFLICT (event_id, invitee_id, day) DO NOTHING RETURNING id"));
    q.addBindValue(eventId);
    q.addBindValue(inviteeId);
    q.addBindValue(day.toString(Qt::ISODate));
    q.addBindValue(when.toUTC().toString(Qt::ISODate));
    q.addBindValue(text(desk));
    if (!q.exec()) {
        setError(error, tr("The check-in could not be saved: %1").arg(DatabaseErrors::describe(q.lastError())));
        return Result::Failed;
    }
    // RETURNING gives a row only when one was written; the statement runs to its end (where
    // SQLite commits it) before the write counts.
    const bool written = q.next();
    const qint64 newId = written ? q.value(0).toLongLong() : 0;
    if ((written && q.next()) || q.lastError().type() != QSqlError::NoError) {
        setError(error, tr("The check-in could not be saved: %1").arg(DatabaseErrors::describe(q.lastError())));
        return Result::Failed;
    }
    if (!written)
        return Result::AlreadyIn;
    if (id)
        *id = newId;
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::Invitations, inviteeId);
    return Result::Written;
}

bool CheckinRepository::remove(qint64 id, QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM checkins WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        setError(error, tr("The check-in could not be taken back: %1").arg(DatabaseErrors::describe(q.lastError())));
        return false;
    }
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::Invitations);
    return true;
}
