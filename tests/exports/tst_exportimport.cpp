#include "exports/exportrepository.h"
#include "import/exportimport.h"
#include "import/tablereader.h"
#include "sectors/sectorrepository.h"
#include "testdb.h"

#include <QFile>
#include <QTest>

// Export figures from spreadsheets: good rows in, bad rows rejected with the reason and nothing
// written for them, an existing year+country+product updated, all or nothing.
class TestExportImport : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> m_db;

    static Table read(const QString &name)
    {
        QString error;
        auto source = TableReader::open(QStringLiteral(SAMMELAN_TEST_DATA "/exports/") + name, &error);
        if (!source)
            qFatal("%s", qPrintable(error));
        const auto table = TableReader::readAll(*source, &error);
        if (!table)
            qFatal("%s", qPrintable(error));
        return *table;
    }
    static Table table(const QStringList &headers, const QList<QStringList> &rows)
    {
        Table t;
        t.headers = headers;
        t.rows = rows;
        return t;
    }

private slots:
    void init() { m_db = std::make_unique<TestDb>(); }
    void cleanup() { m_db.reset(); }

    void sampleFile()
    {
        QString error;
        const auto result = ExportImport::import(read(QStringLiteral("exports-sample.csv")), &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(ExportImport::summaryLine(*result), QStringLiteral("imported 5, updated 0, skipped 0, rejected 4"));
        QCOMPARE(result->rejects.size(), 4);
        QCOMPARE(result->rejects.at(0).rowNumber, 6);
        QVERIFY2(result->rejects.at(0).reason.contains(QStringLiteral("Atlantis")), qPrintable(result->rejects.at(0).reason));
        QVERIFY(result->rejects.at(0).reason.startsWith(QStringLiteral("country")));
        QVERIFY(result->rejects.at(1).reason.startsWith(QStringLiteral("year")));
        QVERIFY(result->rejects.at(2).reason.startsWith(QStringLiteral("value")));
        QVERIFY(result->rejects.at(2).reason.contains(QStringLiteral("-3")));
        QVERIFY(result->rejects.at(3).reason.contains(QStringLiteral("abc")));
        QCOMPARE(result->rejects.at(3).cells.at(1), QStringLiteral("Nepal"));

        const QList<ExportRecord> all = ExportRepository().all();
        QCOMPARE(all.size(), 5);
        // Nothing of the rejected rows: no Nepal, no 2020 "Egypt, Textiles" figure.
        for (const ExportRecord &r : all)
            QVERIFY(r.countryCode != QLatin1String("NP"));
        const qint64 chemicals = SectorRepository().findByName(QStringLiteral("Chemicals"));
        QVERIFY(chemicals);
        const auto egypt = ExportRepository().find(ExportRepository().idOf(2020, QStringLiteral("EG"), chemicals));
        QVERIFY(egypt);
        QCOMPARE(egypt->valueCrore, 1234.5); // "1,234.50"
        const qint64 yarn = SectorRepository().findByName(QStringLiteral("Yarn"));
        const auto peru = ExportRepository().find(ExportRepository().idOf(2020, QStringLiteral("PE"), yarn));
        QVERIFY(peru); // Hindi country name, "₹ 21.5"
        QCOMPARE(peru->valueCrore, 21.5);
    }

    void hindiHeadersUpdateAndSkip()
    {
        QString error;
        QVERIFY(ExportImport::import(read(QStringLiteral("exports-sample.csv")), &error));
        const auto result = ExportImport::import(read(QStringLiteral("exports-hindi.csv")), &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(ExportImport::summaryLine(*result), QStringLiteral("imported 1, updated 1, skipped 1, rejected 0"));
        const qint64 textiles = SectorRepository().findByName(QStringLiteral("Textiles"));
        QCOMPARE(ExportRepository().find(ExportRepository().idOf(2020, QStringLiteral("ZA"), textiles))->valueCrore, 50.0);
        QVERIFY(ExportRepository().idOf(2021, QStringLiteral("EG"), 0)); // no product
        QCOMPARE(ExportRepository().all().size(), 6);

        // Revert puts the database back as before this import.
        QVERIFY(ExportImport::revert(*result, &error));
        QCOMPARE(ExportRepository().all().size(), 5);
        QCOMPARE(ExportRepository().find(ExportRepository().idOf(2020, QStringLiteral("ZA"), textiles))->valueCrore, 42.0);
    }

    void missingColumnsWriteNothing()
    {
        QString error;
        const auto result = ExportImport::import(
            table({QStringLiteral("country"), QStringLiteral("amount")}, {{QStringLiteral("EG"), QStringLiteral("5")}}), &error);
        QVERIFY(!result);
        QVERIFY2(error.contains(QStringLiteral("year")) && error.contains(QStringLiteral("value")), qPrintable(error));
        QVERIFY(ExportRepository().all().isEmpty());
    }

    void rejectsNotKeptMeansNothingWritten()
    {
        QString error;
        const auto result = ExportImport::import(
            table({QStringLiteral("year"), QStringLiteral("country"), QStringLiteral("value")},
                  {{QStringLiteral("2020-21"), QStringLiteral("EG"), QStringLiteral("5")},
                   {QStringLiteral("2020-21"), QStringLiteral("Nowhere"), QStringLiteral("5")}}),
            &error, [](const QStringList &, const QList<ExportImport::Rejected> &) { return false; });
        QVERIFY(!result);
        QVERIFY(ExportRepository().all().isEmpty());
    }

    void parseValue_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        QTest::newRow("plain") << "12.5" << 12.5;
        QTest::newRow("grouped") << "1,234.50" << 1234.5;
        QTest::newRow("Indian grouping") << "1,23,456" << 123456.0;
        QTest::newRow("rupee sign") << "₹ 300" << 300.0;
        QTest::newRow("Devanagari digits") << "३००.५" << 300.5;
        QTest::newRow("zero") << "0" << 0.0;
        QTest::newRow("negative") << "-3" << -1.0;
        QTest::newRow("word") << "abc" << -1.0;
        QTest::newRow("empty") << "" << -1.0;
        QTest::newRow("infinite") << "inf" << -1.0;
    }
    void parseValue()
    {
        QFETCH(QString, text);
        QFETCH(double, value);
        QCOMPARE(ExportImport::parseValue(text), value);
    }

    void rejectsFile()
    {
        QString error;
        const auto result = ExportImport::import(read(QStringLiteral("exports-sample.csv")), &error);
        QVERIFY(result);
        const QString path = m_db->dir.filePath(QStringLiteral("rejects.csv"));
        QVERIFY(ImportReport::writeRejects(path, read(QStringLiteral("exports-sample.csv")).headers, result->rejects, &error));
        QString readError;
        auto source = TableReader::open(path, &readError);
        QVERIFY(source);
        const auto back = TableReader::readAll(*source, &readError);
        QVERIFY(back);
        QCOMPARE(back->headers.last(), QStringLiteral("reason"));
        QCOMPARE(back->rows.size(), 4);
        QCOMPARE(back->rows.at(0).at(1), QStringLiteral("Atlantis"));
    }
};

QTEST_GUILESS_MAIN(TestExportImport)
#include "tst_exportimport.moc"
