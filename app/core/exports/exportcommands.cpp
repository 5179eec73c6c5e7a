#include "exportcommands.h"

#include "exports/countries.h"
#include "transaction.h"

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
        }
        return true;
    });
}

bool ExportStore::remove(const QList<ExportRecord> &records, Removed *removed, QString *error) const
{
    QList<qint64> ids;
    for (const ExportRecord &r : records)
        ids << r.id;
    // As they are in the file now (an edit at another desk included), so undo puts back exactly that.
    Removed current;
    for (qint64 id : std::as_const(ids))
        if (const auto r = repository.find(id))
            current << *r;
    if (!repository.remove(ids, error))
        return false;
    *removed = current;
    return true;
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
        if (const auto r = repository.find(id))
            m_inserted << *r;
    for (const ExportRecord &before : result.updatedBefore)
        if (const auto r = repository.find(before.id))
            m_updatedAfter << *r;
}

void ImportExportsCommand::redo()
{
    clearError();
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    ExportRepository repository(m_connection);
    QString error;
    if (!Transaction::run(QSqlDatabase::database(m_connection), &error,
                          tr("The import could not be applied again: %1"), [&] {
            return repository.insertAll(m_inserted, &error, true)
                   && repository.updateAll(m_updatedAfter, &error);
        }))
        fail(error);
}

void ImportExportsCommand::undo()
{
    clearError();
    QString error;
    if (!ExportImport::revert(m_result, &error, m_connection))
        fail(error.isEmpty() ? tr("The import could not be undone.") : error);
}
