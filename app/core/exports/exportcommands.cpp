#include "exportcommands.h"

#include "exports/countries.h"
#include "storage/transaction.h"

#include <QFileInfo>

namespace {
QString describe(const ExportRecord &r)
{
    const auto country = Countries::instance().byCode(r.countryCode);
    return QStringLiteral("%1, %2").arg(ExportRecord::financialYear(r.fyStart),
                                        country ? country->nameEn : r.countryCode);
}
} // namespace

bool ExportStore::insert(QList<ExportRecord> &records, QString *error) const
{
    return Transaction::run(QSqlDatabase::database(repository.connection()), error,
                            ExportRepository::tr("The export record could not be saved: %1"), [&] {
        for (ExportRecord &record : records) {
            record.id = repository.insert(record, error);
            if (!record.id)
                return false;
            record.version = 1;
        }
        return true;
    });
}

WriteResult<ExportRecord> ExportStore::remove(const QList<ExportRecord> &records, Removed *removed, QString *error) const
{
    QList<qint64> ids;
    QHash<qint64, qint64> versions;
    for (const ExportRecord &r : records) {
        ids << r.id;
        if (r.version > 0)
            versions.insert(r.id, r.version);
    }
    // As they are in the file now, so undo puts back exactly that (versions included).
    Removed current;
    for (qint64 id : std::as_const(ids))
        if (const auto r = repository.find(id))
            current << *r;
    const auto result = repository.remove(ids, error, versions);
    if (result)
        *removed = current;
    return result;
}

AddExportCommand::AddExportCommand(const QString &connection, const ExportRecord &record, QUndoCommand *parent)
    : RecordCommand(ExportStore(connection), Operation::Add, {}, {record},
                    tr("Add export figure %1").arg(describe(record)), -1, parent)
{
}

EditExportCommand::EditExportCommand(const QString &connection, const ExportRecord &before,
                                     const ExportRecord &after, QUndoCommand *parent)
    : RecordCommand(ExportStore(connection), Operation::Edit, {before}, {after},
                    tr("Edit export figure %1").arg(describe(before)), -1, parent)
{
}

DeleteExportsCommand::DeleteExportsCommand(const QString &connection, const QList<ExportRecord> &records,
                                           QUndoCommand *parent)
    : RecordCommand(ExportStore(connection), Operation::Delete, records, {},
                    records.size() == 1 ? tr("Delete export figure %1").arg(describe(records.constFirst()))
                                        : tr("Delete %n export figure(s)", nullptr, int(records.size())),
                    -1, parent)
{
}

ImportExportsCommand::ImportExportsCommand(const QString &connection, const ExportImport::Result &result,
                                           const QString &fileName, QUndoCommand *parent)
    : WriteCommand(parent), m_connection(connection), m_result(result)
{
    setText(tr("Import export figures from %1").arg(QFileInfo(fileName).fileName()));
    ExportRepository repository(connection);
    for (qint64 id : result.insertedIds)
        if (const auto r = repository.find(id)) {
            m_inserted << *r;
            m_versions.insert(r->id, r->version);
        }
    for (const ExportRecord &before : result.updatedBefore)
        if (const auto r = repository.find(before.id)) {
            m_updatedAfter << *r;
            m_versions.insert(r->id, r->version);
        }
}

namespace {
// The records over the versions this command last left them at.
QList<ExportRecord> over(QList<ExportRecord> records, const QHash<qint64, qint64> &versions)
{
    for (ExportRecord &r : records)
        r.version = versions.value(r.id, r.version);
    return records;
}
} // namespace

void ImportExportsCommand::redo()
{
    clearError();
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    ExportRepository repository(m_connection);
    QString error;
    QList<ExportRecord> updated = over(m_updatedAfter, m_versions);
    if (!Transaction::run(QSqlDatabase::database(m_connection), &error,
                          tr("The import could not be applied again: %1"), [&] {
            return repository.insertAll(over(m_inserted, m_versions), &error, true)
                   && repository.updateAll(updated, &error);
        }))
        return fail(error);
    for (const ExportRecord &r : std::as_const(updated))
        m_versions.insert(r.id, r.version);
}

void ImportExportsCommand::undo()
{
    clearError();
    ExportRepository repository(m_connection);
    QString error;
    // Back over the versions the import (or the last redo) left: a figure changed at another
    // desk since is not undone silently; the undo is refused and says who changed it.
    QList<ExportRecord> before = over(m_result.updatedBefore, m_versions);
    QHash<qint64, qint64> inserted;
    for (const ExportRecord &r : std::as_const(m_inserted))
        inserted.insert(r.id, m_versions.value(r.id, r.version));
    const bool undone = Transaction::run(QSqlDatabase::database(m_connection), &error,
                                         ExportImport::tr("The import could not be undone: %1"), [&] {
        return repository.remove(m_result.insertedIds, &error, inserted) && repository.updateAll(before, &error);
    });
    if (!undone)
        return fail(error.isEmpty() ? tr("The import could not be undone.") : error);
    for (const ExportRecord &r : std::as_const(before))
        m_versions.insert(r.id, r.version);
}
