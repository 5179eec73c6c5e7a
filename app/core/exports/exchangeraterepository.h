#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

// ₹ per US$ for a financial year, as the user enters it (Settings › Exchange rates), e.g. the
// RBI reference rate averaged over the year.
struct ExchangeRate {
    int fyStart = 0;
    double inrPerUsd = 0;
    QString note; // where the rate comes from, free text

    bool operator==(const ExchangeRate &o) const
    {
        return fyStart == o.fyStart && inrPerUsd == o.inrPerUsd && note == o.note;
    }
};

// All SQL about exchange rates, and the conversions they make. An export figure given in one
// currency gets the other from its year's rate when it is read (ExportRepository), so changing
// a rate changes every derived figure of that year at once and never a given one.
class ExchangeRateRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeRateRepository)
public:
    explicit ExchangeRateRepository(const QString &connectionName = Database::defaultConnectionName())
        : m_connection(connectionName) {}

    QList<ExchangeRate> all() const; // oldest year first
    // 0 when the year has no rate.
    double rate(int fyStart) const;
    // Replaces every rate with `rates` in one transaction (the settings dialog saves its table).
    bool replaceAll(const QList<ExchangeRate> &rates, QString *error = nullptr) const;
    bool set(const ExchangeRate &rate, QString *error = nullptr) const;

    // ₹ crore for US$ million at `inrPerUsd` (1 crore = 10 million), and back.
    static double croreFromUsdMillion(double usdMillion, double inrPerUsd) { return usdMillion * inrPerUsd / 10.0; }
    static double usdMillionFromCrore(double crore, double inrPerUsd) { return crore * 10.0 / inrPerUsd; }
    // The rate's problem, translated, or empty: a number above 0 and below 1,000.
    static QString problemWith(double inrPerUsd);

private:
    QString m_connection;
};
