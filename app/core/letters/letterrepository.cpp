#include "letterrepository.h"

#include "storage/appinfo.h"
#include "storage/columntable.h"
#include "storage/databaseerrors.h"
#include "letters/officedetails.h"
#include "storage/settingsrepository.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace SqlValues;

namespace {

const QString SecretKey = QStringLiteral("certificate_secret");

// A letter's columns (its table, named once). The series follows from the kind; when and at which
// desk it was issued are the caller's to write.
const ColumnTable<IssuedLetter> Columns{
    {"id", [](IssuedLetter &l, const QVariant &v) { l.id = v.toLongLong(); }, nullptr},
    {"kind", [](IssuedLetter &l, const QVariant &v) {
         l.kind = LetterKinds::fromKey(v.toString()).value_or(LetterKind::Invitation);
     },
     [](const IssuedLetter &l) { return QVariant(LetterKinds::key(l.kind)); }},
    {"series", nullptr, [](const IssuedLetter &l) { return QVariant(LetterKinds::series(l.kind)); }},
    {"fy_start", [](IssuedLetter &l, const QVariant &v) { l.fyStart = v.toInt(); },
     [](const IssuedLetter &l) { return QVariant(l.fyStart); }},
    {"serial", [](IssuedLetter &l, const QVariant &v) { l.serial = v.toInt(); },
     [](const IssuedLetter &l) { return QVariant(l.serial); }},
    {"number", [](IssuedLetter &l, const QVariant &v) { l.number = v.toString(); },
     [](const IssuedLetter &l) { return QVariant(l.number); }},
    {"event_id", [](IssuedLetter &l, const QVariant &v) { l.eventId = v.toLongLong(); },
     [](const IssuedLetter &l) { return QVariant(l.eventId); }},
    {"invitee_id", [](IssuedLetter &l, const QVariant &v) { l.inviteeId = v.toLongLong(); },
     [](const IssuedLetter &l) { return QVariant(l.inviteeId); }},
    {"issued_on", [](IssuedLetter &l, const QVariant &v) { l.issuedOn = QDate::fromString(v.toString(), Qt::ISODate); },
     [](const IssuedLetter &l) { return QVariant(l.issuedOn.toString(Qt::ISODate)); }},
    {"language", [](IssuedLetter &l, const QVariant &v) { l.language = v.toString(); },
     [](const IssuedLetter &l) { return text(l.language); }},
    {"addressee", [](IssuedLetter &l, const QVariant &v) { l.addressee = v.toString(); },
     [](const IssuedLetter &l) { return text(l.addressee); }},
    {"subject", [](IssuedLetter &l, const QVariant &v) { l.subject = v.toString(); },
     [](const IssuedLetter &l) { return text(l.subject); }},
    {"event_name", [](IssuedLetter &l, const QVariant &v) { l.eventName = v.toString(); },
     [](const IssuedLetter &l) { return text(l.eventName); }},
};

// The letters' columns from `letters l`, the condition to follow.
const QString Select = Columns.select(QStringLiteral("letters l"), QStringLiteral("l"));

QDateTime localTime(const QVariant &utc)
{
    return QDateTime::fromString(utc.toString(), Qt::ISODate).toLocalTime();
}

} // namespace

QHash<qint64, IssuedLetter> LetterRepository::issued(LetterKind kind, qint64 eventId, QString *error) const
{
    QHash<qint64, IssuedLetter> letters;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(Select + QStringLiteral(" WHERE l.kind = ? AND l.event_id = ? AND l.invitee_id IS NOT NULL"));
    q.addBindValue(LetterKinds::key(kind));
    q.addBindValue(eventId);
    if (!q.exec()) {
        setError(error, tr("The letters issued could not be read: %1").arg(DatabaseErrors::describe(q.lastError())));
        return letters;
    }
    const auto read = Columns.reader(q);
    while (q.next()) {
        const IssuedLetter l = read(q);
        letters.insert(l.inviteeId, l);
    }
    return letters;
}

QHash<qint64, IssuedLetter> LetterRepository::issue(LetterKind kind, const Event &event,
                                                     const QList<LetterRequest> &requests, const QDate &on,
                                                     QString *error) const
{
    QHash<qint64, IssuedLetter> result;
    if (requests.isEmpty())
        return result;
    const QSqlDatabase db = QSqlDatabase::database(m_connection);
    const QString failed = LetterKinds::isCertificate(kind) ? tr("The certificate numbers could not be given: %1")
                                                            : tr("The letter numbers could not be given: %1");
    const bool ok = Transaction::run(db, error, failed, [&] {
        // Inside the write transaction (BEGIN IMMEDIATE): another desk cannot take the same
        // serial between the read and the insert.
        QString why;
        result = issued(kind, event.id, &why);
        if (!why.isEmpty()) {
            setError(error, why);
            return false;
        }
        const int fy = LetterNumbers::financialYear(on);
        const QString series = LetterKinds::series(kind);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT coalesce(max(serial), 0) FROM letters WHERE series = ? AND fy_start = ?"));
        q.addBindValue(series);
        q.addBindValue(fy);
        if (!q.exec() || !q.next()) {
            setError(error, failed.arg(DatabaseErrors::describe(q.lastError())));
            return false;
        }
        int serial = q.value(0).toInt();
        q.finish();
        QByteArray secret;
        QString pattern;
        if (LetterKinds::isCertificate(kind)) {
            secret = certificateSecret(error);
            if (secret.isEmpty())
                return false;
        } else {
            pattern = OfficeDetails::load(m_connection).pattern();
        }
        const QString created = nowUtc();
        const QString desk = AppInfo::deskName();
        // Every letter's row has the same columns: one statement (INSERT … RETURNING id, the id
        // as every back-end gives it; lastInsertId() is not reliable on all), bound per letter.
        auto rowOf = [&](const IssuedLetter &l) {
            return Columns.row(l).set(QStringLiteral("created_at"), created).set(QStringLiteral("desk"), text(desk));
        };
        QSqlQuery insert(db);
        insert.prepare(rowOf(IssuedLetter{}).insertStatement(QStringLiteral("letters")));
        for (const LetterRequest &request : requests) {
            if (result.contains(request.inviteeId))
                continue; // numbers are given once and kept
            IssuedLetter l;
            l.kind = kind;
            l.eventId = event.id;
            l.inviteeId = request.inviteeId;
            l.fyStart = fy;
            l.serial = ++serial;
            l.number = LetterKinds::isCertificate(kind) ? CertificateNumbers::make(secret, fy, l.serial)
                                                        : LetterNumbers::format(pattern, l.serial, fy);
            l.issuedOn = on;
            l.language = request.language;
            l.addressee = request.addressee;
            l.subject = request.subject;
            l.eventName = event.name(request.language);
            rowOf(l).bind(insert);
            if (!insert.exec()) {
                const QSqlError e = insert.lastError();
                // A pattern changed during the year can repeat a number given before.
                if (DatabaseErrors::cause(e) == DatabaseErrors::Cause::Rejected)
                    setError(error, failed.arg(tr("the number %1 was given before. Change the letter number "
                                                  "pattern in Settings (for example add {year}).")
                                                   .arg(l.number)));
                else
                    setError(error, failed.arg(DatabaseErrors::describe(e)));
                return false;
            }
            l.id = insert.next() ? insert.value(0).toLongLong() : 0;
            insert.finish();
            if (!l.id) {
                setError(error, failed.arg(DatabaseErrors::describe(insert.lastError())));
                return false;
            }
            result.insert(l.inviteeId, l);
        }
        return true;
    });
    if (!ok)
        return {};
    return result;
}

std::optional<IssuedLetter> LetterRepository::findByNumber(const QString &number) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(Select + QStringLiteral(" WHERE l.number = ?"));
    q.addBindValue(number);
    if (!q.exec())
        return std::nullopt;
    return Columns.readOne(q);
}

bool LetterRepository::recordDispatches(const QList<LetterDispatch> &dispatches, QString *error) const
{
    if (dispatches.isEmpty())
        return true;
    const QSqlDatabase db = QSqlDatabase::database(m_connection);
    const QString failed = tr("How the letters went out could not be noted in the dispatch register: %1");
    return Transaction::run(db, error, failed, [&] {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO letter_dispatches (letter_id, channel, address, ok, reply, at, desk)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?)"));
        const QString desk = AppInfo::deskName();
        const QString now = nowUtc();
        for (const LetterDispatch &d : dispatches) {
            q.bindValue(0, d.letterId);
            q.bindValue(1, LetterKinds::channelKey(d.channel));
            q.bindValue(2, text(d.address));
            q.bindValue(3, d.ok ? 1 : 0);
            // A server's reply is kept, not a whole conversation: a line or two.
            q.bindValue(4, text(d.reply.left(2000)));
            q.bindValue(5, d.at.isValid() ? d.at.toUTC().toString(Qt::ISODate) : now);
            q.bindValue(6, text(desk));
            if (!q.exec()) {
                setError(error, failed.arg(DatabaseErrors::describe(q.lastError())));
                return false;
            }
        }
        return true;
    });
}

QHash<qint64, QList<DispatchAttempt>> LetterRepository::attempts(LetterKind kind, qint64 eventId,
                                                                 DispatchChannel channel, QString *error) const
{
    QHash<qint64, QList<DispatchAttempt>> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT l.invitee_id, l.id, l.number, d.address, d.ok, d.reply, d.at"
                             " FROM letter_dispatches d JOIN letters l ON l.id = d.letter_id"
                             " WHERE l.kind = ? AND l.event_id = ? AND d.channel = ? AND l.invitee_id IS NOT NULL"
                             " ORDER BY d.at DESC, d.id DESC"));
    q.addBindValue(LetterKinds::key(kind));
    q.addBindValue(eventId);
    q.addBindValue(LetterKinds::channelKey(channel));
    if (!q.exec()) {
        setError(error, tr("The dispatch register could not be read: %1").arg(DatabaseErrors::describe(q.lastError())));
        return out;
    }
    while (q.next()) {
        DispatchAttempt a;
        a.letterId = q.value(1).toLongLong();
        a.number = q.value(2).toString();
        a.channel = channel;
        a.address = q.value(3).toString();
        a.ok = q.value(4).toInt() == 1;
        a.reply = q.value(5).toString();
        a.at = localTime(q.value(6));
        out[q.value(0).toLongLong()].append(a);
    }
    return out;
}

QList<DispatchRegisterRow> LetterRepository::dispatchRegister(qint64 eventId, QString *error) const
{
    QList<DispatchRegisterRow> rows;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    // The channels that went out, and the last time, per letter: one query, grouped.
    // How each letter went out: the channels that succeeded, and when last (portable SQL: no
    // group_concat, which PostgreSQL spells otherwise).
    QHash<qint64, QPair<QSet<QString>, QString>> sent;
    q.prepare(QStringLiteral("SELECT d.letter_id, d.channel, max(d.at) FROM letter_dispatches d"
                             " JOIN letters l ON l.id = d.letter_id"
                             " WHERE d.ok = 1 AND (? = 0 OR l.event_id = ?) GROUP BY d.letter_id, d.channel"));
    q.addBindValue(eventId);
    q.addBindValue(eventId);
    if (!q.exec()) {
        setError(error, tr("The dispatch register could not be read: %1").arg(DatabaseErrors::describe(q.lastError())));
        return rows;
    }
    while (q.next()) {
        auto &entry = sent[q.value(0).toLongLong()];
        entry.first.insert(q.value(1).toString());
        entry.second = qMax(entry.second, q.value(2).toString());
    }
    q.prepare(Select + QStringLiteral(" WHERE (? = 0 OR l.event_id = ?) ORDER BY l.series DESC, l.fy_start, l.serial"));
    q.addBindValue(eventId);
    q.addBindValue(eventId);
    if (!q.exec()) {
        setError(error, tr("The dispatch register could not be read: %1").arg(DatabaseErrors::describe(q.lastError())));
        return rows;
    }
    const auto read = Columns.reader(q);
    while (q.next()) {
        DispatchRegisterRow row;
        row.letter = read(q);
        const auto went = sent.constFind(row.letter.id);
        if (went != sent.cend()) {
            for (DispatchChannel channel : LetterKinds::channels())
                if (went->first.contains(LetterKinds::channelKey(channel)))
                    row.channels << channel;
            row.lastDispatch = localTime(went->second);
        }
        rows << row;
    }
    return rows;
}

QByteArray LetterRepository::certificateSecret(QString *error) const
{
    const QByteArray secret = QByteArray::fromHex(SettingsRepository(m_connection).value(SecretKey).toLatin1());
    if (secret.size() < 16)
        setError(error, tr("This database has no secret to sign certificate numbers with: it may have been "
                           "copied without its settings. Restore it from a backup."));
    return secret;
}
