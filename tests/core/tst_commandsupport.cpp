#include "changenotifier.h"
#include "commandsupport.h"

#include <QSignalSpy>
#include <QTest>

namespace {
// Writes nothing; fails when told to, as a command whose database write failed does.
class TryCommand final : public QUndoCommand
{
public:
    explicit TryCommand(bool fails) : m_fails(fails) {}
    void redo() override
    {
        if (m_fails)
            reportFailedCommand(this, QStringLiteral("disk full"));
        else
            id = 42;
    }
    void undo() override {}
    int id = 0;

private:
    bool m_fails;
};
} // namespace

// A failed command leaves the undo stack, and the caller is told not to read it.
class TestCommandSupport : public QObject
{
    Q_OBJECT
private slots:
    void keptWhenItWorked()
    {
        QUndoStack stack;
        const TryCommand *command = pushKept(&stack, new TryCommand(false));
        QVERIFY(command);
        QCOMPARE(command->id, 42);
        QCOMPARE(stack.count(), 1);
    }
    void droppedWhenItFailed()
    {
        QUndoStack stack;
        stack.push(new TryCommand(false));
        QSignalSpy errors(ChangeNotifier::instance(), &ChangeNotifier::errorOccurred);
        QVERIFY(!pushKept(&stack, new TryCommand(true)));
        QCOMPARE(stack.count(), 1); // only the first
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.constFirst().constFirst().toString(), QStringLiteral("disk full"));
    }
};

QTEST_GUILESS_MAIN(TestCommandSupport)
#include "tst_commandsupport.moc"
