#pragma once

#include "changenotifier.h"

#include <QUndoCommand>

// What an undo command does when its write fails: it cannot return an error, so it tells the
// window (through ChangeNotifier) and marks itself obsolete so the stack drops it instead of
// pretending the change happened.
inline void reportFailedCommand(QUndoCommand *command, const QString &error)
{
    command->setObsolete(true);
    ChangeNotifier::instance()->reportError(error);
}
