#include "changelog.h"

#include "storage/databaseerrors.h"
#include "invitees/invitee.h"
#include "text/languagemanager.h"
#include "storage/sqlvalues.h"
#include "stalls/stall.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString Arrow = QStringLiteral(" → ");

QString actionKey(ChangeLog::Action action)
{
    switch (action) {
    case ChangeLog::Action::Insert:
        return QStringLiteral("insert");
    case ChangeLog::Action::Update:
        return QStringLiteral("update");
    case ChangeLog::Action::Delete:
        return QStringLiteral("delete");
    case ChangeLog::Action::Restore:
        return QStringLiteral("restore");
    }
    return {};
}

ChangeLog::Action actionFrom(const QString &key)
{
    if (key == QLatin1String("insert"))
        return ChangeLog::Action::Insert;
    if (key == QLatin1String("delete"))
        return ChangeLog::Action::Delete;
    if (key == QLatin1String("restore"))
        return ChangeLog::Action::Restore;
    return ChangeLog::Action::Update;
}

// One line of the log's text: no line breaks, and not endless.
QString shortened(const QString &value)
{
    QString v = value.simplified();
    if (v.size() > ChangeLog::MaxValueLength)
        v = v.left(ChangeLog::MaxValueLength - 1) + QChar(0x2026);
    return v;
}

QList<ChangeLog::Entry> entriesFrom(QSqlQuery &q)
{
    QList<ChangeLog::Entry> entries;
    while (q.next()) {
        ChangeLog::Entry e;
        e.table = q.value(0).toString();
        e.rowId = q.value(1).toLongLong();
        e.action = actionFrom(q.value(2).toString());
        e.stamp.at = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
        if (e.stamp.at.isValid())
            e.stamp.at.setTimeSpec(Qt::UTC);
        e.stamp.desk = q.value(4).toString();
        e.stamp.user = q.value(5).toString();
        e.changes = ChangeLog::parse(q.value(6).toString());
        entries << e;
    }
    return entries;
}

const char *const EntryColumns = "SELECT table_name, row_id, action, changed_at, desk, user_name, summary FROM changes";

} // namespace

bool ChangeLog::write(const QSqlDatabase &db, const QString &table, qint64 rowId, Action action,
                      const QList<FieldChange> &changes, const ChangeStamp &stamp, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO changes (table_name, row_id, action, changed_at, desk, user_name, summary)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(table);
    q.addBindValue(rowId);
    q.addBindValue(actionKey(action));
    q.addBindValue(stamp.at.toUTC().toString(Qt::ISODate));
    q.addBindValue(SqlValues::text(stamp.desk));
    q.addBindValue(SqlValues::text(stamp.user));
    q.addBindValue(SqlValues::text(summary(changes))); // never NULL (a restore has none)
    if (q.exec())
        return true;
    SqlValues::setError(error, DatabaseErrors::describe(q.lastError()));
    return false;
}

int ChangeLog::removeRow(const QSqlDatabase &db, const QString &table, qint64 id, qint64 expected,
                         const QList<FieldChange> &what, const ChangeStamp &stamp, const QString &failed,
                         QString *why)
{
    QSqlError failure;
    const int deleted = RowVersion::remove(db, table, id, expected, &failure);
    if (deleted < 0) {
        *why = failed.arg(DatabaseErrors::describe(failure));
        return -1;
    }
    if (deleted > 0 && !write(db, table, id, Action::Delete, what, stamp, why))
        return -1;
    return deleted;
}

QList<ChangeLog::Entry> ChangeLog::inviteeHistory(const QSqlDatabase &db, qint64 inviteeId, qint64 eventId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QLatin1String(EntryColumns)
              + QStringLiteral(" WHERE (table_name = 'invitees' AND row_id = ?)"
                               " OR (table_name = 'invitations' AND row_id IN"
                               " (SELECT id FROM invitations WHERE invitee_id = ? AND (? = 0 OR event_id = ?)))"
                               " ORDER BY changed_at, id"));
    q.addBindValue(inviteeId);
    q.addBindValue(inviteeId);
    q.addBindValue(eventId);
    q.addBindValue(eventId);
    if (!q.exec())
        return {};
    return entriesFrom(q);
}

QList<ChangeLog::Entry> ChangeLog::rowHistory(const QSqlDatabase &db, const QString &table, qint64 rowId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QLatin1String(EntryColumns) + QStringLiteral(" WHERE table_name = ? AND row_id = ? ORDER BY id"));
    q.addBindValue(table);
    q.addBindValue(rowId);
    if (!q.exec())
        return {};
    return entriesFrom(q);
}

QString ChangeLog::summary(const QList<FieldChange> &changes)
{
    QStringList lines;
    for (const FieldChange &c : changes) {
        const QString before = shortened(c.before);
        const QString after = shortened(c.after);
        lines << (before.isEmpty() ? QStringLiteral("%1: %2").arg(c.column, after)
                                   : QStringLiteral("%1: %2%3%4").arg(c.column, before, Arrow, after));
    }
    return lines.join(QLatin1Char('\n'));
}

QList<FieldChange> ChangeLog::parse(const QString &summary)
{
    QList<FieldChange> changes;
    for (const QString &line : summary.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const int colon = line.indexOf(QLatin1String(": "));
        if (colon < 0) {
            changes << FieldChange{line, {}, {}};
            continue;
        }
        FieldChange c;
        c.column = line.left(colon);
        const QString values = line.mid(colon + 2);
        const int arrow = values.indexOf(Arrow);
        if (arrow < 0) {
            c.after = values;
        } else {
            c.before = values.left(arrow);
            c.after = values.mid(arrow + Arrow.size());
        }
        changes << c;
    }
    return changes;
}

QString ChangeLog::fieldName(const QString &table, const QString &column)
{
    // Columns named alike in several tables mean the same thing to people.
    static const QHash<QString, const char *> common{
        {QStringLiteral("name"), QT_TR_NOOP("name")},
        {QStringLiteral("notes"), QT_TR_NOOP("notes")},
        {QStringLiteral("status"), QT_TR_NOOP("status")},
        {QStringLiteral("name_en"), QT_TR_NOOP("name (English)")},
        {QStringLiteral("name_hi"), QT_TR_NOOP("name (Hindi)")},
        {QStringLiteral("size"), QT_TR_NOOP("size")},
        {QStringLiteral("sector_id"), QT_TR_NOOP("category")},
        {QStringLiteral("designation"), QT_TR_NOOP("designation")},
        {QStringLiteral("enterprise"), QT_TR_NOOP("enterprise")},
        {QStringLiteral("mobile"), QT_TR_NOOP("mobile")},
        {QStringLiteral("alt_phone"), QT_TR_NOOP("other phone")},
        {QStringLiteral("email"), QT_TR_NOOP("email")},
        {QStringLiteral("address"), QT_TR_NOOP("address")},
        {QStringLiteral("pin"), QT_TR_NOOP("PIN code")},
        {QStringLiteral("gstin"), QT_TR_NOOP("GSTIN")},
        {QStringLiteral("udyam"), QT_TR_NOOP("Udyam number")},
        {QStringLiteral("iec"), QT_TR_NOOP("IEC")},
        {QStringLiteral("exporter_status"), QT_TR_NOOP("exporter")},
        {QStringLiteral("export_share"), QT_TR_NOOP("export share")},
        {QStringLiteral("start_date"), QT_TR_NOOP("start date")},
        {QStringLiteral("end_date"), QT_TR_NOOP("end date")},
        {QStringLiteral("venue"), QT_TR_NOOP("venue")},
        {QStringLiteral("organiser"), QT_TR_NOOP("organiser")},
        {QStringLiteral("nominated_event_id"), QT_TR_NOOP("nominated to")},
        {QStringLiteral("code"), QT_TR_NOOP("code")},
        {QStringLiteral("position"), QT_TR_NOOP("position")},
        {QStringLiteral("invitee_id"), QT_TR_NOOP("allotted to")},
        {QStringLiteral("fy_start"), QT_TR_NOOP("financial year")},
        {QStringLiteral("country_code"), QT_TR_NOOP("country")},
        {QStringLiteral("value_crore"), QT_TR_NOOP("value (₹ crore)")},
        {QStringLiteral("value_usd_million"), QT_TR_NOOP("value (US$ million)")},
        {QStringLiteral("hs_code"), QT_TR_NOOP("ITC(HS) code")},
        {QStringLiteral("target_crore"), QT_TR_NOOP("target (₹ crore)")},
        {QStringLiteral("quantity"), QT_TR_NOOP("quantity")},
        {QStringLiteral("unit"), QT_TR_NOOP("unit")},
        {QStringLiteral("exporter_iec"), QT_TR_NOOP("exporter's IEC")},
        {QStringLiteral("color"), QT_TR_NOOP("colour")},
    };
    if ((table == QLatin1String("export_records") || table == QLatin1String("export_targets"))
        && column == QLatin1String("sector_id"))
        return tr("product");
    const auto it = common.constFind(column);
    return it == common.constEnd() ? column : tr(*it);
}

QString ChangeLog::value(const QString &table, const QString &column, const QString &stored)
{
    if (stored.isEmpty())
        return QStringLiteral("—");
    if (column == QLatin1String("status") && table == QLatin1String("invitations")) {
        bool ok = false;
        const InvitationStatus status = InvitationStatuses::fromKey(stored, &ok);
        return ok ? InvitationStatuses::displayName(status) : stored;
    }
    if (column == QLatin1String("status") && table == QLatin1String("stalls"))
        return StallStatuses::displayName(StallStatuses::fromKey(stored));
    if (column == QLatin1String("exporter_status")) {
        bool ok = false;
        const int n = stored.toInt(&ok);
        return ok && n >= 0 && n <= 2 ? ExporterStatuses::displayName(ExporterStatus(n)) : stored;
    }
    return LanguageManager::digits(stored);
}

QString ChangeLog::describe(const QString &table, const QList<FieldChange> &changes, bool arrows)
{
    QStringList parts;
    for (const FieldChange &c : changes) {
        const QString name = fieldName(table, c.column);
        if (c.before.isEmpty() && c.after.isEmpty())
            parts << name;
        else if (c.before.isEmpty() && !arrows)
            parts << tr("%1 %2", "field, new value").arg(name, value(table, c.column, c.after));
        else if (c.after.isEmpty() && !arrows)
            parts << tr("%1 %2", "field, new value").arg(name, value(table, c.column, c.before));
        else
            parts << tr("%1 %2 → %3", "field, old value, new value")
                         .arg(name, value(table, c.column, c.before), value(table, c.column, c.after));
    }
    return parts.join(QStringLiteral("; "));
}

QString ChangeLog::who(const ChangeStamp &stamp)
{
    if (!stamp.user.isEmpty() && !stamp.desk.isEmpty())
        return tr("%1 at %2", "user at desk").arg(stamp.user, stamp.desk);
    if (!stamp.desk.isEmpty())
        return stamp.desk;
    if (!stamp.user.isEmpty())
        return stamp.user;
    return tr("Another desk or window");
}

QString ChangeLog::when(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    if (local.date() == QDate::currentDate())
        return LanguageManager::digits(local.toString(QStringLiteral("HH:mm")));
    return LanguageManager::dateTime(local);
}

QString ChangeLog::line(const Entry &entry)
{
    QString what;
    switch (entry.action) {
    case Action::Insert:
        what = tr("added");
        break;
    case Action::Delete:
        what = tr("deleted");
        break;
    case Action::Restore:
        what = tr("brought back");
        break;
    case Action::Update:
        break;
    }
    const QString changes = describe(entry.table, entry.changes, entry.action == Action::Update);
    if (what.isEmpty())
        what = changes;
    else if (!changes.isEmpty())
        what += QStringLiteral(": ") + changes;
    const QString at = entry.stamp.at.isValid() ? LanguageManager::dateTime(entry.stamp.at.toLocalTime()) : QString();
    // Entries from before desks were recorded name nobody.
    if (entry.stamp.desk.isEmpty() && entry.stamp.user.isEmpty())
        return tr("%1 — %2", "time, what changed").arg(at, what);
    return tr("%1 — %2: %3", "time, who, what changed").arg(at, who(entry.stamp), what);
}
