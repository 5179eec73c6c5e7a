#include "rowversion.h"

#include "storage/appinfo.h"
#include "sqlrow.h"
#include "storage/sqlvalues.h"

#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlQuery>

namespace {

QDateTime parseUtc(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    if (at.isValid())
        at.setTimeSpec(Qt::UTC);
    return at;
}

QString osUser()
{
    for (const char *name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace

QString RowVersion::user(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QPSQL"))
        return osUser();
    // The server's name for the login: asked once per connection and server.
    static QMutex mutex;
    static QHash<QString, QString> known;
    const QString key = QStringLiteral("%1|%2|%3|%4|%5")
                            .arg(db.connectionName(), db.hostName())
                            .arg(db.port())
                            .arg(db.databaseName(), db.userName());
    {
        const QMutexLocker lock(&mutex);
        const auto it = known.constFind(key);
        if (it != known.constEnd())
            return *it;
    }
    QSqlQuery q(db);
    QString name = q.exec(QStringLiteral("SELECT current_user")) && q.next() ? q.value(0).toString() : QString();
    if (name.isEmpty())
        return db.userName().isEmpty() ? osUser() : db.userName();
    const QMutexLocker lock(&mutex);
    known.insert(key, name);
    return name;
}

ChangeStamp RowVersion::now(const QSqlDatabase &db)
{
    ChangeStamp stamp;
    stamp.at = QDateTime::currentDateTimeUtc();
    // Whole seconds, as stored (ISO 8601 without milliseconds).
    stamp.at.setTime(QTime(stamp.at.time().hour(), stamp.at.time().minute(), stamp.at.time().second()));
    stamp.desk = AppInfo::deskName();
    stamp.user = user(db);
    return stamp;
}

void RowVersion::stamp(SqlRow &row, const ChangeStamp &stamp)
{
    row.set(QStringLiteral("changed_at"), stamp.at.toUTC().toString(Qt::ISODate))
        .set(QStringLiteral("changed_desk"), SqlValues::text(stamp.desk))
        .set(QStringLiteral("changed_user"), SqlValues::text(stamp.user));
}

std::optional<ChangeStamp> RowVersion::read(const QSqlDatabase &db, const QString &table, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT version, changed_at, changed_desk, changed_user FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return ChangeStamp{q.value(0).toLongLong(), parseUtc(q.value(1).toString()), q.value(2).toString(),
                       q.value(3).toString()};
}

ChangeStamp RowVersion::deletion(const QSqlDatabase &db, const QString &table, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT changed_at, desk, user_name FROM changes"
                             " WHERE table_name = ? AND row_id = ? AND action = 'delete'"
                             " ORDER BY id DESC LIMIT 1"));
    q.addBindValue(table);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return ChangeStamp{0, parseUtc(q.value(0).toString()), q.value(1).toString(), q.value(2).toString()};
}

ChangeStamp RowVersion::lastChange(const QSqlDatabase &db, const QString &table, qint64 id)
{
    if (const auto stamp = read(db, table, id))
        return *stamp;
    return deletion(db, table, id);
}

int RowVersion::update(const QSqlDatabase &db, const QString &table, qint64 id, qint64 expected, SqlRow row,
                       const ChangeStamp &stamp, QSqlError *error)
{
    RowVersion::stamp(row, stamp);
    row.set(QStringLiteral("version"), expected + 1);
    return row.update(db, table, id, error, QStringLiteral("version = :expected"),
                      {{QStringLiteral(":expected"), expected}});
}

int RowVersion::remove(const QSqlDatabase &db, const QString &table, qint64 id, qint64 expected, QSqlError *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ? AND version = ?").arg(table));
    q.addBindValue(id);
    q.addBindValue(expected);
    if (!q.exec()) {
        if (error)
            *error = q.lastError();
        return -1;
    }
    return q.numRowsAffected();
}

QString RowVersion::openingOf(const QSqlDatabase &db)
{
    QSqlDriver *driver = db.isOpen() ? db.driver() : nullptr;
    if (!driver)
        return {};
    // Each opening has a driver object of its own: the token lives on it and dies with it.
    static const char *const Property = "sammelanOpening";
    QVariant token = driver->property(Property);
    if (!token.isValid()) {
        static qint64 openings = 0;
        token = ++openings;
        driver->setProperty(Property, token);
    }
    return token.toString();
}
