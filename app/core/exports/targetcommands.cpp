#include "targetcommands.h"

#include "exports/exportrecord.h"

WriteResult<ExportTarget> TargetStore::remove(const QList<ExportTarget> &targets, Removed *removed,
                                              QString *error) const
{
    QList<qint64> ids;
    QHash<qint64, qint64> versions;
    Removed current; // as they are in the file now, so undo puts back exactly that (versions too)
    for (const ExportTarget &t : targets) {
        ids << t.id;
        if (t.version > 0)
            versions.insert(t.id, t.version);
        if (const auto found = repository.find(t.id))
            current << *found;
    }
    const auto result = repository.remove(ids, error, versions);
    if (result)
        *removed = current;
    return result;
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
