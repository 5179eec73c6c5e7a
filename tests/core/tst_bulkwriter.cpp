#include "events/eventrepository.h"
#include "invitees/inviteerepository.h"
#include "stalls/stallrepository.h"
#include "storage/bulkwriter.h"
#include "testdb.h"
#include "storage/transaction.h"

#include <QSqlQuery>

// The bulk writer of each back-end (SQLite's own INSERT; PostgreSQL's COPY, which has its own
// text format and gives no ids back), through the one interface imports and the form use.
class TestBulkWriter : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> m_db;

    static QStringList columns() { return {QStringLiteral("name"), QStringLiteral("mobile"), QStringLiteral("notes"), QStringLiteral("created_at"), QStringLiteral("updated_at")}; }
    static BulkRow row(const QString &name, const QString &mobile, const QString &notes = QString())
    {
        BulkRow r;
        r.addText(name);
        r.addText(mobile);
        r.addText(notes);
        r.addText(QStringLiteral("2026-01-01T00:00:00Z"));
        r.addText(QStringLiteral("2026-01-01T00:00:00Z"));
        return r;
    }
    static QString notesOf(qint64 id)
    {
        QSqlQuery q(QSqlDatabase::database(Database::defaultConnectionName()));
        q.prepare(QStringLiteral("SELECT notes FROM invitees WHERE id = ?"));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("<none>");
    }

private slots:
    void init() { m_db = std::make_unique<TestDb>(); }
    void cleanup() { m_db.reset(); }

    // COPY's text format escapes backslash, tab, line feed and carriage return; everything
    // else (Devanagari, quotes, a literal "\N") arrives as it was.
    void textArrivesAsItWas()
    {
        const QString notes = QStringLiteral("back\\slash\ttab\nline\r\nend \\N \"quoted\" 'single' गोरखपुर, ज़िला");
        QString error;
        {
            Transaction transaction(QSqlDatabase::database(Database::defaultConnectionName()));
            auto writer = BulkWriter::create(Database::defaultConnectionName(), QStringLiteral("invitees"), columns(), &error);
            QVERIFY2(writer, qPrintable(error));
            BulkFailure failure;
            const qint64 first = writer->add(row(QStringLiteral("आलोक"), QStringLiteral("9839012345"), notes), 2, &failure);
            QVERIFY2(first, qPrintable(failure.text));
            BulkRow nulls;
            nulls.addText(QStringLiteral("Empty"));
            nulls.addText(QStringLiteral("9839012346"));
            nulls.addText(QString());
            nulls.addText(QStringLiteral("2026-01-01T00:00:00Z"));
            nulls.addText(QStringLiteral("2026-01-01T00:00:00Z"));
            const qint64 second = writer->add(nulls, 3, &failure);
            QVERIFY2(second && second != first, qPrintable(failure.text));
            QVERIFY2(writer->flush(&failure), qPrintable(failure.text));
            QCOMPARE(writer->pending(), 0);
            writer.reset();
            QVERIFY(transaction.commit());
            QCOMPARE(notesOf(first), notes);
            QCOMPARE(notesOf(second), QString());
        }
    }

    // A refused row fails the flush (or the add, on SQLite), names the row by its tag, and the
    // caller's rollback leaves nothing; the connection is usable afterwards.
    void refusedRowIsNamed()
    {
        QVERIFY(TestDb::refuse(QStringLiteral("refuse_one"), QStringLiteral("BEFORE INSERT ON invitees"),
                               QStringLiteral("NEW.mobile = '9000000003'")));
        QString error;
        {
            Transaction transaction(QSqlDatabase::database(Database::defaultConnectionName()));
            auto writer = BulkWriter::create(Database::defaultConnectionName(), QStringLiteral("invitees"), columns(), &error);
            QVERIFY2(writer, qPrintable(error));
            BulkFailure failure;
            bool failed = false;
            for (int i = 1; i <= 5 && !failed; ++i)
                failed = !writer->add(row(QStringLiteral("P%1").arg(i), QStringLiteral("900000000%1").arg(i)), 100 + i, &failure);
            if (!failed)
                failed = !writer->flush(&failure);
            QVERIFY(failed);
            QCOMPARE(failure.tag, 103);
            QVERIFY2(failure.text.contains(QLatin1String("refused by the test")), qPrintable(failure.text));
            // Nothing more is taken once a row failed.
            QVERIFY(!writer->add(row(QStringLiteral("Later"), QStringLiteral("9000000009")), 200, &failure));
        }
        QCOMPARE(InviteeRepository().count(), 0);
        Invitee later;
        later.name = QStringLiteral("Later");
        later.mobile = QStringLiteral("9000000009");
        QVERIFY2(InviteeRepository().insert(later, &error), qPrintable(error));
    }

    // A writer given up with rows sent but not settled (an import stopped half-way) leaves the
    // connection free for the rollback and what follows.
    void abandonedWriterFreesTheConnection()
    {
        QString error;
        {
            Transaction transaction(QSqlDatabase::database(Database::defaultConnectionName()));
            auto writer = BulkWriter::create(Database::defaultConnectionName(), QStringLiteral("invitees"), columns(), &error);
            QVERIFY2(writer, qPrintable(error));
            BulkFailure failure;
            for (int i = 0; i < 2500; ++i)
                QVERIFY2(writer->add(row(QStringLiteral("P%1").arg(i), QStringLiteral("97%1").arg(10000000 + i)), i, &failure),
                         qPrintable(failure.text));
        } // neither flushed nor committed
        QCOMPARE(InviteeRepository().count(), 0);
        Invitee one;
        one.name = QStringLiteral("One");
        one.mobile = QStringLiteral("9710000000");
        const qint64 id = InviteeRepository().insert(one, &error);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(InviteeRepository().find(id)->name, one.name);
    }

    // An undo puts an invitee back with its old id (given, not taken from the sequence).
    void givenIdIsKept()
    {
        Invitee a;
        a.name = QStringLiteral("A");
        a.mobile = QStringLiteral("9415000001");
        QString error;
        const qint64 id = InviteeRepository().insert(a, &error);
        QVERIFY2(id, qPrintable(error));
        QVERIFY(InviteeRepository().remove({id}, nullptr, &error));
        a.id = id;
        QCOMPARE(InviteeRepository().insert(a, &error, true), id);
        QCOMPARE(InviteeRepository().find(id)->mobile, a.mobile);
    }

    // A copy's rows carry their ids (Ids::InRows) and come as a query gives them (addValue):
    // numbers, NULL, doubles that must arrive to the last bit, an empty text that must stay text.
    void rowsWithTheirIds()
    {
        Event e;
        e.nameEn = QStringLiteral("Fair");
        e.startDate = e.endDate = QDate(2026, 2, 1);
        QString error;
        const qint64 eventId = EventRepository().insert(e, &error);
        QVERIFY2(eventId, qPrintable(error));
        const QStringList columns{QStringLiteral("id"), QStringLiteral("event_id"), QStringLiteral("code"),
                                  QStringLiteral("x_m"), QStringLiteral("width_m"), QStringLiteral("depth_m"),
                                  QStringLiteral("sector_id"), QStringLiteral("notes")};
        {
            Transaction transaction(QSqlDatabase::database(Database::defaultConnectionName()));
            auto writer = BulkWriter::create(Database::defaultConnectionName(), QStringLiteral("stalls"), columns,
                                             &error, BulkWriter::Ids::InRows);
            QVERIFY2(writer, qPrintable(error));
            BulkRow r;
            for (const QVariant &v : {QVariant(qint64(42)), QVariant(eventId), QVariant(QStringLiteral("A1")),
                                      QVariant(0.1), QVariant(1.0 / 3), QVariant(2.5), QVariant(), QVariant(QString())})
                r.addValue(v);
            BulkFailure failure;
            QVERIFY2(writer->write(r, 1, &failure), qPrintable(failure.text));
            QVERIFY2(writer->flush(&failure), qPrintable(failure.text));
            writer.reset();
            QVERIFY(transaction.commit());
        }
        const std::optional<Stall> s = StallRepository().find(42);
        QVERIFY(s);
        QCOMPARE(s->eventId, eventId);
        QCOMPARE(s->code, QStringLiteral("A1"));
        QVERIFY(s->x == 0.1 && s->width == 1.0 / 3 && s->depth == 2.5); // bit for bit (QCOMPARE allows a little)
        QCOMPARE(s->sectorId, qint64(0));
        QVERIFY(s->notes.isEmpty()); // written as text: the column takes no NULL
    }

    // The statistics refreshed after a load, inside someone's transaction or not: the
    // transaction goes on (a server's VACUUM, refused inside one, would have aborted it), and
    // outside one a server marks the pages all-visible.
    void statisticsRefreshKeepsTheTransaction()
    {
        QSqlDatabase db = QSqlDatabase::database(Database::defaultConnectionName());
        Invitee a;
        a.name = QStringLiteral("A");
        a.mobile = QStringLiteral("9415000001");
        Invitee b = a;
        b.name = QStringLiteral("B");
        b.mobile = QStringLiteral("9415000002");
        {
            Transaction transaction(db);
            QVERIFY(InviteeRepository().insert(a));
            BulkWriter::refreshStatistics(Database::defaultConnectionName(), {QStringLiteral("invitees (search_text)")});
            QVERIFY(InviteeRepository().insert(b));
            QVERIFY(transaction.commit());
        }
        QCOMPARE(InviteeRepository().count(), 2);
        BulkWriter::refreshStatistics(Database::defaultConnectionName(), {QStringLiteral("invitees (search_text)")});
        if (TestDb::onServer()) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT relallvisible, relpages FROM pg_class WHERE oid = to_regclass('invitees')")) && q.next());
            QCOMPARE(q.value(0).toInt(), q.value(1).toInt());
        }
    }
};

QTEST_GUILESS_MAIN(TestBulkWriter)
#include "tst_bulkwriter.moc"
