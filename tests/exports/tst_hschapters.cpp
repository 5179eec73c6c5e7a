#include "exportfixtures.h"
#include "exports/exportstats.h"
#include "exports/hschapters.h"
#include "exports/productchapterrepository.h"
#include "exports/exportrepository.h"
#include "sectors/sectorrepository.h"
#include "testdb.h"
#include "text/textfold.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The HS chapters shipped as data (English and Hindi names), the rules for an ITC(HS) code, and
// the district's products classified by chapter.
class TestHsChapters : public QObject
{
    Q_OBJECT

private slots:
    void chaptersFromTheDataFile()
    {
        const HsChapters &hs = HsChapters::instance();
        // 01-97 without 77 (reserved in the HS), and India's 98 and 99.
        QCOMPARE(hs.all().size(), 98);
        QVERIFY(!hs.find(u"77"_s));
        QVERIFY(hs.find(u"99"_s));
        const HsChapter *apparel = hs.find(u"61"_s);
        QVERIFY(apparel);
        QVERIFY(apparel->nameEn.startsWith(u"Articles of apparel"_s));
        QVERIFY(apparel->nameHi.contains(u"परिधान"_s));
        QCOMPARE(hs.find(u"69"_s)->name(u"hi"_s), u"सिरेमिक (मृत्तिका) उत्पाद"_s);
        for (const HsChapter &c : hs.all()) {
            QVERIFY2(!c.nameEn.isEmpty() && !c.nameHi.isEmpty() && !c.shortEn.isEmpty() && !c.shortHi.isEmpty(),
                     qPrintable(c.code));
            QVERIFY2(TextFold::hasDevanagari(c.nameHi), qPrintable(c.code));
        }
    }

    void checkCode_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("stored");
        QTest::newRow("chapter") << "61" << true << "61";
        QTest::newRow("heading") << "6109" << true << "6109";
        QTest::newRow("eight digits") << "61091000" << true << "61091000";
        QTest::newRow("dotted") << "6109.10.00" << true << "61091000";
        QTest::newRow("spaced") << " 6109 10 00 " << true << "61091000";
        QTest::newRow("leading zero lost") << "9011000" << true << "09011000";
        QTest::newRow("one digit") << "9" << true << "09";
        QTest::newRow("Devanagari digits") << "६१०९" << true << "6109";
        QTest::newRow("empty") << "" << true << "";
        QTest::newRow("reserved chapter") << "7700" << false << "";
        QTest::newRow("ten digits") << "6109100012" << false << "";
        QTest::newRow("letters") << "61A9" << false << "";
        QTest::newRow("chapter 00") << "0012" << false << "";
    }
    void checkCode()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, stored);
        const FieldCheck check = HsChapters::checkCode(text);
        QCOMPARE(check.ok, ok);
        QCOMPARE(check.value, stored);
        if (!ok)
            QVERIFY(check.reason.contains(text.trimmed()));
    }

    void productsByName_data()
    {
        QTest::addColumn<QString>("product");
        QTest::addColumn<QStringList>("chapters");
        QTest::newRow("readymade garments") << "Readymade garments" << QStringList{u"61"_s, u"62"_s};
        QTest::newRow("ready-made, any case") << "READY-MADE Garments" << QStringList{u"61"_s, u"62"_s};
        QTest::newRow("Hindi") << "रेडीमेड वस्त्र" << QStringList{u"61"_s, u"62"_s};
        QTest::newRow("terracotta") << "Terracotta" << QStringList{u"69"_s};
        QTest::newRow("Hindi terracotta") << "टेराकोटा" << QStringList{u"69"_s};
        QTest::newRow("textiles, not garments") << "Textiles" << QStringList{u"52"_s};
        QTest::newRow("medical equipment") << "Medical equipment" << QStringList{u"90"_s};
        QTest::newRow("nothing") << "Handicrafts" << QStringList{};
        QTest::newRow("not inside a word") << "Garmentsmith" << QStringList{};
    }
    void productsByName()
    {
        QFETCH(QString, product);
        QFETCH(QStringList, chapters);
        QCOMPARE(HsChapters::instance().guess(product), chapters);
    }

    void labels()
    {
        const HsChapters &hs = HsChapters::instance();
        QCOMPARE(hs.label(u"69"_s, u"en"_s), u"69 Ceramics"_s);
        QCOMPARE(hs.label(u"61+62"_s, u"en"_s), u"61, 62: Apparel, knitted / Apparel, not knitted"_s);
        QCOMPARE(hs.label(u"69"_s, u"hi"_s), u"69 सिरेमिक"_s);
        QCOMPARE(hs.label(QString(), u"en"_s), u"Not classified"_s);
        QCOMPARE(HsChapters::key({u"62"_s, u"61"_s, u"62"_s}), u"61+62"_s);
        QCOMPARE(HsChapters::chaptersOf(u"61+62"_s), (QStringList{u"61"_s, u"62"_s}));
    }

    // Charts group by chapter: a record's own code first, else its product's chapters (as set,
    // else as its name suggests), else "not classified".
    void chartsByChapter()
    {
        TestDb db;
        SectorRepository sectors;
        const qint64 garments = sectors.ensure(u"Readymade garments"_s);
        const qint64 handicrafts = sectors.ensure(u"Handicrafts"_s);
        const qint64 yarn = sectors.ensure(u"Yarn"_s);
        QString error;
        QVERIFY2(ProductChapterRepository().set(handicrafts, {u"44"_s, u"44"_s}, &error), qPrintable(error));
        QVERIFY(!ProductChapterRepository().set(yarn, {u"77"_s}, &error));
        ExportRepository repository;
        ExportRecord coded = exportRecord(2022, "US", garments, 10);
        coded.hsCode = u"69139000"_s; // its code wins over its product
        QVERIFY(repository.insert(coded, &error));
        QVERIFY(repository.insert(exportRecord(2022, "US", garments, 20), &error));
        QVERIFY(repository.insert(exportRecord(2022, "EG", handicrafts, 5), &error));
        QVERIFY(repository.insert(exportRecord(2022, "EG", 0, 1), &error));
        const QList<ExportRecord> all = repository.all();
        const auto ranked = ExportStats::ranked(all, 2022, ExportStats::By::Chapter, 0);
        QCOMPARE(ranked.size(), 4);
        QCOMPARE(ranked.at(0).key, u"61+62"_s);
        QCOMPARE(ranked.at(0).value, 20.0);
        QCOMPARE(ranked.at(1).key, u"69"_s);
        QCOMPARE(ranked.at(2).key, u"44"_s);
        QCOMPARE(ranked.at(3).key, QString()); // not classified
        // Back to the name's suggestion.
        QVERIFY(ProductChapterRepository().set(handicrafts, {}, &error));
        QVERIFY(!ProductChapterRepository().effective(sectors.all()).contains(handicrafts));
    }
};

QTEST_GUILESS_MAIN(TestHsChapters)
#include "tst_hschapters.moc"
