#pragma once

#include "exports/exporttarget.h"
#include "exports/exporttargetrepository.h"
#include "undo/recordcommand.h"

#include <QCoreApplication>

// Export targets as RecordCommand writes them.
struct TargetStore {
    using Record = ExportTarget;
    using Removed = QList<ExportTarget>;
    static constexpr bool AddsAndDeletes = true;
    static qint64 idOf(const ExportTarget &target) { return target.id; }

    explicit TargetStore(const QString &connection) : repository(connection) {}
    bool insert(QList<ExportTarget> &targets, QString *error) const { return repository.insertAll(targets, error); }
    WriteResult<ExportTarget> update(QList<ExportTarget> &targets, QString *error) const
    {
        return repository.updateAll(targets, error);
    }
    WriteResult<ExportTarget> remove(const QList<ExportTarget> &targets, Removed *removed, QString *error) const;
    bool restore(const Removed &removed, QString *error) const
    {
        Removed copy = removed;
        return repository.insertAll(copy, error, true);
    }
    ConflictNotice notice(const Conflict<ExportTarget> &conflict, const ExportTarget *seen) const
    {
        return repository.notice(conflict, seen);
    }

    ExportTargetRepository repository;
};

class AddTargetCommand final : public RecordCommand<TargetStore>
{
    Q_DECLARE_TR_FUNCTIONS(AddTargetCommand)
public:
    AddTargetCommand(const QString &connection, const ExportTarget &target, QUndoCommand *parent = nullptr);
    qint64 targetId() const { return firstId(); }
};

class EditTargetCommand final : public RecordCommand<TargetStore>
{
    Q_DECLARE_TR_FUNCTIONS(EditTargetCommand)
public:
    EditTargetCommand(const QString &connection, const ExportTarget &before, const ExportTarget &after,
                      QUndoCommand *parent = nullptr);
};

class DeleteTargetsCommand final : public RecordCommand<TargetStore>
{
    Q_DECLARE_TR_FUNCTIONS(DeleteTargetsCommand)
public:
    DeleteTargetsCommand(const QString &connection, const QList<ExportTarget> &targets, QUndoCommand *parent = nullptr);
};
