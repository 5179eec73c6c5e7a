#pragma once

#include "exports/exportrecord.h"
#include "exports/exportrepository.h"
#include "import/exportimport.h"

#include "undo/recordcommand.h"

#include <QCoreApplication>

// Export figures as RecordCommand writes them.
struct ExportStore {
    using Record = ExportRecord;
    using Removed = QList<ExportRecord>;
    static constexpr bool AddsAndDeletes = true;
    static qint64 idOf(const ExportRecord &record) { return record.id; }

    explicit ExportStore(const QString &connection) : repository(connection) {}
    bool insert(QList<ExportRecord> &records, QString *error) const;
    WriteResult<ExportRecord> update(QList<ExportRecord> &records, QString *error) const
    {
        return repository.updateAll(records, error);
    }
    WriteResult<ExportRecord> remove(const QList<ExportRecord> &records, Removed *removed, QString *error) const;
    bool restore(const Removed &removed, QString *error) const
    {
        return repository.insertAll(removed, error, true);
    }
    ConflictNotice notice(const Conflict<ExportRecord> &conflict, const ExportRecord *seen) const
    {
        return repository.notice(conflict, seen);
    }

    ExportRepository repository;
};

class AddExportCommand final : public RecordCommand<ExportStore>
{
    Q_DECLARE_TR_FUNCTIONS(AddExportCommand)
public:
    AddExportCommand(const QString &connection, const ExportRecord &record, QUndoCommand *parent = nullptr);
    qint64 recordId() const { return firstId(); }
};

// One record changed (a cell edited in the table).
class EditExportCommand final : public RecordCommand<ExportStore>
{
    Q_DECLARE_TR_FUNCTIONS(EditExportCommand)
public:
    EditExportCommand(const QString &connection, const ExportRecord &before, const ExportRecord &after,
                      QUndoCommand *parent = nullptr);
};

class DeleteExportsCommand final : public RecordCommand<ExportStore>
{
    Q_DECLARE_TR_FUNCTIONS(DeleteExportsCommand)
public:
    DeleteExportsCommand(const QString &connection, const QList<ExportRecord> &records, QUndoCommand *parent = nullptr);
};

// An import that has already been written (ExportImport::import): the first redo does nothing,
// undo takes the new records out and puts the updated ones back, redo applies it again.
class ImportExportsCommand final : public WriteCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportExportsCommand)
public:
    ImportExportsCommand(const QString &connection, const ExportImport::Result &result, const QString &fileName,
                         QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QString m_connection;
    ExportImport::Result m_result;
    QList<ExportRecord> m_inserted; // as written, ids included
    QList<ExportRecord> m_updatedAfter;
    QHash<qint64, qint64> m_versions; // by id: the version this command last left each row at
    bool m_firstRedo = true;
};
