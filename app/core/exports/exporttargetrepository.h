#pragma once

#include "storage/conflictresolver.h"
#include "storage/database.h"
#include "exports/exporttarget.h"
#include "storage/rowversion.h"

#include <QCoreApplication>
#include <QHash>
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
    // Over target.version (0: whatever is there); refused with a Conflict when the target
    // changed or was deleted at another desk meanwhile.
    WriteResult<ExportTarget> update(const ExportTarget &target, QString *error = nullptr) const;
    // Several at once, all or nothing; updateAll() gives the targets their new versions.
    bool insertAll(QList<ExportTarget> &targets, QString *error = nullptr, bool keepIds = false) const;
    WriteResult<ExportTarget> updateAll(QList<ExportTarget> &targets, QString *error = nullptr) const;
    // `versions`: the version each was seen at (an id without one is deleted as it is).
    WriteResult<ExportTarget> remove(const QList<qint64> &ids, QString *error = nullptr,
                                     const QHash<qint64, qint64> &versions = {}) const;

    // What changed between two states of a target, and a conflict in words.
    QList<FieldChange> differences(const ExportTarget &before, const ExportTarget &after) const;
    ConflictNotice notice(const Conflict<ExportTarget> &conflict, const ExportTarget *seen = nullptr) const;
    const QString &connection() const { return m_connection; }

private:
    QString m_connection;
};
