#pragma once

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// One row's columns and values, named once, written as INSERT or UPDATE with named
// placeholders: a repository describes its table in one function instead of keeping a list of
// positional "?" in step with its binds. SQL the same on SQLite and PostgreSQL:
//
//  - an id is written only when one is set (an undo putting a row back, a copy); otherwise
//    the database gives one (SQLite's rowid, PostgreSQL's identity column) and insert()
//    returns it through RETURNING, since lastInsertId() does not work on PostgreSQL;
//  - column names come from the program, never from input.
class SqlRow final
{
public:
    SqlRow &set(const QString &column, const QVariant &value);
    bool has(const QString &column) const;

    // INSERT … RETURNING id. Returns the new row's id, 0 on failure (`error` says why).
    qint64 insert(const QSqlDatabase &db, const QString &table, QSqlError *error) const;
    // UPDATE table SET … WHERE id = :id [AND extra condition]. Returns the number of rows
    // changed, -1 on failure. `where` may hold further named placeholders bound from `whereValues`.
    int update(const QSqlDatabase &db, const QString &table, qint64 id, QSqlError *error,
               const QString &where = QString(),
               const QList<QPair<QString, QVariant>> &whereValues = {}) const;

    // For many rows of the same columns: prepare insertStatement() once, then bind() each row
    // and exec. The statement returns the new id (RETURNING id).
    QString insertStatement(const QString &table) const;
    void bind(QSqlQuery &query) const;

    const QList<QPair<QString, QVariant>> &values() const { return m_values; }

private:
    QList<QPair<QString, QVariant>> m_values;
};
