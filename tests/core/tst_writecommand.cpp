#include "undo/changenotifier.h"
#include "undo/errorchannel.h"
#include "undo/writecommand.h"

#include <QSignalBlocker>
#include <QSignalSpy>
#include <QTest>

namespace {
// Writes nothing; fails when told to, as a command whose database write failed does.
class TryCommand final : public WriteCommand
{
public:
    explicit TryCommand(bool fails, int mergeId = -1) : m_fails(fails), m_mergeId(mergeId) {}
    void redo() override
    {
        clearError();
        if (m_fails)
            return fail(QStringLiteral("disk full"));
        value = 42;
    }
    void undo() override {}
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        ++merged;
        return !static_cast<const WriteCommand *>(other)->failed();
    }
    int value = 0;
    int merged = 0;

private:
    bool m_fails;
    int m_mergeId;
};
} // namespace

// A failed command leaves the undo stack, says why on a channel nobody blocks, and the caller
// is told not to read it.
class TestWriteCommand : public QObject
{
    Q_OBJECT
private slots:
    void keptWhenItWorked()
    {
        QUndoStack stack;
        const TryCommand *command = pushKept(&stack, new TryCommand(false));
        QVERIFY(command);
        QCOMPARE(command->value, 42);
        QVERIFY(!command->failed());
        QCOMPARE(stack.count(), 1);
    }
    void droppedWhenItFailed()
    {
        QUndoStack stack;
        stack.push(new TryCommand(false));
        QSignalSpy errors(ErrorChannel::instance(), &ErrorChannel::writeFailed);
        QVERIFY(!pushKept(&stack, new TryCommand(true)));
        QCOMPARE(stack.count(), 1); // only the first
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.constFirst().constFirst().toString(), QStringLiteral("disk full"));
    }
    // The bug this replaces: a command reporting inside a QSignalBlocker on the change
    // notifier (batches do that) lost its error, and the check-in desk said "Welcome".
    void errorsPassBlockedChangeNotifications()
    {
        QUndoStack stack;
        QSignalSpy errors(ErrorChannel::instance(), &ErrorChannel::writeFailed);
        {
            const QSignalBlocker quiet(ChangeNotifier::instance());
            QVERIFY(!pushWritten(&stack, new TryCommand(true)));
        }
        QCOMPARE(errors.size(), 1);
    }
    void pushWrittenTellsMergedFromFailed()
    {
        QUndoStack stack;
        QVERIFY(pushWritten(&stack, new TryCommand(false, 7)));
        // Merged into the first: pushKept cannot find it, pushWritten knows it was written.
        auto *second = new TryCommand(false, 7);
        QVERIFY(pushWritten(&stack, second));
        QCOMPARE(stack.count(), 1);
        QVERIFY(!pushWritten(&stack, new TryCommand(true, 7)));
        QCOMPARE(stack.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWriteCommand)
#include "tst_writecommand.moc"
