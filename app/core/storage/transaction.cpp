#include "storage/transaction.h"

#include "storage/database.h"
#include "storage/databaseerrors.h"
#include "storage/postgresbackend.h"

#include <QSqlQuery>
#include <atomic>
#include <sqlite3.h>

namespace {
std::atomic<quint64> g_counter{0};
} // namespace

bool Transaction::inProgress(const QSqlDatabase &db)
{
    if (PostgresBackend::isPostgres(db))
        return PostgresBackend::inTransaction(db);
    sqlite3 *handle = Database::handle(db);
    return !handle || !sqlite3_get_autocommit(handle);
}

Transaction::Transaction(const QSqlDatabase &db) : m_db(db)
{
    QSqlQuery q(m_db);
    if (!inProgress(m_db)) {
        // PostgreSQL locks rows as they are written; its BEGIN has no IMMEDIATE.
        m_active = q.exec(PostgresBackend::isPostgres(m_db) ? QStringLiteral("BEGIN")
                                                            : QStringLiteral("BEGIN IMMEDIATE"));
    } else {
        m_name = QStringLiteral("sp%1").arg(++g_counter);
        m_active = q.exec(QStringLiteral("SAVEPOINT ") + m_name);
    }
    // A connection that is not open fails the statement without an error of its own: why it
    // could not be opened (a server that cannot be reached) is the connection's.
    if (!m_active)
        m_error = q.lastError().isValid() ? q.lastError() : m_db.lastError();
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery q(m_db);
    if (!q.exec(m_name.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE SAVEPOINT ") + m_name)) {
        m_error = q.lastError();
        // A refused commit (the commit guard, a failed sync) may already have ended the
        // transaction; the destructor's rollback then finds none, which is harmless.
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery q(m_db);
    if (m_name.isEmpty()) {
        if (inProgress(m_db))
            q.exec(QStringLiteral("ROLLBACK"));
        return;
    }
    // ROLLBACK TO keeps the savepoint open; RELEASE then ends it.
    q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_name);
    q.exec(QStringLiteral("RELEASE SAVEPOINT ") + m_name);
}

QString Transaction::errorText() const
{
    return DatabaseErrors::describe(m_error);
}
