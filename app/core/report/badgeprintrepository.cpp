#include "report/badgeprintrepository.h"

#include "storage/appinfo.h"
#include "storage/databaseerrors.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace SqlValues;

QHash<qint64, QDateTime> BadgePrintRepository::lastPrinted(qint64 eventId, QString *error) const
{
    QHash<qint64, QDateTime> printed;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT invitee_id, max(printed_at) FROM badge_prints WHERE event_id = ?"
                             " GROUP BY invitee_id"));
    q.addBindValue(eventId);
    if (!q.exec()) {
        setError(error, tr("Which badges were printed already could not be read: %1")
                            .arg(DatabaseErrors::describe(q.lastError())));
        return printed;
    }
    while (q.next())
        printed.insert(q.value(0).toLongLong(),
                       QDateTime::fromString(q.value(1).toString(), Qt::ISODate).toLocalTime());
    return printed;
}

bool BadgePrintRepository::record(qint64 eventId, const QList<qint64> &inviteeIds, const QString &layout,
                                  const QDateTime &when, QString *error) const
{
    if (inviteeIds.isEmpty())
        return true;
    const QSqlDatabase db = QSqlDatabase::database(m_connection);
    const QString failed = tr("The badges were printed, but the note that they were could not be saved: %1");
    return Transaction::run(db, error, failed, [&] {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO badge_prints (event_id, invitee_id, printed_at, layout, desk)"
                                 " VALUES (?, ?, ?, ?, ?)"));
        const QString at = when.toUTC().toString(Qt::ISODate);
        const QString desk = AppInfo::deskName();
        for (qint64 id : inviteeIds) {
            q.bindValue(0, eventId);
            q.bindValue(1, id);
            q.bindValue(2, at);
            q.bindValue(3, text(layout));
            q.bindValue(4, text(desk));
            if (!q.exec()) {
                setError(error, failed.arg(DatabaseErrors::describe(q.lastError())));
                return false;
            }
        }
        return true;
    });
}
