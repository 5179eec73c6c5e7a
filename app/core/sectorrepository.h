#pragma once

#include "database.h"
#include "sector.h"

#include <QList>
#include <optional>

// All SQL about sectors / product categories.
class SectorRepository final
{
public:
    explicit SectorRepository(const QString &connectionName = Database::defaultConnectionName())
        : m_connection(connectionName) {}

    QList<Sector> all() const; // ordered by English name
    std::optional<Sector> find(qint64 id) const;
    // Finds a sector by its English or Hindi name (case-insensitive), or 0.
    qint64 findByName(const QString &name) const;
    // The id of the sector named `nameEn` (or `nameHi`), creating it when missing; 0 on failure.
    qint64 ensure(const QString &nameEn, const QString &nameHi = {}, const QString &color = {}) const;

private:
    QString m_connection;
};
