#include "sqlrow.h"

#include "storage/sqlvalues.h"

#include <QSqlQuery>
#include <QStringList>

SqlRow &SqlRow::set(const QString &column, const QVariant &value)
{
    for (auto &[name, v] : m_values) {
        if (name == column) {
            v = value;
            return *this;
        }
    }
    m_values.append({column, value});
    return *this;
}

bool SqlRow::has(const QString &column) const
{
    for (const auto &[name, v] : m_values)
        if (name == column)
            return true;
    return false;
}

namespace {
// The id is left to the database unless one is given.
bool written(const QString &name, const QVariant &value)
{
    return name != QLatin1String("id") || (!value.isNull() && value.toLongLong() != 0);
}
} // namespace

QString SqlRow::insertStatement(const QString &table) const
{
    QStringList columns;
    QStringList marks;
    for (const auto &[name, value] : m_values) {
        if (!written(name, value))
            continue;
        columns << name;
        marks << QLatin1Char(':') + name;
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
        .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
}

void SqlRow::bind(QSqlQuery &query) const
{
    for (const auto &[name, value] : m_values)
        if (written(name, value))
            query.bindValue(QLatin1Char(':') + name, value);
}

qint64 SqlRow::insert(const QSqlDatabase &db, const QString &table, QSqlError *error) const
{
    QSqlQuery q(db);
    if (!q.prepare(insertStatement(table))) {
        if (error)
            *error = q.lastError();
        return 0;
    }
    bind(q);
    if (!q.exec()) {
        if (error)
            *error = q.lastError();
        return 0;
    }
    return SqlValues::returnedId(q, error);
}

int SqlRow::update(const QSqlDatabase &db, const QString &table, qint64 id, QSqlError *error,
                   const QString &where, const QList<QPair<QString, QVariant>> &whereValues) const
{
    QStringList assignments;
    for (const auto &[name, value] : m_values)
        if (name != QLatin1String("id"))
            assignments << QStringLiteral("%1 = :%1").arg(name);
    QString sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = :id")
                      .arg(table, assignments.join(QStringLiteral(", ")));
    if (!where.isEmpty())
        sql += QStringLiteral(" AND (%1)").arg(where);
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        if (error)
            *error = q.lastError();
        return -1;
    }
    for (const auto &[name, value] : m_values)
        if (name != QLatin1String("id"))
            q.bindValue(QLatin1Char(':') + name, value);
    q.bindValue(QStringLiteral(":id"), id);
    for (const auto &[name, value] : whereValues)
        q.bindValue(name, value);
    if (!q.exec()) {
        if (error)
            *error = q.lastError();
        return -1;
    }
    return q.numRowsAffected();
}
