#pragma once

#include <QCoreApplication>
#include <QUndoCommand>
#include <QUndoStack>

// The base of every undoable edit: redo() and undo() write to the database at once, and a write
// can fail (a full disk, a vanished file, another program's lock). QUndoCommand cannot return an
// error, so a command that failed says why on the ErrorChannel, remembers it (failed(), error())
// and marks itself obsolete: the stack then drops it instead of pretending the change happened,
// and what the stack shows stays what the database holds.
class WriteCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(WriteCommand)
public:
    using QUndoCommand::QUndoCommand;

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }

protected:
    // Call from redo() or undo() when the write failed, then return.
    void fail(const QString &error);
    // Call instead when the write was refused because its row changed at another desk and the
    // person, asked (ConflictResolver), chose the other desk's version: the command drops out
    // like a failed one, but the window has already said why, so nothing more is reported.
    void refuse(const QString &reason);
    // Call at the start of redo() and undo(): a new attempt.
    void clearError() { m_error.clear(); }

private:
    QString m_error;
};

// Pushes `command` and returns it if it is still on the stack afterwards, for the caller to read
// what it did (a new record's id). A command whose write failed made itself obsolete and the
// stack has already deleted it: then nullptr, the window has said why, and the caller keeps the
// user's form open.
template<typename Command>
Command *pushKept(QUndoStack *stack, Command *command)
{
    stack->push(command);
    const int top = stack->index() - 1;
    return top >= 0 && stack->command(top) == command ? command : nullptr;
}

// Pushes `command` and tells whether its write succeeded, also for a command that merged into
// the one before (a drag) or changed nothing, which pushKept() cannot tell from a failure. A
// write refused over a conflict (see WriteCommand::refuse) counts as not written.
bool pushWritten(QUndoStack *stack, QUndoCommand *command);
