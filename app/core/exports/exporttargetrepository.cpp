#include "exporttargetrepository.h"

#include "undo/changenotifier.h"
#include "storage/databaseerrors.h"
#include "exports/exportchanges.h"
#include "exports/exportrecord.h"
#include "storage/changelog.h"
#include "storage/sqlvalues.h"
#include "storage/columntable.h"
#include "storage/transaction.h"

#include <QLocale>
#include <QSignalBlocker>
#include <QSqlError>
#include <QSqlQuery>

using namespace SqlValues;

namespace {
// Targets change no export record, but the Exports page draws them with the records: one
// refresh signal for both.
void announce(qint64 id = 0)
{
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::ExportRecords, id);
}

const QString Table = QStringLiteral("export_targets");

// A target's columns (its table, named once); the id and the version are the caller's to write.
const ColumnTable<ExportTarget> Columns{
    {"id", [](ExportTarget &t, const QVariant &v) { t.id = v.toLongLong(); }, nullptr},
    {"fy_start", [](ExportTarget &t, const QVariant &v) { t.fyStart = v.toInt(); },
     [](const ExportTarget &t) { return QVariant(t.fyStart); }},
    {"country_code", [](ExportTarget &t, const QVariant &v) { t.countryCode = v.toString(); },
     [](const ExportTarget &t) { return text(t.countryCode); }},
    {"sector_id", [](ExportTarget &t, const QVariant &v) { t.sectorId = v.toLongLong(); },
     [](const ExportTarget &t) { return nullIfZero(t.sectorId); }},
    {"target_crore", [](ExportTarget &t, const QVariant &v) { t.targetCrore = v.toDouble(); },
     [](const ExportTarget &t) { return QVariant(t.targetCrore); }},
    {"version", [](ExportTarget &t, const QVariant &v) { t.version = v.toLongLong(); }, nullptr},
};

const QString Select = Columns.select(Table);
} // namespace

QList<ExportTarget> ExportTargetRepository::all() const
{
    QList<ExportTarget> targets;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (q.exec(Select
               + QStringLiteral(" ORDER BY fy_start, sector_id IS NOT NULL, country_code <> '', country_code, sector_id")))
        targets = Columns.readAll(q);
    return targets;
}

std::optional<ExportTarget> ExportTargetRepository::find(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(Select + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return std::nullopt;
    return Columns.readOne(q);
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
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const ChangeStamp stamp = RowVersion::now(db);
    SqlRow row = Columns.row(target);
    row.set(QStringLiteral("id"), keepId && target.id ? QVariant(target.id) : QVariant())
        .set(QStringLiteral("version"), keepId && target.version > 0 ? target.version : 1);
    RowVersion::stamp(row, stamp);
    qint64 id = 0;
    const bool written = Transaction::run(db, error, tr("The target could not be saved: %1"), [&] {
        QSqlError failure;
        id = row.insert(db, Table, &failure);
        if (!id) {
            setError(error, tr("The target could not be saved: %1").arg(DatabaseErrors::describe(failure)));
            return false;
        }
        return ChangeLog::write(db, Table, id, keepId ? ChangeLog::Action::Restore : ChangeLog::Action::Insert,
                                differences(ExportTarget{}, target), stamp, error);
    });
    if (!written)
        return 0;
    announce(id);
    return id;
}

WriteResult<ExportTarget> ExportTargetRepository::update(const ExportTarget &target, QString *error) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const QString failed = tr("The target could not be saved: %1");
    const ChangeStamp stamp = RowVersion::now(db);
    const auto result = RowVersion::write<ExportTarget>(
        db, Table, target.id, target.version, failed, [this](qint64 id) { return find(id); },
        [&](const ExportTarget &current, QString *why) {
            QSqlError failure;
            const int changed = RowVersion::update(db, Table, target.id, current.version, Columns.row(target), stamp, &failure);
            if (changed < 0)
                *why = failed.arg(DatabaseErrors::describe(failure));
            else if (changed > 0
                     && !ChangeLog::write(db, Table, target.id, ChangeLog::Action::Update, differences(current, target),
                                          stamp, why))
                return -1;
            return changed;
        },
        [&](const Conflict<ExportTarget> &c) { return notice(c, &target).message(); });
    if (!result) {
        setError(error, result.error);
        return result;
    }
    announce(target.id);
    return result;
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
            if (!keepIds || t.version <= 0)
                t.version = 1;
        }
        return true;
    });
    if (ok)
        announce();
    return ok;
}

WriteResult<ExportTarget> ExportTargetRepository::updateAll(QList<ExportTarget> &targets, QString *error) const
{
    WriteResult<ExportTarget> result;
    {
        const QSignalBlocker quiet(ChangeNotifier::instance());
        result = RowVersion::writeAll(QSqlDatabase::database(m_connection), targets, error,
                                      tr("The target could not be saved: %1"),
                                      [&](const ExportTarget &t) { return update(t); });
    }
    if (result)
        announce();
    return result;
}

WriteResult<ExportTarget> ExportTargetRepository::remove(const QList<qint64> &ids, QString *error,
                                                         const QHash<qint64, qint64> &versions) const
{
    WriteResult<ExportTarget> result;
    {
        const QSignalBlocker quiet(ChangeNotifier::instance());
        result = ChangeLog::removeRows<ExportTarget>(
            QSqlDatabase::database(m_connection), Table, ids, versions, tr("The target could not be deleted: %1"), error,
            [this](qint64 id) { return find(id); },
            [this](const ExportTarget &current) { return differences(current, ExportTarget{}); },
            [this](const Conflict<ExportTarget> &c) { return notice(c).message(); });
    }
    if (result)
        announce();
    return result;
}

QList<FieldChange> ExportTargetRepository::differences(const ExportTarget &before, const ExportTarget &after) const
{
    auto figure = [](const ExportTarget &t) {
        return t.fyStart ? QLocale::c().toString(t.targetCrore, 'f', 2) : QString();
    };
    QList<FieldChange> changes = ExportChanges::keyChanges(ExportChanges::keyOf(before), ExportChanges::keyOf(after), m_connection);
    ExportChanges::compare(changes, "target_crore", figure(before), figure(after));
    return changes;
}

ConflictNotice ExportTargetRepository::notice(const Conflict<ExportTarget> &conflict, const ExportTarget *seen) const
{
    ConflictNotice n;
    n.table = Table;
    n.id = conflict.id;
    n.deleted = conflict.deleted();
    n.changed = conflict.changed;
    if (const ExportTarget *t = conflict.current ? &*conflict.current : seen)
        n.label = ExportRecord::financialYear(t->fyStart);
    if (conflict.current && seen)
        n.changes = differences(*seen, *conflict.current);
    return n;
}
