#include "invitees/inviteerepository.h"

#include "undo/changenotifier.h"
#include "storage/database.h"
#include "storage/databaseerrors.h"
#include "storage/sqlvalues.h"
#include "storage/bulkwriter.h"
#include "storage/changelog.h"
#include "storage/sqlrow.h"
#include "text/languagemanager.h"
#include "invitees/phonetickey.h"
#include "sectors/sectorrepository.h"
#include "text/textfold.h"
#include "storage/transaction.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

using namespace SqlValues;

namespace {
// The phonetic key of a name as invitees.search_text holds it: each word after a mark that no
// typed text contains, so a query's key matches from the start of a word of the key only.
QString keySection(const QString &key)
{
    QString marked = QLatin1Char('\x1e') + key;
    marked.replace(QLatin1Char(' '), QLatin1Char('\x1e'));
    return marked;
}
} // namespace

namespace {
// The columns an invitee's fields are written to (its table, named once), in this order, for
// every write: insert and bulk insert (BulkInserter) and update (SqlRow). `sink` gets
// text(column, value), textOrNull (optional text: NULL when empty, so unique indexes ignore
// it), reference (NULL for 0), number and numberOrNull (NULL when negative). The time stamps
// and is_demo are the caller's: created_at on insert only.
template<typename Sink>
void inviteeColumns(const Invitee &invitee, const QString &searchText, Sink &sink)
{
    sink.text(QStringLiteral("name"), invitee.name);
    sink.text(QStringLiteral("designation"), invitee.designation);
    sink.text(QStringLiteral("enterprise"), invitee.enterprise);
    sink.reference(QStringLiteral("sector_id"), invitee.sectorId);
    sink.text(QStringLiteral("mobile"), invitee.mobile);
    sink.text(QStringLiteral("alt_phone"), invitee.altPhone);
    sink.textOrNull(QStringLiteral("email"), invitee.email);
    sink.text(QStringLiteral("address"), invitee.address);
    sink.text(QStringLiteral("pin"), invitee.pin);
    sink.textOrNull(QStringLiteral("gstin"), invitee.gstin);
    sink.textOrNull(QStringLiteral("udyam"), invitee.udyam);
    sink.text(QStringLiteral("iec"), invitee.iec);
    sink.number(QStringLiteral("exporter_status"), int(invitee.exporterStatus));
    sink.numberOrNull(QStringLiteral("export_share"), invitee.exportShare);
    sink.text(QStringLiteral("notes"), invitee.notes);
    sink.text(QStringLiteral("search_text"), searchText);
}

// inviteeColumns() as an SqlRow (QVariants, for update()).
struct SqlRowSink {
    SqlRow row;
    void text(const QString &column, const QString &value) { row.set(column, SqlValues::text(value)); }
    void textOrNull(const QString &column, const QString &value) { row.set(column, nullIfEmpty(value)); }
    void reference(const QString &column, qint64 id) { row.set(column, nullIfZero(id)); }
    void number(const QString &column, int value) { row.set(column, value); }
    void numberOrNull(const QString &column, int value) { row.set(column, value < 0 ? QVariant() : QVariant(value)); }
};

SqlRow columns(const Invitee &invitee)
{
    SqlRowSink sink;
    inviteeColumns(invitee, InviteeRepository::searchText(invitee), sink);
    return std::move(sink.row);
}
} // namespace


QString InviteeRepository::searchText(const Invitee &invitee)
{
    // The fields as typed (folded), then the phonetic key of the name, each word marked, so a
    // query's key matches from a word's start: "Geeta" finds गीता निषाद, not "Digital".
    // Joined and marked in place (an import makes 100,000 of these): the same text as
    // fold(join of the fields) + keySection(key).
    const QString *const fields[] = {&invitee.name, &invitee.enterprise, &invitee.mobile, &invitee.email,
                                     &invitee.gstin};
    QString joined;
    qsizetype size = std::size(fields);
    for (const QString *field : fields)
        size += field->size();
    joined.reserve(size);
    for (const QString *field : fields) {
        if (field != fields[0])
            joined += QLatin1Char('\x1f');
        joined += *field;
    }
    QString text = TextFold::fold(joined);
    const QString key = PhoneticKey::of(invitee.name);
    if (!key.isEmpty()) {
        text.reserve(text.size() + 1 + key.size());
        text += QLatin1Char('\x1e');
        for (const QChar c : key)
            text += c == u' ' ? QChar(0x1e) : c;
    }
    return text;
}

qint64 InviteeRepository::insert(const Invitee &invitee, QString *error, bool keepId) const
{
    // One invitee goes the way an import's go (BulkInserter), so there is one way to write one;
    // with its line in the changes log, in one transaction.
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    qint64 id = 0;
    const bool written = Transaction::run(db, error, tr("The invitee could not be saved: %1"), [&] {
        BulkInserter inserter(m_connection);
        InviteeRepository::BulkInserter::Extra extra;
        extra.id = keepId ? invitee.id : 0;
        id = inserter.insert(invitee, error, extra);
        if (!id || !inserter.flush(error))
            return false;
        return ChangeLog::write(db, QStringLiteral("invitees"), id, ChangeLog::Action::Insert,
                                {{QStringLiteral("name"), {}, invitee.name}}, inserter.stamp(), error);
    });
    if (!written)
        return 0;
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::Invitees, id);
    return id;
}

std::optional<Invitee> InviteeRepository::find(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "SELECT id, name, designation, enterprise, sector_id, mobile, alt_phone, email, address,"
        " pin, gstin, udyam, iec, exporter_status, export_share, notes, is_demo, version"
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
    i.version = q.value(17).toLongLong();
    return i;
}

int InviteeRepository::count() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral("SELECT count(*) FROM invitees")) && q.next())
        return q.value(0).toInt();
    return 0;
}

qint64 InviteeRepository::setStatus(qint64 eventId, qint64 inviteeId, InvitationStatus status,
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

WriteResult<Invitee> InviteeRepository::update(const Invitee &invitee, QString *error) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const QString failed = tr("The invitee could not be saved: %1");
    const ChangeStamp stamp = RowVersion::now(db);
    const auto result = RowVersion::write<Invitee>(
        db, QStringLiteral("invitees"), invitee.id, invitee.version, failed, [this](qint64 id) { return find(id); },
        [&](const Invitee &current, QString *why) {
            SqlRow row = columns(invitee);
            row.set(QStringLiteral("updated_at"), stamp.at.toString(Qt::ISODate));
            QSqlError failure;
            const int changed = RowVersion::update(db, QStringLiteral("invitees"), invitee.id, current.version, row,
                                                   stamp, &failure);
            if (changed < 0)
                *why = failed.arg(DatabaseErrors::describe(failure));
            else if (changed > 0
                     && !ChangeLog::write(db, QStringLiteral("invitees"), invitee.id, ChangeLog::Action::Update,
                                          differences(current, invitee), stamp, why))
                return -1;
            return changed;
        },
        [this](const Conflict<Invitee> &c) { return notice(c).message(); });
    if (!result) {
        setError(error, result.error);
        return result;
    }
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::Invitees, invitee.id);
    return result;
}

WriteResult<Invitee> InviteeRepository::remove(const QList<qint64> &ids, RowSnapshot *snapshot, QString *error,
                                                const QHash<qint64, qint64> &versions) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const QString failed = tr("The invitees could not be deleted: %1");
    Transaction transaction(db);
    if (!transaction.isActive()) {
        setError(error, failed.arg(transaction.errorText()));
        return WriteResult<Invitee>::failed(failed.arg(transaction.errorText()));
    }
    const ChangeStamp stamp = RowVersion::now(db);
    RowSnapshot local;
    RowSnapshot &snap = snapshot ? *snapshot : local;
    auto refuse = [&](qint64 id) {
        const Conflict<Invitee> c = RowVersion::conflict<Invitee>(db, QStringLiteral("invitees"), id,
                                                                  [this](qint64 id) { return find(id); });
        const QString why = notice(c).message();
        setError(error, why);
        snap = RowSnapshot();
        return WriteResult<Invitee>::conflicted(c, why);
    };
    auto failure = [&](const QString &why) {
        setError(error, why);
        snap = RowSnapshot();
        return WriteResult<Invitee>::failed(why);
    };
    QSqlQuery versionsNow(db);
    QSqlQuery del(db);
    if (!del.prepare(QStringLiteral("DELETE FROM invitees WHERE id = ? AND version = ?")))
        return failure(failed.arg(DatabaseErrors::describe(del.lastError())));
    // Chunks keep the number of bound values well under SQLite's limit.
    constexpr int Chunk = 500;
    for (int start = 0; start < ids.size(); start += Chunk) {
        const QList<qint64> part = ids.mid(start, Chunk);
        QVariantList binds;
        for (qint64 id : part)
            binds << id;
        const QString in = QStringLiteral("(%1)").arg(QStringList(part.size(), QStringLiteral("?")).join(QLatin1Char(',')));
        // The versions as they are now: each row is deleted only at the version captured here,
        // and only if that is the one it was seen at.
        versionsNow.prepare(QStringLiteral("SELECT id, version, name FROM invitees WHERE id IN ") + in);
        for (const QVariant &v : binds)
            versionsNow.addBindValue(v);
        if (!versionsNow.exec())
            return failure(failed.arg(DatabaseErrors::describe(versionsNow.lastError())));
        QHash<qint64, QPair<qint64, QString>> now;
        while (versionsNow.next())
            now.insert(versionsNow.value(0).toLongLong(), {versionsNow.value(1).toLongLong(), versionsNow.value(2).toString()});
        for (qint64 id : part) {
            if (!now.contains(id))
                return refuse(id);
            const qint64 seen = versions.value(id, 0);
            if (seen > 0 && now.value(id).first != seen)
                return refuse(id);
        }
        QString why;
        const bool captured =
            snap.captureRows(db, QStringLiteral("invitees"), QStringLiteral("id IN ") + in, binds, &why)
            && snap.captureRows(db, QStringLiteral("invitations"), QStringLiteral("invitee_id IN ") + in, binds, &why)
            && snap.captureRows(db, QStringLiteral("invitation_changes"),
                                QStringLiteral("invitation_id IN (SELECT id FROM invitations WHERE invitee_id IN %1)").arg(in),
                                binds, &why)
            && snap.captureRows(db, QStringLiteral("checkins"), QStringLiteral("invitee_id IN ") + in, binds, &why)
            && snap.captureColumn(db, QStringLiteral("stalls"), QStringLiteral("invitee_id"),
                                  QStringLiteral("invitee_id IN ") + in, binds, &why)
            // Letters issued stay in the dispatch register; undo links them again.
            && snap.captureColumn(db, QStringLiteral("letters"), QStringLiteral("invitee_id"),
                                  QStringLiteral("invitee_id IN ") + in, binds, &why);
        if (!captured)
            return failure(why);
        for (qint64 id : part) {
            del.bindValue(0, id);
            del.bindValue(1, now.value(id).first);
            if (!del.exec())
                return failure(failed.arg(DatabaseErrors::describe(del.lastError())));
            if (del.numRowsAffected() != 1)
                return refuse(id);
            if (!ChangeLog::write(db, QStringLiteral("invitees"), id, ChangeLog::Action::Delete,
                                  {{QStringLiteral("name"), now.value(id).second, {}}}, stamp, &why))
                return failure(why);
        }
    }
    if (!transaction.commit())
        return failure(failed.arg(transaction.errorText()));
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::Invitees);
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::Stalls);
    return WriteResult<Invitee>::written(0);
}

bool InviteeRepository::restore(const RowSnapshot &snapshot, QString *error) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const ChangeStamp stamp = RowVersion::now(db);
    const bool restored = Transaction::run(db, error, tr("The invitee could not be saved: %1"), [&] {
        if (!snapshot.restoreCommitted(m_connection, error))
            return false;
        for (qint64 id : snapshot.ids(QStringLiteral("invitees")))
            if (!ChangeLog::write(db, QStringLiteral("invitees"), id, ChangeLog::Action::Restore, {}, stamp, error))
                return false;
        return true;
    });
    if (!restored)
        return false;
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::Invitees);
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::Stalls);
    return true;
}

QList<FieldChange> InviteeRepository::differences(const Invitee &before, const Invitee &after) const
{
    QList<FieldChange> changes;
    auto compare = [&](const char *column, const QString &a, const QString &b) {
        if (a != b)
            changes << FieldChange{QLatin1String(column), a, b};
    };
    const SectorRepository sectors(m_connection);
    auto sectorName = [&](qint64 id) {
        const auto sector = id ? sectors.find(id) : std::nullopt;
        return sector ? sector->name(LanguageManager::currentLanguage()) : QString();
    };
    compare("name", before.name, after.name);
    compare("designation", before.designation, after.designation);
    compare("enterprise", before.enterprise, after.enterprise);
    if (before.sectorId != after.sectorId)
        changes << FieldChange{QStringLiteral("sector_id"), sectorName(before.sectorId), sectorName(after.sectorId)};
    compare("mobile", before.mobile, after.mobile);
    compare("alt_phone", before.altPhone, after.altPhone);
    compare("email", before.email, after.email);
    compare("address", before.address, after.address);
    compare("pin", before.pin, after.pin);
    compare("gstin", before.gstin, after.gstin);
    compare("udyam", before.udyam, after.udyam);
    compare("iec", before.iec, after.iec);
    compare("exporter_status", QString::number(int(before.exporterStatus)), QString::number(int(after.exporterStatus)));
    compare("export_share", before.exportShare < 0 ? QString() : QString::number(before.exportShare),
            after.exportShare < 0 ? QString() : QString::number(after.exportShare));
    compare("notes", before.notes, after.notes);
    return changes;
}

ConflictNotice InviteeRepository::notice(const Conflict<Invitee> &conflict, const Invitee *seen) const
{
    ConflictNotice n;
    n.table = QStringLiteral("invitees");
    n.id = conflict.id;
    n.deleted = conflict.deleted();
    n.changed = conflict.changed;
    if (conflict.current)
        n.label = conflict.current->name;
    else if (seen)
        n.label = seen->name;
    if (conflict.current && seen)
        n.changes = differences(*seen, *conflict.current);
    return n;
}

ConflictNotice InviteeRepository::notice(qint64 inviteeId, const Conflict<InvitationState> &conflict,
                                         const InvitationState *seen) const
{
    ConflictNotice n;
    n.table = QStringLiteral("invitations");
    n.id = conflict.id;
    n.changed = conflict.changed;
    // An invitation taken away counts as "not invited": there is still a status to write over.
    const InvitationState now = conflict.current.value_or(InvitationState{});
    if (const auto invitee = find(inviteeId))
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

QList<DuplicateMatch> InviteeRepository::sameName(const Invitee &invitee, int limit) const
{
    QList<DuplicateMatch> matches;
    const QString key = PhoneticKey::of(invitee.name);
    if (key.isEmpty())
        return matches;
    // The key section ends search_text: the whole name's key, no more, no less.
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, name, enterprise, mobile FROM invitees"
                             " WHERE search_text LIKE ? ESCAPE '\\' AND id <> ? ORDER BY lower(name) LIMIT ?"));
    q.addBindValue(QLatin1Char('%') + TextFold::likeEscape(keySection(key)));
    q.addBindValue(invitee.id);
    q.addBindValue(limit);
    if (q.exec())
        while (q.next())
            matches << DuplicateMatch{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                      QStringLiteral("name"), q.value(3).toString()};
    return matches;
}

QList<DuplicateMatch> InviteeRepository::duplicates(const Invitee &invitee) const
{
    QList<DuplicateMatch> matches;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    auto look = [&](const QString &field, const QString &condition, const QString &value) {
        if (value.isEmpty())
            return;
        q.prepare(QStringLiteral("SELECT id, name, enterprise FROM invitees WHERE %1 AND id <> ?").arg(condition));
        q.addBindValue(value);
        q.addBindValue(invitee.id);
        if (!q.exec())
            return;
        while (q.next())
            matches << DuplicateMatch{q.value(0).toLongLong(), q.value(1).toString(),
                                      q.value(2).toString(), field, QString()};
    };
    look(QStringLiteral("mobile"), QStringLiteral("mobile = ?"), invitee.mobile);
    look(QStringLiteral("gstin"), QStringLiteral("gstin = ?"), invitee.gstin);
    look(QStringLiteral("udyam"), QStringLiteral("udyam = ?"), invitee.udyam);
    look(QStringLiteral("email"), QStringLiteral("lower(email) = lower(?)"), invitee.email);
    return matches;
}

namespace {

// The FROM/WHERE part shared by list(), count(), ids() and statusCounts(), with its bound
// values in order. Joins are added only when the filter or the sort needs them: a keystroke in
// the search box scans every invitee, and each join would be done for every match.
struct ListQuery {
    QString from;
    QString where;
    QVariantList binds; // for `from` then `where`
};

enum class Joins { None = 0, Sectors = 1, Invitations = 2 };
constexpr int operator&(Joins a, Joins b) { return int(a) & int(b); }
constexpr Joins operator|(Joins a, Joins b) { return Joins(int(a) | int(b)); }

ListQuery buildListQuery(const InviteeFilter &filter, bool withStatusFilter, Joins joins)
{
    ListQuery query;
    const bool statusFilter = withStatusFilter && !filter.statuses.isEmpty();
    query.from = QStringLiteral(" FROM invitees i");
    if (joins & Joins::Sectors)
        query.from += QStringLiteral(" LEFT JOIN sectors s ON s.id = i.sector_id");
    if ((joins & Joins::Invitations) || statusFilter) {
        query.from += QStringLiteral(" LEFT JOIN invitations v ON v.event_id = ? AND v.invitee_id = i.id");
        query.binds << filter.eventId;
    }
    QStringList conditions;
    const QString search = TextFold::fold(filter.search);
    if (!search.isEmpty()) {
        // As typed, anywhere; or by sound, from the start of a word of the name, in either
        // script ("Geeta" finds गीता निषाद, "नेहा" finds Neha Singh). search_text is also in the
        // entries of the name index (invitees_name), so walking the list in name order checks
        // it there without reading the rows, and a count scans only that narrow index.
        const QString key = PhoneticKey::of(search);
        conditions << (key.isEmpty() ? QStringLiteral("i.search_text LIKE ? ESCAPE '\\'")
                                     : QStringLiteral("(i.search_text LIKE ? ESCAPE '\\'"
                                                      " OR i.search_text LIKE ? ESCAPE '\\')"));
        query.binds << TextFold::likePattern(search);
        if (!key.isEmpty())
            query.binds << QLatin1Char('%') + TextFold::likeEscape(keySection(key)) + QLatin1Char('%');
    }
    auto inList = [&](const QString &expression, const QVariantList &values) {
        QStringList marks;
        for (const QVariant &v : values) {
            marks << QStringLiteral("?");
            query.binds << v;
        }
        return QStringLiteral("%1 IN (%2)").arg(expression, marks.join(QLatin1Char(',')));
    };
    if (statusFilter) {
        QVariantList keys;
        for (InvitationStatus st : filter.statuses)
            keys << InvitationStatuses::key(st);
        conditions << inList(QStringLiteral("coalesce(v.status, 'not_invited')"), keys);
    }
    if (!filter.sectorIds.isEmpty()) {
        QVariantList values;
        bool none = false;
        for (qint64 id : filter.sectorIds) {
            if (id == 0)
                none = true;
            else
                values << id;
        }
        QStringList either;
        if (!values.isEmpty())
            either << inList(QStringLiteral("i.sector_id"), values);
        if (none)
            either << QStringLiteral("i.sector_id IS NULL");
        conditions << QLatin1Char('(') + either.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (!filter.exporterStatuses.isEmpty()) {
        QVariantList values;
        for (ExporterStatus st : filter.exporterStatuses)
            values << int(st);
        conditions << inList(QStringLiteral("i.exporter_status"), values);
    }
    if (!conditions.isEmpty())
        query.where = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return query;
}

// The joins a sort key needs.
Joins joinsFor(InviteeSortKey key)
{
    switch (key) {
    case InviteeSortKey::Sector: return Joins::Sectors;
    case InviteeSortKey::Status: return Joins::Invitations;
    default: return Joins::None;
    }
}

// The sort key as an expression; its bound values (if any) are appended to `binds`. With
// `avoidIndex`, "|| ''" keeps SQLite off the name or enterprise index (see pageFromIndex); it
// is portable SQL.
QString sortExpression(const InviteeSort &sort, qint64 eventId, bool avoidIndex, QVariantList *binds)
{
    QString expression;
    switch (sort.key) {
    case InviteeSortKey::Name: expression = QStringLiteral("lower(i.name)"); break;
    case InviteeSortKey::Designation: expression = QStringLiteral("lower(i.designation)"); break;
    case InviteeSortKey::Enterprise: expression = QStringLiteral("lower(i.enterprise)"); break;
    // Keys that may be NULL are made '': SQLite sorts NULL first, PostgreSQL last.
    case InviteeSortKey::Sector: expression = QStringLiteral("coalesce(lower(s.name_en), '')"); break;
    case InviteeSortKey::Mobile: expression = QStringLiteral("i.mobile"); break;
    case InviteeSortKey::Email: expression = QStringLiteral("coalesce(lower(i.email), '')"); break;
    case InviteeSortKey::Pin: expression = QStringLiteral("i.pin"); break;
    case InviteeSortKey::Updated: expression = QStringLiteral("i.updated_at"); break;
    case InviteeSortKey::Stall:
        expression = QStringLiteral("coalesce((SELECT min(st.code) FROM stalls st WHERE st.event_id = ?"
                                    " AND st.invitee_id = i.id), '')");
        *binds << eventId;
        break;
    case InviteeSortKey::Status:
        // In the order of an invitation's life, not alphabetically.
        expression = QStringLiteral(
            "CASE coalesce(v.status, 'not_invited') WHEN 'not_invited' THEN 0 WHEN 'invited' THEN 1"
            " WHEN 'confirmed' THEN 2 WHEN 'declined' THEN 3 WHEN 'attended' THEN 4 ELSE 5 END");
        break;
    }
    if (avoidIndex && sort.key == InviteeSortKey::Name)
        expression += QStringLiteral(" || ''");
    return expression;
}

QString direction(const InviteeSort &sort)
{
    return sort.order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
}

void bindAll(QSqlQuery &q, const QVariantList &binds)
{
    for (const QVariant &v : binds)
        q.addBindValue(v);
}

// Whether a page of the filtered list is found quickly by walking the sort key's index, or
// better by scanning every invitee and sorting the matches. Walking wins when matches are
// plentiful early in the index order and loses badly when they are rare or come late, as
// Devanagari names do after all Latin ones, when each row must be read to check the filter
// (bench_inviteelist measures both). So the first rows of the index order are sampled with the
// whole filter.
bool pageFromIndex(const QSqlDatabase &db, const InviteeFilter &filter, const InviteeSort &sort,
                   int offset, int limit)
{
    if (sort.key != InviteeSortKey::Name)
        return false; // no index to walk
    const bool filteredByRow = !filter.statuses.isEmpty() || !filter.sectorIds.isEmpty()
                               || !filter.exporterStatuses.isEmpty();
    // The search is checked in the name index's own entries (see buildListQuery): walking the
    // index costs at most one pass over that narrow index, always less than reading every row.
    if (!filteredByRow)
        return true;
    if (limit < 0)
        return false; // every match is wanted: scan and sort
    const int wanted = offset + limit;
    const int sample = qBound(2000, wanted * 10, 20000);
    QVariantList keyBinds;
    const QString key = sortExpression(sort, filter.eventId, false, &keyBinds);
    ListQuery query = buildListQuery(filter, true, joinsFor(sort.key));
    query.from.replace(0, int(qstrlen(" FROM invitees i")),
                       QStringLiteral(" FROM (SELECT i.id AS sampled FROM invitees i ORDER BY %1%2 LIMIT %3) t"
                                      " JOIN invitees i ON i.id = t.sampled")
                           .arg(key, direction(sort))
                           .arg(sample));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*)") + query.from + query.where);
    bindAll(q, keyBinds);
    bindAll(q, query.binds);
    return q.exec() && q.next() && q.value(0).toInt() >= wanted;
}

} // namespace

QList<InviteeRow> InviteeRepository::list(const InviteeFilter &filter, const InviteeSort &sort,
                                          int offset, int limit) const
{
    QList<InviteeRow> rows;
    // Two steps in one statement: first pick the ids of the page in order, touching only what
    // the filter and sort need; then fetch the page's rows with their sector, status and stall.
    // Fetching every column for every match before sorting would cost far more.
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QVariantList keyBinds;
    const QString key = sortExpression(sort, filter.eventId, !pageFromIndex(db, filter, sort, offset, limit),
                                       &keyBinds);
    const ListQuery query = buildListQuery(filter, true, joinsFor(sort.key));
    const QString dir = direction(sort);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT i.id, i.name, i.designation, i.enterprise, i.sector_id, s.name_en, s.name_hi,"
                  " i.mobile, i.email, i.address, i.pin, i.gstin, i.udyam, i.iec, i.exporter_status,"
                  " coalesce(v.status, 'not_invited'), v.nominated_event_id, v.status_changed_at,"
                  " (SELECT min(st.code) FROM stalls st WHERE st.event_id = ? AND st.invitee_id = i.id),"
                  " i.is_demo, i.version, v.version"
                  " FROM (SELECT i.id AS pick, %1 AS k")
                  .arg(key)
              + query.from + query.where
              + QStringLiteral(" ORDER BY k%1, i.id%1 LIMIT ? OFFSET ?) p"
                               " JOIN invitees i ON i.id = p.pick"
                               " LEFT JOIN sectors s ON s.id = i.sector_id"
                               " LEFT JOIN invitations v ON v.event_id = ? AND v.invitee_id = i.id"
                               " ORDER BY p.k%1, p.pick%1")
                    .arg(dir));
    q.addBindValue(filter.eventId);   // stall code in the outer select list
    bindAll(q, keyBinds);             // the sort key
    bindAll(q, query.binds);          // the inner FROM/WHERE
    // "No limit" as a number both engines take (SQLite's -1 is refused by PostgreSQL).
    q.addBindValue(limit < 0 ? std::numeric_limits<qint64>::max() : qint64(limit));
    q.addBindValue(offset);
    q.addBindValue(filter.eventId);   // the outer invitations join
    if (!q.exec())
        return rows;
    if (limit > 0)
        rows.reserve(limit);
    while (q.next()) {
        InviteeRow r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.designation = q.value(2).toString();
        r.enterprise = q.value(3).toString();
        r.sectorId = q.value(4).toLongLong();
        r.sectorEn = q.value(5).toString();
        r.sectorHi = q.value(6).toString();
        r.mobile = q.value(7).toString();
        r.email = q.value(8).toString();
        r.address = q.value(9).toString();
        r.pin = q.value(10).toString();
        r.gstin = q.value(11).toString();
        r.udyam = q.value(12).toString();
        r.iec = q.value(13).toString();
        r.exporterStatus = ExporterStatus(q.value(14).toInt());
        r.status = InvitationStatuses::fromKey(q.value(15).toString());
        r.nominatedEventId = q.value(16).toLongLong();
        r.statusChangedAt = QDateTime::fromString(q.value(17).toString(), Qt::ISODate);
        r.stallCode = q.value(18).toString();
        r.isDemo = q.value(19).toBool();
        r.version = q.value(20).toLongLong();
        r.invitationVersion = q.value(21).toLongLong();
        rows << r;
    }
    return rows;
}

int InviteeRepository::count(const InviteeFilter &filter) const
{
    const ListQuery query = buildListQuery(filter, true, Joins::None);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT count(*)") + query.from + query.where);
    bindAll(q, query.binds);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

QList<qint64> InviteeRepository::ids(const InviteeFilter &filter, const InviteeSort &sort) const
{
    QList<qint64> result;
    QVariantList keyBinds;
    const QString key = sortExpression(sort, filter.eventId, false, &keyBinds);
    const ListQuery query = buildListQuery(filter, true, joinsFor(sort.key));
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT i.id") + query.from + query.where
              + QStringLiteral(" ORDER BY %1%2, i.id%2").arg(key, direction(sort)));
    // The key's own values come first in the text only when it is in the SELECT list; here it
    // follows FROM/WHERE.
    bindAll(q, query.binds);
    bindAll(q, keyBinds);
    if (q.exec())
        while (q.next())
            result << q.value(0).toLongLong();
    return result;
}

QMap<InvitationStatus, int> InviteeRepository::statusCounts(const InviteeFilter &filter) const
{
    QMap<InvitationStatus, int> counts;
    const ListQuery query = buildListQuery(filter, false, Joins::Invitations);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT coalesce(v.status, 'not_invited'), count(*)") + query.from
              + query.where + QStringLiteral(" GROUP BY 1"));
    bindAll(q, query.binds);
    if (q.exec())
        while (q.next())
            counts[InvitationStatuses::fromKey(q.value(0).toString())] = q.value(1).toInt();
    return counts;
}

InvitationState InviteeRepository::invitationState(qint64 eventId, qint64 inviteeId) const
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

bool InviteeRepository::restoreInvitation(qint64 eventId, qint64 inviteeId,
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

QList<StatusChange> InviteeRepository::history(qint64 eventId, qint64 inviteeId) const
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

InviteeRepository::Keys InviteeRepository::allKeys() const
{
    Keys keys;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, mobile, gstin, udyam, lower(email), name FROM invitees")))
        return keys;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        keys.mobile.insert(q.value(1).toString(), id);
        if (!q.value(2).isNull())
            keys.gstin.insert(q.value(2).toString(), id);
        if (!q.value(3).isNull())
            keys.udyam.insert(q.value(3).toString(), id);
        if (!q.value(4).isNull())
            keys.email.insert(q.value(4).toString(), id);
        keys.names.insert(id, q.value(5).toString());
    }
    return keys;
}

// The bulk writer of the connection's back-end (storage/bulkwriter.h) with the columns of
// inviteeColumns(), and one row buffer filled again for every invitee.
struct InviteeRepository::BulkInserter::Private {
    QString now;
    std::unique_ptr<BulkWriter> writer;
    QString error; // why `writer` could not be made
    BulkRow row;
    int failedTag = -1;
    ChangeStamp stamp; // who writes: the desk and user recorded on every row
};

namespace {
// inviteeColumns() as a BulkRow (the values), or as the list of columns (the names).
struct BulkRowSink {
    BulkRow &row;
    qint64 sectorId; // instead of the invitee's own, unless negative
    void text(const QString &, const QString &value) { row.addText(value); }
    void textOrNull(const QString &, const QString &value) { row.addTextOrNull(value); }
    void reference(const QString &, qint64 id)
    {
        if (sectorId >= 0) // the only reference among the columns
            id = sectorId;
        if (id)
            row.addNumber(id);
        else
            row.addNull();
    }
    void number(const QString &, int value) { row.addNumber(value); }
    void numberOrNull(const QString &, int value)
    {
        if (value < 0)
            row.addNull();
        else
            row.addNumber(value);
    }
};
struct ColumnNames {
    QStringList names;
    void text(const QString &column, const QString &) { names << column; }
    void textOrNull(const QString &column, const QString &) { names << column; }
    void reference(const QString &column, qint64) { names << column; }
    void number(const QString &column, int) { names << column; }
    void numberOrNull(const QString &column, int) { names << column; }
};
QStringList bulkColumns()
{
    ColumnNames sink;
    inviteeColumns(Invitee(), QString(), sink);
    return sink.names << QStringLiteral("is_demo") << QStringLiteral("created_at") << QStringLiteral("updated_at")
                      << QStringLiteral("changed_at") << QStringLiteral("changed_desk") << QStringLiteral("changed_user")
                      << QStringLiteral("version");
}
} // namespace

InviteeRepository::BulkInserter::BulkInserter(const QString &connection)
    : d(std::make_unique<Private>())
{
    d->stamp = RowVersion::now(QSqlDatabase::database(connection));
    d->now = d->stamp.at.toUTC().toString(Qt::ISODate);
    d->writer = BulkWriter::create(connection, QStringLiteral("invitees"), bulkColumns(), &d->error);
}

InviteeRepository::BulkInserter::~BulkInserter() = default;

qint64 InviteeRepository::BulkInserter::insert(const Invitee &invitee, QString *error, const Extra &extra)
{
    if (!d->writer) {
        setError(error, tr("The invitee could not be saved: %1").arg(d->error));
        return 0;
    }
    BulkRow &row = d->row;
    row.clear();
    BulkRowSink sink{row, extra.sectorId};
    inviteeColumns(invitee, extra.searchText.isEmpty() ? InviteeRepository::searchText(invitee) : extra.searchText, sink);
    row.addNumber(invitee.isDemo ? 1 : 0);
    row.addText(d->now);
    row.addText(d->now);
    row.addText(d->now);
    row.addText(d->stamp.desk);
    row.addText(d->stamp.user);
    // An undone delete puts the row back at the version it had.
    row.addNumber(extra.id && invitee.version > 0 ? invitee.version : 1);
    BulkFailure failure;
    const qint64 written = d->writer->add(row, extra.tag, &failure, extra.id);
    if (!written) {
        setError(error, tr("The invitee could not be saved: %1").arg(failure.text));
        d->failedTag = failure.tag;
    }
    return written;
}

qint64 InviteeRepository::BulkInserter::insert(const Invitee &invitee, QString *error)
{
    return insert(invitee, error, Extra());
}

bool InviteeRepository::BulkInserter::flush(QString *error)
{
    if (!d->writer) {
        setError(error, tr("The invitee could not be saved: %1").arg(d->error));
        return false;
    }
    BulkFailure failure;
    if (d->writer->flush(&failure))
        return true;
    setError(error, tr("The invitee could not be saved: %1").arg(failure.text));
    d->failedTag = failure.tag;
    return false;
}

const ChangeStamp &InviteeRepository::BulkInserter::stamp() const
{
    return d->stamp;
}

int InviteeRepository::BulkInserter::failedTag() const
{
    return d->failedTag;
}

int InviteeRepository::BulkInserter::pending() const
{
    return d->writer ? d->writer->pending() : 0;
}

QStringList InviteeRepository::dropIndexes(QString *error) const
{
    QStringList statements;
    QStringList names;
    // Indexes with SQL of their own (not those behind UNIQUE or PRIMARY KEY constraints).
    const auto indexes = Database::indexes(QStringLiteral("invitees"), error, m_connection);
    if (!indexes)
        return {};
    for (const auto &[name, sql] : *indexes) {
        names << name;
        statements << sql;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    for (const QString &name : std::as_const(names)) {
        // Index names come from the schema above, never from input.
        if (!q.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name))) {
            setError(error, DatabaseErrors::describe(q.lastError()));
            return {};
        }
    }
    // On a server the foreign key (the category) is checked row by row too: added back after
    // the load, it checks all rows at once.
    const auto foreignKeys = BulkWriter::suspendForeignKeys(m_connection, QStringLiteral("invitees"), error);
    if (!foreignKeys)
        return {};
    return statements << *foreignKeys;
}

bool InviteeRepository::recreateIndexes(const QStringList &statements, QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    for (const QString &statement : statements) {
        if (!q.exec(statement)) {
            setError(error, DatabaseErrors::describe(q.lastError()));
            return false;
        }
    }
    return true;
}
