#include "exportrepository.h"

#include "changenotifier.h"
#include "databaseerrors.h"
#include "sqlvalues.h"
#include "exports/countries.h"
#include "languagemanager.h"
#include "storage/changelog.h"
#include "storage/sqlrow.h"
#include "transaction.h"

#include <QLocale>

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
    r.version = q.value(7).toLongLong();
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

const char *const Columns = "SELECT id, fy_start, country_code, sector_id, value_crore, value_usd_million, is_demo,"
                            " version FROM export_records";

QString figure(double value)
{
    return value < 0 ? QString() : QLocale::c().toString(value, 'f', 2);
}
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
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const ChangeStamp stamp = RowVersion::now(db);
    SqlRow row = columns(record);
    row.set(QStringLiteral("id"), keepId && record.id ? QVariant(record.id) : QVariant())
        .set(QStringLiteral("version"), keepId && record.version > 0 ? record.version : 1);
    RowVersion::stamp(row, stamp);
    qint64 id = 0;
    const bool written = Transaction::run(db, error, tr("The export record could not be saved: %1"), [&] {
        QSqlError failure;
        id = row.insert(db, QStringLiteral("export_records"), &failure);
        if (!id) {
            setError(error, tr("The export record could not be saved: %1").arg(DatabaseErrors::describe(failure)));
            return false;
        }
        return ChangeLog::write(db, QStringLiteral("export_records"), id,
                                keepId ? ChangeLog::Action::Restore : ChangeLog::Action::Insert,
                                differences(ExportRecord{}, record), stamp, error);
    });
    if (!written)
        return 0;
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::ExportRecords, id);
    return id;
}

WriteResult<ExportRecord> ExportRepository::update(const ExportRecord &record, QString *error) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const QString failed = tr("The export record could not be saved: %1");
    const ChangeStamp stamp = RowVersion::now(db);
    const auto result = RowVersion::write<ExportRecord>(
        db, QStringLiteral("export_records"), record.id, record.version, failed,
        [this](qint64 id) { return find(id); },
        [&](const ExportRecord &current, QString *why) {
            QSqlError failure;
            const int changed = RowVersion::update(db, QStringLiteral("export_records"), record.id, current.version,
                                                   columns(record), stamp, &failure);
            if (changed < 0)
                *why = failed.arg(DatabaseErrors::describe(failure));
            else if (changed > 0
                     && !ChangeLog::write(db, QStringLiteral("export_records"), record.id, ChangeLog::Action::Update,
                                          differences(current, record), stamp, why))
                return -1;
            return changed;
        },
        [&](const Conflict<ExportRecord> &c) { return notice(c, &record).message(); });
    if (!result) {
        setError(error, result.error);
        return result;
    }
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::ExportRecords, record.id);
    return result;
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

WriteResult<ExportRecord> ExportRepository::updateAll(QList<ExportRecord> &records, QString *error) const
{
    WriteResult<ExportRecord> result;
    {
        const QSignalBlocker quiet(ChangeNotifier::instance());
        result = RowVersion::writeAll(QSqlDatabase::database(m_connection), records, error,
                                      tr("The export record could not be saved: %1"),
                                      [&](const ExportRecord &r) { return update(r); });
    }
    if (result)
        ChangeNotifier::instance()->announce(ChangeNotifier::Table::ExportRecords);
    return result;
}

WriteResult<ExportRecord> ExportRepository::remove(const QList<qint64> &ids, QString *error,
                                                   const QHash<qint64, qint64> &versions) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const QString failed = tr("The export record could not be deleted: %1");
    const ChangeStamp stamp = RowVersion::now(db);
    QList<ExportRecord> gone;
    for (qint64 id : ids) {
        ExportRecord r;
        r.id = id;
        r.version = versions.value(id, 0);
        gone << r;
    }
    WriteResult<ExportRecord> result;
    {
        const QSignalBlocker quiet(ChangeNotifier::instance());
        result = RowVersion::writeAll(db, gone, error, failed, [&](const ExportRecord &r) {
            return RowVersion::write<ExportRecord>(
                db, QStringLiteral("export_records"), r.id, r.version, failed, [this](qint64 id) { return find(id); },
                [&](const ExportRecord &current, QString *why) {
                    QSqlError failure;
                    const int deleted = RowVersion::remove(db, QStringLiteral("export_records"), r.id, current.version,
                                                           &failure);
                    if (deleted < 0)
                        *why = failed.arg(DatabaseErrors::describe(failure));
                    else if (deleted > 0
                             && !ChangeLog::write(db, QStringLiteral("export_records"), r.id, ChangeLog::Action::Delete,
                                                  differences(current, ExportRecord{}), stamp, why))
                        return -1;
                    return deleted;
                },
                [this](const Conflict<ExportRecord> &c) { return notice(c).message(); });
        });
    }
    if (result)
        ChangeNotifier::instance()->announce(ChangeNotifier::Table::ExportRecords);
    return result;
}

QList<FieldChange> ExportRepository::differences(const ExportRecord &before, const ExportRecord &after) const
{
    QList<FieldChange> changes;
    auto compare = [&](const char *column, const QString &a, const QString &b) {
        if (a != b)
            changes << FieldChange{QLatin1String(column), a, b};
    };
    auto sectorName = [this](qint64 sectorId) -> QString {
        if (!sectorId)
            return {};
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(QStringLiteral("SELECT name_en FROM sectors WHERE id = ?"));
        q.addBindValue(sectorId);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    };
    auto country = [](const QString &code) -> QString {
        if (code.isEmpty())
            return {};
        const auto c = Countries::instance().byCode(code);
        return c ? c->nameEn : code;
    };
    compare("fy_start", before.fyStart ? ExportRecord::financialYear(before.fyStart) : QString(),
            after.fyStart ? ExportRecord::financialYear(after.fyStart) : QString());
    compare("country_code", country(before.countryCode), country(after.countryCode));
    if (before.sectorId != after.sectorId)
        changes << FieldChange{QStringLiteral("sector_id"), sectorName(before.sectorId), sectorName(after.sectorId)};
    compare("value_crore", before.fyStart ? figure(before.valueCrore) : QString(), after.fyStart ? figure(after.valueCrore) : QString());
    compare("value_usd_million", figure(before.valueUsdMillion), figure(after.valueUsdMillion));
    return changes;
}

ConflictNotice ExportRepository::notice(const Conflict<ExportRecord> &conflict, const ExportRecord *seen) const
{
    ConflictNotice n;
    n.table = QStringLiteral("export_records");
    n.id = conflict.id;
    n.deleted = conflict.deleted();
    n.changed = conflict.changed;
    if (const ExportRecord *r = conflict.current ? &*conflict.current : seen) {
        const auto country = Countries::instance().byCode(r->countryCode);
        n.label = QStringLiteral("%1, %2").arg(ExportRecord::financialYear(r->fyStart),
                                               country ? country->name(LanguageManager::currentLanguage()) : r->countryCode);
    }
    if (conflict.current && seen)
        n.changes = differences(*seen, *conflict.current);
    return n;
}

qint64 ExportRepository::upsert(const ExportRecord &record, bool *updated, QString *error) const
{
    const qint64 existing = idOf(record.fyStart, record.countryCode, record.sectorId);
    if (updated)
        *updated = existing != 0;
    if (!existing)
        return insert(record, error);
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const ChangeStamp stamp = RowVersion::now(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE export_records SET value_crore = ?, value_usd_million = ?, is_demo = ?, version = version + 1,"
        " changed_at = ?, changed_desk = ?, changed_user = ? WHERE id = ?"));
    q.addBindValue(record.valueCrore);
    q.addBindValue(record.valueUsdMillion < 0 ? QVariant() : QVariant(record.valueUsdMillion));
    q.addBindValue(record.isDemo ? 1 : 0);
    q.addBindValue(stamp.at.toString(Qt::ISODate));
    q.addBindValue(text(stamp.desk));
    q.addBindValue(text(stamp.user));
    q.addBindValue(existing);
    if (!q.exec()) {
        if (error)
            *error = tr("The export record could not be saved: %1").arg(DatabaseErrors::describe(q.lastError()));
        return 0;
    }
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::ExportRecords, existing);
    return existing;
}
