#include "inviteerepository.h"

#include "changenotifier.h"
#include "sqlvalues.h"
#include "textfold.h"
#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace SqlValues;

namespace {





} // namespace

QString InviteeRepository::searchText(const Invitee &invitee)
{
    return TextFold::fold(QStringList{invitee.name, invitee.enterprise, invitee.mobile,
                                      invitee.email, invitee.gstin}
                              .join(QLatin1Char('\x1f')));
}

qint64 InviteeRepository::insert(const Invitee &invitee, QString *error, bool keepId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "INSERT INTO invitees (id, name, designation, enterprise, sector_id, mobile, alt_phone,"
        " email, address, pin, gstin, udyam, iec, exporter_status, export_share, notes,"
        " search_text, is_demo, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = nowUtc();
    q.addBindValue(keepId ? nullIfZero(invitee.id) : QVariant());
    q.addBindValue(text(invitee.name));
    q.addBindValue(text(invitee.designation));
    q.addBindValue(text(invitee.enterprise));
    q.addBindValue(nullIfZero(invitee.sectorId));
    q.addBindValue(invitee.mobile);
    q.addBindValue(text(invitee.altPhone));
    q.addBindValue(nullIfEmpty(invitee.email));
    q.addBindValue(text(invitee.address));
    q.addBindValue(text(invitee.pin));
    q.addBindValue(nullIfEmpty(invitee.gstin));
    q.addBindValue(nullIfEmpty(invitee.udyam));
    q.addBindValue(text(invitee.iec));
    q.addBindValue(int(invitee.exporterStatus));
    q.addBindValue(invitee.exportShare < 0 ? QVariant() : QVariant(invitee.exportShare));
    q.addBindValue(text(invitee.notes));
    q.addBindValue(searchText(invitee));
    q.addBindValue(invitee.isDemo ? 1 : 0);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec()) {
        setError(error, tr("The invitee could not be saved: %1").arg(q.lastError().text()));
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::Invitees, id);
    return id;
}

std::optional<Invitee> InviteeRepository::find(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "SELECT id, name, designation, enterprise, sector_id, mobile, alt_phone, email, address,"
        " pin, gstin, udyam, iec, exporter_status, export_share, notes, is_demo"
        " FROM invitees WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Invitee i;
    i.id = q.value(0).toLongLong();
    i.name = q.value(1).toString();
    i.designation = q.value(2).toString();
    i.enterprise = q.value(3).toString();
    i.sectorId = q.value(4).toLongLong();
    i.mobile = q.value(5).toString();
    i.altPhone = q.value(6).toString();
    i.email = q.value(7).toString();
    i.address = q.value(8).toString();
    i.pin = q.value(9).toString();
    i.gstin = q.value(10).toString();
    i.udyam = q.value(11).toString();
    i.iec = q.value(12).toString();
    i.exporterStatus = ExporterStatus(q.value(13).toInt());
    i.exportShare = q.value(14).isNull() ? -1 : q.value(14).toInt();
    i.notes = q.value(15).toString();
    i.isDemo = q.value(16).toBool();
    return i;
}

int InviteeRepository::count() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral("SELECT count(*) FROM invitees")) && q.next())
        return q.value(0).toInt();
    return 0;
}

bool InviteeRepository::setStatus(qint64 eventId, qint64 inviteeId, InvitationStatus status,
                                  qint64 nominatedEventId, QString *error,
                                  const QDateTime &when) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const QString stamp = when.toUTC().toString(Qt::ISODate);
    const QString key = InvitationStatuses::key(status);
    const QVariant nominated = status == InvitationStatus::Nominated ? nullIfZero(nominatedEventId)
                                                                     : QVariant();
    Transaction transaction(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO invitations (event_id, invitee_id, status, nominated_event_id, status_changed_at)"
        " VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (event_id, invitee_id) DO UPDATE SET status = excluded.status,"
        " nominated_event_id = excluded.nominated_event_id,"
        " status_changed_at = excluded.status_changed_at"));
    q.addBindValue(eventId);
    q.addBindValue(inviteeId);
    q.addBindValue(key);
    q.addBindValue(nominated);
    q.addBindValue(stamp);
    if (!q.exec()) {
        setError(error, tr("The status could not be saved: %1").arg(q.lastError().text()));
        return false;
    }
    q.prepare(QStringLiteral(
        "INSERT INTO invitation_changes (invitation_id, status, nominated_event_id, changed_at)"
        " SELECT id, ?, ?, ? FROM invitations WHERE event_id = ? AND invitee_id = ?"));
    q.addBindValue(key);
    q.addBindValue(nominated);
    q.addBindValue(stamp);
    q.addBindValue(eventId);
    q.addBindValue(inviteeId);
    if (!q.exec()) {
        setError(error, tr("The status could not be saved: %1").arg(q.lastError().text()));
        return false;
    }
    if (!transaction.commit()) {
        setError(error, tr("The status could not be saved: %1").arg(db.lastError().text()));
        return false;
    }
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::Invitations, inviteeId);
    return true;
}

InvitationStatus InviteeRepository::status(qint64 eventId, qint64 inviteeId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT status FROM invitations WHERE event_id = ? AND invitee_id = ?"));
    q.addBindValue(eventId);
    q.addBindValue(inviteeId);
    if (q.exec() && q.next())
        return InvitationStatuses::fromKey(q.value(0).toString());
    return InvitationStatus::NotInvited;
}
