#pragma once

#include <QSqlDatabase>
#include <QString>

// A unit of work that nests: begins a SAVEPOINT on construction (a transaction of its own when
// none is open) and rolls back to it on destruction unless commit() was called. Every early
// return in a repository therefore leaves the database as it was, and a repository call inside
// a larger unit (an import, the demo loader) simply joins it.
class Transaction final
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();

private:
    QSqlDatabase m_db;
    QString m_name;
    bool m_active = false;
};
