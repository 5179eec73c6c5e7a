#include "sectorrepository.h"

#include "changenotifier.h"
#include "databaseerrors.h"
#include "sqlvalues.h"
#include "textfold.h"

#include <QSqlQuery>

using namespace SqlValues;

namespace {
Sector sectorFrom(const QSqlQuery &q)
{
    return Sector{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                  q.value(3).toString()};
}
} // namespace

QList<Sector> SectorRepository::all() const
{
    QList<Sector> sectors;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, name_en, name_hi, color FROM sectors ORDER BY lower(name_en)")))
        while (q.next())
            sectors << sectorFrom(q);
    return sectors;
}

std::optional<Sector> SectorRepository::find(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT id, name_en, name_hi, color FROM sectors WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return sectorFrom(q);
    return std::nullopt;
}

qint64 SectorRepository::findByName(const QString &name) const
{
    const QString wanted = name.simplified();
    if (wanted.isEmpty())
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    // lower() in SQLite folds ASCII only, which is what English names need; Hindi is compared
    // as typed.
    q.prepare(QStringLiteral("SELECT id FROM sectors WHERE lower(name_en) = lower(?) OR name_hi = ?"));
    q.addBindValue(wanted);
    q.addBindValue(wanted);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

qint64 SectorRepository::ensure(const QString &nameEn, const QString &nameHi, const QString &color,
                                QString *error) const
{
    const QString en = nameEn.simplified();
    const QString hi = nameHi.simplified();
    if (const qint64 id = findByName(en.isEmpty() ? hi : en))
        return id;
    if (en.isEmpty() && hi.isEmpty())
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO sectors (name_en, name_hi, color) VALUES (?, ?, ?)"));
    q.addBindValue(en.isEmpty() ? hi : en);
    q.addBindValue(text(hi));
    q.addBindValue(text(color));
    if (!q.exec()) {
        setError(error, tr("The category “%1” could not be saved: %2")
                            .arg(en.isEmpty() ? hi : en, DatabaseErrors::describe(q.lastError())));
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::Sectors, id);
    return id;
}

qint64 SectorRepository::ensureNamed(const QString &name, QString *error) const
{
    const QString wanted = name.simplified();
    if (wanted.isEmpty())
        return 0;
    return ensure(wanted, TextFold::hasDevanagari(wanted) ? wanted : QString(), {}, error);
}
