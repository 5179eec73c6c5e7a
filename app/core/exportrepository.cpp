#include "exportrepository.h"

#include "changenotifier.h"
#include "exports/exchangeraterepository.h"
#include "exports/hschapters.h"
#include "exports/productchapterrepository.h"
#include "sectorrepository.h"
#include "databaseerrors.h"
#include "sqlvalues.h"
#include "storage/sqlrow.h"
#include "transaction.h"

#include <QSignalBlocker>
#include <QSqlError>
#include <QSqlQuery>
using namespace SqlValues;


namespace {
// Reads a record and derives the figure that was not given from the year's rate (column 12).
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
    r.hsCode = q.value(7).toString();
    r.quantity = q.value(8).isNull() ? -1 : q.value(8).toDouble();
    r.unit = q.value(9).toString();
    const bool inrGiven = q.value(10).toBool();
    r.exporterIec = q.value(11).toString();
    r.rate = q.value(12).isNull() ? 0 : q.value(12).toDouble();
    if (!inrGiven) {
        r.inrDerived = true;
        r.valueCrore = r.rate > 0 && r.valueUsdMillion >= 0
            ? ExchangeRateRepository::croreFromUsdMillion(r.valueUsdMillion, r.rate) : 0;
    } else if (r.valueUsdMillion < 0 && r.rate > 0) {
        r.usdDerived = true;
        r.valueUsdMillion = ExchangeRateRepository::usdMillionFromCrore(r.valueCrore, r.rate);
    }
    return r;
}
const char *const Columns = "SELECT e.id, e.fy_start, e.country_code, e.sector_id, e.value_crore, e.value_usd_million,"
                            " e.is_demo, e.hs_code, e.quantity, e.unit, e.inr_given, e.exporter_iec, x.inr_per_usd"
                            " FROM export_records e LEFT JOIN exchange_rates x ON x.fy_start = e.fy_start";

// The columns a record is written to (its table, named once): only the figures that were given.
SqlRow columns(const ExportRecord &r)
{
    return SqlRow()
        .set(QStringLiteral("fy_start"), r.fyStart)
        .set(QStringLiteral("country_code"), r.countryCode)
        .set(QStringLiteral("sector_id"), nullIfZero(r.sectorId))
        .set(QStringLiteral("value_crore"), r.inrDerived ? 0.0 : r.valueCrore)
        .set(QStringLiteral("value_usd_million"),
             r.usdDerived || r.valueUsdMillion < 0 ? QVariant() : QVariant(r.valueUsdMillion))
        .set(QStringLiteral("is_demo"), r.isDemo ? 1 : 0)
        .set(QStringLiteral("hs_code"), text(r.hsCode))
        .set(QStringLiteral("quantity"), r.quantity < 0 ? QVariant() : QVariant(r.quantity))
        .set(QStringLiteral("unit"), text(r.unit))
        .set(QStringLiteral("inr_given"), r.inrDerived ? 0 : 1)
        .set(QStringLiteral("exporter_iec"), text(r.exporterIec));
}
} // namespace

QList<ExportRecord> ExportRepository::all() const
{
    QList<ExportRecord> records;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (!q.exec(QLatin1String(Columns)
                + QStringLiteral(" ORDER BY e.fy_start DESC, e.country_code, e.sector_id, e.hs_code, e.exporter_iec")))
        return records;
    while (q.next())
        records << recordFrom(q);
    q.finish();
    HsChapters::classify(records, ProductChapterRepository(m_connection).effective(SectorRepository(m_connection).all()));
    return records;
}

std::optional<ExportRecord> ExportRepository::find(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QLatin1String(Columns) + QStringLiteral(" WHERE e.id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return recordFrom(q);
    return std::nullopt;
}

qint64 ExportRepository::idOf(int fyStart, const QString &countryCode, qint64 sectorId) const
{
    ExportRecord r;
    r.fyStart = fyStart;
    r.countryCode = countryCode;
    r.sectorId = sectorId;
    return idOf(r);
}

qint64 ExportRepository::idOf(const ExportRecord &record) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "SELECT id FROM export_records WHERE fy_start = ? AND country_code = ?"
        " AND coalesce(sector_id, 0) = ? AND hs_code = ? AND exporter_iec = ?"));
    q.addBindValue(record.fyStart);
    q.addBindValue(record.countryCode);
    q.addBindValue(record.sectorId);
    q.addBindValue(text(record.hsCode));
    q.addBindValue(text(record.exporterIec));
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
    const qint64 existing = idOf(record);
    if (updated)
        *updated = existing != 0;
    if (!existing)
        return insert(record, error);
    ExportRecord r = record;
    r.id = existing;
    return update(r, error) ? existing : 0;
}
