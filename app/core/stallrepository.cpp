#include "stallrepository.h"

#include "changenotifier.h"
#include "databaseerrors.h"
#include "sqlvalues.h"
#include "storage/sqlrow.h"
#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace SqlValues;

namespace {

// The columns a stall is written to (its table, named once).
SqlRow columns(const Stall &stall)
{
    return SqlRow()
        .set(QStringLiteral("event_id"), stall.eventId)
        .set(QStringLiteral("code"), text(stall.code))
        .set(QStringLiteral("x_m"), stall.x)
        .set(QStringLiteral("y_m"), stall.y)
        .set(QStringLiteral("width_m"), stall.width)
        .set(QStringLiteral("depth_m"), stall.depth)
        .set(QStringLiteral("sector_id"), nullIfZero(stall.sectorId))
        .set(QStringLiteral("status"), StallStatuses::key(stall.status))
        .set(QStringLiteral("invitee_id"), nullIfZero(stall.inviteeId))
        .set(QStringLiteral("notes"), text(stall.notes));
}

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
        setError(error, tr("The hall could not be saved: %1").arg(DatabaseErrors::describe(q.lastError())));
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
    SqlRow row = columns(stall);
    row.set(QStringLiteral("id"), keepId ? nullIfZero(stall.id) : QVariant());
    QSqlError failure;
    const qint64 id = row.insert(QSqlDatabase::database(m_connection), QStringLiteral("stalls"), &failure);
    if (!id) {
        setError(error, tr("The stall could not be saved: %1").arg(DatabaseErrors::describe(failure)));
        return 0;
    }
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::Stalls, id);
    return id;
}

bool StallRepository::update(const Stall &stall, QString *error) const
{
    QSqlError failure;
    const int changed = columns(stall).update(QSqlDatabase::database(m_connection), QStringLiteral("stalls"),
                                              stall.id, &failure);
    if (changed < 0) {
        setError(error, tr("The stall could not be saved: %1").arg(DatabaseErrors::describe(failure)));
        return false;
    }
    if (changed != 1) {
        setError(error, tr("Stall %1 could not be saved: it is no longer in the database "
                           "(deleted at another desk or window?).").arg(stall.code));
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
        setError(error, tr("The stall could not be deleted: %1").arg(DatabaseErrors::describe(q.lastError())));
        return false;
    }
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::Stalls, stallId);
    return true;
}

bool StallRepository::insertAll(const QList<Stall> &stalls, QList<qint64> *ids, QString *error, bool keepIds) const
{
    QList<qint64> made;
    const bool ok = Transaction::run(QSqlDatabase::database(m_connection), error,
                                     tr("The stall could not be saved: %1"), [&] {
        const QSignalBlocker quiet(ChangeNotifier::instance()); // one refresh when all are in
        for (const Stall &s : stalls) {
            const qint64 id = insert(s, error, keepIds);
            if (!id)
                return false;
            made << id;
        }
        return true;
    });
    if (!ok)
        return false;
    if (ids)
        *ids = made;
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::Stalls);
    return true;
}

bool StallRepository::updateAll(const QList<Stall> &stalls, QString *error) const
{
    const bool ok = Transaction::run(QSqlDatabase::database(m_connection), error,
                                     tr("The stall could not be saved: %1"), [&] {
        const QSignalBlocker quiet(ChangeNotifier::instance());
        for (const Stall &s : stalls)
            if (!update(s, error))
                return false;
        return true;
    });
    if (ok)
        ChangeNotifier::instance()->announce(ChangeNotifier::Table::Stalls);
    return ok;
}

bool StallRepository::removeAll(const QList<qint64> &stallIds, QString *error) const
{
    const bool ok = Transaction::run(QSqlDatabase::database(m_connection), error,
                                     tr("The stall could not be deleted: %1"), [&] {
        const QSignalBlocker quiet(ChangeNotifier::instance());
        for (qint64 id : stallIds)
            if (!remove(id, error))
                return false;
        return true;
    });
    if (ok)
        ChangeNotifier::instance()->announce(ChangeNotifier::Table::Stalls);
    return ok;
}

QHash<qint64, StallRepository::Holder> StallRepository::holders(qint64 eventId) const
{
    QHash<qint64, Holder> result;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.id, i.id, i.name, i.enterprise, i.mobile FROM stalls s"
                             " JOIN invitees i ON i.id = s.invitee_id WHERE s.event_id = ?"));
    q.addBindValue(eventId);
    if (q.exec())
        while (q.next())
            result.insert(q.value(0).toLongLong(), Holder{q.value(1).toLongLong(), q.value(2).toString(),
                                                          q.value(3).toString(), q.value(4).toString()});
    return result;
}

QStringList StallRepository::codesHeldBy(qint64 eventId, qint64 inviteeId) const
{
    QStringList codes;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT code FROM stalls WHERE event_id = ? AND invitee_id = ? ORDER BY code"));
    q.addBindValue(eventId);
    q.addBindValue(inviteeId);
    if (q.exec())
        while (q.next())
            codes << q.value(0).toString();
    return codes;
}

QList<StallRepository::Holder> StallRepository::waitingForStall(qint64 eventId) const
{
    QList<Holder> result;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT i.id, i.name, i.enterprise, i.mobile FROM invitations v JOIN invitees i ON i.id = v.invitee_id"
        " WHERE v.event_id = ? AND (v.status = 'confirmed' OR v.status = 'attended')"
        " AND NOT EXISTS (SELECT 1 FROM stalls s WHERE s.event_id = v.event_id AND s.invitee_id = i.id)"
        " ORDER BY lower(i.enterprise), lower(i.name)"));
    q.addBindValue(eventId);
    if (q.exec())
        while (q.next())
            result << Holder{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString()};
    return result;
}
