#pragma once

#include "storage/conflictresolver.h"
#include "storage/database.h"
#include "exports/exportrecord.h"
#include "storage/rowversion.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

// All SQL about export records.
class ExportRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ExportRepository)
public:
    explicit ExportRepository(const QString &connectionName = Database::defaultConnectionName())
        : m_connection(connectionName) {}

    // By year, then country; figures not given are derived from the year's exchange rate and
    // each record carries its HS chapter (HsChapters::classify).
    QList<ExportRecord> all() const;
    std::optional<ExportRecord> find(qint64 id) const;
    // Inserts, or updates the record with the same key: year, country, product, ITC(HS) code
    // and exporter.
    // Returns the id (0 on failure); *updated tells which happened.
    qint64 upsert(const ExportRecord &record, bool *updated = nullptr, QString *error = nullptr) const;
    // Inserts exactly this record (its id and version too when `keepId`: undo); 0 on failure,
    // for example when another record has the same year, country and product.
    qint64 insert(const ExportRecord &record, QString *error = nullptr, bool keepId = false) const;
    // Over record.version (0: whatever is there); refused with a Conflict when the figure
    // changed or was deleted at another desk meanwhile.
    WriteResult<ExportRecord> update(const ExportRecord &record, QString *error = nullptr) const;
    // Several at once, all or nothing (undo of a delete, redo of an import); updateAll() gives
    // the records their new versions.
    bool insertAll(const QList<ExportRecord> &records, QString *error = nullptr, bool keepIds = false) const;
    WriteResult<ExportRecord> updateAll(QList<ExportRecord> &records, QString *error = nullptr) const;
    WriteResult<ExportRecord> updateAll(const QList<ExportRecord> &records, QString *error = nullptr) const
    {
        QList<ExportRecord> copy = records;
        return updateAll(copy, error);
    }
    // `versions`: the version each was seen at (an id without one is deleted as it is).
    WriteResult<ExportRecord> remove(const QList<qint64> &ids, QString *error = nullptr,
                                     const QHash<qint64, qint64> &versions = {}) const;

    // What changed between two states of a figure, and a conflict in words (`seen`: the figure
    // as this desk last saw it).
    QList<FieldChange> differences(const ExportRecord &before, const ExportRecord &after) const;
    ConflictNotice notice(const Conflict<ExportRecord> &conflict, const ExportRecord *seen = nullptr) const;
    // The id of the record for this year, country and product (without HS code or exporter), or 0.
    qint64 idOf(int fyStart, const QString &countryCode, qint64 sectorId) const;
    // The id of the record with `record`'s key (year, country, product, HS code, exporter), or 0.
    qint64 idOf(const ExportRecord &record) const;
    QList<int> years() const; // financial years that have records, newest first
    const QString &connection() const { return m_connection; }

private:
    QString m_connection;
};
