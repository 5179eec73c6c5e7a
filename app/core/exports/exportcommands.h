#pragma once

#include "exportrecord.h"
#include "exportrepository.h"
#include "import/exportimport.h"

#include <QCoreApplication>
#include <QUndoCommand>

// Undoable edits of the export figures. Each writes at once; a command whose write fails
// reports it (reportFailedCommand) and drops out of the stack.

class AddExportCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddExportCommand)
public:
    AddExportCommand(const QString &connection, const ExportRecord &record, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 recordId() const { return m_record.id; }

private:
    ExportRepository m_repository;
    ExportRecord m_record; // with its id once written
};

// One record changed (a cell edited in the table).
class EditExportCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditExportCommand)
public:
    EditExportCommand(const QString &connection, const ExportRecord &before, const ExportRecord &after,
                      QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ExportRepository m_repository;
    ExportRecord m_before;
    ExportRecord m_after;
};

class DeleteExportsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteExportsCommand)
public:
    DeleteExportsCommand(const QString &connection, const QList<ExportRecord> &records, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ExportRepository m_repository;
    QList<ExportRecord> m_records;
};

// An import that has already been written (ExportImport::import): the first redo does nothing,
// undo takes the new records out and puts the updated ones back, redo applies it again.
class ImportExportsCommand final : public QUndoCommand
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
    bool m_firstRedo = true;
};
