#include "storage/database.h"
#include "storage/databaseerrors.h"
#include "events/eventrepository.h"
#include "testdb.h"
#include "storage/transaction.h"

#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace {
// Another writer, on a thread and connection of its own: takes the write lock, writes one
// event, holds the lock for `holdMs`, commits.
class OtherWriter final : public QThread
{
public:
    OtherWriter(const QString &path, int holdMs) : m_path(path), m_holdMs(holdMs) {}
    QSemaphore locked;
    bool committed = false;

protected:
    void run() override
    {
        const QString name = QStringLiteral("other-writer");
        {
            if (Database::open(m_path, Database::Mode::OpenExisting, name).ok()) {
                QSqlQuery q(QSqlDatabase::database(name));
                // PostgreSQL's writers lock rows, not the database: the other desk holds the
                // events table as a long change to it would.
                if (Database::isServer(name)) {
                    q.exec(QStringLiteral("BEGIN"));
                    q.exec(QStringLiteral("LOCK TABLE events IN EXCLUSIVE MODE"));
                } else {
                    q.exec(QStringLiteral("BEGIN IMMEDIATE"));
                }
                q.exec(QStringLiteral("INSERT INTO events (name_en, start_date, end_date, created_at, updated_at)"
                                      " VALUES ('Other desk', '2021-09-21', '2021-09-22', 'now', 'now')"));
                locked.release();
                QThread::msleep(m_holdMs);
                committed = q.exec(QStringLiteral("COMMIT"));
            } else {
                locked.release();
            }
        }
        Database::close(name);
    }

private:
    QString m_path;
    int m_holdMs;
};

Event sampleEvent(const QString &name)
{
    Event e;
    e.nameEn = name;
    e.startDate = e.endDate = QDate(2021, 9, 24);
    return e;
}
} // namespace

// Transactions begin IMMEDIATE: a second writer waits for the first instead of failing at once
// ("database is locked" in the middle of an import), and when the wait runs out the message is
// the program's own.
class TestTransaction : public QObject
{
    Q_OBJECT
private slots:
    void secondWriterWaitsItsTurn()
    {
        TestDb db;
        OtherWriter other(db.path, 300);
        other.start();
        other.locked.acquire();
        {
            // Read, then write, as an import does: begun deferred, the write could not
            // upgrade the read snapshot taken before the other writer committed.
            Transaction transaction(QSqlDatabase::database(Database::defaultConnectionName()));
            QVERIFY2(transaction.isActive(), qPrintable(transaction.errorText()));
            // SQLite's BEGIN IMMEDIATE waited for the other writer, so its event is seen; on
            // PostgreSQL the insert below is what waits for the other desk's lock.
            if (!Database::isServer())
                QCOMPARE(EventRepository().count(), 1);
            QString error;
            QVERIFY2(EventRepository().insert(sampleEvent(QStringLiteral("This desk")), &error), qPrintable(error));
            QVERIFY(transaction.commit());
        }
        other.wait();
        QVERIFY(other.committed);
        QCOMPARE(EventRepository().count(), 2);
    }

    void busyTooLongSaysSoInWords()
    {
        TestDb db;
        QSqlQuery q(QSqlDatabase::database(Database::defaultConnectionName()));
        // The test need not wait 5 s.
        QVERIFY(q.exec(Database::isServer() ? QStringLiteral("SET lock_timeout = 100")
                                            : QStringLiteral("PRAGMA busy_timeout = 100")));
        OtherWriter other(db.path, 1500);
        other.start();
        other.locked.acquire();
        QString error;
        QVERIFY(!writeOneEvent(error));
        QVERIFY2(error.contains(QStringLiteral("The database is busy with another change; try again.")),
                 qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("locked")), qPrintable(error));
        other.wait();
        QCOMPARE(EventRepository().count(), 1); // only the other writer's
    }

    void nestedUnitsJoinTheOuterOne()
    {
        TestDb db;
        {
            Transaction outer(QSqlDatabase::database(Database::defaultConnectionName()));
            QVERIFY(outer.isActive());
            {
                Transaction inner(QSqlDatabase::database(Database::defaultConnectionName()));
                QVERIFY(inner.isActive());
                QVERIFY(EventRepository().insert(sampleEvent(QStringLiteral("Kept"))));
                QVERIFY(inner.commit());
            }
            {
                Transaction inner(QSqlDatabase::database(Database::defaultConnectionName()));
                QVERIFY(EventRepository().insert(sampleEvent(QStringLiteral("Rolled back"))));
            } // no commit: only this one goes
            QVERIFY(outer.commit());
        }
        QCOMPARE(EventRepository().count(), 1);
        {
            Transaction outer(QSqlDatabase::database(Database::defaultConnectionName()));
            QVERIFY(EventRepository().insert(sampleEvent(QStringLiteral("Never committed"))));
        }
        QCOMPARE(EventRepository().count(), 1);
    }

private:
    // A write through Transaction::run, as the stores do.
    static bool writeOneEvent(QString &error)
    {
        return Transaction::run(QSqlDatabase::database(Database::defaultConnectionName()), &error,
                                QStringLiteral("The event could not be saved: %1"), [&] {
            return EventRepository().insert(sampleEvent(QStringLiteral("This desk")), &error) != 0;
        });
    }
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
