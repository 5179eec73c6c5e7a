#include "stallcommands.h"

#include "storage/transaction.h"

namespace {
QString changeText(ChangeStallsCommand::Kind kind, const QList<Stall> &after)
{
    const int n = int(after.size());
    const QString code = after.isEmpty() ? QString() : after.constFirst().code;
    switch (kind) {
    case ChangeStallsCommand::Move:
        return n == 1 ? ChangeStallsCommand::tr("move stall %1").arg(code)
                      : ChangeStallsCommand::tr("move %n stall(s)", nullptr, n);
    case ChangeStallsCommand::Resize:
        return ChangeStallsCommand::tr("resize stall %1").arg(code);
    case ChangeStallsCommand::Properties:
        return n == 1 ? ChangeStallsCommand::tr("change stall %1").arg(code)
                      : ChangeStallsCommand::tr("change %n stall(s)", nullptr, n);
    case ChangeStallsCommand::Allot:
        return ChangeStallsCommand::tr("allot stall %1").arg(code);
    }
    return {};
}

constexpr int MoveMergeId = 0x57a11; // only moves merge
} // namespace

bool StallStore::insert(QList<Stall> &stalls, QString *error) const
{
    QList<qint64> ids;
    if (!repository.insertAll(stalls, &ids, error))
        return false;
    for (int i = 0; i < stalls.size(); ++i) {
        stalls[i].id = ids.value(i);
        stalls[i].version = 1;
    }
    return true;
}

WriteResult<Stall> StallStore::remove(const QList<Stall> &stalls, Removed *removed, QString *error) const
{
    QList<qint64> ids;
    QHash<qint64, qint64> versions;
    for (const Stall &s : stalls) {
        ids << s.id;
        if (s.version > 0)
            versions.insert(s.id, s.version);
    }
    // As they are in the database now (and at the version they are put back with).
    Removed current;
    for (qint64 id : std::as_const(ids))
        if (const auto s = repository.find(id))
            current << *s;
    const auto result = repository.removeAll(ids, error, versions);
    if (result)
        *removed = current;
    return result;
}

WriteResult<Hall> HallStore::update(QList<Hall> &halls, QString *error) const
{
    return RowVersion::writeAll(QSqlDatabase::database(repository.connection()), halls, error,
                                StallRepository::tr("The hall could not be saved: %1"),
                                [&](const Hall &hall) { return repository.setHall(hall); });
}

AddStallsCommand::AddStallsCommand(const QString &connection, const QList<Stall> &stalls,
                                   const QString &text, QUndoCommand *parent)
    : RecordCommand(StallStore(connection), Operation::Add, {}, stalls, text, -1, parent)
{
}

QList<qint64> AddStallsCommand::ids() const
{
    QList<qint64> ids;
    for (const Stall &s : records())
        ids << s.id;
    return ids;
}

RemoveStallsCommand::RemoveStallsCommand(const QString &connection, const QList<Stall> &stalls, QUndoCommand *parent)
    : RecordCommand(StallStore(connection), Operation::Delete, stalls, {},
                    stalls.size() == 1 ? tr("delete stall %1").arg(stalls.constFirst().code)
                                       : tr("delete %n stall(s)", nullptr, int(stalls.size())),
                    -1, parent)
{
}

ChangeStallsCommand::ChangeStallsCommand(const QString &connection, const QList<Stall> &before,
                                         const QList<Stall> &after, Kind kind, QUndoCommand *parent)
    : RecordCommand(StallStore(connection), Operation::Edit, before, after, changeText(kind, after),
                    kind == Move ? MoveMergeId : -1, parent)
{
}

SetHallCommand::SetHallCommand(const QString &connection, const Hall &before, const Hall &after, QUndoCommand *parent)
    : RecordCommand(HallStore(connection), Operation::Edit, {before}, {after},
                    tr("set the hall to %1 m × %2 m").arg(after.width).arg(after.depth), -1, parent)
{
}

ReplaceStallsCommand::ReplaceStallsCommand(const QString &connection, const QList<Stall> &before,
                                           const QList<Stall> &after, const QString &text, QUndoCommand *parent)
    : WriteCommand(text, parent), m_store(connection), m_before(before), m_after(after)
{
}

bool ReplaceStallsCommand::swap(const QList<Stall> &out, QList<Stall> &in, bool keepIds, QString *error)
{
    return Transaction::run(QSqlDatabase::database(m_store.repository.connection()), error,
                            StallRepository::tr("The stall could not be saved: %1"), [&] {
        QList<qint64> outIds;
        for (const Stall &s : out)
            outIds << s.id;
        QList<qint64> ids;
        QHash<qint64, qint64> versions;
        for (const Stall &s : out)
            if (s.version > 0)
                versions.insert(s.id, s.version);
        if (!m_store.repository.removeAll(outIds, error, versions)
            || !m_store.repository.insertAll(in, &ids, error, keepIds))
            return false;
        for (int i = 0; i < in.size(); ++i) {
            in[i].id = ids.value(i);
            if (!keepIds || in[i].version <= 0)
                in[i].version = 1; // as insert() writes them
        }
        return true;
    });
}

void ReplaceStallsCommand::redo()
{
    clearError();
    QString error;
    if (!swap(m_before, m_after, m_written, &error))
        return fail(error);
    m_written = true;
}

void ReplaceStallsCommand::undo()
{
    clearError();
    QString error;
    if (!swap(m_after, m_before, true, &error))
        fail(error);
}
