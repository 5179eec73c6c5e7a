#include "testdb.h"
#include "report/badgeprintrepository.h"
#include "events/eventrepository.h"
#include "invitees/inviteerepository.h"
#include "text/languagemanager.h"
#include "report/badgereport.h"

#include <QLocale>
#include <QSqlQuery>
#include <QTest>

// The record of printed badges: one row per badge printed, the last print per guest, all or
// nothing when a write fails, and the table that version 4 adds to an older file.
class TestBadgePrintRepository : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> m_db;
    qint64 m_event = 0, m_other = 0;
    QList<qint64> m_guests;

private slots:
    void initTestCase() { QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en"))); }
    void init()
    {
        m_db = std::make_unique<TestDb>();
        Event e;
        e.nameEn = QStringLiteral("Gorakhpur Export Conclave");
        e.startDate = e.endDate = QDate(2021, 9, 24);
        m_event = EventRepository().insert(e);
        e.nameEn = QStringLiteral("State Export Conclave");
        m_other = EventRepository().insert(e);
        m_guests.clear();
        for (int i = 0; i < 3; ++i) {
            Invitee v;
            v.name = QStringLiteral("Guest %1").arg(i);
            v.mobile = QStringLiteral("941500000%1").arg(i);
            m_guests << InviteeRepository().insert(v);
        }
    }
    void cleanup() { m_db.reset(); }

    void recordsAndReadsTheLastPrint()
    {
        BadgePrintRepository repo;
        QVERIFY(repo.lastPrinted(m_event).isEmpty());
        const QDateTime first(QDate(2021, 9, 20), QTime(11, 0));
        const QDateTime second(QDate(2021, 9, 24), QTime(9, 30));
        QString error;
        QVERIFY2(repo.record(m_event, {m_guests.at(0), m_guests.at(1)}, QStringLiteral("a6"), first, &error), qPrintable(error));
        QVERIFY(repo.record(m_event, {m_guests.at(1)}, BadgeReport::singleLayoutKey(), second, &error));
        QVERIFY(repo.record(m_other, {m_guests.at(2)}, QStringLiteral("8up"), second, &error));
        const QHash<qint64, QDateTime> printed = repo.lastPrinted(m_event, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(printed.size(), 2);
        QCOMPARE(printed.value(m_guests.at(0)), first);
        QCOMPARE(printed.value(m_guests.at(1)), second); // the last of two prints
        QVERIFY(!printed.contains(m_guests.at(2)));     // printed for another event
        QSqlQuery q(QSqlDatabase::database(Database::defaultConnectionName()));
        QVERIFY(q.exec(QStringLiteral("SELECT layout FROM badge_prints WHERE event_id = %1").arg(m_event)));
        QStringList layouts;
        while (q.next())
            layouts << q.value(0).toString();
        QCOMPARE(layouts.size(), 3);
        QVERIFY(layouts.contains(QStringLiteral("a6-single")));
        // Nothing to note: nothing written, no error.
        QVERIFY(repo.record(m_event, {}, QStringLiteral("a6"), second, &error));
        // A deleted guest takes their prints along.
        RowSnapshot removed;
        QVERIFY(InviteeRepository().remove({m_guests.at(0)}, &removed));
        QCOMPARE(repo.lastPrinted(m_event).size(), 1);
    }

    // A write that fails writes nothing and says why; the caller must pass it on.
    void aFailedWriteSaysWhyAndWritesNothing()
    {
        QVERIFY(TestDb::refuse(QStringLiteral("refuse_second"), QStringLiteral("BEFORE INSERT ON badge_prints"),
                               QStringLiteral("NEW.invitee_id = %1").arg(m_guests.at(1))));
        QString error;
        QVERIFY(!BadgePrintRepository().record(m_event, m_guests, QStringLiteral("a6"), QDateTime::currentDateTime(), &error));
        QVERIFY2(error.startsWith(QStringLiteral("The badges were printed, but the note that they were could not be saved:")),
                 qPrintable(error));
        QVERIFY(BadgePrintRepository().lastPrinted(m_event).isEmpty()); // not even the first guest's
    }

    // "N of these badges were already printed (last on 20 Sep)." in English and Hindi.
    void theNote()
    {
        const QDateTime last(QDate(QDate::currentDate().year(), 9, 20), QTime(10, 0));
        // The locale's short month (Indian English writes "Sept").
        const QString month = QLocale().toString(last.date(), QStringLiteral("MMM"));
        QVERIFY(month.startsWith(QStringLiteral("Sep")));
        QCOMPARE(BadgeReport::alreadyPrintedNote(12, last),
                 QStringLiteral("12 of these badges were already printed (last on 20 %1).").arg(month));
        QCOMPARE(BadgeReport::alreadyPrintedNote(1, last),
                 QStringLiteral("1 of these badges was already printed (last on 20 %1).").arg(month));
        // Another year: with the year.
        QCOMPARE(BadgeReport::alreadyPrintedNote(3, QDateTime(QDate(2021, 9, 20), QTime(10, 0))),
                 QStringLiteral("3 of these badges were already printed (last on 20 %1 2021).").arg(month));
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("hi")));
        const QString hindi = BadgeReport::alreadyPrintedNote(12, last);
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QVERIFY2(hindi.contains(QStringLiteral("12 बैज पहले ही प्रिंट हो चुके हैं")), qPrintable(hindi));
        QVERIFY2(hindi.contains(QStringLiteral("20 सित")), qPrintable(hindi));
    }

    // A file of version 3 gains the table (and keeps its check-ins).
    void versionFourAddsTheTable()
    {
        m_db.reset();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.db"));
        QVERIFY(Database::open(path, Database::Mode::CreateIfMissing, Database::defaultConnectionName(),
                               Database::migrations().mid(0, 3)).ok());
        QCOMPARE(Database::schemaVersion(), 3);
        {
            QSqlQuery q(QSqlDatabase::database(Database::defaultConnectionName()));
            QVERIFY(!q.exec(QStringLiteral("SELECT count(*) FROM badge_prints")));
        }
        Database::close();
        const auto result = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.fromVersion, 3);
        QVERIFY(Database::currentVersion() >= 4);
        Event e;
        e.nameEn = QStringLiteral("After the update");
        e.startDate = e.endDate = QDate(2021, 9, 24);
        const qint64 event = EventRepository().insert(e);
        Invitee v;
        v.name = QStringLiteral("Guest");
        v.mobile = QStringLiteral("9415000009");
        const qint64 guest = InviteeRepository().insert(v);
        QVERIFY(BadgePrintRepository().record(event, {guest}, QStringLiteral("a6")));
        QCOMPARE(BadgePrintRepository().lastPrinted(event).size(), 1);
        QVERIFY(Database::check().isEmpty());
        Database::close();
    }
};

QTEST_GUILESS_MAIN(TestBadgePrintRepository)
#include "tst_badgeprintrepository.moc"
