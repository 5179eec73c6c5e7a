#include "events/eventrepository.h"
#include "import/csvwriter.h"
#include "import/inviteeexport.h"
#include "import/inviteeimport.h"
#include "import/tablereader.h"
#include "invitees/invitationrepository.h"
#include "invitees/inviteelistquery.h"
#include "invitees/inviteerepository.h"
#include "events/demodata.h"
#include "sectors/sectorrepository.h"
#include "testdb.h"
#include "invitees/phonetickey.h"
#include "text/textfold.h"

#include <QSqlQuery>

namespace {
const QString Shared = QStringLiteral(SAMMELAN_TEST_DATA "/shared/");

Table csv(const QByteArray &text)
{
    QString error;
    const auto table = TableReader::parseText(text, &error);
    if (!table)
        qFatal("bad test table: %s", qPrintable(error));
    return *table;
}

qint64 makeEvent(const QString &name)
{
    Event e;
    e.nameEn = name;
    e.startDate = e.endDate = QDate(2021, 9, 24);
    return EventRepository().insert(e);
}

std::optional<InviteeImport::Plan> analyse(const Table &t, InviteeImport::Options options = {})
{
    QString error;
    return InviteeImport::analyse(t, InviteeImport::mapColumns(t.headers), options, &error);
}

InviteeImport::Plan importTable(const Table &t, InviteeImport::Options options = {})
{
    const auto plan = analyse(t, options);
    if (!plan)
        qFatal("analyse failed");
    QString error;
    if (!InviteeImport::apply(*plan, options, &error))
        qFatal("apply failed: %s", qPrintable(error));
    return *plan;
}

// Keeps a streamed import's rejected rows in memory; refuses at finish() when told to.
class KeptRejects final : public ImportReport::RejectSink
{
public:
    QStringList headers;
    QList<ImportReport::RejectedRow> rows;
    bool refuse = false;
    bool start(const QStringList &h) override
    {
        headers = h;
        return true;
    }
    bool add(const ImportReport::RejectedRow &row) override
    {
        rows << row;
        return true;
    }
    bool finish() override
    {
        if (refuse)
            m_error = QStringLiteral("refused");
        return !refuse;
    }
};

// SQLite's page cache of the connection (a large load lowers it for its length); 0 on a server.
qint64 cacheSize()
{
    if (TestDb::onServer())
        return 0;
    QSqlQuery q(QSqlDatabase::database(Database::defaultConnectionName()));
    return q.exec(QStringLiteral("PRAGMA cache_size")) && q.next() ? q.value(0).toLongLong() : -1;
}

Invitee byMobile(const QString &mobile)
{
    InviteeFilter f;
    f.search = mobile;
    const auto rows = InviteeListQuery().list(f);
    return rows.isEmpty() ? Invitee{} : *InviteeRepository().find(rows.first().id);
}
} // namespace

// The invitees' own indexes: five, and on a server the trigram index of the search
// (PostgresBackend::installSearchIndex).
int inviteeIndexes()
{
    return TestDb::onServer() ? 6 : 5;
}

class TestInviteeImport : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> m_db;

private slots:
    void init() { m_db = std::make_unique<TestDb>(); }
    void cleanup() { m_db.reset(); }

    void sharedSamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("csv") << "invitees-sample.csv";
        QTest::newRow("xlsx") << "invitees-sample.xlsx";
        QTest::newRow("unicode text") << "invitees-sample-unicode.txt";
    }
    void sharedSamples()
    {
        QFETCH(QString, file);
        const qint64 event = makeEvent(QStringLiteral("Gorakhpur Export Conclave"));
        QString error;
        const auto table = TableReader::read(Shared + file, &error);
        QVERIFY2(table, qPrintable(error));
        InviteeImport::Options options;
        options.eventId = event;
        const auto plan = importTable(*table, options);
        QCOMPARE(InviteeImport::summaryLine(plan), QStringLiteral("imported 5, updated 0, skipped 0, rejected 1"));
        // The rejected one is Amit Gupta, for his GSTIN's check character.
        for (const auto &r : plan.rows)
            if (r.action == InviteeImport::Action::Reject) {
                QCOMPARE(table->rows.at(r.source).at(0), QStringLiteral("Amit Gupta"));
                QVERIFY(r.reason.contains(QLatin1String("GSTIN")));
            }
        QCOMPARE(InviteeRepository().count(), 5);
        QCOMPARE(byMobile(QStringLiteral("9839012345")).name, QStringLiteral("आलोक त्रिपाठी"));
        QCOMPARE(byMobile(QStringLiteral("9415012345")).name, QStringLiteral("Farhan Siddiqui"));
        const Invitee sunita = byMobile(QStringLiteral("8090123456"));
        QCOMPARE(sunita.udyam, QStringLiteral("UDYAM-UP-29-0007890"));
        QCOMPARE(InvitationRepository().status(event, sunita.id), InvitationStatus::Invited);
        QCOMPARE(InvitationRepository().status(event, byMobile(QStringLiteral("9415012345")).id), InvitationStatus::Nominated);
        QCOMPARE(InvitationRepository().status(event, byMobile(QStringLiteral("9839012345")).id), InvitationStatus::Confirmed);
        QVERIFY(SectorRepository().findByName(QStringLiteral("Medical equipment")));
        const Invitee alok = byMobile(QStringLiteral("9839012345"));
        QVERIFY(alok.address.contains(QStringLiteral("गोरखनाथ")));

        // A second time: nothing added, every imported row is a duplicate.
        const auto again = importTable(*table, options);
        QCOMPARE(InviteeImport::summaryLine(again), QStringLiteral("imported 0, updated 0, skipped 5, rejected 1"));
        QCOMPARE(InviteeRepository().count(), 5);
        QVERIFY(Database::check().isEmpty());
    }

    void noNameColumnIsRefused()
    {
        QString error;
        const Table t = csv("mobile,email\n9876543210,a@example.in\n");
        QVERIFY(!InviteeImport::analyse(t, InviteeImport::mapColumns(t.headers), {}, &error));
        QVERIFY2(error.contains(QLatin1String("name")), qPrintable(error));
    }

    void hindiHeadersAndUnknownColumns()
    {
        const Table t = csv(QStringLiteral("क्र.सं.,नाम,पद,उद्यम,मोबाइल नंबर,ईमेल,पिन कोड,स्थिति,टिप्पणी\n"
                                           "1,मीरा श्रीवास्तव,अध्यक्ष,वस्त्र संघ,7007001234,,273001,पुष्टि हुई,\n").toUtf8());
        const ColumnMapping mapping = InviteeImport::mapColumns(t.headers);
        QCOMPARE(mapping.column(InviteeImport::Name), 1);
        QCOMPARE(mapping.column(InviteeImport::Mobile), 4);
        QCOMPARE(mapping.column(InviteeImport::Status), 7);
        QCOMPARE(mapping.unknownColumns, QList<int>{0});
        const qint64 event = makeEvent(QStringLiteral("E"));
        InviteeImport::Options options;
        options.eventId = event;
        const auto plan = importTable(t, options);
        QCOMPARE(plan.imported, 1);
        const Invitee meera = byMobile(QStringLiteral("7007001234"));
        QCOMPARE(meera.designation, QStringLiteral("अध्यक्ष"));
        QCOMPARE(InvitationRepository().status(event, meera.id), InvitationStatus::Confirmed);
    }

    void rejectsCarryTheirReason_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no name") << QByteArray(",9876543210,,") << "name";
        QTest::newRow("no mobile") << QByteArray("A,,,") << "mobile";
        QTest::newRow("short mobile") << QByteArray("A,98765,,") << "10 digits";
        QTest::newRow("bad email") << QByteArray("A,9876543210,a@,") << "email";
        QTest::newRow("bad status") << QByteArray("A,9876543210,,maybe") << "status";
    }
    void rejectsCarryTheirReason()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, reason);
        const qint64 event = makeEvent(QStringLiteral("E"));
        InviteeImport::Options options;
        options.eventId = event;
        const auto plan = analyse(csv("name,mobile,email,status\n" + row + "\n"), options);
        QVERIFY(plan);
        QCOMPARE(plan->rejected, 1);
        QVERIFY2(plan->rows.first().reason.contains(reason), qPrintable(plan->rows.first().reason));
        QCOMPARE(plan->rows.first().rowNumber, 2);
    }

    void duplicatesWithinTheFile()
    {
        const Table t = csv("name,mobile,email,gstin,udyam\n"
                            "A,9876543210,a@example.in,,\n"
                            "B,9876543211,A@EXAMPLE.IN,,\n"          // same email, other case
                            "C,+91 98765 43210,,,\n"                 // same mobile once normalised
                            "D,9876543212,,27AAPFU0939F1ZV,\n"
                            "E,9876543213,,27aapfu0939f1zv,\n"       // same GSTIN
                            "F,9876543214,,,UDYAM-UP-29-0001234\n"
                            "G,9876543215,,,udyam-up-29-0001234\n");  // same Udyam
        const auto plan = analyse(t);
        QVERIFY(plan);
        QCOMPARE(InviteeImport::summaryLine(*plan), QStringLiteral("imported 3, updated 0, skipped 4, rejected 0"));
        QVERIFY(plan->rows.at(1).reason.contains(QLatin1String("row 2")));
    }

    void updateOnDuplicate()
    {
        importTable(csv("name,mobile,enterprise,pin\nSunita Yadav,8090123456,Purvanchal Textiles,273015\n"));
        const Invitee before = byMobile(QStringLiteral("8090123456"));
        InviteeImport::Options options;
        options.onDuplicate = InviteeImport::OnDuplicate::Update;
        // Empty cells keep what the record had; given cells replace it.
        const auto plan = importTable(csv("name,mobile,enterprise,pin,email\n"
                                          "Sunita Yadav,080901 23456,,273016,sunita@example.in\n"),
                                      options);
        QCOMPARE(InviteeImport::summaryLine(plan), QStringLiteral("imported 0, updated 1, skipped 0, rejected 0"));
        const Invitee after = byMobile(QStringLiteral("8090123456"));
        QCOMPARE(after.id, before.id);
        QCOMPARE(after.enterprise, QStringLiteral("Purvanchal Textiles"));
        QCOMPARE(after.pin, QStringLiteral("273016"));
        QCOMPARE(after.email, QStringLiteral("sunita@example.in"));
    }

    void updateThatWouldStealAKeyIsRejected()
    {
        importTable(csv("name,mobile,email\nA,9876543210,a@example.in\nB,9876543211,b@example.in\n"));
        InviteeImport::Options options;
        options.onDuplicate = InviteeImport::OnDuplicate::Update;
        // Matches A by mobile but would take B's email.
        auto plan = analyse(csv("name,mobile,email\nA,9876543210,b@example.in\n"), options);
        QCOMPARE(plan->rejected, 1);
        QVERIFY2(plan->rows.first().reason.contains(QLatin1String("B")), qPrintable(plan->rows.first().reason));
        // Matches A by mobile and B by email: ambiguous.
        plan = analyse(csv("name,mobile,email\nX,9876543210,B@example.in\n"), options);
        QCOMPARE(plan->rejected, 1);
    }

    void cancelLeavesTheDatabaseAsItWas()
    {
        importTable(csv("name,mobile\nExisting,9000000001\n"));
        QByteArray text("name,mobile\n");
        for (int i = 0; i < 2000; ++i)
            text += "P" + QByteArray::number(i) + ",98" + QByteArray::number(10000000 + i) + "\n";
        const Table t = csv(text);
        const auto plan = analyse(t);
        QCOMPARE(plan->imported, 2000);
        int calls = 0;
        QString error;
        const auto applied = InviteeImport::apply(*plan, {}, &error, [&calls](int done, int) {
            ++calls;
            return done < 1000; // the user presses Cancel half-way
        });
        QVERIFY(!applied);
        QVERIFY(error.contains(QLatin1String("cancelled")));
        QVERIFY(calls > 1);
        QCOMPARE(InviteeRepository().count(), 1);
        QVERIFY(Database::check().isEmpty());
    }

    void revertUndoesExactly()
    {
        const qint64 event = makeEvent(QStringLiteral("E"));
        importTable(csv("name,mobile,pin\nA,9876543210,273015\n"));
        InviteeImport::Options options;
        options.eventId = event;
        options.onDuplicate = InviteeImport::OnDuplicate::Update;
        const Table t = csv("name,mobile,pin,status\nA,9876543210,273016,confirmed\nB,9876543211,,invited\n");
        const auto plan = analyse(t, options);
        QString error;
        const auto applied = InviteeImport::apply(*plan, options, &error);
        QVERIFY(applied);
        QCOMPARE(InviteeRepository().count(), 2);
        QVERIFY(InviteeImport::revert(*applied, &error));
        QCOMPARE(InviteeRepository().count(), 1);
        const Invitee a = byMobile(QStringLiteral("9876543210"));
        QCOMPARE(a.pin, QStringLiteral("273015"));
        QVERIFY(!InvitationRepository().invitationState(event, a.id).exists);
        QVERIFY(Database::check().isEmpty());
    }

    void rejectsFileKeepsRowsAndReason()
    {
        QTemporaryDir dir;
        const Table t = csv("name,mobile,remarks\n\"Gupta, Amit\",98765,\"=HYPERLINK(1)\"\nOK,9876543210,fine\n");
        const auto plan = analyse(t);
        const QString path = dir.filePath(QStringLiteral("rejects.csv"));
        QString error;
        QVERIFY(InviteeImport::writeRejects(path, t, *plan, &error));
        const auto back = TableReader::read(path, &error);
        QVERIFY(back);
        QCOMPARE(back->headers, (QStringList{QStringLiteral("name"), QStringLiteral("mobile"), QStringLiteral("remarks"), QStringLiteral("reason")}));
        QCOMPARE(back->rows.size(), 1);
        QCOMPARE(back->rows.first().at(0), QStringLiteral("Gupta, Amit"));
        QCOMPARE(back->rows.first().at(2), QStringLiteral("'=HYPERLINK(1)")); // neutralised
        QVERIFY(back->rows.first().at(3).contains(QLatin1String("mobile")));
    }

    void streamedImportOfTheSamples()
    {
        const qint64 event = makeEvent(QStringLiteral("Gorakhpur Export Conclave"));
        QString error;
        const auto source = TableReader::open(Shared + QStringLiteral("invitees-sample.csv"), &error);
        QVERIFY(source);
        InviteeImport::Options options;
        options.eventId = event;
        KeptRejects sink;
        const auto result = InviteeImport::importSource(*source, options, &error, &sink);
        QVERIFY2(result, qPrintable(error));
        QVERIFY(sink.headers.contains(QStringLiteral("gstin")));
        const QList<ImportReport::RejectedRow> &kept = sink.rows;
        QCOMPARE(InviteeImport::summaryLine(result->plan), QStringLiteral("imported 5, updated 0, skipped 0, rejected 1"));
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().cells.first(), QStringLiteral("Amit Gupta"));
        QCOMPARE(kept.first().rowNumber, 7);
        QCOMPARE(InvitationRepository().status(event, byMobile(QStringLiteral("9839012345")).id), InvitationStatus::Confirmed);
        // Refusing to keep the rejects rolls the whole import back.
        TestDb other(QStringLiteral("other.db"));
        const auto again = TableReader::open(Shared + QStringLiteral("invitees-sample.csv"), &error);
        KeptRejects refusing;
        refusing.refuse = true;
        QVERIFY(!InviteeImport::importSource(*again, {}, &error, &refusing));
        QCOMPARE(InviteeRepository().count(), 0);
    }

    void largeImportsRebuildTheIndexes()
    {
        // Rows as long as a register's (the file's size tells a long list: TableSource::estimatedRows).
        QByteArray text("name,mobile,email,enterprise\n");
        for (int i = 0; i < 3000; ++i)
            text += "P" + QByteArray::number(i) + ",97" + QByteArray::number(10000000 + i) + ",p" + QByteArray::number(i)
                    + "@example.in,Gorakhpur Terracotta and Handloom Industries Unit " + QByteArray::number(i) + "\n";
        QString error;
        auto source = TableReader::openText(text, &error);
        QVERIFY(source);
        QVERIFY(source->estimatedRows() >= 1000);
        const qint64 cache = cacheSize();
        const auto result = InviteeImport::importSource(*source, {}, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->plan.imported, 3000);
        QCOMPARE(cacheSize(), cache); // the smaller cache of the load is gone
        QSqlQuery q(QSqlDatabase::database(Database::defaultConnectionName()));
        // An SQLite file took the load through a rollback journal, written once: nothing of it
        // went through the -wal (3,000 rows would be some 700 KiB there), and the file is in WAL
        // again (Database::LoadJournal).
        if (!TestDb::onServer()) {
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            q.finish();
            const qint64 wal = QFileInfo(Database::filePath() + QStringLiteral("-wal")).size();
            QVERIFY2(wal < 64 * 1024, qPrintable(QString::number(wal)));
        }
        QCOMPARE(Database::indexes(QStringLiteral("invitees"), nullptr)->size(), inviteeIndexes()); // all back after the load
        // And they still refuse duplicates.
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO invitees (name, mobile, created_at, updated_at) VALUES ('X', '9710000000', 'now', 'now')")));
        // The category's foreign key too (a server drops it for the load and adds it back).
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO invitees (name, mobile, sector_id, created_at, updated_at)"
                                       " VALUES ('Y', '9719999999', 999999, 'now', 'now')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO invitees (name, mobile, created_at, updated_at)"
                                      " VALUES ('Y', '9719999999', 'now', 'now')")));
        QVERIFY(Database::check().isEmpty());
        // A server plans the next searches by the new rows' statistics (ANALYZE after the load:
        // pg_stats has no row of a table never analysed), the name index came back in the form
        // the list walks without reading rows, and VACUUM marked every page all-visible, which
        // such a walk needs (PostgresBackend::installSearchIndex).
        if (TestDb::onServer()) {
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pg_stats WHERE tablename = 'invitees' AND attname = 'search_text'")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(q.exec(QStringLiteral("SELECT indexdef FROM pg_indexes WHERE indexname = 'invitees_name'")) && q.next());
            QVERIFY2(q.value(0).toString().contains(QLatin1String("INCLUDE (name, search_text)")), qPrintable(q.value(0).toString()));
            QVERIFY(q.exec(QStringLiteral("SELECT relallvisible, relpages FROM pg_class WHERE oid = to_regclass('invitees')")) && q.next());
            QVERIFY(q.value(1).toInt() > 0);
            QCOMPARE(q.value(0).toInt(), q.value(1).toInt());
        }
    }

    // The wizard's way (a plan, then apply()) loads a long plan the same way, and a second
    // such import finds the rows of the first (updates them) through the indexes rebuilt.
    void largePlansAreWrittenOnce()
    {
        auto list = [](const char *prefix) {
            QByteArray text("name,mobile\n");
            for (int i = 0; i < 1200; ++i)
                text += prefix + QByteArray::number(i) + ",95" + QByteArray::number(10000000 + i) + "\n";
            return text;
        };
        QCOMPARE(importTable(csv(list("P"))).imported, 1200);
        if (!TestDb::onServer()) {
            const qint64 wal = QFileInfo(Database::filePath() + QStringLiteral("-wal")).size();
            QVERIFY2(wal < 64 * 1024, qPrintable(QString::number(wal)));
        }
        InviteeImport::Options update;
        update.onDuplicate = InviteeImport::OnDuplicate::Update;
        const auto again = importTable(csv(list("Q")), update); // the same people, renamed
        QCOMPARE(again.updated, 1200);
        QCOMPARE(InviteeRepository().count(), 1200);
        QCOMPARE(InviteeRepository().find(1)->name, QStringLiteral("Q0"));
        QVERIFY(Database::check().isEmpty());
    }

    void brokenFileAfterManyRowsChangesNothing()
    {
        importTable(csv("name,mobile\nExisting,9000000001\n"));
        QByteArray text("name,mobile\n");
        // Long enough to be loaded through a rollback journal (Database::LoadJournal), which the
        // failure rolls back too.
        for (int i = 0; i < 2500; ++i)
            text += "Person number " + QByteArray::number(i) + " of Gorakhpur,96" + QByteArray::number(10000000 + i) + "\n";
        text += "\"Never closed,9000000002\n";
        QString error;
        auto source = TableReader::openText(text, &error);
        QVERIFY(source);
        QVERIFY(source->estimatedRows() >= 1000);
        const qint64 cache = cacheSize();
        QVERIFY(!InviteeImport::importSource(*source, {}, &error));
        QVERIFY2(error.contains(QLatin1String("never closed")), qPrintable(error));
        QCOMPARE(cacheSize(), cache);
        QCOMPARE(InviteeRepository().count(), 1);
        QCOMPARE(Database::indexes(QStringLiteral("invitees"), nullptr)->size(), inviteeIndexes());
        if (!TestDb::onServer()) {
            QSqlQuery q(QSqlDatabase::database(Database::defaultConnectionName()));
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(!QFileInfo::exists(Database::filePath() + QStringLiteral("-journal")));
            q.finish();
            QVERIFY(Database::check().isEmpty());
            importTable(csv("name,mobile\nAfter,9000000003\n")); // and it takes the next import
            QCOMPARE(InviteeRepository().count(), 2);
        }
    }

    // Issue 13: a quote left open swallowed the rows after it and the reason blamed the PIN.
    void unbalancedQuoteNamesWhereItOpened()
    {
        const QByteArray text("name,mobile,address,pin\nAsha,9876543210,Gorakhpur,273001\n"
                              "Ram,9876543211,\"Shop 5, Gorakhpur,273002\nShyam,9876543212,Basti,272001\n"
                              "Mohan,9876543213,Deoria,274001\nGeeta,9876543214,Size 12\",274403\n"
                              "Last,9876543215,Maharajganj,273303\n");
        const auto plan = analyse(csv(text));
        QVERIFY(plan);
        QCOMPARE(InviteeImport::summaryLine(*plan), QStringLiteral("imported 2, updated 0, skipped 0, rejected 1"));
        const auto &ram = plan->rows.at(1);
        QCOMPARE(ram.action, InviteeImport::Action::Reject);
        QCOMPARE(ram.rowNumber, 3);
        QVERIFY2(ram.reason.startsWith(QLatin1String("Line 3: a quoted cell opens here and closes only on line 6")),
                 qPrintable(ram.reason));
        QVERIFY(!ram.reason.contains(QLatin1String("PIN")));
        QCOMPARE(plan->rows.at(2).action, InviteeImport::Action::Import); // "Last", line 7

        // The same through the streamed import: the row reaches the rejects with its reason.
        QString error;
        auto source = TableReader::openText(text, &error);
        QVERIFY(source);
        KeptRejects sink;
        const auto result = InviteeImport::importSource(*source, {}, &error, &sink);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(sink.rows.size(), 1);
        QCOMPARE(sink.rows.first().rowNumber, 3);
        QVERIFY(sink.rows.first().reason.startsWith(QLatin1String("Line 3: a quoted cell opens here")));
        QVERIFY(sink.rows.first().cells.join(QLatin1Char('|')).contains(QLatin1String("Mohan,9876543213,Deoria")));
        QCOMPARE(InviteeRepository().count(), 2);
    }

    void multiLineCellInARejectedRowIsNamed()
    {
        // A real multi-line address, rejected for its PIN: the reason says where the quoted
        // cell runs, in case a quote is what went wrong.
        const auto plan = analyse(csv("name,mobile,address,pin\nRam,9876543211,\"Shop 5,\nGorakhpur\",2730\n"));
        QVERIFY(plan);
        QCOMPARE(plan->rejected, 1);
        QVERIFY2(plan->rows.first().reason.contains(QLatin1String("PIN code"))
                     && plan->rows.first().reason.endsWith(QLatin1String("; a quoted cell runs from line 2 to line 3")),
                 qPrintable(plan->rows.first().reason));
    }

    void textAfterAClosingQuoteRejectsTheRow()
    {
        const auto plan = analyse(csv("name,mobile\n\"Quoted\"junk,9876543210\nB,9876543211\n"));
        QVERIFY(plan);
        QCOMPARE(InviteeImport::summaryLine(*plan), QStringLiteral("imported 1, updated 0, skipped 0, rejected 1"));
        QVERIFY2(plan->rows.first().reason.contains(QLatin1String("has text after its closing quote")),
                 qPrintable(plan->rows.first().reason));
        QCOMPARE(InviteeRepository().count(), 0); // analyse writes nothing
    }

    void columnNamedTwiceIsRefused()
    {
        QString error;
        const Table t = csv("name,Mobile No.,mobile no,email\nRam,9876543210,9876543211,\n");
        QVERIFY(!InviteeImport::analyse(t, InviteeImport::mapColumns(t.headers), {}, &error));
        QCOMPARE(error, QStringLiteral("The column “Mobile No.” appears more than once (columns 2 and 3): which one is "
                                       "meant cannot be told. Rename or remove the extra ones."));
        // An unknown heading may repeat: both are ignored anyway.
        const Table ok = csv("name,mobile,remark1,remark1\nRam,9876543210,a,b\n");
        QVERIFY(InviteeImport::analyse(ok, InviteeImport::mapColumns(ok.headers), {}, &error));
        // Chosen by hand (the import window), one of the two is fine.
        ColumnMapping chosen = InviteeImport::mapColumns(t.headers);
        chosen.duplicateColumns.clear();
        chosen.columnOfField[InviteeImport::Mobile] = 2;
        const auto plan = InviteeImport::analyse(t, chosen, {}, &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(plan->imported, 1);
        QCOMPARE(plan->rows.first().invitee.mobile, QStringLiteral("9876543211"));
    }

    void controlCharactersInImportedTextAreRejected_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("reason");
        QTest::newRow("tab in a name (semicolon file)") << QByteArray("Ram\tKumar;9876543210;;") << "name: This must be one line";
        QTest::newRow("line break in a name") << QByteArray("\"Ram\nKumar\";9876543210;;") << "name: This must be one line";
        QTest::newRow("escape in a designation") << QByteArray("Ram;9876543210;Chair\x1b[0m;") << "designation: This must be one line";
        QTest::newRow("bell in notes") << QByteArray("Ram;9876543210;;ok\x07") << "notes: This holds a control character";
    }
    void controlCharactersInImportedTextAreRejected()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, reason);
        const auto plan = analyse(csv("name;mobile;designation;notes\n" + row + "\n"));
        QVERIFY(plan);
        QCOMPARE(plan->rejected, 1);
        QVERIFY2(plan->rows.first().reason.startsWith(reason), qPrintable(plan->rows.first().reason));
    }

    // A leading apostrophe a person typed survives export and import, in CSV and in XLSX; only
    // the one the export put in front of formula-like text is taken away again.
    void apostrophesRoundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("csv") << "quotes.csv";
        QTest::newRow("xlsx") << "quotes.xlsx";
    }
    void apostrophesRoundTrip()
    {
        QFETCH(QString, file);
        Invitee v;
        v.name = QStringLiteral("'Raju' Srivastava");
        v.mobile = QStringLiteral("9876543210");
        v.designation = QStringLiteral("'=Director");
        v.enterprise = QStringLiteral("''+Enterprises");
        v.address = QStringLiteral("'-\nGorakhpur");
        v.notes = QStringLiteral("=SUM(A1)");
        Invitee w;
        w.name = QStringLiteral("'@home");
        w.mobile = QStringLiteral("9876543211");
        w.designation = QStringLiteral("'");
        w.enterprise = QStringLiteral("-12.5");
        w.notes = QStringLiteral("'-12.5");
        QString error;
        QVERIFY(InviteeRepository().insert(v, &error));
        QVERIFY(InviteeRepository().insert(w, &error));
        QTemporaryDir dir;
        const QString path = dir.filePath(file);
        QCOMPARE(InviteeExport::write(path, {}, {}, &error), 2);
        const InviteeExport::Sheet before = InviteeExport::build({});

        TestDb fresh(QStringLiteral("fresh.db"));
        const auto table = TableReader::read(path, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(InviteeImport::summaryLine(importTable(*table)), QStringLiteral("imported 2, updated 0, skipped 0, rejected 0"));
        QCOMPARE(InviteeExport::build({}).rows, before.rows);
        const Invitee v2 = byMobile(QStringLiteral("9876543210"));
        QCOMPARE(v2.name, v.name);
        QCOMPARE(v2.designation, v.designation);
        QCOMPARE(v2.enterprise, v.enterprise);
        QCOMPARE(v2.address, v.address);
        QCOMPARE(v2.notes, v.notes);
        const Invitee w2 = byMobile(QStringLiteral("9876543211"));
        QCOMPARE(w2.name, w.name);
        QCOMPARE(w2.designation, w.designation);
        QCOMPARE(w2.enterprise, w.enterprise);
        QCOMPARE(w2.notes, w.notes);
    }

    void exportThenImportGivesTheSameRecords_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("csv") << "out.csv";
        QTest::newRow("xlsx") << "out.xlsx";
    }
    void exportThenImportGivesTheSameRecords()
    {
        QFETCH(QString, file);
        QCOMPARE(DemoData::load(), DemoData::Result::Loaded);
        // Give one record awkward content: a formula-like note, quotes, a line break.
        Invitee odd = *InviteeRepository().find(InviteeListQuery().ids(InviteeFilter{}).constFirst());
        odd.notes = QStringLiteral("=SUM(A1) \"quoted\"\nsecond line");
        odd.altPhone = QStringLiteral("05512345678");
        QVERIFY(InviteeRepository().update(odd));
        const qint64 event = EventRepository().all().constFirst().id;
        InviteeFilter filter;
        filter.eventId = event;
        QTemporaryDir dir;
        const QString path = dir.filePath(file);
        QString error;
        QCOMPARE(InviteeExport::write(path, filter, {}, &error), 200);
        const InviteeExport::Sheet original = InviteeExport::build(filter);
        QCOMPARE(original.headers.first(), QStringLiteral("name"));
        QVERIFY(original.headers.contains(QStringLiteral("status")));

        // Into an empty database, with an event of the same name for the statuses.
        TestDb fresh(QStringLiteral("fresh.db"));
        const qint64 freshEvent = makeEvent(QStringLiteral("Gorakhpur Export Conclave"));
        makeEvent(QStringLiteral("State Export Conclave, Lucknow"));
        const auto table = TableReader::read(path, &error);
        QVERIFY2(table, qPrintable(error));
        InviteeImport::Options options;
        options.eventId = freshEvent;
        const auto plan = importTable(*table, options);
        QCOMPARE(InviteeImport::summaryLine(plan), QStringLiteral("imported 200, updated 0, skipped 0, rejected 0"));
        InviteeFilter freshFilter;
        freshFilter.eventId = freshEvent;
        const InviteeExport::Sheet again = InviteeExport::build(freshFilter);
        QCOMPARE(again.headers, original.headers);
        QCOMPARE(again.rows.size(), original.rows.size());
        for (int i = 0; i < original.rows.size(); ++i)
            QCOMPARE(again.rows.at(i), original.rows.at(i));
    }
    // Issue 15: a row the database refuses fails the whole import, which names that row and
    // writes nothing. On a server the refusal comes from COPY when the row's batch is sent
    // (after the rows of earlier batches went), on SQLite at the row itself.
    void refusedRowImportsNothingAndNamesIt_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("refused"); // the refused row's index
        QTest::newRow("small file") << 5 << 3;
        QTest::newRow("second batch of a large file") << 7000 << 6500;
    }
    void refusedRowImportsNothingAndNamesIt()
    {
        QFETCH(int, rows);
        QFETCH(int, refused);
        importTable(csv("name,mobile\nExisting,9000000001\n"));
        QByteArray text("name,mobile\n");
        for (int i = 0; i < rows; ++i)
            text += "P" + QByteArray::number(i) + ",95" + QByteArray::number(10000000 + i) + "\n";
        QVERIFY(TestDb::refuse(QStringLiteral("refuse_one"), QStringLiteral("BEFORE INSERT ON invitees"),
                               QStringLiteral("NEW.mobile = '95%1'").arg(10000000 + refused)));
        const QString row = QStringLiteral("Row %1 could not be saved").arg(refused + 2);

        // As the command line imports.
        QString error;
        auto source = TableReader::openText(text, &error);
        QVERIFY(source);
        QVERIFY(!InviteeImport::importSource(*source, {}, &error));
        QVERIFY2(error.contains(row), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("refused by the test")), qPrintable(error));
        QCOMPARE(InviteeRepository().count(), 1);
        QCOMPARE(Database::indexes(QStringLiteral("invitees"), nullptr)->size(), inviteeIndexes());

        // As the wizard imports.
        const Table table = csv(text);
        const auto plan = analyse(table);
        QVERIFY(plan);
        error.clear();
        QVERIFY(!InviteeImport::apply(*plan, {}, &error));
        QVERIFY2(error.contains(row), qPrintable(error));
        QCOMPARE(InviteeRepository().count(), 1);

        // Allowed again, the same rows go in.
        QVERIFY(TestDb::allow(QStringLiteral("refuse_one"), QStringLiteral("invitees")));
        QVERIFY2(InviteeImport::apply(*plan, {}, &error), qPrintable(error));
        QCOMPARE(InviteeRepository().count(), rows + 1);
        QVERIFY(Database::check().isEmpty());
    }

    // Issue 15: COPY gives no ids, so they are taken from the table's sequence ahead. Each
    // imported row has the id the import reports, and an invitee added afterwards (or a second
    // import) gets a fresh one.
    void idsContinueAfterAnImport()
    {
        auto file = [](int first, int count) {
            QByteArray text("name,mobile\n");
            for (int i = first; i < first + count; ++i)
                text += "P" + QByteArray::number(i) + ",94" + QByteArray::number(10000000 + i) + "\n";
            return text;
        };
        QString error;
        const Table table = csv(file(0, 1500));
        const auto plan = analyse(table);
        QVERIFY(plan);
        const auto applied = InviteeImport::apply(*plan, {}, &error);
        QVERIFY2(applied, qPrintable(error));
        QCOMPARE(applied->insertedIds.size(), 1500);
        for (int i : {0, 1, 2, 3, 700, 1499}) {
            const auto invitee = InviteeRepository().find(applied->insertedIds.at(i));
            QVERIFY(invitee);
            QCOMPARE(invitee->mobile, QStringLiteral("94%1").arg(10000000 + i));
        }
        const qint64 highest = *std::max_element(applied->insertedIds.cbegin(), applied->insertedIds.cend());

        Invitee added;
        added.name = QStringLiteral("नेहा सिंह");
        added.mobile = QStringLiteral("9415000002");
        const qint64 id = InviteeRepository().insert(added, &error);
        QVERIFY2(id > highest, qPrintable(error));
        QCOMPARE(InviteeRepository().find(id)->name, added.name);

        auto source = TableReader::openText(file(1500, 10), &error);
        QVERIFY(source);
        const auto second = InviteeImport::importSource(*source, {}, &error);
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(second->applied.insertedIds.size(), 10);
        for (qint64 next : second->applied.insertedIds)
            QVERIFY(next > id);
        QCOMPARE(InviteeRepository().count(), 1511);
        QSqlQuery q(QSqlDatabase::database(Database::defaultConnectionName()));
        QVERIFY(q.exec(QStringLiteral("SELECT count(DISTINCT id) FROM invitees")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1511);
    }

    // Issue 15: the statuses of new rows wait until their rows are written (on a server, until
    // their batch is sent); a later row of the file that updates a new one comes after them.
    void statusesOfNewRowsAreWritten()
    {
        const qint64 event = makeEvent(QStringLiteral("Gorakhpur Export Conclave"));
        const char *const statuses[] = {"invited", "confirmed", "attended"};
        QByteArray text("name,mobile,status\n");
        const int rows = 1200;
        for (int i = 0; i < rows; ++i)
            text += "P" + QByteArray::number(i) + ",93" + QByteArray::number(10000000 + i) + "," + statuses[i % 3] + "\n";
        text += "Later,9310000000,declined\n"; // updates the first row
        InviteeImport::Options options;
        options.eventId = event;
        options.onDuplicate = InviteeImport::OnDuplicate::Update;
        QString error;
        auto source = TableReader::openText(text, &error);
        QVERIFY(source);
        const auto result = InviteeImport::importSource(*source, options, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(InviteeImport::summaryLine(result->plan), QStringLiteral("imported 1200, updated 1, skipped 0, rejected 0"));
        const QList<qint64> &ids = result->applied.insertedIds;
        QCOMPARE(ids.size(), rows);
        const InvitationStatus expected[] = {InvitationStatus::Invited, InvitationStatus::Confirmed, InvitationStatus::Attended};
        for (int i : {1, 2, 3, 500, 1199})
            QCOMPARE(InvitationRepository().status(event, ids.at(i)), expected[i % 3]);
        QCOMPARE(InvitationRepository().status(event, ids.first()), InvitationStatus::Declined);
        QCOMPARE(InviteeRepository().find(ids.first())->name, QStringLiteral("Later"));
        QSqlQuery q(QSqlDatabase::database(Database::defaultConnectionName()));
        q.prepare(QStringLiteral("SELECT count(*) FROM invitations WHERE event_id = ? AND status <> 'not_invited'"));
        q.addBindValue(event);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), rows);

        // Undone, nothing of it stays.
        QVERIFY2(InviteeImport::revert(result->applied, &error), qPrintable(error));
        QCOMPARE(InviteeRepository().count(), 0);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    // The search text an import makes for each row (written in place, for speed) is the one
    // the search expects: the folded fields joined by U+001F, then the name's phonetic key
    // with every word marked by U+001E.
    void searchTextIsAsTheSearchExpects()
    {
        const QList<QStringList> cases = {
            {QStringLiteral("आलोक त्रिपाठी"), QStringLiteral("Tripathi Handicrafts"), QStringLiteral("9839012345"), QStringLiteral("Alok@Example.in"), QStringLiteral("09AAKCS6327D1Z8")},
            {QStringLiteral("  Farhan   Siddiqui "), QString(), QStringLiteral("9415012345"), QString(), QString()},
            {QStringLiteral("गीता निषाद"), QStringLiteral("निषाद टेराकोटा॰"), QStringLiteral("8090123456"), QString(), QString()},
            {QStringLiteral("X"), QStringLiteral("A\u00A0B"), QString(), QString(), QString()},
        };
        for (const QStringList &c : cases) {
            Invitee v;
            v.name = c.at(0);
            v.enterprise = c.at(1);
            v.mobile = c.at(2);
            v.email = c.at(3);
            v.gstin = c.at(4);
            QString key = PhoneticKey::of(v.name);
            QString marked = QLatin1Char('\x1e') + key;
            marked.replace(QLatin1Char(' '), QLatin1Char('\x1e'));
            const QString expected = TextFold::fold(c.join(QLatin1Char('\x1f'))) + (key.isEmpty() ? QString() : marked);
            QCOMPARE(InviteeRepository::searchText(v), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestInviteeImport)
#include "tst_inviteeimport.moc"
