#include "exports/exportrecord.h"
#include "exports/countries.h"
#include "import/columnmapper.h"
#include "import/exportimport.h"
#include "import/inviteeimport.h"
#include "text/textfold.h"
#include "text/validators.h"

#include <QTest>

using namespace Qt::StringLiterals;

// One way to fold text and one way to read digits, used by every reader of typed or imported
// text: country names, column headings, financial years, values, mobile numbers and PIN codes.
class TestTextFold : public QObject
{
    Q_OBJECT
private slots:
    void fold_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("ASCII") << u"  Farhan   SIDDIQUI "_s << u"farhan siddiqui"_s;
        QTest::newRow("Devanagari") << u"मीरा श्रीवास्तव"_s << u"मीरा श्रीवास्तव"_s;
        QTest::newRow("mixed, abbreviation sign") << u"Gorakh उ॰प्र॰ LTD"_s << u"gorakh उ0प्र0 ltd"_s;
        QTest::newRow("precomposed nukta") << u"\u095c"_s << u"\u0921\u093c"_s; // NFC writes it in two
        QTest::newRow("Latin with accents") << u"ÉLAN Straße"_s << u"élan straße"_s;
        QTest::newRow("Greek") << u"ΣΟΦΙΑ"_s << u"σοφια"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    // Text of ASCII and Devanagari takes a shorter way than the rest: both fold alike.
    void fold()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(TextFold::fold(text), folded);
    }

    void latinDigits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("latin");
        QTest::newRow("Devanagari") << u"०१२३४५६७८९"_s << u"0123456789"_s;
        QTest::newRow("mixed, with a dash") << u"२०२०–21"_s << u"2020–21"_s;
        QTest::newRow("Bengali") << u"১২৩"_s << u"123"_s;
        QTest::newRow("letters stay") << u"उ0प्र0 गोरखपुर"_s << u"उ0प्र0 गोरखपुर"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void latinDigits()
    {
        QFETCH(QString, text);
        QFETCH(QString, latin);
        QCOMPARE(TextFold::latinDigits(text), latin);
    }

    void matchKey_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("case, spaces, punctuation") << u"Mobile No."_s << u"  mobile   no"_s;
        QTest::newRow("nukta") << u"फ़र्म"_s << u"फर्म"_s;
        QTest::newRow("precomposed nukta") << u"\u0958तर"_s << u"कतर"_s;
        QTest::newRow("digits") << u"फ़ोन २"_s << u"फोन 2"_s;
        QTest::newRow("abbreviation sign") << u"मोबाइल नं॰"_s << u"मोबाइल नं"_s;
    }
    void matchKey()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(TextFold::matchKey(a), TextFold::matchKey(b));
        QVERIFY(!TextFold::matchKey(a).isEmpty());
    }
    void matchKeyKeepsWhatMatters()
    {
        QVERIFY(TextFold::matchKey(u"पता"_s) != TextFold::matchKey(u"पिता"_s)); // vowel signs count
        QVERIFY(TextFold::matchKey(u"phone 2"_s) != TextFold::matchKey(u"phone"_s));
    }

    // Column headings are matched as country names are: with or without the nukta.
    void headingsLikeCountries()
    {
        const ColumnMapping mapping = ColumnMapper::map({u"नाम"_s, u"फ़र्म"_s, u"मोबाइल नं॰"_s}, InviteeImport::fields());
        QCOMPARE(mapping.column(InviteeImport::Enterprise), 1);
        QCOMPARE(mapping.column(InviteeImport::Mobile), 2);
        QVERIFY(mapping.unknownColumns.isEmpty());
        QCOMPARE(Countries::instance().find(u"क़तर"_s)->alpha2, u"QA"_s);
        QCOMPARE(Countries::instance().find(u"कतर"_s)->alpha2, u"QA"_s);
    }

    // Every reader takes Devanagari digits the same way.
    void digitsEverywhere()
    {
        QCOMPARE(ExportRecord::parseFinancialYear(u"वित्तीय वर्ष २०२०-२१"_s), 2020);
        QCOMPARE(ExportImport::parseValue(u"₹ १,२३४.५"_s), 1234.5);
        QCOMPARE(Validators::mobile(u"+९१ ९८३९०-१२३४५"_s).value, u"9839012345"_s);
        QCOMPARE(Validators::pin(u"२७३ ०१५"_s).value, u"273015"_s);
        QCOMPARE(Validators::exportShare(u"४०%"_s).value, u"40"_s);
    }
};

QTEST_APPLESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
