#include "invitees/invitationrepository.h"

#include "undo/changenotifier.h"
#include "storage/databaseerrors.h"
#include "storage/sqlvalues.h"
#include "storage/changelog.h"
#include "invitees/inviteerepository.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace SqlValues;

qint64 InvitationRepository::setStatus(qint64 eventId, qint64 inviteeId, InvitationStatus status,
                                       qint64 nominatedEventId, QString *error, const QDateTime &when,
                                       qint64 expectedVersion,
                                       std::optional<Conflict<InvitationState>> *conflict) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const QString stamp = when.toUTC().toString(Qt::ISODate);
    const QString key = InvitationStatuses::key(status);
    const QVariant nominated = status == InvitationStatus::Nominated ? nullIfZero(nominatedEventId)
                                                                     : QVariant();
    const QString failed = tr("The status could not be saved: %1");
    ChangeStamp who = RowVersion::now(db);
    Transaction transaction(db);
    if (!transaction.isActive()) {
        setError(error, failed.arg(transaction.errorText()));
        return 0;
    }
    const InvitationState before = invitationState(eventId, inviteeId);
    auto refuse = [&] {
        Conflict<InvitationState> c;
        c.id = before.id;
        const InvitationState now = invitationState(eventId, inviteeId);
        c.current = now;
        c.changed = now.exists ? RowVersion::read(db, QStringLiteral("invitations"), now.id).value_or(ChangeStamp{})
                               : RowVersion::deletion(db, QStringLiteral("invitations"), before.id);
        if (conflict)
            *conflict = c;
        setError(error, notice(inviteeId, c).message());
        return qint64(0);
    };
    if (expectedVersion >= 0 && before.version != expectedVersion)
        return refuse();
    QSqlQuery q(db);
    // Over the version just read: another desk writing in between (PostgreSQL lets it) is seen.
    if (before.exists) {
        q.prepare(QStringLiteral(
            "UPDATE invitations SET status = ?, nominated_event_id = ?, status_changed_at = ?, version = ?,"
            " changed_at = ?, changed_desk = ?, changed_user = ? WHERE id = ? AND version = ?"));
        q.addBindValue(key);
        q.addBindValue(nominated);
        q.addBindValue(stamp);
        q.addBindValue(before.version + 1);
        q.addBindValue(stamp);
        q.addBindValue(text(who.desk));
        q.addBindValue(text(who.user));
        q.addBindValue(before.id);
        q.addBindValue(before.version);
    } else {
        q.prepare(QStringLiteral(
            "INSERT INTO invitations (event_id, invitee_id, status, nominated_event_id, status_changed_at,"
            " changed_at, changed_desk, changed_user) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (event_id, invitee_id) DO NOTHING RETURNING id"));
        q.addBindValue(eventId);
        q.addBindValue(inviteeId);
        q.addBindValue(key);
        q.addBindValue(nominated);
        q.addBindValue(stamp);
        q.addBindValue(stamp);
        q.addBindValue(text(who.desk));
        q.addBindValue(text(who.user));
    }
    if (!q.exec()) {
        setError(error, failed.arg(DatabaseErrors::describe(q.lastError())));
        return 0;
    }
    qint64 invitationId = before.id;
    if (before.exists) {
        if (q.numRowsAffected() != 1)
            return refuse();
    } else {
        // Nothing returned: another desk made the invitation a moment ago.
        QSqlError failure;
        invitationId = returnedId(q, &failure);
        if (!invitationId) {
            if (failure.type() != QSqlError::NoError) {
                setError(error, failed.arg(DatabaseErrors::describe(failure)));
                return 0;
            }
            return refuse();
        }
    }
    q.prepare(QStringLiteral(
        "INSERT INTO invitation_changes (invitation_id, status, nominated_event_id, changed_at)"
        " VALUES (?, ?, ?, ?) RETURNING id"));
    q.addBindValue(invitationId);
    q.addBindValue(key);
    q.addBindValue(nominated);
    q.addBindValue(stamp);
    if (!q.exec()) {
        setError(error, failed.arg(DatabaseErrors::describe(q.lastError())));
        return 0;
    }
    QSqlError failure;
    const qint64 changeId = returnedId(q, &failure);
    if (!changeId) {
        setError(error, failed.arg(DatabaseErrors::describe(failure)));
        return 0;
    }
    who.at = when.toUTC();
    QList<FieldChange> changes{{QStringLiteral("status"), before.exists ? InvitationStatuses::key(before.status) : QString(), key}};
    if (!nominated.isNull()) {
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
    InvitationState state;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT status, nominated_event_id, status_changed_at, id, version FROM invitations"
                             " WHERE event_id = ? AND invitee_id = ?"));
    q.addBindValue(eventId);
    q.addBindValue(inviteeId);
    if (q.exec() && q.next()) {
        state.exists = true;
        state.status = InvitationStatuses::fromKey(q.value(0).toString());
        state.nominatedEventId = q.value(1).toLongLong();
        state.changedAt = q.value(2).toString();
        state.id = q.value(3).toLongLong();
        state.version = q.value(4).toLongLong();
    }
    return state;
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
        Conflict<InvitationState> c;
        c.id = now.id;
        const InvitationState current = invitationState(eventId, inviteeId);
        c.current = current;
        c.changed = current.exists ? RowVersion::read(db, QStringLiteral("invitations"), current.id).value_or(ChangeStamp{})
                                   : RowVersion::deletion(db, QStringLiteral("invitations"), now.id);
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
    if (before.exists) {
        q.prepare(QStringLiteral("UPDATE invitations SET status = ?, nominated_event_id = ?,"
                                 " status_changed_at = ?, version = ?, changed_at = ?, changed_desk = ?,"
                                 " changed_user = ? WHERE id = ? AND version = ?"));
        q.addBindValue(InvitationStatuses::key(before.status));
        q.addBindValue(nullIfZero(before.nominatedEventId));
        q.addBindValue(before.changedAt);
        q.addBindValue(now.version + 1);
        q.addBindValue(who.at.toString(Qt::ISODate));
        q.addBindValue(text(who.desk));
        q.addBindValue(text(who.user));
        q.addBindValue(now.id);
        q.addBindValue(now.version);
    } else {
        // There was no invitation before: its history goes with it (ON DELETE CASCADE).
        q.prepare(QStringLiteral("DELETE FROM invitations WHERE id = ? AND version = ?"));
        q.addBindValue(now.id);
        q.addBindValue(now.version);
    }
    if (!q.exec()) {
        setError(error, failed.arg(DatabaseErrors::describe(q.lastError())));
        return false;
    }
    if (q.numRowsAffected() != 1)
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
    q.prepare(QStringLiteral(
        "SELECT c.status, c.nominated_event_id, c.changed_at FROM invitation_changes c"
        " JOIN invitations v ON v.id = c.invitation_id WHERE v.event_id = ? AND v.invitee_id = ?"
        " ORDER BY c.changed_at, c.id"));
    q.addBindValue(eventId);
    q.addBindValue(inviteeId);
    if (q.exec())
        while (q.next())
            changes << StatusChange{InvitationStatuses::fromKey(q.value(0).toString()),
                                    q.value(1).toLongLong(),
                                    QDateTime::fromString(q.value(2).toString(), Qt::ISODate)};
    return changes;
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
