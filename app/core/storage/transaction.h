#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

// A unit of work that nests. The outermost one begins a write transaction at once (BEGIN
// IMMEDIATE): a deferred one that upgrades later gets SQLITE_BUSY at once, without waiting, when
// another program wrote first, so a second writer now waits its turn (Database::BusyTimeoutMs).
// Inner ones are SAVEPOINTs. Destroyed without commit() it rolls back, so every early return in a
// repository leaves the database as it was, and a repository call inside a larger unit (an
// import, the demo loader) simply joins it.
//
// Check isActive() before writing: when the transaction could not begin (the database is busy,
// the file is gone), nothing may be written outside it.
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

    // Runs `work` (returns bool, sets its error itself) as one transaction: all of it or
    // nothing. When the transaction cannot begin or commit, *error is `failed` with the cause
    // as its %1 ("The event could not be saved: %1").
    template<typename Work>
    static bool run(const QSqlDatabase &db, QString *error, const QString &failed, Work &&work)
    {
        Transaction transaction(db);
        if (transaction.isActive()) {
            if (!work())
                return false; // work() said why
            if (transaction.commit())
                return true;
        }
        if (error)
            *error = failed.arg(transaction.errorText());
        return false;
    }

    // Whether a transaction is open on the connection, asked of the engine itself (a raw BEGIN
    // of a migration, or one of another caller, counts too).
    static bool inProgress(const QSqlDatabase &db);

    // Why beginning or committing failed (see DatabaseErrors), in the user's language.
    QString errorText() const;
    const QSqlError &error() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_name;       // the savepoint's name when nested, empty when outermost
    bool m_active = false;
    QSqlError m_error;
};
