#include "letterrepository.h"

#include "storage/appinfo.h"
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

// The columns of `letters` in the order letterFrom() reads them.
const QString LetterColumns = QStringLiteral(
    "l.id, l.kind, l.event_id, l.invitee_id, l.fy_start, l.serial, l.number, l.issued_on, l.language,"
    " l.addressee, l.subject, l.event_name");
IssuedLetter letterFrom(const QSqlQuery &q, int offset = 0)
{
    IssuedLetter l;
    l.id = q.value(offset + 0).toLongLong();
    l.kind = LetterKinds::fromKey(q.value(offset + 1).toString()).value_or(LetterKind::Invitation);
    l.eventId = q.value(offset + 2).toLongLong();
    l.inviteeId = q.value(offset + 3).toLongLong();
    l.fyStart = q.value(offset + 4).toInt();
    l.serial = q.value(offset + 5).toInt();
    l.number = q.value(offset + 6).toString();
    l.issuedOn = QDate::fromString(q.value(offset + 7).toString(), Qt::ISODate);
    l.language = q.value(offset + 8).toString();
    l.addressee = q.value(offset + 9).toString();
    l.subject = q.value(offset + 10).toString();
    l.eventName = q.value(offset + 11).toString();
    return l;
}

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
    q.prepare(QStringLiteral("SELECT %1 FROM letters l WHERE l.kind = ? AND l.event_id = ? AND l.invitee_id IS NOT NULL")
                  .arg(LetterColumns));
    q.addBindValue(LetterKinds::key(kind));
    q.addBindValue(eventId);
    if (!q.exec()) {
        setError(error, tr("The letters issued could not be read: %1").arg(DatabaseErrors::describe(q.lastError())));
        return letters;
    }
    while (q.next()) {
        const IssuedLetter l = letterFrom(q);
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
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO letters (kind, series, fy_start, serial, number, event_id, invitee_id, issued_on, language,"
            " addressee, subject, event_name, created_at, desk) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " RETURNING id")); // the id as every back-end gives it (lastInsertId() is not reliable on all)
        const QString created = nowUtc();
        const QString desk = AppInfo::deskName();
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
            const QVariantList values{LetterKinds::key(kind), series, fy, l.serial, l.number, event.id,
                                      request.inviteeId, on.toString(Qt::ISODate), text(l.language),
                                      text(l.addressee), text(l.subject), text(l.eventName), created, text(desk)};
            for (int i = 0; i < values.size(); ++i)
                insert.bindValue(i, values.at(i));
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
    q.prepare(QStringLiteral("SELECT %1 FROM letters l WHERE l.number = ?").arg(LetterColumns));
    q.addBindValue(number);
    if (q.exec() && q.next())
        return letterFrom(q);
    return std::nullopt;
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
    q.prepare(QStringLiteral("SELECT %1 FROM letters l WHERE (? = 0 OR l.event_id = ?)"
                             " ORDER BY l.series DESC, l.fy_start, l.serial")
                  .arg(LetterColumns));
    q.addBindValue(eventId);
    q.addBindValue(eventId);
    if (!q.exec()) {
        setError(error, tr("The dispatch register could not be read: %1").arg(DatabaseErrors::describe(q.lastError())));
        return rows;
    }
    while (q.next()) {
        DispatchRegisterRow row;
        row.letter = letterFrom(q);
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
