#pragma once

#include "database.h"
#include "exports/exporttarget.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

// All SQL about export targets.
class ExportTargetRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ExportTargetRepository)
public:
    explicit ExportTargetRepository(const QString &connectionName = Database::defaultConnectionName())
        : m_connection(connectionName) {}

    QList<ExportTarget> all() const; // by year, overall first, then countries, then products
    std::optional<ExportTarget> find(qint64 id) const;
    // The target with the same year and scope (country or product), or 0.
    qint64 idOf(const ExportTarget &target) const;
    // 0 on failure (for example when that year and scope already have a target).
    qint64 insert(const ExportTarget &target, QString *error = nullptr, bool keepId = false) const;
    bool update(const ExportTarget &target, QString *error = nullptr) const;
    // Several at once, all or nothing.
    bool insertAll(QList<ExportTarget> &targets, QString *error = nullptr, bool keepIds = false) const;
    bool updateAll(const QList<ExportTarget> &targets, QString *error = nullptr) const;
    bool remove(const QList<qint64> &ids, QString *error = nullptr) const;
    const QString &connection() const { return m_connection; }

private:
    QString m_connection;
};
