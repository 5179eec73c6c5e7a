#include "exportrepository.h"

#include "changenotifier.h"
#include "sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>
using namespace SqlValues;


QList<ExportRecord> ExportRepository::all() const
{
    QList<ExportRecord> records;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT id, fy_start, country_code, sector_id, value_crore, value_usd_million, is_demo"
            " FROM export_records ORDER BY fy_start, country_code, sector_id")))
        return records;
    while (q.next()) {
        ExportRecord r;
        r.id = q.value(0).toLongLong();
        r.fyStart = q.value(1).toInt();
        r.countryCode = q.value(2).toString();
        r.sectorId = q.value(3).toLongLong();
        r.valueCrore = q.value(4).toDouble();
        r.valueUsdMillion = q.value(5).isNull() ? -1 : q.value(5).toDouble();
        r.isDemo = q.value(6).toBool();
        records << r;
    }
    return records;
}

qint64 ExportRepository::upsert(const ExportRecord &record, bool *updated, QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "SELECT id FROM export_records WHERE fy_start = ? AND country_code = ?"
        " AND coalesce(sector_id, 0) = ?"));
    q.addBindValue(record.fyStart);
    q.addBindValue(record.countryCode);
    q.addBindValue(record.sectorId);
    qint64 id = (q.exec() && q.next()) ? q.value(0).toLongLong() : 0;
    const QVariant usd = record.valueUsdMillion < 0 ? QVariant() : QVariant(record.valueUsdMillion);
    if (id) {
        q.prepare(QStringLiteral(
            "UPDATE export_records SET value_crore = ?, value_usd_million = ?, is_demo = ? WHERE id = ?"));
        q.addBindValue(record.valueCrore);
        q.addBindValue(usd);
        q.addBindValue(record.isDemo ? 1 : 0);
        q.addBindValue(id);
    } else {
        q.prepare(QStringLiteral(
            "INSERT INTO export_records (fy_start, country_code, sector_id, value_crore,"
            " value_usd_million, is_demo) VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(record.fyStart);
        q.addBindValue(record.countryCode);
        q.addBindValue(record.sectorId == 0 ? QVariant() : QVariant(record.sectorId));
        q.addBindValue(record.valueCrore);
        q.addBindValue(usd);
        q.addBindValue(record.isDemo ? 1 : 0);
    }
    if (!q.exec()) {
        if (error)
            *error = tr("The export record could not be saved: %1").arg(q.lastError().text());
        return 0;
    }
    if (updated)
        *updated = id != 0;
    if (!id)
        id = q.lastInsertId().toLongLong();
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::ExportRecords, id);
    return id;
}
