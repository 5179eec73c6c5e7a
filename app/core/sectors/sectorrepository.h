#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include "sectors/sector.h"

#include <QList>
#include <optional>

// All SQL about sectors / product categories.
class SectorRepository final
{
    Q_DECLARE_TR_FUNCTIONS(SectorRepository)
public:
    explicit SectorRepository(const QString &connectionName = Database::defaultConnectionName())
        : m_connection(connectionName) {}

    QList<Sector> all() const; // ordered by English name
    std::optional<Sector> find(qint64 id) const;
    // Finds a sector by its English or Hindi name (case-insensitive), or 0.
    qint64 findByName(const QString &name) const;
    // The id of the sector named `nameEn` (or `nameHi`), creating it when missing; 0 when there
    // is no name, or on failure (then `error` says why).
    qint64 ensure(const QString &nameEn, const QString &nameHi = {}, const QString &color = {},
                  QString *error = nullptr) const;
    // The sector a person typed or a file names, created when new (a name in Hindi script is
    // also its Hindi name); 0 for an empty name, or on failure with `error`.
    qint64 ensureNamed(const QString &name, QString *error = nullptr) const;

    // The existing sector a name stands for: the same name in English or Hindi in any case
    // (exact), or one that is close: a plural ("Textile" / "Textiles"), another spelling
    // ("Terracota"), the name written in the other script ("टेक्सटाइल"). id 0 when none.
    struct Match {
        qint64 id = 0;
        bool exact = false;
        QString name; // the existing sector's name, for "use the existing …"
    };
    Match match(const QString &name) const;
    // What an import does with a category name: the exact or close existing one, else a new
    // one (*created). 0 for an empty name, or on failure with `error`.
    qint64 resolve(const QString &name, bool *created = nullptr, QString *error = nullptr) const;

private:
    QString m_connection;
};
