#include "undo/writecommand.h"

#include "storage/conflictresolver.h"
#include "undo/errorchannel.h"

void WriteCommand::fail(const QString &error)
{
    m_error = error.isEmpty() ? tr("The change could not be saved.") : error;
    setObsolete(true);
    ErrorChannel::instance()->report(m_error);
}

void WriteCommand::refuse(const QString &reason)
{
    m_error = reason.isEmpty() ? tr("The change could not be saved.") : reason;
    setObsolete(true);
}

bool pushWritten(QUndoStack *stack, QUndoCommand *command)
{
    // Errors are reported synchronously on this thread while the command writes.
    bool failed = false;
    const QMetaObject::Connection watch = QObject::connect(ErrorChannel::instance(), &ErrorChannel::writeFailed,
                                                           [&failed] { failed = true; });
    const QMetaObject::Connection conflicts =
        QObject::connect(ConflictResolver::instance(), &ConflictResolver::resolved,
                         [&failed](const ConflictNotice &, ConflictResolver::Choice choice) {
                             if (choice == ConflictResolver::Choice::Reload)
                                 failed = true;
                         });
    stack->push(command);
    QObject::disconnect(watch);
    QObject::disconnect(conflicts);
    return !failed;
}
