#include "exportcommands.h"

#include "commandsupport.h"
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

AddExportCommand::AddExportCommand(const QString &connection, const ExportRecord &record, QUndoCommand *parent)
    : QUndoCommand(parent), m_repository(connection), m_record(record)
{
    setText(tr("Add export figure %1").arg(describe(record)));
}

void AddExportCommand::redo()
{
    QString error;
    // The first time a new id; after an undo the same one again, so later commands still match.
    const qint64 id = m_repository.insert(m_record, &error, m_record.id != 0);
    if (!id)
        return reportFailedCommand(this, error);
    m_record.id = id;
}

void AddExportCommand::undo()
{
    QString error;
    if (!m_repository.remove({m_record.id}, &error))
        reportFailedCommand(this, error);
}

EditExportCommand::EditExportCommand(const QString &connection, const ExportRecord &before,
                                     const ExportRecord &after, QUndoCommand *parent)
    : QUndoCommand(parent), m_repository(connection), m_before(before), m_after(after)
{
    setText(tr("Edit export figure %1").arg(describe(before)));
}

void EditExportCommand::redo()
{
    QString error;
    if (!m_repository.update(m_after, &error))
        reportFailedCommand(this, error);
}

void EditExportCommand::undo()
{
    QString error;
    if (!m_repository.update(m_before, &error))
        reportFailedCommand(this, error);
}

DeleteExportsCommand::DeleteExportsCommand(const QString &connection, const QList<ExportRecord> &records,
                                           QUndoCommand *parent)
    : QUndoCommand(parent), m_repository(connection), m_records(records)
{
    setText(records.size() == 1 ? tr("Delete export figure %1").arg(describe(records.constFirst()))
                                : tr("Delete %n export figure(s)", nullptr, int(records.size())));
}

void DeleteExportsCommand::redo()
{
    QList<qint64> ids;
    for (const ExportRecord &r : m_records)
        ids << r.id;
    QString error;
    if (!m_repository.remove(ids, &error))
        reportFailedCommand(this, error);
}

void DeleteExportsCommand::undo()
{
    QString error;
    if (!m_repository.insertAll(m_records, &error, true))
        reportFailedCommand(this, error);
}

ImportExportsCommand::ImportExportsCommand(const QString &connection, const ExportImport::Result &result,
                                           const QString &fileName, QUndoCommand *parent)
    : QUndoCommand(parent), m_connection(connection), m_result(result)
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
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    ExportRepository repository(m_connection);
    Transaction transaction(QSqlDatabase::database(m_connection));
    QString error;
    if (!repository.insertAll(m_inserted, &error, true) || !repository.updateAll(m_updatedAfter, &error)
        || !transaction.commit())
        reportFailedCommand(this, error.isEmpty() ? tr("The import could not be applied again.") : error);
}

void ImportExportsCommand::undo()
{
    QString error;
    if (!ExportImport::revert(m_result, &error, m_connection))
        reportFailedCommand(this, error.isEmpty() ? tr("The import could not be undone.") : error);
}
