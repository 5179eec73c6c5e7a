#include "exports/exportrepository.h"
#include "exports/exchangeraterepository.h"
#include "import/exportimport.h"
#include "import/exporttablelayout.h"
#include "import/tablereader.h"
#include "sectors/sectorrepository.h"
#include "testdb.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

// Export data as the government keeps it: the ministry's and DGCI&S's table layouts (scale in
// the header or above it, a value column per year, HS codes, quantities, IECs, totals and notes
// among the rows), converted exactly; figures given in one currency, the other derived from the
// year's exchange rate.
class TestExportMinistry : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> m_db;

    static Table read(const QString &name)
    {
        QString error;
        const auto table = TableReader::read(QStringLiteral(SAMMELAN_TEST_DATA "/exports/") + name, &error);
        if (!table)
            qFatal("%s", qPrintable(error));
        return *table;
    }
    static std::optional<ExportRecord> find(int year, const char *country, const QString &code, const QString &iec = {})
    {
        ExportRecord key;
        key.fyStart = year;
        key.countryCode = QString::fromLatin1(country);
        key.hsCode = code;
        key.exporterIec = iec;
        return ExportRepository().find(ExportRepository().idOf(key));
    }

private slots:
    void init() { m_db = std::make_unique<TestDb>(); }
    void cleanup() { m_db.reset(); }

    void scales_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("usd");
        QTest::addColumn<int>("exponent");
        QTest::newRow("Rs. Lacs") << "Values in Rs. Lacs" << false << -2;
        QTest::newRow("lakh in a heading") << "Value (₹ lakh)" << false << -2;
        QTest::newRow("crore") << "Value (Rs. Crore)" << false << 0;
        QTest::newRow("Cr.") << "Value Rs. Cr." << false << 0;
        QTest::newRow("rupees") << "Value (Rs.)" << false << -7;
        QTest::newRow("INR thousand") << "INR thousand" << false << -4;
        QTest::newRow("Hindi lakh") << "मूल्य (रुपये लाख में)" << false << -2;
        QTest::newRow("US $ Million") << "Values in US $ Million" << true << 0;
        QTest::newRow("USD Mn") << "Value (USD Mn)" << true << 0;
        QTest::newRow("US$ thousand") << "US$ '000" << true << -3;
        QTest::newRow("dollars") << "Value (US $)" << true << -6;
        QTest::newRow("million alone") << "Value in million" << true << 0;
    }
    void scales()
    {
        QFETCH(QString, text);
        QFETCH(bool, usd);
        QFETCH(int, exponent);
        const auto scale = ExportTableLayout::parseScale(text);
        QVERIFY(scale);
        QCOMPARE(scale->currency == ExportTableLayout::Currency::Usd, usd);
        QCOMPARE(scale->exponent, exponent);
        QVERIFY(!ExportTableLayout::parseScale(u"Country / Region"_s));
        QVERIFY(!ExportTableLayout::parseScale(u"Commodity"_s));
    }

    // ₹ lakh × 0.01 = ₹ crore, exactly: the double nearest the decimal result, as if typed.
    void exactConversion_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("exponent");
        QTest::addColumn<double>("value");
        QTest::newRow("lakh") << "12345.67" << -2 << 123.4567;
        QTest::newRow("lakh, grouped") << "1,23,456.78" << -2 << 1234.5678;
        QTest::newRow("0.07 lakh") << "0.07" << -2 << 0.0007;
        QTest::newRow("rupees") << "12,34,56,789" << -7 << 12.3456789;
        QTest::newRow("thousand dollars") << "1250.5" << -3 << 1.2505;
        QTest::newRow("crore") << "300.20" << 0 << 300.2;
        QTest::newRow("Devanagari") << "१२३४५.६७" << -2 << 123.4567;
        QTest::newRow("negative") << "-5" << -2 << -1.0;
        QTest::newRow("text") << "n/a" << -2 << -1.0;
    }
    void exactConversion()
    {
        QFETCH(QString, text);
        QFETCH(int, exponent);
        QFETCH(double, value);
        QCOMPARE(ExportTableLayout::scaled(text, exponent), value); // exact, not fuzzy
        // Multiplying would not always be: 0.07 × 0.01 is not 0.0007.
        if (text == QLatin1String("0.07"))
            QVERIFY(0.07 * 0.01 != 0.0007);
    }

    // TradeStat's layout: titles and "Values in Rs. Lacs" above the header, a column per
    // financial year with %share and %growth beside them, DGCI&S's country names, totals and
    // notes under the figures.
    void ministryYearsSideBySide()
    {
        QString error;
        const auto result = ExportImport::import(read(u"ministry-lakh-years.csv"_s), &error);
        QVERIFY2(result, qPrintable(error));
        // Six rows of figures: 4 good rows give 2 + 1 + 2 + 1 figures; 2 rows rejected.
        QCOMPARE(ExportImport::summaryLine(*result), u"imported 6, updated 0, skipped 0, rejected 2"_s);
        QCOMPARE(result->rejects.size(), 2);
        QCOMPARE(result->rejects.at(0).rowNumber, 9);
        QVERIFY2(result->rejects.at(0).reason.startsWith(u"HS code"_s), qPrintable(result->rejects.at(0).reason));
        QCOMPARE(result->rejects.at(1).rowNumber, 10);
        QVERIFY(result->rejects.at(1).reason.contains(u"ATLANTIS"_s));
        QCOMPARE(result->headers.value(3), u"Country / Region"_s); // the real header, for the rejects file
        // Totals (rows 11, 12) and notes (13, 14) passed over, not rejected.
        QCOMPARE(result->passedOver.size(), 4);
        QCOMPARE(result->passedOver.at(0).rowNumber, 11);
        QCOMPARE(result->passedOver.at(0).kind, ExportImport::PassedOver::Total);
        QCOMPARE(result->passedOver.at(1).kind, ExportImport::PassedOver::Total);
        QCOMPARE(result->passedOver.at(2).kind, ExportImport::PassedOver::Note);
        QCOMPARE(result->passedOver.at(3).rowNumber, 14);
        QVERIFY(result->layout.contains(u"₹ lakh"_s));
        QVERIFY(result->layout.contains(u"2021-22, 2022-23"_s));

        QCOMPARE(ExportRepository().all().size(), 6);
        QCOMPARE(find(2021, "AE", u"61091000"_s)->valueCrore, 123.4567);
        QCOMPARE(find(2022, "AE", u"61091000"_s)->valueCrore, 234.5678);
        QCOMPARE(find(2021, "GB", u"61091000"_s)->valueCrore, 10.005);
        QVERIFY(!find(2022, "GB", u"61091000"_s)); // an empty year is no figure
        QCOMPARE(find(2021, "NP", u"69139000"_s)->valueCrore, 0.0005);
        QVERIFY(!find(2021, "EG", u"69139000"_s)); // "-": nothing that year
        QCOMPARE(find(2022, "EG", u"69139000"_s)->valueCrore, 2.5); // "6913.90.00"
        for (const ExportRecord &r : ExportRepository().all()) // each under its code's chapter
            QCOMPARE(r.chapter, r.hsCode.left(2));

        // The same file again changes nothing.
        const auto again = ExportImport::import(read(u"ministry-lakh-years.csv"_s), &error);
        QVERIFY(again);
        QCOMPARE(ExportImport::summaryLine(*again), u"imported 0, updated 0, skipped 6, rejected 2"_s);
    }

    // DGCI&S's district data: the year above the header, quantity and unit, values in US$ million
    // and ₹ crore (either may be missing), IECs, a sub-total and the header repeated.
    void districtDataWithQuantities()
    {
        QString error;
        const auto result = ExportImport::import(read(u"ministry-usd-quantity.csv"_s), &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(ExportImport::summaryLine(*result), u"imported 4, updated 0, skipped 0, rejected 2"_s);
        QCOMPARE(result->passedOver.size(), 2);
        QCOMPARE(result->passedOver.at(1).kind, ExportImport::PassedOver::Header);
        QVERIFY(result->rejects.at(0).reason.contains(u"abc"_s));
        QVERIFY(result->rejects.at(1).reason.startsWith(u"IEC"_s));

        const auto usa = find(2022, "US", u"61091000"_s, u"AAFCP4821K"_s);
        QVERIFY(usa);
        QCOMPARE(usa->quantity, 12000.0);
        QCOMPARE(usa->unit, u"NOS"_s);
        QCOMPARE(usa->valueUsdMillion, 1.25);
        QVERIFY(usa->inrDerived);
        QVERIFY(usa->inrUnknown()); // no rate for 2022-23 yet
        QCOMPARE(usa->valueCrore, 0.0);
        const auto egypt = find(2022, "EG", u"61091000"_s);
        QCOMPARE(egypt->valueCrore, 2.5);
        QVERIFY(!egypt->inrDerived);
        QCOMPARE(egypt->valueUsdMillion, -1.0);
        QCOMPARE(find(2022, "NP", u"09011000"_s)->quantity, 2.5); // the code's leading zero restored
    }

    // A figure given in one currency gets the other from its year's rate, when read; a new rate
    // changes the derived figures and never a given one.
    void derivedCurrencies()
    {
        QString error;
        QVERIFY(ExportImport::import(read(u"ministry-usd-quantity.csv"_s), &error));
        ExchangeRateRepository rates;
        QVERIFY(!rates.set({2022, 0, {}}, &error));
        QVERIFY(error.contains(u"rupees"_s));
        QVERIFY(!rates.set({2022, 82790, {}}, &error));
        QVERIFY2(rates.set({2022, 80.0, u"RBI"_s}, &error), qPrintable(error));

        auto usa = find(2022, "US", u"61091000"_s, u"AAFCP4821K"_s);
        QVERIFY(usa->inrDerived && !usa->inrUnknown());
        QCOMPARE(usa->rate, 80.0);
        QCOMPARE(usa->valueCrore, 10.0); // 1.25 million × 80 ÷ 10
        QCOMPARE(usa->valueUsdMillion, 1.25); // as given
        auto egypt = find(2022, "EG", u"61091000"_s);
        QVERIFY(egypt->usdDerived);
        QCOMPARE(egypt->valueUsdMillion, 0.3125); // ₹2.5 crore × 10 ÷ 80
        QCOMPARE(egypt->valueCrore, 2.5);
        const auto nepal = find(2022, "NP", u"09011000"_s);
        QVERIFY(!nepal->inrDerived && !nepal->usdDerived); // both given: neither follows the rate
        QCOMPARE(nepal->valueUsdMillion, 0.1);

        QVERIFY(rates.replaceAll({{2022, 82.5, {}}}, &error));
        usa = find(2022, "US", u"61091000"_s, u"AAFCP4821K"_s);
        QCOMPARE(usa->valueCrore, 1.25 * 82.5 / 10);
        QCOMPARE(usa->valueUsdMillion, 1.25);
        // Saving a record writes only what was given.
        ExportRecord edited = *usa;
        edited.quantity = 13000;
        QVERIFY(ExportRepository().update(edited, &error));
        QVERIFY(rates.replaceAll({}, &error));
        usa = find(2022, "US", u"61091000"_s, u"AAFCP4821K"_s);
        QVERIFY(usa->inrUnknown());
        QCOMPARE(usa->valueUsdMillion, 1.25);
        QCOMPARE(usa->quantity, 13000.0);
    }

    // A row with an HS code and no product goes to the one product under its chapter.
    void productByChapter()
    {
        const qint64 garments = SectorRepository().ensure(u"Readymade garments"_s);
        SectorRepository().ensure(u"Terracotta"_s);
        SectorRepository().ensure(u"Pottery"_s); // also chapter 69: 69 is nobody's alone
        QString error;
        const auto result = ExportImport::import(read(u"ministry-lakh-years.csv"_s), &error);
        QVERIFY(result);
        QCOMPARE(find(2021, "AE", u"61091000"_s).has_value(), false); // the key now has the product
        ExportRecord key;
        key.fyStart = 2021;
        key.countryCode = u"AE"_s;
        key.sectorId = garments;
        key.hsCode = u"61091000"_s;
        QCOMPARE(ExportRepository().find(ExportRepository().idOf(key))->valueCrore, 123.4567);
        QCOMPARE(result->productsByChapter, QStringList{u"61 → Readymade garments"_s});
        QVERIFY(find(2022, "EG", u"69139000"_s)); // no product
    }

    // The program's own layout is read as before, US$ column and all.
    void ownLayoutUnchanged()
    {
        Table t;
        t.headers = {u"year"_s, u"country"_s, u"value"_s, u"usd"_s};
        t.rows = {{u"2020-21"_s, u"EG"_s, u"5"_s, u"0.7"_s}};
        QString error;
        const auto result = ExportImport::import(t, &error);
        QVERIFY(result);
        QCOMPARE(result->imported, 1);
        const auto r = find(2020, "EG", QString());
        QCOMPARE(r->valueCrore, 5.0);
        QCOMPARE(r->valueUsdMillion, 0.7);
        QVERIFY(result->layout.contains(u"₹ crore"_s));
    }

    // The same from an Excel workbook as the portals give it: the scale alone in the first
    // row, numbers as numbers (a code whose leading zero Excel dropped, values with decimals).
    void ministryWorkbook()
    {
        const QString path = m_db->dir.filePath(u"tradestat.xlsx"_s);
        lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
        lxw_worksheet *sheet = workbook_add_worksheet(book, nullptr);
        worksheet_write_string(sheet, 0, 0, "Values in US $ Million", nullptr);
        const char *headers[] = {"S.No.", "HSCode", "Commodity", "Country", "2021-2022", "%Share", "2022-2023", "%Share"};
        for (int c = 0; c < 8; ++c)
            worksheet_write_string(sheet, 2, lxw_col_t(c), headers[c], nullptr);
        worksheet_write_number(sheet, 3, 0, 1, nullptr);
        worksheet_write_number(sheet, 3, 1, 9011000, nullptr);
        worksheet_write_string(sheet, 3, 2, "COFFEE, NOT ROASTED", nullptr);
        worksheet_write_string(sheet, 3, 3, "NEPAL", nullptr);
        worksheet_write_number(sheet, 3, 4, 1.25, nullptr);
        worksheet_write_number(sheet, 3, 5, 0.01, nullptr);
        worksheet_write_number(sheet, 3, 6, 2.5, nullptr);
        worksheet_write_string(sheet, 4, 2, "Total", nullptr);
        worksheet_write_number(sheet, 4, 4, 1.25, nullptr);
        worksheet_write_number(sheet, 4, 6, 2.5, nullptr);
        QCOMPARE(workbook_close(book), LXW_NO_ERROR);

        QString error;
        const auto table = TableReader::read(path, &error);
        QVERIFY2(table, qPrintable(error));
        const auto result = ExportImport::import(*table, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(ExportImport::summaryLine(*result), u"imported 2, updated 0, skipped 0, rejected 0"_s);
        QCOMPARE(result->passedOver.size(), 1);
        const auto nepal = find(2022, "NP", u"09011000"_s);
        QVERIFY(nepal);
        QCOMPARE(nepal->valueUsdMillion, 2.5);
        QVERIFY(nepal->inrDerived);
    }

    // A file of version 4 (before this issue) keeps its figures when version 6 comes: the rupee
    // figure given, its US$ figure given, no code, no exporter; the new tables are there.
    void versionFourFileMigrates()
    {
        m_db.reset();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v4.db"_s);
        QList<Migration> upToFour;
        for (const Migration &m : Database::migrations())
            if (m.toVersion <= 4)
                upToFour << m;
        QVERIFY(Database::open(path, Database::Mode::CreateIfMissing, Database::defaultConnectionName(), upToFour).ok());
        QCOMPARE(Database::schemaVersion(), 4);
        {
            QSqlQuery q(QSqlDatabase::database(Database::defaultConnectionName()));
            QVERIFY(q.exec(u"INSERT INTO export_records (fy_start, country_code, value_crore, value_usd_million)"
                           " VALUES (2020, 'EG', 26.5, 3.5), (2020, 'NP', 5, NULL)"_s));
        }
        Database::close();
        const auto result = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.fromVersion, 4);
        QCOMPARE(Database::schemaVersion(), Database::currentVersion()); // 6, then the row versions (7)
        const auto egypt = find(2020, "EG", QString());
        QCOMPARE(egypt->valueCrore, 26.5);
        QCOMPARE(egypt->valueUsdMillion, 3.5);
        QVERIFY(!egypt->inrDerived && !egypt->usdDerived);
        QVERIFY(egypt->hsCode.isEmpty() && egypt->exporterIec.isEmpty() && egypt->quantity < 0);
        QString error;
        QVERIFY(ExchangeRateRepository().set({2020, 74, {}}, &error));
        QVERIFY(find(2020, "NP", QString())->usdDerived);
        // The new key: the same year, country and product with an HS code is another figure.
        ExportRecord coded = *egypt;
        coded.id = 0;
        coded.hsCode = u"69"_s;
        QVERIFY2(ExportRepository().insert(coded, &error), qPrintable(error));
        QVERIFY(!ExportRepository().insert(coded, &error)); // but only one
        QVERIFY(Database::check().isEmpty());
        Database::close();
        m_db = std::make_unique<TestDb>(); // for cleanup()
    }
};

QTEST_GUILESS_MAIN(TestExportMinistry)
#include "tst_exportministry.moc"
