#include "invitees/invitationrepository.h"

#include "undo/changenotifier.h"
#include "storage/databaseerrors.h"
#include "storage/sqlvalues.h"
#include "storage/changelog.h"
#include "storage/columntable.h"
#include "invitees/inviteerepository.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace SqlValues;

namespace {

// An invitation's columns (its table, named once); the event and invitee, the version and the
// change stamp are the caller's to write.
const ColumnTable<InvitationState> Columns{
    {"status", [](InvitationState &s, const QVariant &v) { s.status = InvitationStatuses::fromKey(v.toString()); },
     [](const InvitationState &s) { return QVariant(InvitationStatuses::key(s.status)); }},
    {"nominated_event_id", [](InvitationState &s, const QVariant &v) { s.nominatedEventId = v.toLongLong(); },
     [](const InvitationState &s) { return nullIfZero(s.nominatedEventId); }},
    {"status_changed_at", [](InvitationState &s, const QVariant &v) { s.changedAt = v.toString(); },
     [](const InvitationState &s) { return QVariant(s.changedAt); }},
    {"id", [](InvitationState &s, const QVariant &v) { s.id = v.toLongLong(); }, nullptr},
    {"version", [](InvitationState &s, const QVariant &v) { s.version = v.toLongLong(); }, nullptr},
};

// An entry of an invitation's history; its invitation is the caller's to write.
const ColumnTable<StatusChange> ChangeColumns{
    {"status", [](StatusChange &c, const QVariant &v) { c.status = InvitationStatuses::fromKey(v.toString()); },
     [](const StatusChange &c) { return QVariant(InvitationStatuses::key(c.status)); }},
    {"nominated_event_id", [](StatusChange &c, const QVariant &v) { c.nominatedEventId = v.toLongLong(); },
     [](const StatusChange &c) { return nullIfZero(c.nominatedEventId); }},
    {"changed_at", [](StatusChange &c, const QVariant &v) { c.changedAt = QDateTime::fromString(v.toString(), Qt::ISODate); },
     [](const StatusChange &c) { return QVariant(c.changedAt.toUTC().toString(Qt::ISODate)); }},
};

} // namespace

qint64 InvitationRepository::setStatus(qint64 eventId, qint64 inviteeId, InvitationStatus status,
                                       qint64 nominatedEventId, QString *error, const QDateTime &when,
                                       qint64 expectedVersion,
                                       std::optional<Conflict<InvitationState>> *conflict) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const QString stamp = when.toUTC().toString(Qt::ISODate);
    const QString key = InvitationStatuses::key(status);
    const qint64 nominatedId = status == InvitationStatus::Nominated ? nominatedEventId : 0;
    const QVariant nominated = nullIfZero(nominatedId);
    const QString failed = tr("The status could not be saved: %1");
    ChangeStamp who = RowVersion::now(db);
    who.at = when.toUTC(); // the row and the log are stamped with the change's own time
    Transaction transaction(db);
    if (!transaction.isActive()) {
        setError(error, failed.arg(transaction.errorText()));
        return 0;
    }
    const InvitationState before = invitationState(eventId, inviteeId);
    auto refuse = [&] {
        const Conflict<InvitationState> c = conflictOver(db, eventId, inviteeId, before.id);
        if (conflict)
            *conflict = c;
        setError(error, notice(inviteeId, c).message());
        return qint64(0);
    };
    if (expectedVersion >= 0 && before.version != expectedVersion)
        return refuse();
    InvitationState after;
    after.exists = true;
    after.status = status;
    after.nominatedEventId = nominatedId;
    after.changedAt = stamp;
    SqlRow row = Columns.row(after);
    qint64 invitationId = before.id;
    QSqlError failure;
    // Over the version just read: another desk writing in between (PostgreSQL lets it) is seen.
    if (before.exists) {
        const int changed = RowVersion::update(db, QStringLiteral("invitations"), before.id, before.version, row,
                                               who, &failure);
        if (changed < 0) {
            setError(error, failed.arg(DatabaseErrors::describe(failure)));
            return 0;
        }
        if (changed != 1)
            return refuse();
    } else {
        row.set(QStringLiteral("event_id"), eventId).set(QStringLiteral("invitee_id"), inviteeId);
        RowVersion::stamp(row, who);
        QSqlQuery q(db);
        q.prepare(row.insertStatement(QStringLiteral("invitations"))
                      .replace(QStringLiteral(" RETURNING id"),
                               QStringLiteral(" ON CONFLICT (event_id, invitee_id) DO NOTHING RETURNING id")));
        row.bind(q);
        if (!q.exec()) {
            setError(error, failed.arg(DatabaseErrors::describe(q.lastError())));
            return 0;
        }
        // Nothing returned: another desk made the invitation a moment ago.
        invitationId = returnedId(q, &failure);
        if (!invitationId) {
            if (failure.type() != QSqlError::NoError) {
                setError(error, failed.arg(DatabaseErrors::describe(failure)));
                return 0;
            }
            return refuse();
        }
    }
    const qint64 changeId = ChangeColumns.row(StatusChange{status, nominatedId, who.at})
                                .set(QStringLiteral("invitation_id"), invitationId)
                                .insert(db, QStringLiteral("invitation_changes"), &failure);
    if (!changeId) {
        setError(error, failed.arg(DatabaseErrors::describe(failure)));
        return 0;
    }
    QList<FieldChange> changes{{QStringLiteral("status"), before.exists ? InvitationStatuses::key(before.status) : QString(), key}};
    if (!nominated.isNull()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT name_en, name_hi FROM events WHERE id = ?"));
        q.addBindValue(nominated);
        if (q.exec() && q.next())
            changes << FieldChange{QStringLiteral("nominated_event_id"), {},
                                   q.value(0).toString().isEmpty() ? q.value(1).toString() : q.value(0).toString()};
    }
    if (!ChangeLog::write(db, QStringLiteral("invitations"), invitationId, ChangeLog::Action::Update, changes, who, error))
        return 0;
    if (!transaction.commit()) {
        setError(error, failed.arg(transaction.errorText()));
        return 0;
    }
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::Invitations, inviteeId);
    return changeId;
}

InvitationStatus InvitationRepository::status(qint64 eventId, qint64 inviteeId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT status FROM invitations WHERE event_id = ? AND invitee_id = ?"));
    q.addBindValue(eventId);
    q.addBindValue(inviteeId);
    if (q.exec() && q.next())
        return InvitationStatuses::fromKey(q.value(0).toString());
    return InvitationStatus::NotInvited;
}

InvitationState InvitationRepository::invitationState(qint64 eventId, qint64 inviteeId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(Columns.select(QStringLiteral("invitations")) + QStringLiteral(" WHERE event_id = ? AND invitee_id = ?"));
    q.addBindValue(eventId);
    q.addBindValue(inviteeId);
    if (!q.exec())
        return {};
    std::optional<InvitationState> state = Columns.readOne(q);
    if (!state)
        return {};
    state->exists = true;
    return *state;
}

bool InvitationRepository::restoreInvitation(qint64 eventId, qint64 inviteeId,
                                             const InvitationState &before, qint64 changeId,
                                             QString *error, qint64 expectedVersion,
                                             std::optional<Conflict<InvitationState>> *conflict) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const QString failed = tr("The status could not be saved: %1");
    const ChangeStamp who = RowVersion::now(db);
    Transaction transaction(db);
    if (!transaction.isActive()) {
        setError(error, failed.arg(transaction.errorText()));
        return false;
    }
    const InvitationState now = invitationState(eventId, inviteeId);
    auto refuse = [&] {
        const Conflict<InvitationState> c = conflictOver(db, eventId, inviteeId, now.id);
        if (conflict)
            *conflict = c;
        setError(error, notice(inviteeId, c).message());
        return false;
    };
    if (expectedVersion >= 0 && now.version != expectedVersion)
        return refuse();
    if (!now.exists)
        return true; // nothing to undo: the invitation is gone (its event or invitee was deleted)
    QSqlQuery q(db);
    if (changeId) {
        q.prepare(QStringLiteral("DELETE FROM invitation_changes WHERE id = ?"));
        q.addBindValue(changeId);
        if (!q.exec()) {
            setError(error, failed.arg(DatabaseErrors::describe(q.lastError())));
            return false;
        }
    }
    QSqlError failure;
    // There was no invitation before: its history goes with it (ON DELETE CASCADE).
    const int changed = before.exists
        ? RowVersion::update(db, QStringLiteral("invitations"), now.id, now.version, Columns.row(before), who, &failure)
        : RowVersion::remove(db, QStringLiteral("invitations"), now.id, now.version, &failure);
    if (changed < 0) {
        setError(error, failed.arg(DatabaseErrors::describe(failure)));
        return false;
    }
    if (changed != 1)
        return refuse();
    const QList<FieldChange> changes{{QStringLiteral("status"), InvitationStatuses::key(now.status),
                                      InvitationStatuses::key(before.exists ? before.status : InvitationStatus::NotInvited)}};
    if (!ChangeLog::write(db, QStringLiteral("invitations"), now.id,
                          before.exists ? ChangeLog::Action::Update : ChangeLog::Action::Delete, changes, who, error))
        return false;
    if (!transaction.commit()) {
        setError(error, failed.arg(transaction.errorText()));
        return false;
    }
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::Invitations, inviteeId);
    return true;
}

QList<StatusChange> InvitationRepository::history(qint64 eventId, qint64 inviteeId) const
{
    QList<StatusChange> changes;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(ChangeColumns.select(QStringLiteral("invitation_changes c JOIN invitations v ON v.id = c.invitation_id"),
                                   QStringLiteral("c"))
              + QStringLiteral(" WHERE v.event_id = ? AND v.invitee_id = ? ORDER BY c.changed_at, c.id"));
    q.addBindValue(eventId);
    q.addBindValue(inviteeId);
    if (q.exec())
        changes = ChangeColumns.readAll(q);
    return changes;
}

Conflict<InvitationState> InvitationRepository::conflictOver(const QSqlDatabase &db, qint64 eventId,
                                                             qint64 inviteeId, qint64 seenId) const
{
    const InvitationState now = invitationState(eventId, inviteeId);
    Conflict<InvitationState> c;
    c.id = seenId;
    c.current = now;
    c.changed = now.exists ? RowVersion::read(db, QStringLiteral("invitations"), now.id).value_or(ChangeStamp{})
                           : RowVersion::deletion(db, QStringLiteral("invitations"), seenId);
    return c;
}

ConflictNotice InvitationRepository::notice(qint64 inviteeId, const Conflict<InvitationState> &conflict,
                                            const InvitationState *seen) const
{
    ConflictNotice n;
    n.table = QStringLiteral("invitations");
    n.id = conflict.id;
    n.changed = conflict.changed;
    // An invitation taken away counts as "not invited": there is still a status to write over.
    const InvitationState now = conflict.current.value_or(InvitationState{});
    if (const auto invitee = InviteeRepository(m_connection).find(inviteeId))
        n.label = invitee->name;
    if (!seen && now.exists) {
        // What this desk saw is known only as a version: the other desk's own change, as the
        // log has it ("invited → declined"), says what it was.
        const QList<ChangeLog::Entry> log =
            ChangeLog::rowHistory(QSqlDatabase::database(m_connection), QStringLiteral("invitations"), now.id);
        if (!log.isEmpty() && !log.constLast().changes.isEmpty()) {
            n.changes = log.constLast().changes;
            return n;
        }
    }
    const InvitationStatus before = seen ? seen->status : InvitationStatus::NotInvited;
    if (!seen || before != now.status)
        n.changes << FieldChange{QStringLiteral("status"), seen && seen->exists ? InvitationStatuses::key(before) : QString(),
                                 InvitationStatuses::key(now.status)};
    return n;
}
