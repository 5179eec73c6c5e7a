#pragma once

#include "undo/recordcommand.h"
#include "stalls/stall.h"
#include "stalls/stallrepository.h"

#include <QCoreApplication>

// Stalls as RecordCommand writes them. Every change of a layout is written at once (the layout
// is saved as it happens).
struct StallStore {
    using Record = Stall;
    using Removed = QList<Stall>;
    static constexpr bool AddsAndDeletes = true;
    static qint64 idOf(const Stall &stall) { return stall.id; }

    explicit StallStore(const QString &connection) : repository(connection) {}
    bool insert(QList<Stall> &stalls, QString *error) const;
    WriteResult<Stall> update(QList<Stall> &stalls, QString *error) const { return repository.updateAll(stalls, error); }
    WriteResult<Stall> remove(const QList<Stall> &stalls, Removed *removed, QString *error) const;
    bool restore(const Removed &removed, QString *error) const
    {
        return repository.insertAll(removed, nullptr, error, true);
    }
    ConflictNotice notice(const Conflict<Stall> &conflict, const Stall *seen) const
    {
        return repository.notice(conflict, seen);
    }

    StallRepository repository;
};

// The hall of an event: only ever edited (created or replaced by its event id).
struct HallStore {
    using Record = Hall;
    using Removed = int; // nothing: halls are not added or deleted on their own
    static constexpr bool AddsAndDeletes = false;
    static qint64 idOf(const Hall &hall) { return hall.eventId; }

    explicit HallStore(const QString &connection) : repository(connection) {}
    WriteResult<Hall> update(QList<Hall> &halls, QString *error) const;
    ConflictNotice notice(const Conflict<Hall> &conflict, const Hall *seen) const
    {
        return StallRepository::notice(conflict, seen);
    }

    StallRepository repository;
};

class AddStallsCommand final : public RecordCommand<StallStore>
{
public:
    AddStallsCommand(const QString &connection, const QList<Stall> &stalls, const QString &text,
                     QUndoCommand *parent = nullptr);
    QList<qint64> ids() const;
};

class RemoveStallsCommand final : public RecordCommand<StallStore>
{
    Q_DECLARE_TR_FUNCTIONS(RemoveStallsCommand)
public:
    RemoveStallsCommand(const QString &connection, const QList<Stall> &stalls, QUndoCommand *parent = nullptr);
};

// Any change of existing stalls: move, resize, properties, allotting, freeing. Moves of the
// same stalls in a row (a drag, arrow-key nudges) merge into one step.
class ChangeStallsCommand final : public RecordCommand<StallStore>
{
    Q_DECLARE_TR_FUNCTIONS(ChangeStallsCommand)
public:
    enum Kind { Move = 1, Resize, Properties, Allot };
    ChangeStallsCommand(const QString &connection, const QList<Stall> &before, const QList<Stall> &after,
                        Kind kind, QUndoCommand *parent = nullptr);
};

class SetHallCommand final : public RecordCommand<HallStore>
{
    Q_DECLARE_TR_FUNCTIONS(SetHallCommand)
public:
    SetHallCommand(const QString &connection, const Hall &before, const Hall &after, QUndoCommand *parent = nullptr);
};

// The stalls of a hall replaced by others in one step (generating a layout over the old one):
// all the old ones go and the new ones come, or neither.
class ReplaceStallsCommand final : public WriteCommand
{
public:
    ReplaceStallsCommand(const QString &connection, const QList<Stall> &before, const QList<Stall> &after,
                         const QString &text, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    bool swap(const QList<Stall> &out, QList<Stall> &in, bool keepIds, QString *error);
    StallStore m_store;
    QList<Stall> m_before;
    QList<Stall> m_after; // with their ids once written
    bool m_written = false;
};
