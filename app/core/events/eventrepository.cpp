#include "events/eventrepository.h"

#include "undo/changenotifier.h"
#include "storage/databaseerrors.h"
#include "storage/sqlvalues.h"
#include "storage/changelog.h"
#include "storage/columntable.h"
#include "text/languagemanager.h"
#include "text/textfold.h"
#include "storage/transaction.h"
#include "text/validators.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace SqlValues;

namespace {

// An event's columns (its table, named once). The time stamps are the caller's; so is the demo
// mark, which only an insert writes: an edit keeps it.
const ColumnTable<Event> Columns{
    {"id", [](Event &e, const QVariant &v) { e.id = v.toLongLong(); }, nullptr},
    {"name_en", [](Event &e, const QVariant &v) { e.nameEn = v.toString(); },
     [](const Event &e) { return text(e.nameEn.trimmed()); }},
    {"name_hi", [](Event &e, const QVariant &v) { e.nameHi = v.toString(); },
     [](const Event &e) { return text(e.nameHi.trimmed()); }},
    {"start_date", [](Event &e, const QVariant &v) { e.startDate = QDate::fromString(v.toString(), Qt::ISODate); },
     [](const Event &e) { return QVariant(e.startDate.toString(Qt::ISODate)); }},
    {"end_date", [](Event &e, const QVariant &v) { e.endDate = QDate::fromString(v.toString(), Qt::ISODate); },
     [](const Event &e) { return QVariant(e.endDate.toString(Qt::ISODate)); }},
    {"venue", [](Event &e, const QVariant &v) { e.venue = v.toString(); },
     [](const Event &e) { return text(e.venue.trimmed()); }},
    {"organiser", [](Event &e, const QVariant &v) { e.organiser = v.toString(); },
     [](const Event &e) { return text(e.organiser.trimmed()); }},
    {"notes", [](Event &e, const QVariant &v) { e.notes = v.toString(); }, [](const Event &e) { return text(e.notes); }},
    {"is_demo", [](Event &e, const QVariant &v) { e.isDemo = v.toBool(); }, nullptr},
    {"version", [](Event &e, const QVariant &v) { e.version = v.toLongLong(); }, nullptr},
};

const QString Select = Columns.select(QStringLiteral("events"));

} // namespace

QList<Event> EventRepository::all() const
{
    QList<Event> events;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (!q.exec(Select + QStringLiteral(" ORDER BY start_date DESC, id DESC")))
        return events;
    return Columns.readAll(q);
}

std::optional<Event> EventRepository::find(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(Select + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return std::nullopt;
    return Columns.readOne(q);
}

int EventRepository::count() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral("SELECT count(*) FROM events")) && q.next())
        return q.value(0).toInt();
    return 0;
}

QList<Event> EventRepository::sameNameAndDate(const Event &event) const
{
    QList<Event> same;
    const QString en = TextFold::fold(event.nameEn);
    const QString hi = TextFold::fold(event.nameHi);
    for (const Event &other : all()) {
        if (other.id == event.id || other.startDate != event.startDate)
            continue;
        if ((!en.isEmpty() && TextFold::fold(other.nameEn) == en) || (!hi.isEmpty() && TextFold::fold(other.nameHi) == hi))
            same << other;
    }
    return same;
}

QString EventRepository::validate(const Event &event)
{
    if (event.nameEn.trimmed().isEmpty() && event.nameHi.trimmed().isEmpty())
        return tr("Enter the event's name in English or Hindi.");
    if (!event.startDate.isValid())
        return tr("Enter a valid start date.");
    if (!event.endDate.isValid())
        return tr("Enter a valid end date.");
    if (event.endDate < event.startDate)
        return tr("The event cannot end before it starts.");
    return Validators::eventTexts(event);
}

qint64 EventRepository::insert(const Event &event, QString *error, bool keepId) const
{
    const QString invalid = validate(event);
    if (!invalid.isEmpty()) {
        setError(error, invalid);
        return 0;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const ChangeStamp stamp = RowVersion::now(db);
    const QString now = stamp.at.toString(Qt::ISODate);
    SqlRow row = Columns.row(event);
    row.set(QStringLiteral("id"), keepId && event.id > 0 ? QVariant(event.id) : QVariant())
        .set(QStringLiteral("is_demo"), event.isDemo ? 1 : 0)
        .set(QStringLiteral("created_at"), now)
        .set(QStringLiteral("updated_at"), now)
        .set(QStringLiteral("version"), keepId && event.version > 0 ? event.version : 1);
    RowVersion::stamp(row, stamp);
    qint64 id = 0;
    const bool written = Transaction::run(db, error, tr("The event could not be saved: %1"), [&] {
        QSqlError failure;
        id = row.insert(db, QStringLiteral("events"), &failure);
        if (!id) {
            setError(error, tr("The event could not be saved: %1").arg(DatabaseErrors::describe(failure)));
            return false;
        }
        return ChangeLog::write(db, QStringLiteral("events"), id, ChangeLog::Action::Insert,
                                differences(Event{}, event), stamp, error);
    });
    if (!written)
        return 0;
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::Events, id);
    return id;
}

WriteResult<Event> EventRepository::update(const Event &event, QString *error) const
{
    const QString invalid = validate(event);
    if (!invalid.isEmpty()) {
        setError(error, invalid);
        return WriteResult<Event>::failed(invalid);
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const QString failed = tr("The event could not be saved: %1");
    const ChangeStamp stamp = RowVersion::now(db);
    const auto result = RowVersion::write<Event>(
        db, QStringLiteral("events"), event.id, event.version, failed, [this](qint64 id) { return find(id); },
        [&](const Event &current, QString *why) {
            SqlRow row = Columns.row(event);
            row.set(QStringLiteral("updated_at"), stamp.at.toString(Qt::ISODate));
            QSqlError failure;
            const int changed = RowVersion::update(db, QStringLiteral("events"), event.id, current.version, row,
                                                   stamp, &failure);
            if (changed < 0)
                *why = failed.arg(DatabaseErrors::describe(failure));
            else if (changed > 0
                     && !ChangeLog::write(db, QStringLiteral("events"), event.id, ChangeLog::Action::Update,
                                          differences(current, event), stamp, why))
                return -1;
            return changed;
        },
        [](const Conflict<Event> &c) { return notice(c).message(); });
    if (!result) {
        setError(error, result.error);
        return result;
    }
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::Events, event.id);
    return result;
}

WriteResult<Event> EventRepository::remove(qint64 id, RowSnapshot *snapshot, QString *error, qint64 version) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const QString failed = tr("The event could not be deleted: %1");
    const ChangeStamp stamp = RowVersion::now(db);
    RowSnapshot local;
    RowSnapshot &snap = snapshot ? *snapshot : local;
    const auto result = RowVersion::write<Event>(
        db, QStringLiteral("events"), id, version, failed, [this](qint64 id) { return find(id); },
        [&](const Event &current, QString *why) {
            const QVariantList ids{id};
            // Parents before children, so restore() can insert in this order; then references that
            // the delete nulls (nominations of other events' invitations to this one).
            const bool captured =
                snap.captureRows(db, QStringLiteral("events"), QStringLiteral("id = ?"), ids, why)
                && snap.captureRows(db, QStringLiteral("halls"), QStringLiteral("event_id = ?"), ids, why)
                && snap.captureRows(db, QStringLiteral("stalls"), QStringLiteral("event_id = ?"), ids, why)
                && snap.captureRows(db, QStringLiteral("invitations"), QStringLiteral("event_id = ?"), ids, why)
                && snap.captureRows(db, QStringLiteral("invitation_changes"),
                                    QStringLiteral("invitation_id IN (SELECT id FROM invitations WHERE event_id = ?)"),
                                    ids, why)
                && snap.captureRows(db, QStringLiteral("checkins"), QStringLiteral("event_id = ?"), ids, why)
                && snap.captureRows(db, QStringLiteral("letter_templates"), QStringLiteral("event_id = ?"), ids, why)
                // Letters issued stay in the dispatch register; undo links them again.
                && snap.captureColumn(db, QStringLiteral("letters"), QStringLiteral("event_id"),
                                      QStringLiteral("event_id = ?"), ids, why)
                && snap.captureColumn(db, QStringLiteral("invitations"), QStringLiteral("nominated_event_id"),
                                      QStringLiteral("nominated_event_id = ? AND event_id <> nominated_event_id"),
                                      ids, why)
                && snap.captureColumn(db, QStringLiteral("invitation_changes"),
                                      QStringLiteral("nominated_event_id"),
                                      QStringLiteral("nominated_event_id = ? AND invitation_id NOT IN"
                                                     " (SELECT id FROM invitations WHERE event_id = ?)"),
                                      {id, id}, why);
            if (!captured)
                return -1;
            return ChangeLog::removeRow(db, QStringLiteral("events"), id, current.version,
                                        {{QStringLiteral("name_en"), current.name(QStringLiteral("en")), {}}}, stamp,
                                        failed, why);
        },
        [](const Conflict<Event> &c) { return notice(c).message(); });
    if (!result) {
        snap = RowSnapshot();
        setError(error, result.error);
        return result;
    }
    ChangeNotifier::instance()->announceReset();
    return result;
}

bool EventRepository::restore(const RowSnapshot &snapshot, QString *error) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const ChangeStamp stamp = RowVersion::now(db);
    const bool restored = Transaction::run(db, error, tr("The event could not be saved: %1"), [&] {
        if (!snapshot.restoreCommitted(m_connection, error))
            return false;
        for (qint64 id : snapshot.ids(QStringLiteral("events")))
            if (!ChangeLog::write(db, QStringLiteral("events"), id, ChangeLog::Action::Restore, {}, stamp, error))
                return false;
        return true;
    });
    if (!restored)
        return false;
    ChangeNotifier::instance()->announceReset();
    return true;
}

QList<FieldChange> EventRepository::differences(const Event &before, const Event &after)
{
    QList<FieldChange> changes;
    auto compare = [&](const char *column, const QString &a, const QString &b) {
        if (a.trimmed() != b.trimmed())
            changes << FieldChange{QLatin1String(column), a.trimmed(), b.trimmed()};
    };
    compare("name_en", before.nameEn, after.nameEn);
    compare("name_hi", before.nameHi, after.nameHi);
    compare("start_date", before.startDate.toString(Qt::ISODate), after.startDate.toString(Qt::ISODate));
    compare("end_date", before.endDate.toString(Qt::ISODate), after.endDate.toString(Qt::ISODate));
    compare("venue", before.venue, after.venue);
    compare("organiser", before.organiser, after.organiser);
    compare("notes", before.notes, after.notes);
    return changes;
}

ConflictNotice EventRepository::notice(const Conflict<Event> &conflict, const Event *seen)
{
    ConflictNotice n;
    n.table = QStringLiteral("events");
    n.id = conflict.id;
    n.deleted = conflict.deleted();
    n.changed = conflict.changed;
    const Event *named = conflict.current ? &*conflict.current : seen;
    if (named)
        n.label = named->name(LanguageManager::currentLanguage());
    if (conflict.current && seen)
        n.changes = differences(*seen, *conflict.current);
    return n;
}
