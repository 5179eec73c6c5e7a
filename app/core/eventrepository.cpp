#include "eventrepository.h"

#include "changenotifier.h"
#include "databaseerrors.h"
#include "sqlvalues.h"
#include "storage/sqlrow.h"
#include "textfold.h"
#include "transaction.h"
#include "validators.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace SqlValues;

namespace {

// The columns an event's fields are written to (its table, named once); the time stamps and the
// demo mark are the caller's.
SqlRow columns(const Event &event)
{
    return SqlRow()
        .set(QStringLiteral("name_en"), text(event.nameEn.trimmed()))
        .set(QStringLiteral("name_hi"), text(event.nameHi.trimmed()))
        .set(QStringLiteral("start_date"), event.startDate.toString(Qt::ISODate))
        .set(QStringLiteral("end_date"), event.endDate.toString(Qt::ISODate))
        .set(QStringLiteral("venue"), text(event.venue.trimmed()))
        .set(QStringLiteral("organiser"), text(event.organiser.trimmed()))
        .set(QStringLiteral("notes"), text(event.notes));
}

Event eventFrom(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(0).toLongLong();
    e.nameEn = q.value(1).toString();
    e.nameHi = q.value(2).toString();
    e.startDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    e.endDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    e.venue = q.value(5).toString();
    e.organiser = q.value(6).toString();
    e.notes = q.value(7).toString();
    e.isDemo = q.value(8).toBool();
    return e;
}

const char *const SelectColumns =
    "SELECT id, name_en, name_hi, start_date, end_date, venue, organiser, notes, is_demo FROM events";


} // namespace

QList<Event> EventRepository::all() const
{
    QList<Event> events;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (!q.exec(QLatin1String(SelectColumns) + QStringLiteral(" ORDER BY start_date DESC, id DESC")))
        return events;
    while (q.next())
        events << eventFrom(q);
    return events;
}

std::optional<Event> EventRepository::find(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QLatin1String(SelectColumns) + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return eventFrom(q);
    return std::nullopt;
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
    const QString now = nowUtc();
    SqlRow row = columns(event);
    row.set(QStringLiteral("id"), keepId && event.id > 0 ? QVariant(event.id) : QVariant())
        .set(QStringLiteral("is_demo"), event.isDemo ? 1 : 0)
        .set(QStringLiteral("created_at"), now)
        .set(QStringLiteral("updated_at"), now);
    QSqlError failure;
    const qint64 id = row.insert(QSqlDatabase::database(m_connection), QStringLiteral("events"), &failure);
    if (!id) {
        setError(error, tr("The event could not be saved: %1").arg(DatabaseErrors::describe(failure)));
        return 0;
    }
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::Events, id);
    return id;
}

bool EventRepository::update(const Event &event, QString *error) const
{
    const QString invalid = validate(event);
    if (!invalid.isEmpty()) {
        setError(error, invalid);
        return false;
    }
    SqlRow row = columns(event);
    row.set(QStringLiteral("updated_at"), nowUtc());
    QSqlError failure;
    const int changed = row.update(QSqlDatabase::database(m_connection), QStringLiteral("events"), event.id, &failure);
    if (changed < 0) {
        setError(error, tr("The event could not be saved: %1").arg(DatabaseErrors::describe(failure)));
        return false;
    }
    if (changed != 1) {
        setError(error, tr("The event could not be saved: it is no longer in the database "
                           "(deleted at another desk or window?)."));
        return false;
    }
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::Events, event.id);
    return true;
}

bool EventRepository::remove(qint64 id, RowSnapshot *snapshot, QString *error) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction transaction(db);
    if (!transaction.isActive()) {
        setError(error, tr("The event could not be deleted: %1").arg(transaction.errorText()));
        return false;
    }
    RowSnapshot local;
    RowSnapshot &snap = snapshot ? *snapshot : local;
    const QVariantList ids{id};
    // Parents before children, so restore() can insert in this order; then references that
    // the delete nulls (nominations of other events' invitations to this one).
    const bool captured =
        snap.captureRows(db, QStringLiteral("events"), QStringLiteral("id = ?"), ids, error)
        && snap.captureRows(db, QStringLiteral("halls"), QStringLiteral("event_id = ?"), ids, error)
        && snap.captureRows(db, QStringLiteral("stalls"), QStringLiteral("event_id = ?"), ids, error)
        && snap.captureRows(db, QStringLiteral("invitations"), QStringLiteral("event_id = ?"), ids, error)
        && snap.captureRows(db, QStringLiteral("invitation_changes"),
                            QStringLiteral("invitation_id IN (SELECT id FROM invitations WHERE event_id = ?)"),
                            ids, error)
        && snap.captureRows(db, QStringLiteral("checkins"), QStringLiteral("event_id = ?"), ids, error)
        && snap.captureRows(db, QStringLiteral("letter_templates"), QStringLiteral("event_id = ?"), ids, error)
        // Letters issued stay in the dispatch register; undo links them again.
        && snap.captureColumn(db, QStringLiteral("letters"), QStringLiteral("event_id"), QStringLiteral("event_id = ?"),
                              ids, error)
        && snap.captureColumn(db, QStringLiteral("invitations"), QStringLiteral("nominated_event_id"),
                              QStringLiteral("nominated_event_id = ? AND event_id <> nominated_event_id"),
                              ids, error)
        && snap.captureColumn(db, QStringLiteral("invitation_changes"),
                              QStringLiteral("nominated_event_id"),
                              QStringLiteral("nominated_event_id = ? AND invitation_id NOT IN"
                                             " (SELECT id FROM invitations WHERE event_id = ?)"),
                              {id, id}, error);
    if (!captured)
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM events WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        setError(error, tr("The event could not be deleted: %1").arg(DatabaseErrors::describe(q.lastError())));
        return false;
    }
    if (q.numRowsAffected() != 1) {
        setError(error, tr("The event could not be deleted: it is no longer in the database "
                           "(deleted at another desk or window?)."));
        return false;
    }
    if (!transaction.commit()) {
        setError(error, tr("The event could not be deleted: %1").arg(transaction.errorText()));
        return false;
    }
    ChangeNotifier::instance()->announceReset();
    return true;
}

bool EventRepository::restore(const RowSnapshot &snapshot, QString *error) const
{
    if (!snapshot.restoreCommitted(m_connection, error))
        return false;
    ChangeNotifier::instance()->announceReset();
    return true;
}
