#pragma once

#include "stall.h"
#include "stallrepository.h"

#include <QCoreApplication>
#include <QUndoCommand>

// Undoable edits of a stall layout. Every change is written at once (the layout is saved as
// it happens); a command whose write fails reports it and drops out of the stack.

class AddStallsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddStallsCommand)
public:
    AddStallsCommand(const QString &connection, const QList<Stall> &stalls, const QString &text,
                     QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    QList<qint64> ids() const;

private:
    StallRepository m_repository;
    QList<Stall> m_stalls; // with their ids once written
    bool m_written = false;
};

class RemoveStallsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveStallsCommand)
public:
    RemoveStallsCommand(const QString &connection, const QList<Stall> &stalls, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    StallRepository m_repository;
    QList<Stall> m_stalls;
};

// Any change of existing stalls: move, resize, properties, allotting, freeing. Moves of the
// same stalls in a row (a drag, arrow-key nudges) merge into one step.
class ChangeStallsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeStallsCommand)
public:
    enum Kind { Move = 1, Resize, Properties, Allot };
    ChangeStallsCommand(const QString &connection, const QList<Stall> &before, const QList<Stall> &after,
                        Kind kind, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    StallRepository m_repository;
    QList<Stall> m_before;
    QList<Stall> m_after;
    Kind m_kind;
};

class SetHallCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetHallCommand)
public:
    SetHallCommand(const QString &connection, const Hall &before, const Hall &after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    StallRepository m_repository;
    Hall m_before;
    Hall m_after;
};
