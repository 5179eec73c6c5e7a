#include "exportrepository.h"

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
ExportRecord recordFrom(const QSqlQuery &q)
{
    ExportRecord r;
    r.id = q.value(0).toLongLong();
    r.fyStart = q.value(1).toInt();
    r.countryCode = q.value(2).toString();
    r.sectorId = q.value(3).toLongLong();
    r.valueCrore = q.value(4).toDouble();
    r.valueUsdMillion = q.value(5).isNull() ? -1 : q.value(5).toDouble();
    r.isDemo = q.value(6).toBool();
    return r;
}
// The columns a record is written to (its table, named once).
SqlRow columns(const ExportRecord &record)
{
    return SqlRow()
        .set(QStringLiteral("fy_start"), record.fyStart)
        .set(QStringLiteral("country_code"), record.countryCode)
        .set(QStringLiteral("sector_id"), nullIfZero(record.sectorId))
        .set(QStringLiteral("value_crore"), record.valueCrore)
        .set(QStringLiteral("value_usd_million"),
             record.valueUsdMillion < 0 ? QVariant() : QVariant(record.valueUsdMillion))
        .set(QStringLiteral("is_demo"), record.isDemo ? 1 : 0);
}

const char *const Columns = "SELECT id, fy_start, country_code, sector_id, value_crore, value_usd_million, is_demo"
                            " FROM export_records";
} // namespace

QList<ExportRecord> ExportRepository::all() const
{
    QList<ExportRecord> records;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (!q.exec(QLatin1String(Columns) + QStringLiteral(" ORDER BY fy_start DESC, country_code, sector_id")))
        return records;
    while (q.next())
        records << recordFrom(q);
    return records;
}

std::optional<ExportRecord> ExportRepository::find(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QLatin1String(Columns) + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return recordFrom(q);
    return std::nullopt;
}

qint64 ExportRepository::idOf(int fyStart, const QString &countryCode, qint64 sectorId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "SELECT id FROM export_records WHERE fy_start = ? AND country_code = ?"
        " AND coalesce(sector_id, 0) = ?"));
    q.addBindValue(fyStart);
    q.addBindValue(countryCode);
    q.addBindValue(sectorId);
    return (q.exec() && q.next()) ? q.value(0).toLongLong() : 0;
}

QList<int> ExportRepository::years() const
{
    QList<int> years;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral("SELECT DISTINCT fy_start FROM export_records ORDER BY fy_start DESC")))
        while (q.next())
            years << q.value(0).toInt();
    return years;
}

qint64 ExportRepository::insert(const ExportRecord &record, QString *error, bool keepId) const
{
    SqlRow row = columns(record);
    row.set(QStringLiteral("id"), keepId && record.id ? QVariant(record.id) : QVariant());
    QSqlError failure;
    const qint64 id = row.insert(QSqlDatabase::database(m_connection), QStringLiteral("export_records"), &failure);
    if (!id) {
        if (error)
            *error = tr("The export record could not be saved: %1").arg(DatabaseErrors::describe(failure));
        return 0;
    }
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::ExportRecords, id);
    return id;
}

bool ExportRepository::update(const ExportRecord &record, QString *error) const
{
    QSqlError failure;
    const int changed = columns(record).update(QSqlDatabase::database(m_connection),
                                               QStringLiteral("export_records"), record.id, &failure);
    if (changed < 0) {
        setError(error, tr("The export record could not be saved: %1").arg(DatabaseErrors::describe(failure)));
        return false;
    }
    if (changed != 1) {
        setError(error, tr("The export record could not be saved: it is no longer in the database "
                           "(deleted at another desk or window?)."));
        return false;
    }
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::ExportRecords, record.id);
    return true;
}

bool ExportRepository::insertAll(const QList<ExportRecord> &records, QString *error, bool keepIds) const
{
    const bool ok = Transaction::run(QSqlDatabase::database(m_connection), error,
                                     tr("The export record could not be saved: %1"), [&] {
        const QSignalBlocker quiet(ChangeNotifier::instance()); // one refresh when all are in
        for (const ExportRecord &r : records)
            if (!insert(r, error, keepIds))
                return false;
        return true;
    });
    if (ok)
        ChangeNotifier::instance()->announce(ChangeNotifier::Table::ExportRecords);
    return ok;
}

bool ExportRepository::updateAll(const QList<ExportRecord> &records, QString *error) const
{
    const bool ok = Transaction::run(QSqlDatabase::database(m_connection), error,
                                     tr("The export record could not be saved: %1"), [&] {
        const QSignalBlocker quiet(ChangeNotifier::instance());
        for (const ExportRecord &r : records)
            if (!update(r, error))
                return false;
        return true;
    });
    if (ok)
        ChangeNotifier::instance()->announce(ChangeNotifier::Table::ExportRecords);
    return ok;
}

bool ExportRepository::remove(const QList<qint64> &ids, QString *error) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const bool ok = Transaction::run(db, error, tr("The export record could not be deleted: %1"), [&] {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM export_records WHERE id = ?"));
        for (qint64 id : ids) {
            q.bindValue(0, id);
            if (!q.exec()) {
                setError(error, tr("The export record could not be deleted: %1")
                                    .arg(DatabaseErrors::describe(q.lastError())));
                return false;
            }
        }
        return true;
    });
    if (ok)
        ChangeNotifier::instance()->announce(ChangeNotifier::Table::ExportRecords);
    return ok;
}

qint64 ExportRepository::upsert(const ExportRecord &record, bool *updated, QString *error) const
{
    const qint64 existing = idOf(record.fyStart, record.countryCode, record.sectorId);
    if (updated)
        *updated = existing != 0;
    if (!existing)
        return insert(record, error);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "UPDATE export_records SET value_crore = ?, value_usd_million = ?, is_demo = ? WHERE id = ?"));
    q.addBindValue(record.valueCrore);
    q.addBindValue(record.valueUsdMillion < 0 ? QVariant() : QVariant(record.valueUsdMillion));
    q.addBindValue(record.isDemo ? 1 : 0);
    q.addBindValue(existing);
    if (!q.exec()) {
        if (error)
            *error = tr("The export record could not be saved: %1").arg(DatabaseErrors::describe(q.lastError()));
        return 0;
    }
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::ExportRecords, existing);
    return existing;
}
