#include "exportfixtures.h"
#include "exports/exportrepository.h"
#include "exports/exporttablemodel.h"
#include "text/languagemanager.h"
#include "sectors/sectorrepository.h"
#include "testdb.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

// The editable table of export figures: what it shows in each language, what an edit may be,
// and that every edit is one undo step.
class TestExportTableModel : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> m_db;
    qint64 m_textiles = 0;


private slots:
    void init()
    {
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
        m_db = std::make_unique<TestDb>();
        m_textiles = SectorRepository().ensure(QStringLiteral("Textiles"), QStringLiteral("वस्त्र"));
        ExportRepository repository;
        repository.insert(exportRecord(2020, "ZA", m_textiles, 42));
        repository.insert(exportRecord(2020, "EG", 0, 1234.5));
        repository.insert(exportRecord(2019, "ZA", m_textiles, 40));
    }
    void cleanup() { m_db.reset(); }

    void showsInTheLanguage()
    {
        ExportTableModel model(nullptr);
        QCOMPARE(model.rowCount(), 3);
        const int row = model.rowOf(ExportRepository().idOf(2020, QStringLiteral("EG"), 0));
        QCOMPARE(model.index(row, ExportTableModel::YearColumn).data().toString(), QStringLiteral("2020-21"));
        QCOMPARE(model.index(row, ExportTableModel::CountryColumn).data().toString(), QStringLiteral("Egypt"));
        QCOMPARE(model.index(row, ExportTableModel::ValueColumn).data().toString(), QStringLiteral("1,234.50"));
        QCOMPARE(model.index(row, ExportTableModel::UsdColumn).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.headerData(ExportTableModel::ValueColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("₹ crore"));
        const int za = model.rowOf(ExportRepository().idOf(2020, QStringLiteral("ZA"), m_textiles));
        QCOMPARE(model.index(za, ExportTableModel::ProductColumn).data().toString(), QStringLiteral("Textiles"));

        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("hi")));
        QCOMPARE(model.index(row, ExportTableModel::CountryColumn).data().toString(), QStringLiteral("मिस्र"));
        QCOMPARE(model.index(za, ExportTableModel::ProductColumn).data().toString(), QStringLiteral("वस्त्र"));
        LanguageManager::instance()->setNativeDigits(true);
        QCOMPARE(model.index(row, ExportTableModel::ValueColumn).data().toString(), QStringLiteral("१,२३४.५०"));
        QCOMPARE(model.index(row, ExportTableModel::YearColumn).data().toString(), QStringLiteral("२०२०-२१"));
        LanguageManager::instance()->setNativeDigits(false);
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
    }

    void yearFilter()
    {
        ExportTableModel model(nullptr);
        model.setYear(2019);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.allRecords().size(), 3);
        model.setYear(0);
        QCOMPARE(model.rowCount(), 3);
    }

    void editsAreCheckedAndUndoable()
    {
        QUndoStack stack;
        ExportTableModel model(&stack);
        QSignalSpy refused(&model, &ExportTableModel::editRefused);
        const int row = model.rowOf(ExportRepository().idOf(2020, QStringLiteral("EG"), 0));
        const qint64 id = model.recordAt(row).id;

        // A country in Hindi, by code, or not at all.
        QVERIFY(model.setData(model.index(row, ExportTableModel::CountryColumn), QStringLiteral("पेरू")));
        QCOMPARE(ExportRepository().find(id)->countryCode, QStringLiteral("PE"));
        QCOMPARE(model.index(model.rowOf(id), ExportTableModel::CountryColumn).data().toString(), QStringLiteral("Peru"));
        QVERIFY(!model.setData(model.index(model.rowOf(id), ExportTableModel::CountryColumn), QStringLiteral("Atlantis")));
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused.last().first().toString().contains(QStringLiteral("Atlantis")));

        // Values: grouping accepted, negative refused.
        QVERIFY(model.setData(model.index(model.rowOf(id), ExportTableModel::ValueColumn), QStringLiteral("2,000")));
        QCOMPARE(ExportRepository().find(id)->valueCrore, 2000.0);
        QVERIFY(!model.setData(model.index(model.rowOf(id), ExportTableModel::ValueColumn), QStringLiteral("-5")));
        QVERIFY(!model.setData(model.index(model.rowOf(id), ExportTableModel::YearColumn), QStringLiteral("2020")));
        QVERIFY(model.setData(model.index(model.rowOf(id), ExportTableModel::UsdColumn), QStringLiteral("240")));
        QCOMPARE(ExportRepository().find(id)->valueUsdMillion, 240.0);
        QVERIFY(model.setData(model.index(model.rowOf(id), ExportTableModel::UsdColumn), QString()));
        QCOMPARE(ExportRepository().find(id)->valueUsdMillion, -1.0);

        // A second figure for the same year, country and product is refused.
        QVERIFY(model.setData(model.index(model.rowOf(id), ExportTableModel::ProductColumn), m_textiles));
        QVERIFY(!model.setData(model.index(model.rowOf(id), ExportTableModel::CountryColumn), QStringLiteral("South Africa")));
        QVERIFY(refused.last().first().toString().contains(QStringLiteral("already")));

        QCOMPARE(stack.count(), 5); // country, value, US$, US$ cleared, product
        while (stack.canUndo())
            stack.undo();
        const ExportRecord back = *ExportRepository().find(id);
        QCOMPARE(back.countryCode, QStringLiteral("EG"));
        QCOMPARE(back.valueCrore, 1234.5);
        QCOMPARE(back.sectorId, qint64(0));
        QCOMPARE(back.valueUsdMillion, -1.0);
    }

    // One rule for a financial year, whoever asks: the table, the form's check, the import's
    // reading of "1948-49" and the database's CHECK all accept and refuse the same years.
    void oneRuleForAFinancialYear_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<bool>("valid");
        QTest::newRow("1946") << 1946 << false;
        QTest::newRow("1947, the first") << 1947 << true;
        QTest::newRow("1949") << 1949 << true;
        QTest::newRow("1950") << 1950 << true;
        QTest::newRow("2100") << 2100 << true;
        QTest::newRow("2101") << 2101 << true;
        QTest::newRow("2200, the last") << 2200 << true;
        QTest::newRow("2201") << 2201 << false;
    }
    void oneRuleForAFinancialYear()
    {
        QFETCH(int, year);
        QFETCH(bool, valid);
        const QString text = ExportRecord::financialYear(year);
        QCOMPARE(ExportRecord::isFinancialYear(year), valid);
        QCOMPARE(ExportRecord::parseFinancialYear(text) == year, valid);

        QUndoStack stack;
        ExportTableModel model(&stack);
        ExportRecord r = exportRecord(year, "PE", 0, 5);
        QCOMPARE(model.problemWith(r).isEmpty(), valid);
        const int row = model.rowOf(ExportRepository().idOf(2020, QStringLiteral("EG"), 0));
        QCOMPARE(model.setData(model.index(row, ExportTableModel::YearColumn), text), valid);
        // The database keeps what the rule lets through, and nothing else.
        QString error;
        QCOMPARE(ExportRepository().insert(r, &error) != 0, valid);
    }

    void followsChangesMadeElsewhere()
    {
        ExportTableModel model(nullptr);
        ExportRepository().insert(exportRecord(2018, "PE", 0, 10));
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(ExportRepository().remove({ExportRepository().idOf(2018, QStringLiteral("PE"), 0)}));
        QCOMPARE(model.rowCount(), 3);
    }
};

QTEST_MAIN(TestExportTableModel)
#include "tst_exporttablemodel.moc"
