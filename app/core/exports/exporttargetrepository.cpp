#include "exporttargetrepository.h"

#include "changenotifier.h"
#include "databaseerrors.h"
#include "sqlvalues.h"
#include "storage/sqlrow.h"
#include "transaction.h"

#include <QSignalBlocker>
#include <QSqlError>
#include <QSqlQuery>

using namespace SqlValues;

namespace {
const char *const Columns = "SELECT id, fy_start, country_code, sector_id, target_crore FROM export_targets";

ExportTarget targetFrom(const QSqlQuery &q)
{
    ExportTarget t;
    t.id = q.value(0).toLongLong();
    t.fyStart = q.value(1).toInt();
    t.countryCode = q.value(2).toString();
    t.sectorId = q.value(3).toLongLong();
    t.targetCrore = q.value(4).toDouble();
    return t;
}

// Targets change no export record, but the Exports page draws them with the records: one
// refresh signal for both.
void announce(qint64 id = 0)
{
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::ExportRecords, id);
}
} // namespace

QList<ExportTarget> ExportTargetRepository::all() const
{
    QList<ExportTarget> targets;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (q.exec(QLatin1String(Columns)
               + QStringLiteral(" ORDER BY fy_start, sector_id IS NOT NULL, country_code <> '', country_code, sector_id")))
        while (q.next())
            targets << targetFrom(q);
    return targets;
}

std::optional<ExportTarget> ExportTargetRepository::find(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QLatin1String(Columns) + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return targetFrom(q);
    return std::nullopt;
}

qint64 ExportTargetRepository::idOf(const ExportTarget &target) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT id FROM export_targets WHERE fy_start = ? AND country_code = ?"
                             " AND coalesce(sector_id, 0) = ?"));
    q.addBindValue(target.fyStart);
    q.addBindValue(text(target.countryCode));
    q.addBindValue(target.sectorId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 ExportTargetRepository::insert(const ExportTarget &target, QString *error, bool keepId) const
{
    const SqlRow row = SqlRow()
                           .set(QStringLiteral("id"), keepId && target.id ? QVariant(target.id) : QVariant())
                           .set(QStringLiteral("fy_start"), target.fyStart)
                           .set(QStringLiteral("country_code"), text(target.countryCode))
                           .set(QStringLiteral("sector_id"), nullIfZero(target.sectorId))
                           .set(QStringLiteral("target_crore"), target.targetCrore);
    QSqlError failure;
    const qint64 id = row.insert(QSqlDatabase::database(m_connection), QStringLiteral("export_targets"), &failure);
    if (!id) {
        setError(error, tr("The target could not be saved: %1").arg(DatabaseErrors::describe(failure)));
        return 0;
    }
    announce(id);
    return id;
}

bool ExportTargetRepository::update(const ExportTarget &target, QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE export_targets SET fy_start = ?, country_code = ?, sector_id = ?,"
                             " target_crore = ? WHERE id = ?"));
    q.addBindValue(target.fyStart);
    q.addBindValue(text(target.countryCode));
    q.addBindValue(nullIfZero(target.sectorId));
    q.addBindValue(target.targetCrore);
    q.addBindValue(target.id);
    if (!q.exec()) {
        setError(error, tr("The target could not be saved: %1").arg(DatabaseErrors::describe(q.lastError())));
        return false;
    }
    if (q.numRowsAffected() != 1) {
        setError(error, tr("The target could not be saved: it is no longer in the database "
                           "(deleted at another desk or window?)."));
        return false;
    }
    announce(target.id);
    return true;
}

bool ExportTargetRepository::insertAll(QList<ExportTarget> &targets, QString *error, bool keepIds) const
{
    const bool ok = Transaction::run(QSqlDatabase::database(m_connection), error,
                                     tr("The target could not be saved: %1"), [&] {
        const QSignalBlocker quiet(ChangeNotifier::instance());
        for (ExportTarget &t : targets) {
            const qint64 id = insert(t, error, keepIds);
            if (!id)
                return false;
            t.id = id;
        }
        return true;
    });
    if (ok)
        announce();
    return ok;
}

bool ExportTargetRepository::updateAll(const QList<ExportTarget> &targets, QString *error) const
{
    const bool ok = Transaction::run(QSqlDatabase::database(m_connection), error,
                                     tr("The target could not be saved: %1"), [&] {
        const QSignalBlocker quiet(ChangeNotifier::instance());
        for (const ExportTarget &t : targets)
            if (!update(t, error))
                return false;
        return true;
    });
    if (ok)
        announce();
    return ok;
}

bool ExportTargetRepository::remove(const QList<qint64> &ids, QString *error) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const bool ok = Transaction::run(db, error, tr("The target could not be deleted: %1"), [&] {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM export_targets WHERE id = ?"));
        for (qint64 id : ids) {
            q.bindValue(0, id);
            if (!q.exec()) {
                setError(error, tr("The target could not be deleted: %1").arg(DatabaseErrors::describe(q.lastError())));
                return false;
            }
        }
        return true;
    });
    if (ok)
        announce();
    return ok;
}
