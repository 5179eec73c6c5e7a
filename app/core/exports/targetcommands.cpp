#include "targetcommands.h"

#include "exportrecord.h"

bool TargetStore::remove(const QList<ExportTarget> &targets, Removed *removed, QString *error) const
{
    QList<qint64> ids;
    Removed current; // as they are in the file now, so undo puts back exactly that
    for (const ExportTarget &t : targets) {
        ids << t.id;
        if (const auto found = repository.find(t.id))
            current << *found;
    }
    if (!repository.remove(ids, error))
        return false;
    *removed = current;
    return true;
}

AddTargetCommand::AddTargetCommand(const QString &connection, const ExportTarget &target, QUndoCommand *parent)
    : RecordCommand(TargetStore(connection), Operation::Add, {}, {target},
                    tr("Add export target for %1").arg(ExportRecord::financialYear(target.fyStart)), -1, parent)
{
}

EditTargetCommand::EditTargetCommand(const QString &connection, const ExportTarget &before, const ExportTarget &after,
                                     QUndoCommand *parent)
    : RecordCommand(TargetStore(connection), Operation::Edit, {before}, {after},
                    tr("Edit export target for %1").arg(ExportRecord::financialYear(before.fyStart)), -1, parent)
{
}

DeleteTargetsCommand::DeleteTargetsCommand(const QString &connection, const QList<ExportTarget> &targets,
                                           QUndoCommand *parent)
    : RecordCommand(TargetStore(connection), Operation::Delete, targets, {},
                    tr("Delete %n export target(s)", nullptr, int(targets.size())), -1, parent)
{
}
