#include "stalls/stallrepository.h"

#include "undo/changenotifier.h"
#include "storage/databaseerrors.h"
#include "sectors/sectorrepository.h"
#include "storage/sqlvalues.h"
#include "storage/changelog.h"
#include "storage/columntable.h"
#include "storage/transaction.h"

#include <QLocale>

#include <QSqlError>
#include <QSqlQuery>

using namespace SqlValues;

namespace {

// A stall's columns (its table, named once); the id and the version are the caller's to write.
const ColumnTable<Stall> Columns{
    {"id", [](Stall &s, const QVariant &v) { s.id = v.toLongLong(); }, nullptr},
    {"event_id", [](Stall &s, const QVariant &v) { s.eventId = v.toLongLong(); },
     [](const Stall &s) { return QVariant(s.eventId); }},
    {"code", [](Stall &s, const QVariant &v) { s.code = v.toString(); }, [](const Stall &s) { return text(s.code); }},
    {"x_m", [](Stall &s, const QVariant &v) { s.x = v.toDouble(); }, [](const Stall &s) { return QVariant(s.x); }},
    {"y_m", [](Stall &s, const QVariant &v) { s.y = v.toDouble(); }, [](const Stall &s) { return QVariant(s.y); }},
    {"width_m", [](Stall &s, const QVariant &v) { s.width = v.toDouble(); },
     [](const Stall &s) { return QVariant(s.width); }},
    {"depth_m", [](Stall &s, const QVariant &v) { s.depth = v.toDouble(); },
     [](const Stall &s) { return QVariant(s.depth); }},
    {"sector_id", [](Stall &s, const QVariant &v) { s.sectorId = v.toLongLong(); },
     [](const Stall &s) { return nullIfZero(s.sectorId); }},
    {"status", [](Stall &s, const QVariant &v) { s.status = StallStatuses::fromKey(v.toString()); },
     [](const Stall &s) { return QVariant(StallStatuses::key(s.status)); }},
    {"invitee_id", [](Stall &s, const QVariant &v) { s.inviteeId = v.toLongLong(); },
     [](const Stall &s) { return nullIfZero(s.inviteeId); }},
    {"notes", [](Stall &s, const QVariant &v) { s.notes = v.toString(); }, [](const Stall &s) { return text(s.notes); }},
    {"version", [](Stall &s, const QVariant &v) { s.version = v.toLongLong(); }, nullptr},
};

const QString Select = Columns.select(QStringLiteral("stalls"));

// A hall's columns; its event is written when the hall is made, and never changes.
const ColumnTable<Hall> HallColumns{
    {"id", [](Hall &h, const QVariant &v) { h.id = v.toLongLong(); }, nullptr},
    {"event_id", [](Hall &h, const QVariant &v) { h.eventId = v.toLongLong(); }, nullptr},
    {"name", [](Hall &h, const QVariant &v) { h.name = v.toString(); }, [](const Hall &h) { return text(h.name); }},
    {"width_m", [](Hall &h, const QVariant &v) { h.width = v.toDouble(); },
     [](const Hall &h) { return QVariant(h.width); }},
    {"depth_m", [](Hall &h, const QVariant &v) { h.depth = v.toDouble(); },
     [](const Hall &h) { return QVariant(h.depth); }},
    {"version", [](Hall &h, const QVariant &v) { h.version = v.toLongLong(); }, nullptr},
};

// Metres as the log and messages write them: "3", "2.5".
QString metres(double value)
{
    return QLocale::c().toString(value, 'g', 6);
}

} // namespace

std::optional<Hall> StallRepository::hall(qint64 eventId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(HallColumns.select(QStringLiteral("halls")) + QStringLiteral(" WHERE event_id = ?"));
    q.addBindValue(eventId);
    if (!q.exec())
        return std::nullopt;
    return HallColumns.readOne(q);
}

WriteResult<Hall> StallRepository::setHall(const Hall &hall, QString *error) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const QString failed = tr("The hall could not be saved: %1");
    const ChangeStamp stamp = RowVersion::now(db);
    auto fail = [&](const QString &why) {
        setError(error, why);
        return WriteResult<Hall>::failed(why);
    };
    Transaction transaction(db);
    if (!transaction.isActive())
        return fail(failed.arg(transaction.errorText()));
    const std::optional<Hall> current = this->hall(hall.eventId);
    auto refuse = [&] {
        Conflict<Hall> c;
        c.current = this->hall(hall.eventId);
        c.id = c.current ? c.current->id : (current ? current->id : hall.id);
        c.changed = RowVersion::lastChange(db, QStringLiteral("halls"), c.id);
        const QString why = notice(c, &hall).message();
        setError(error, why);
        return WriteResult<Hall>::conflicted(c, why);
    };
    if (hall.version > 0 && (!current || current->version != hall.version))
        return refuse();
    SqlRow row = HallColumns.row(hall);
    qint64 id = 0;
    qint64 version = 1;
    QSqlError failure;
    if (current) {
        id = current->id;
        version = current->version + 1;
        const int changed = RowVersion::update(db, QStringLiteral("halls"), id, current->version, row, stamp, &failure);
        if (changed < 0)
            return fail(failed.arg(DatabaseErrors::describe(failure)));
        if (changed == 0)
            return refuse();
    } else {
        // Another desk making the hall at the same moment: DO NOTHING, and this one is refused.
        row.set(QStringLiteral("event_id"), hall.eventId);
        RowVersion::stamp(row, stamp);
        QSqlQuery q(db);
        q.prepare(row.insertStatement(QStringLiteral("halls")).replace(QStringLiteral(" RETURNING id"),
                                                                        QStringLiteral(" ON CONFLICT (event_id) DO NOTHING RETURNING id")));
        row.bind(q);
        if (!q.exec())
            return fail(failed.arg(DatabaseErrors::describe(q.lastError())));
        id = returnedId(q, &failure);
        if (!id)
            return failure.type() != QSqlError::NoError ? fail(failed.arg(DatabaseErrors::describe(failure))) : refuse();
    }
    QString why;
    if (!ChangeLog::write(db, QStringLiteral("halls"), id, current ? ChangeLog::Action::Update : ChangeLog::Action::Insert,
                          differences(current.value_or(Hall{0, hall.eventId, {}, 0, 0, 0}), hall), stamp, &why))
        return fail(why);
    if (!transaction.commit())
        return fail(failed.arg(transaction.errorText()));
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::Halls, hall.eventId);
    return WriteResult<Hall>::written(version);
}

QList<Stall> StallRepository::stalls(qint64 eventId) const
{
    QList<Stall> result;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(Select + QStringLiteral(" WHERE event_id = ? ORDER BY code"));
    q.addBindValue(eventId);
    if (q.exec())
        result = Columns.readAll(q);
    return result;
}

std::optional<Stall> StallRepository::find(qint64 stallId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(Select + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(stallId);
    if (!q.exec())
        return std::nullopt;
    return Columns.readOne(q);
}

qint64 StallRepository::insert(const Stall &stall, QString *error, bool keepId) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const ChangeStamp stamp = RowVersion::now(db);
    SqlRow row = Columns.row(stall);
    row.set(QStringLiteral("id"), keepId ? nullIfZero(stall.id) : QVariant())
        .set(QStringLiteral("version"), keepId && stall.version > 0 ? stall.version : 1);
    RowVersion::stamp(row, stamp);
    qint64 id = 0;
    const bool written = Transaction::run(db, error, tr("The stall could not be saved: %1"), [&] {
        QSqlError failure;
        id = row.insert(db, QStringLiteral("stalls"), &failure);
        if (!id) {
            setError(error, tr("The stall could not be saved: %1").arg(DatabaseErrors::describe(failure)));
            return false;
        }
        return ChangeLog::write(db, QStringLiteral("stalls"), id,
                                keepId ? ChangeLog::Action::Restore : ChangeLog::Action::Insert,
                                {{QStringLiteral("code"), {}, stall.code}}, stamp, error);
    });
    if (!written)
        return 0;
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::Stalls, id);
    return id;
}

WriteResult<Stall> StallRepository::update(const Stall &stall, QString *error) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const QString failed = tr("The stall could not be saved: %1");
    const ChangeStamp stamp = RowVersion::now(db);
    const auto result = RowVersion::write<Stall>(
        db, QStringLiteral("stalls"), stall.id, stall.version, failed, [this](qint64 id) { return find(id); },
        [&](const Stall &current, QString *why) {
            QSqlError failure;
            const int changed = RowVersion::update(db, QStringLiteral("stalls"), stall.id, current.version,
                                                   Columns.row(stall), stamp, &failure);
            if (changed < 0)
                *why = failed.arg(DatabaseErrors::describe(failure));
            else if (changed > 0
                     && !ChangeLog::write(db, QStringLiteral("stalls"), stall.id, ChangeLog::Action::Update,
                                          differences(current, stall), stamp, why))
                return -1;
            return changed;
        },
        [&](const Conflict<Stall> &c) { return notice(c, &stall).message(); });
    if (!result) {
        setError(error, result.error);
        return result;
    }
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::Stalls, stall.id);
    return result;
}

WriteResult<Stall> StallRepository::remove(qint64 stallId, QString *error, qint64 version) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const QString failed = tr("The stall could not be deleted: %1");
    const ChangeStamp stamp = RowVersion::now(db);
    const auto result = RowVersion::write<Stall>(
        db, QStringLiteral("stalls"), stallId, version, failed, [this](qint64 id) { return find(id); },
        [&](const Stall &current, QString *why) {
            return ChangeLog::removeRow(db, QStringLiteral("stalls"), stallId, current.version,
                                        {{QStringLiteral("code"), current.code, {}}}, stamp, failed, why);
        },
        [this](const Conflict<Stall> &c) { return notice(c).message(); });
    if (!result) {
        setError(error, result.error);
        return result;
    }
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::Stalls, stallId);
    return result;
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

WriteResult<Stall> StallRepository::updateAll(QList<Stall> &stalls, QString *error) const
{
    WriteResult<Stall> result;
    {
        const QSignalBlocker quiet(ChangeNotifier::instance());
        result = RowVersion::writeAll(QSqlDatabase::database(m_connection), stalls, error,
                                      tr("The stall could not be saved: %1"),
                                      [&](const Stall &s) { return update(s); });
    }
    if (result)
        ChangeNotifier::instance()->announce(ChangeNotifier::Table::Stalls);
    return result;
}

WriteResult<Stall> StallRepository::removeAll(const QList<qint64> &stallIds, QString *error,
                                              const QHash<qint64, qint64> &versions) const
{
    QList<Stall> gone = RowVersion::byIds<Stall>(stallIds, versions);
    WriteResult<Stall> result;
    {
        const QSignalBlocker quiet(ChangeNotifier::instance());
        result = RowVersion::writeAll(QSqlDatabase::database(m_connection), gone, error,
                                      tr("The stall could not be deleted: %1"),
                                      [&](const Stall &s) { return remove(s.id, nullptr, s.version); });
    }
    if (result)
        ChangeNotifier::instance()->announce(ChangeNotifier::Table::Stalls);
    return result;
}

QList<FieldChange> StallRepository::differences(const Stall &before, const Stall &after) const
{
    QList<FieldChange> changes;
    auto compare = [&](const char *column, const QString &a, const QString &b) {
        if (a != b)
            changes << FieldChange{QLatin1String(column), a, b};
    };
    auto holderName = [this](qint64 inviteeId) -> QString {
        if (!inviteeId)
            return {};
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(QStringLiteral("SELECT name, enterprise FROM invitees WHERE id = ?"));
        q.addBindValue(inviteeId);
        if (!q.exec() || !q.next())
            return QString::number(inviteeId);
        const QString enterprise = q.value(1).toString();
        return enterprise.isEmpty() ? q.value(0).toString()
                                    : QStringLiteral("%1 (%2)").arg(q.value(0).toString(), enterprise);
    };
    auto sectorName = [this](qint64 sectorId) -> QString {
        const auto sector = sectorId ? SectorRepository(m_connection).find(sectorId) : std::nullopt;
        return sector ? sector->nameEn : QString();
    };
    compare("code", before.code, after.code);
    compare("position", before.id || before.x || before.y ? QStringLiteral("%1, %2 m").arg(metres(before.x), metres(before.y)) : QString(),
            QStringLiteral("%1, %2 m").arg(metres(after.x), metres(after.y)));
    compare("size", QStringLiteral("%1 × %2 m").arg(metres(before.width), metres(before.depth)),
            QStringLiteral("%1 × %2 m").arg(metres(after.width), metres(after.depth)));
    if (before.sectorId != after.sectorId)
        changes << FieldChange{QStringLiteral("sector_id"), sectorName(before.sectorId), sectorName(after.sectorId)};
    compare("status", StallStatuses::key(before.status), StallStatuses::key(after.status));
    if (before.inviteeId != after.inviteeId)
        changes << FieldChange{QStringLiteral("invitee_id"), holderName(before.inviteeId), holderName(after.inviteeId)};
    compare("notes", before.notes, after.notes);
    return changes;
}

ConflictNotice StallRepository::notice(const Conflict<Stall> &conflict, const Stall *seen) const
{
    ConflictNotice n;
    n.table = QStringLiteral("stalls");
    n.id = conflict.id;
    n.deleted = conflict.deleted();
    n.changed = conflict.changed;
    n.label = conflict.current ? conflict.current->code : (seen ? seen->code : QString());
    if (conflict.current && seen)
        n.changes = differences(*seen, *conflict.current);
    return n;
}

QList<FieldChange> StallRepository::differences(const Hall &before, const Hall &after)
{
    QList<FieldChange> changes;
    if (before.name != after.name)
        changes << FieldChange{QStringLiteral("name"), before.name, after.name};
    const QString sizeBefore = before.width > 0 ? QStringLiteral("%1 × %2 m").arg(metres(before.width), metres(before.depth)) : QString();
    const QString sizeAfter = QStringLiteral("%1 × %2 m").arg(metres(after.width), metres(after.depth));
    if (sizeBefore != sizeAfter)
        changes << FieldChange{QStringLiteral("size"), sizeBefore, sizeAfter};
    return changes;
}

ConflictNotice StallRepository::notice(const Conflict<Hall> &conflict, const Hall *seen)
{
    ConflictNotice n;
    n.table = QStringLiteral("halls");
    n.id = conflict.id;
    n.deleted = conflict.deleted();
    n.changed = conflict.changed;
    if (conflict.current && seen)
        n.changes = differences(*seen, *conflict.current);
    return n;
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
