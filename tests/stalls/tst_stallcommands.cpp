#include "events/eventrepository.h"
#include "stalls/stallcommands.h"
#include "stalls/stallgeometry.h"
#include "testdb.h"

#include <QUndoStack>

// Every layout change is one undo step, written at once and read back the same.
class TestStallCommands : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> m_db;
    qint64 m_event = 0;

private slots:
    void init()
    {
        m_db = std::make_unique<TestDb>();
        Event e;
        e.nameEn = QStringLiteral("Conclave");
        e.startDate = e.endDate = QDate(2021, 9, 24);
        m_event = EventRepository().insert(e);
        QVERIFY(StallRepository().setHall(Hall{0, m_event, QStringLiteral("Hall"), 40, 25}));
    }
    void cleanup() { m_db.reset(); }

    void addMoveDeleteUndoRedo()
    {
        QUndoStack stack;
        StallRepository repo;
        QList<Stall> generated = StallGeometry::generate(*repo.hall(m_event), 6, 3, 3, 3);
        for (Stall &s : generated)
            s.eventId = m_event;
        auto *add = new AddStallsCommand(Database::defaultConnectionName(), generated, QStringLiteral("generate"));
        stack.push(add);
        QCOMPARE(repo.stalls(m_event).size(), 6);
        const QList<qint64> ids = add->ids();

        // A drag in three steps (mouse moves) merges into one undo step.
        Stall a = repo.stalls(m_event).first();
        Stall step = a;
        for (int i = 1; i <= 3; ++i) {
            Stall next = step;
            next.y += 1;
            stack.push(new ChangeStallsCommand(Database::defaultConnectionName(), {step}, {next}, ChangeStallsCommand::Move));
            step = next;
        }
        QCOMPARE(stack.count(), 2);
        QCOMPARE(repo.stalls(m_event).first().y, a.y + 3);
        stack.undo();
        QCOMPARE(repo.stalls(m_event).first().y, a.y);

        // A property change does not merge with a move.
        Stall named = a;
        named.notes = QStringLiteral("near the door");
        stack.push(new ChangeStallsCommand(Database::defaultConnectionName(), {a}, {named}, ChangeStallsCommand::Properties));
        QCOMPARE(stack.count(), 2);

        stack.push(new RemoveStallsCommand(Database::defaultConnectionName(), repo.stalls(m_event)));
        QCOMPARE(repo.stalls(m_event).size(), 0);
        stack.undo();
        QCOMPARE(repo.stalls(m_event).size(), 6);
        QCOMPARE(repo.stalls(m_event).first().notes, QStringLiteral("near the door"));
        QCOMPARE(repo.stalls(m_event).first().id, ids.first()); // the same rows, ids and all
        stack.undo();
        stack.undo();
        QCOMPARE(repo.stalls(m_event).size(), 0);
        stack.redo();
        QCOMPARE(repo.stalls(m_event).size(), 6);
        QCOMPARE(repo.stalls(m_event).first().id, ids.first());
        QVERIFY(Database::check().isEmpty());
    }

    void hall()
    {
        QUndoStack stack;
        StallRepository repo;
        const Hall before = *repo.hall(m_event);
        Hall after = before;
        after.width = 60;
        stack.push(new SetHallCommand(Database::defaultConnectionName(), before, after));
        QCOMPARE(repo.hall(m_event)->width, 60.0);
        stack.undo();
        QCOMPARE(repo.hall(m_event)->width, 40.0);
    }
};

QTEST_GUILESS_MAIN(TestStallCommands)
#include "tst_stallcommands.moc"
