#pragma once

#include "database.h"
#include "exportrecord.h"

#include <QCoreApplication>
#include <QList>

// All SQL about export records.
class ExportRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ExportRepository)
public:
    explicit ExportRepository(const QString &connectionName = Database::defaultConnectionName())
        : m_connection(connectionName) {}

    QList<ExportRecord> all() const; // by year, then country
    // Inserts, or updates the value of the record with the same year, country and product.
    // Returns the id (0 on failure); *updated tells which happened.
    qint64 upsert(const ExportRecord &record, bool *updated = nullptr, QString *error = nullptr) const;

private:
    QString m_connection;
};
