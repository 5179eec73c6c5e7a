#include "events/demodata.h"
#include "events/eventrepository.h"
#include "exports/exchangeraterepository.h"
#include "exports/exportrepository.h"
#include "stalls/stallrepository.h"
#include "text/languagemanager.h"
#include "testdb.h"
#include "undo/changenotifier.h"

#include <QSignalSpy>

#include <QSqlQuery>

namespace {
double scalar(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(Database::defaultConnectionName()));
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toDouble();
}
} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT
private slots:
    void loadsTheConclave()
    {
        TestDb db;
        QVERIFY(!DemoData::isLoaded());
        QString error;
        QSignalSpy reset(ChangeNotifier::instance(), &ChangeNotifier::reset);
        QSignalSpy changed(ChangeNotifier::instance(), &ChangeNotifier::changed);
        const auto result = DemoData::load(Database::defaultConnectionName(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(result, DemoData::Result::Loaded);
        // Views hear of the demo once, when it is all in.
        QCOMPARE(reset.count(), 1);
        QCOMPARE(changed.count(), 0);
        QVERIFY(DemoData::isLoaded());

        const auto events = EventRepository().all();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).nameEn, QStringLiteral("Gorakhpur Export Conclave"));
        QCOMPARE(events.at(0).startDate, QDate(2021, 9, 24));
        QVERIFY(events.at(0).venue.contains(QLatin1String("Nathmalpur")));
        QCOMPARE(events.at(1).startDate, QDate(2021, 9, 21));
        QCOMPARE(events.at(1).endDate, QDate(2021, 9, 22));
        QVERIFY(events.at(0).isDemo && events.at(1).isDemo);

        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM invitees WHERE is_demo = 1")), 200.0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM stalls")), 24.0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM invitations WHERE status = 'nominated'"
                                       " AND nominated_event_id IS NOT NULL")), 2.0);
        // About ₹300 crore in the latest year, to South Africa, Peru and Egypt among others.
        const double latest = scalar(QStringLiteral("SELECT sum(value_crore) FROM export_records WHERE fy_start = 2020"));
        QVERIFY2(latest > 290 && latest < 310, qPrintable(QString::number(latest)));
        for (const char *country : {"ZA", "PE", "EG"})
            QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM export_records WHERE country_code = '%1'")
                               .arg(QLatin1String(country))) > 0);
        QVERIFY(Database::check().isEmpty());
    }

    // The demo's words are written in the language of the user who loads it, as the program's.
    void loadsInTheUsersLanguage()
    {
        TestDb db;
        LanguageManager::instance()->setLanguage(QStringLiteral("hi"));
        const auto loaded = DemoData::load();
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QCOMPARE(loaded, DemoData::Result::Loaded);
        const auto rates = ExchangeRateRepository().all();
        QVERIFY(!rates.isEmpty());
        for (const ExchangeRate &rate : rates)
            QVERIFY2(rate.note.startsWith(QStringLiteral("डेमो")), qPrintable(rate.note));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM stalls WHERE notes = 'Help desk'")), 0.0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM stalls WHERE notes = 'सहायता डेस्क'")), 1.0);
    }

    void loadsOnce()
    {
        TestDb db;
        QCOMPARE(DemoData::load(), DemoData::Result::Loaded);
        QCOMPARE(DemoData::load(), DemoData::Result::AlreadyLoaded);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM invitees")), 200.0);
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
