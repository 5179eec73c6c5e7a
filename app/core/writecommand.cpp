#include "writecommand.h"

#include "errorchannel.h"

void WriteCommand::fail(const QString &error)
{
    m_error = error.isEmpty() ? tr("The change could not be saved.") : error;
    setObsolete(true);
    ErrorChannel::instance()->report(m_error);
}

bool pushWritten(QUndoStack *stack, QUndoCommand *command)
{
    // Errors are reported synchronously on this thread while the command writes.
    bool failed = false;
    const QMetaObject::Connection watch = QObject::connect(ErrorChannel::instance(), &ErrorChannel::writeFailed,
                                                           [&failed] { failed = true; });
    stack->push(command);
    QObject::disconnect(watch);
    return !failed;
}
