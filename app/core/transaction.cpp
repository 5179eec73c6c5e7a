#include "transaction.h"

#include <QSqlQuery>
#include <atomic>

namespace {
std::atomic<quint64> g_counter{0};
}

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db), m_name(QStringLiteral("sp%1").arg(++g_counter))
{
    QSqlQuery q(m_db);
    m_active = q.exec(QStringLiteral("SAVEPOINT ") + m_name);
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
    if (!q.exec(QStringLiteral("RELEASE SAVEPOINT ") + m_name))
        return false; // still active: the destructor rolls back
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery q(m_db);
    // ROLLBACK TO keeps the savepoint open; RELEASE then ends it (and the transaction, if ours).
    q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_name);
    q.exec(QStringLiteral("RELEASE SAVEPOINT ") + m_name);
}
