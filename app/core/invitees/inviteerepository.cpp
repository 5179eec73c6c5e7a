#include "invitees/inviteerepository.h"

#include "undo/changenotifier.h"
#include "storage/database.h"
#include "storage/databaseerrors.h"
#include "storage/sqlvalues.h"
#include "storage/changelog.h"
#include "storage/sqlrow.h"
#include "text/languagemanager.h"
#include "invitees/inviteebulkloader.h"
#include "invitees/inviteecolumns.h"
#include "invitees/phonetickey.h"
#include "sectors/sectorrepository.h"
#include "text/textfold.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace SqlValues;

QString InviteeRepository::searchText(const Invitee &invitee)
{
    // The fields as typed (folded), then the phonetic key of the name, each word marked, so a
    // query's key matches from a word's start: "Geeta" finds गीता निषाद, not "Digital".
    // Joined and marked in place (an import makes 100,000 of these): the same text as
    // fold(join of the fields) + InviteeColumns::keySection(key).
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
        InviteeBulkLoader::BulkInserter inserter(m_connection);
        InviteeBulkLoader::BulkInserter::Extra extra;
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
    q.prepare(QStringLiteral("SELECT %1 FROM invitees WHERE id = :id").arg(InviteeColumns::selectList()));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return ColumnReader<Invitee, InviteeColumns::Column>(InviteeColumns::all(), q).read(q);
}

int InviteeRepository::count() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral("SELECT count(*) FROM invitees")) && q.next())
        return q.value(0).toInt();
    return 0;
}

WriteResult<Invitee> InviteeRepository::update(const Invitee &invitee, QString *error) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const QString failed = tr("The invitee could not be saved: %1");
    const ChangeStamp stamp = RowVersion::now(db);
    const auto result = RowVersion::write<Invitee>(
        db, QStringLiteral("invitees"), invitee.id, invitee.version, failed, [this](qint64 id) { return find(id); },
        [&](const Invitee &current, QString *why) {
            SqlRow row = InviteeColumns::forUpdate(invitee);
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
    q.addBindValue(QLatin1Char('%') + TextFold::likeEscape(InviteeColumns::keySection(key)));
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
