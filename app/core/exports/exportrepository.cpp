#include "exports/exportrepository.h"

#include "undo/changenotifier.h"
#include "exports/exchangeraterepository.h"
#include "exports/exportchanges.h"
#include "exports/hschapters.h"
#include "exports/productchapterrepository.h"
#include "sectors/sectorrepository.h"
#include "storage/databaseerrors.h"
#include "storage/sqlvalues.h"
#include "exports/countries.h"
#include "text/languagemanager.h"
#include "storage/changelog.h"
#include "storage/columntable.h"
#include "storage/transaction.h"

#include <QLocale>

#include <QSignalBlocker>
#include <QSqlError>
#include <QSqlQuery>
using namespace SqlValues;


namespace {
// A record's columns (its table, named once), and the year's rate beside them. Only the figures
// that were given are stored: inr_given says whether the rupee figure was, a NULL
// value_usd_million that the dollar one was not; derived() derives the other. The id and the
// version are the caller's to write.
const ColumnTable<ExportRecord> Columns{
    {"id", [](ExportRecord &r, const QVariant &v) { r.id = v.toLongLong(); }, nullptr},
    {"fy_start", [](ExportRecord &r, const QVariant &v) { r.fyStart = v.toInt(); },
     [](const ExportRecord &r) { return QVariant(r.fyStart); }},
    {"country_code", [](ExportRecord &r, const QVariant &v) { r.countryCode = v.toString(); },
     [](const ExportRecord &r) { return QVariant(r.countryCode); }},
    {"sector_id", [](ExportRecord &r, const QVariant &v) { r.sectorId = v.toLongLong(); },
     [](const ExportRecord &r) { return nullIfZero(r.sectorId); }},
    {"value_crore", [](ExportRecord &r, const QVariant &v) { r.valueCrore = v.toDouble(); },
     [](const ExportRecord &r) { return QVariant(r.inrDerived ? 0.0 : r.valueCrore); }},
    {"value_usd_million", [](ExportRecord &r, const QVariant &v) { r.valueUsdMillion = v.isNull() ? -1 : v.toDouble(); },
     [](const ExportRecord &r) {
         return r.usdDerived || r.valueUsdMillion < 0 ? QVariant() : QVariant(r.valueUsdMillion);
     }},
    {"is_demo", [](ExportRecord &r, const QVariant &v) { r.isDemo = v.toBool(); },
     [](const ExportRecord &r) { return QVariant(r.isDemo ? 1 : 0); }},
    {"hs_code", [](ExportRecord &r, const QVariant &v) { r.hsCode = v.toString(); },
     [](const ExportRecord &r) { return text(r.hsCode); }},
    {"quantity", [](ExportRecord &r, const QVariant &v) { r.quantity = v.isNull() ? -1 : v.toDouble(); },
     [](const ExportRecord &r) { return r.quantity < 0 ? QVariant() : QVariant(r.quantity); }},
    {"unit", [](ExportRecord &r, const QVariant &v) { r.unit = v.toString(); },
     [](const ExportRecord &r) { return text(r.unit); }},
    {"inr_given", [](ExportRecord &r, const QVariant &v) { r.inrDerived = !v.toBool(); },
     [](const ExportRecord &r) { return QVariant(r.inrDerived ? 0 : 1); }},
    {"exporter_iec", [](ExportRecord &r, const QVariant &v) { r.exporterIec = v.toString(); },
     [](const ExportRecord &r) { return text(r.exporterIec); }},
    {"inr_per_usd", [](ExportRecord &r, const QVariant &v) { r.rate = v.isNull() ? 0 : v.toDouble(); }, nullptr,
     "x.inr_per_usd"},
    {"version", [](ExportRecord &r, const QVariant &v) { r.version = v.toLongLong(); }, nullptr},
};

const QString Select = Columns.select(
    QStringLiteral("export_records e LEFT JOIN exchange_rates x ON x.fy_start = e.fy_start"), QStringLiteral("e"));

// The record as read, with the figure that was not given derived from the year's rate.
ExportRecord derived(ExportRecord r)
{
    if (r.inrDerived) {
        r.valueCrore = r.rate > 0 && r.valueUsdMillion >= 0
            ? ExchangeRateRepository::croreFromUsdMillion(r.valueUsdMillion, r.rate) : 0;
    } else if (r.valueUsdMillion < 0 && r.rate > 0) {
        r.usdDerived = true;
        r.valueUsdMillion = ExchangeRateRepository::usdMillionFromCrore(r.valueCrore, r.rate);
    }
    return r;
}

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
    if (!q.exec(Select + QStringLiteral(" ORDER BY e.fy_start DESC, e.country_code, e.sector_id, e.hs_code, e.exporter_iec")))
        return records;
    const auto read = Columns.reader(q);
    while (q.next())
        records << derived(read(q));
    q.finish();
    HsChapters::classify(records, ProductChapterRepository(m_connection).effective(SectorRepository(m_connection).all()));
    return records;
}

std::optional<ExportRecord> ExportRepository::find(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(Select + QStringLiteral(" WHERE e.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return std::nullopt;
    const std::optional<ExportRecord> record = Columns.readOne(q);
    return record ? std::optional(derived(*record)) : std::nullopt;
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
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const ChangeStamp stamp = RowVersion::now(db);
    SqlRow row = Columns.row(record);
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
                                                   Columns.row(record), stamp, &failure);
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
    WriteResult<ExportRecord> result;
    {
        const QSignalBlocker quiet(ChangeNotifier::instance());
        result = ChangeLog::removeRows<ExportRecord>(
            QSqlDatabase::database(m_connection), QStringLiteral("export_records"), ids, versions,
            tr("The export record could not be deleted: %1"), error, [this](qint64 id) { return find(id); },
            [this](const ExportRecord &current) { return differences(current, ExportRecord{}); },
            [this](const Conflict<ExportRecord> &c) { return notice(c).message(); });
    }
    if (result)
        ChangeNotifier::instance()->announce(ChangeNotifier::Table::ExportRecords);
    return result;
}

QList<FieldChange> ExportRepository::differences(const ExportRecord &before, const ExportRecord &after) const
{
    using ExportChanges::compare;
    QList<FieldChange> changes = ExportChanges::keyChanges(ExportChanges::keyOf(before), ExportChanges::keyOf(after), m_connection);
    compare(changes, "value_crore", before.fyStart ? figure(before.valueCrore) : QString(),
            after.fyStart ? figure(after.valueCrore) : QString());
    compare(changes, "value_usd_million", figure(before.valueUsdMillion), figure(after.valueUsdMillion));
    compare(changes, "hs_code", before.hsCode, after.hsCode);
    compare(changes, "quantity", figure(before.quantity), figure(after.quantity));
    compare(changes, "unit", before.unit, after.unit);
    compare(changes, "exporter_iec", before.exporterIec, after.exporterIec);
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
    const qint64 existing = idOf(record);
    if (updated)
        *updated = existing != 0;
    if (!existing)
        return insert(record, error);
    ExportRecord r = record;
    r.id = existing;
    r.version = 0; // an import's figure replaces whatever is there (and is logged)
    return update(r, error) ? existing : 0;
}
