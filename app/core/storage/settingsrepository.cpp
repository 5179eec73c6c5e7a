#include "storage/settingsrepository.h"

#include "undo/changenotifier.h"
#include "storage/databaseerrors.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>
using namespace SqlValues;


QString SettingsRepository::value(const QString &key, const QString &fallback) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

bool SettingsRepository::setValue(const QString &key, const QString &value, QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(text(value));
    if (!q.exec()) {
        setError(error, tr("The setting could not be saved: %1").arg(DatabaseErrors::describe(q.lastError())));
        return false;
    }
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::Settings);
    return true;
}

QString SettingsRepository::district(const QString &language) const
{
    const QString english = value(District).trimmed();
    const QString hindi = language == QLatin1String("hi") ? value(DistrictHi).trimmed() : QString();
    return hindi.isEmpty() ? english : hindi;
}
