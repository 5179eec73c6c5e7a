#include "stallrepository.h"

#include "changenotifier.h"
#include "sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace SqlValues;

namespace {



Stall stallFrom(const QSqlQuery &q)
{
    Stall s;
    s.id = q.value(0).toLongLong();
    s.eventId = q.value(1).toLongLong();
    s.code = q.value(2).toString();
    s.x = q.value(3).toDouble();
    s.y = q.value(4).toDouble();
    s.width = q.value(5).toDouble();
    s.depth = q.value(6).toDouble();
    s.sectorId = q.value(7).toLongLong();
    s.status = StallStatuses::fromKey(q.value(8).toString());
    s.inviteeId = q.value(9).toLongLong();
    s.notes = q.value(10).toString();
    return s;
}

} // namespace

std::optional<Hall> StallRepository::hall(qint64 eventId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT id, event_id, name, width_m, depth_m FROM halls WHERE event_id = ?"));
    q.addBindValue(eventId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Hall{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                q.value(3).toDouble(), q.value(4).toDouble()};
}

bool StallRepository::setHall(const Hall &hall, QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "INSERT INTO halls (event_id, name, width_m, depth_m) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (event_id) DO UPDATE SET name = excluded.name, width_m = excluded.width_m,"
        " depth_m = excluded.depth_m"));
    q.addBindValue(hall.eventId);
    q.addBindValue(text(hall.name));
    q.addBindValue(hall.width);
    q.addBindValue(hall.depth);
    if (!q.exec()) {
        setError(error, tr("The hall could not be saved: %1").arg(q.lastError().text()));
        return false;
    }
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::Halls, hall.eventId);
    return true;
}

QList<Stall> StallRepository::stalls(qint64 eventId) const
{
    QList<Stall> result;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, event_id, code, x_m, y_m, width_m, depth_m, sector_id, status, invitee_id, notes"
        " FROM stalls WHERE event_id = ? ORDER BY code"));
    q.addBindValue(eventId);
    if (q.exec())
        while (q.next())
            result << stallFrom(q);
    return result;
}

qint64 StallRepository::insert(const Stall &stall, QString *error, bool keepId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "INSERT INTO stalls (id, event_id, code, x_m, y_m, width_m, depth_m, sector_id, status,"
        " invitee_id, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(keepId ? nullIfZero(stall.id) : QVariant());
    q.addBindValue(stall.eventId);
    q.addBindValue(text(stall.code));
    q.addBindValue(stall.x);
    q.addBindValue(stall.y);
    q.addBindValue(stall.width);
    q.addBindValue(stall.depth);
    q.addBindValue(nullIfZero(stall.sectorId));
    q.addBindValue(StallStatuses::key(stall.status));
    q.addBindValue(nullIfZero(stall.inviteeId));
    q.addBindValue(text(stall.notes));
    if (!q.exec()) {
        setError(error, tr("The stall could not be saved: %1").arg(q.lastError().text()));
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::Stalls, id);
    return id;
}

bool StallRepository::update(const Stall &stall, QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "UPDATE stalls SET code = ?, x_m = ?, y_m = ?, width_m = ?, depth_m = ?, sector_id = ?,"
        " status = ?, invitee_id = ?, notes = ? WHERE id = ?"));
    q.addBindValue(text(stall.code));
    q.addBindValue(stall.x);
    q.addBindValue(stall.y);
    q.addBindValue(stall.width);
    q.addBindValue(stall.depth);
    q.addBindValue(nullIfZero(stall.sectorId));
    q.addBindValue(StallStatuses::key(stall.status));
    q.addBindValue(nullIfZero(stall.inviteeId));
    q.addBindValue(text(stall.notes));
    q.addBindValue(stall.id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        setError(error, tr("The stall could not be saved: %1").arg(q.lastError().text()));
        return false;
    }
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::Stalls, stall.id);
    return true;
}

bool StallRepository::remove(qint64 stallId, QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM stalls WHERE id = ?"));
    q.addBindValue(stallId);
    if (!q.exec()) {
        setError(error, tr("The stall could not be deleted: %1").arg(q.lastError().text()));
        return false;
    }
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::Stalls, stallId);
    return true;
}
