#pragma once

#include "changenotifier.h"

#include <QUndoCommand>
#include <QUndoStack>

// What an undo command does when its write fails: it cannot return an error, so it tells the
// window (through ChangeNotifier) and marks itself obsolete so the stack drops it instead of
// pretending the change happened.
inline void reportFailedCommand(QUndoCommand *command, const QString &error)
{
    command->setObsolete(true);
    ChangeNotifier::instance()->reportError(error);
}

// Pushes `command` and returns it if it is still on the stack afterwards, for the caller to read
// what it did (a new record's id). A command whose write failed made itself obsolete and the
// stack has already deleted it: then nullptr, and the caller must not touch it.
template<typename Command>
Command *pushKept(QUndoStack *stack, Command *command)
{
    stack->push(command);
    const int top = stack->index() - 1;
    return top >= 0 && stack->command(top) == command ? command : nullptr;
}
