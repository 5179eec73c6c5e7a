#include "storage/rowsnapshot.h"

#include "storage/databaseerrors.h"
#include "storage/transaction.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {
bool execWith(QSqlQuery &q, const QString &sql, const QVariantList &binds, QString *error)
{
    if (!q.prepare(sql)) {
        if (error)
            *error = DatabaseErrors::describe(q.lastError());
        return false;
    }
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = DatabaseErrors::describe(q.lastError());
        return false;
    }
    return true;
}
} // namespace

bool RowSnapshot::captureRows(QSqlDatabase &db, const QString &table, const QString &where,
                              const QVariantList &binds, QString *error)
{
    QSqlQuery q(db);
    if (!execWith(q, QStringLiteral("SELECT * FROM %1 WHERE %2").arg(table, where), binds, error))
        return false;
    RowSet set;
    set.table = table;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i)
        set.columns << record.fieldName(i);
    while (q.next()) {
        QVariantList row;
        row.reserve(set.columns.size());
        for (int i = 0; i < set.columns.size(); ++i)
            row << q.value(i);
        set.rows << row;
    }
    m_rowSets << set;
    return true;
}

bool RowSnapshot::captureColumn(QSqlDatabase &db, const QString &table, const QString &column,
                                const QString &where, const QVariantList &binds, QString *error)
{
    QSqlQuery q(db);
    if (!execWith(q, QStringLiteral("SELECT id, %1 FROM %2 WHERE %3").arg(column, table, where),
                  binds, error))
        return false;
    ColumnSet set{table, column, {}};
    while (q.next())
        set.values.append({q.value(0).toLongLong(), q.value(1)});
    m_columns << set;
    return true;
}

bool RowSnapshot::restore(QSqlDatabase &db, QString *error) const
{
    QSqlQuery q(db);
    for (const RowSet &set : m_rowSets) {
        if (set.rows.isEmpty())
            continue;
        QStringList marks;
        for (int i = 0; i < set.columns.size(); ++i)
            marks << QStringLiteral("?");
        const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                .arg(set.table, set.columns.join(QLatin1Char(',')),
                                     marks.join(QLatin1Char(',')));
        if (!q.prepare(sql)) {
            if (error)
                *error = DatabaseErrors::describe(q.lastError());
            return false;
        }
        for (const QVariantList &row : set.rows) {
            for (int i = 0; i < row.size(); ++i)
                q.bindValue(i, row.at(i));
            if (!q.exec()) {
                if (error)
                    *error = DatabaseErrors::describe(q.lastError());
                return false;
            }
        }
    }
    for (const ColumnSet &set : m_columns) {
        if (set.values.isEmpty())
            continue;
        if (!q.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(set.table, set.column))) {
            if (error)
                *error = DatabaseErrors::describe(q.lastError());
            return false;
        }
        for (const auto &[id, value] : set.values) {
            q.bindValue(0, value);
            q.bindValue(1, id);
            if (!q.exec()) {
                if (error)
                    *error = DatabaseErrors::describe(q.lastError());
                return false;
            }
        }
    }
    return true;
}

int RowSnapshot::rowCount(const QString &table) const
{
    int n = 0;
    for (const RowSet &set : m_rowSets)
        if (set.table == table)
            n += set.rows.size();
    return n;
}

QList<qint64> RowSnapshot::ids(const QString &table) const
{
    QList<qint64> ids;
    for (const RowSet &set : m_rowSets) {
        if (set.table != table)
            continue;
        const int column = int(set.columns.indexOf(QStringLiteral("id")));
        if (column < 0)
            continue;
        for (const QVariantList &row : set.rows)
            ids << row.at(column).toLongLong();
    }
    return ids;
}

bool RowSnapshot::restoreCommitted(const QString &connection, QString *error) const
{
    QSqlDatabase db = QSqlDatabase::database(connection);
    return Transaction::run(db, error, tr("What was deleted could not be put back: %1"), [&] {
        if (restore(db, error))
            return true;
        if (error)
            *error = tr("What was deleted could not be put back: %1").arg(*error);
        return false;
    });
}
