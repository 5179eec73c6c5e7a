#include "exchangeraterepository.h"

#include "undo/changenotifier.h"
#include "storage/databaseerrors.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QSignalBlocker>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

using namespace SqlValues;

QList<ExchangeRate> ExchangeRateRepository::all() const
{
    QList<ExchangeRate> rates;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT fy_start, inr_per_usd, note FROM exchange_rates ORDER BY fy_start")))
        while (q.next())
            rates << ExchangeRate{q.value(0).toInt(), q.value(1).toDouble(), q.value(2).toString()};
    return rates;
}

double ExchangeRateRepository::rate(int fyStart) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT inr_per_usd FROM exchange_rates WHERE fy_start = ?"));
    q.addBindValue(fyStart);
    return q.exec() && q.next() ? q.value(0).toDouble() : 0.0;
}

QString ExchangeRateRepository::problemWith(double inrPerUsd)
{
    // Rupees per dollar have been between 3 and 100 since 1947: 1,000 catches a figure typed
    // in paise or with a digit too many, without judging the user's source.
    if (!std::isfinite(inrPerUsd) || inrPerUsd <= 0 || inrPerUsd >= 1000)
        return tr("An exchange rate is the number of rupees for one US dollar, such as 82.79.");
    return {};
}

bool ExchangeRateRepository::set(const ExchangeRate &rate, QString *error) const
{
    if (const QString problem = problemWith(rate.inrPerUsd); !problem.isEmpty()) {
        setError(error, problem);
        return false;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO exchange_rates (fy_start, inr_per_usd, note) VALUES (?, ?, ?)"
                             " ON CONFLICT (fy_start) DO UPDATE SET inr_per_usd = excluded.inr_per_usd,"
                             " note = excluded.note"));
    q.addBindValue(rate.fyStart);
    q.addBindValue(rate.inrPerUsd);
    q.addBindValue(text(rate.note));
    if (!q.exec()) {
        setError(error, tr("The exchange rate could not be saved: %1").arg(DatabaseErrors::describe(q.lastError())));
        return false;
    }
    // Derived export figures of that year change with it.
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::ExportRecords);
    return true;
}

bool ExchangeRateRepository::replaceAll(const QList<ExchangeRate> &rates, QString *error) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const bool ok = Transaction::run(db, error, tr("The exchange rates could not be saved: %1"), [&] {
        const QSignalBlocker quiet(ChangeNotifier::instance());
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("DELETE FROM exchange_rates"))) {
            setError(error, tr("The exchange rates could not be saved: %1").arg(DatabaseErrors::describe(q.lastError())));
            return false;
        }
        for (const ExchangeRate &r : rates)
            if (!set(r, error))
                return false;
        return true;
    });
    if (ok)
        ChangeNotifier::instance()->announce(ChangeNotifier::Table::ExportRecords);
    return ok;
}
