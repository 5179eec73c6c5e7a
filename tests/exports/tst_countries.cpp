#include "exports/countries.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Countries come from iso-codes and are found however staff write them.
class TestCountries : public QObject
{
    Q_OBJECT
private slots:
    void fromIsoCodes()
    {
        const Countries &countries = Countries::instance();
        QVERIFY(countries.all().size() >= 249);
        // Most countries have a Hindi name of their own in iso-codes' translation.
        QVERIFY2(countries.hindiNamed() > 150, qPrintable(QString::number(countries.hindiNamed())));
        const auto egypt = countries.byCode(QStringLiteral("EG"));
        QVERIFY(egypt);
        QCOMPARE(egypt->alpha3, QStringLiteral("EGY"));
        QCOMPARE(egypt->nameEn, QStringLiteral("Egypt"));
        QCOMPARE(egypt->nameHi, QStringLiteral("मिस्र"));
        QCOMPARE(egypt->name(QStringLiteral("hi")), QStringLiteral("मिस्र"));
        QCOMPARE(egypt->name(QStringLiteral("en")), QStringLiteral("Egypt"));
    }

    // The names a Hindi reader expects, not the ISO list name put word by word into Hindi
    // ("संयुक्त राज्य", "रशियन फेडेरशन") or an old spelling ("नीदरलैण्ड").
    void hindiNames_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("hindi");
        QTest::newRow("United States") << u"US"_s << u"संयुक्त राज्य अमेरिका"_s;
        QTest::newRow("Russia") << u"RU"_s << u"रूस"_s;
        QTest::newRow("Iran") << u"IR"_s << u"ईरान"_s;
        QTest::newRow("Saudi Arabia") << u"SA"_s << u"सऊदी अरब"_s;
        QTest::newRow("Nigeria") << u"NG"_s << u"नाइजीरिया"_s;
        QTest::newRow("Kenya") << u"KE"_s << u"केन्या"_s;
        QTest::newRow("Netherlands") << u"NL"_s << u"नीदरलैंड"_s;
        QTest::newRow("France") << u"FR"_s << u"फ़्रांस"_s;
        QTest::newRow("Turkey (none in iso-codes)") << u"TR"_s << u"तुर्की"_s;
        // Right in iso-codes already, and kept.
        QTest::newRow("United Kingdom") << u"GB"_s << u"यूनाइटेड किंगडम"_s;
        QTest::newRow("UAE") << u"AE"_s << u"संयुक्त अरब अमीरात"_s;
        QTest::newRow("South Africa") << u"ZA"_s << u"दक्षिण अफ़्रीका"_s;
        QTest::newRow("Germany") << u"DE"_s << u"जर्मनी"_s;
        QTest::newRow("Bangladesh") << u"BD"_s << u"बांग्लादेश"_s;
        QTest::newRow("Nepal") << u"NP"_s << u"नेपाल"_s;
    }
    void hindiNames()
    {
        QFETCH(QString, code);
        QFETCH(QString, hindi);
        const auto country = Countries::instance().byCode(code);
        QVERIFY(country);
        QCOMPARE(country->nameHi, hindi);
        QCOMPARE(Countries::instance().find(hindi)->alpha2, code);
    }
    void noHindiNameIsAnIsoListName()
    {
        for (const Country &c : Countries::instance().all()) {
            // "ईरान, इस्लामिक रिपब्लिक ऑफ": the ISO list's inverted form, word by word.
            QVERIFY2(!c.nameHi.contains(u"ऑफ"_s) && !c.nameHi.contains(u"रिपब्लिक"_s)
                         && !c.nameHi.contains(u"फेडेरशन"_s),
                     qPrintable(c.alpha2 + u' ' + c.nameHi));
            QVERIFY2(!c.nameHi.contains(u"ण्ड"_s) && !c.nameHi.contains(u"ण्ट"_s), qPrintable(c.alpha2 + u' ' + c.nameHi));
        }
        // What iso-codes calls them still finds them.
        QCOMPARE(Countries::instance().find(u"संयुक्त राज्य"_s)->alpha2, u"US"_s);
        QCOMPARE(Countries::instance().find(u"रशियन फेडेरशन"_s)->alpha2, u"RU"_s);
        QCOMPARE(Countries::instance().find(u"नीदरलैण्ड"_s)->alpha2, u"NL"_s);
    }

    void find_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("alpha-2") << u"EG"_s << u"EG"_s;
        QTest::newRow("alpha-2 lower case") << u"pe"_s << u"PE"_s;
        QTest::newRow("alpha-3") << u"EGY"_s << u"EG"_s;
        QTest::newRow("English") << u"South Africa"_s << u"ZA"_s;
        QTest::newRow("English, any case and spacing") << u"  south   AFRICA "_s << u"ZA"_s;
        QTest::newRow("official name") << u"Arab Republic of Egypt"_s << u"EG"_s;
        QTest::newRow("common name") << u"South Korea"_s << u"KR"_s;
        QTest::newRow("short name USA") << u"USA"_s << u"US"_s;
        QTest::newRow("short name UK") << u"U.K."_s << u"GB"_s;
        QTest::newRow("short name UAE") << u"UAE"_s << u"AE"_s;
        QTest::newRow("Hindi") << u"मिस्र"_s << u"EG"_s;
        QTest::newRow("Hindi Peru") << u"पेरू"_s << u"PE"_s;
        QTest::newRow("Hindi with nukta") << u"दक्षिण अफ़्रीका"_s << u"ZA"_s;
        QTest::newRow("Hindi without nukta") << u"दक्षिण अफ्रीका"_s << u"ZA"_s;
        QTest::newRow("Hindi short name") << u"अमेरिका"_s << u"US"_s;
        QTest::newRow("Hindi precomposed nukta") << u"क़तर"_s << u"QA"_s;
        QTest::newRow("Hindi, nukta left out") << u"कतर"_s << u"QA"_s;
    }
    void find()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        const auto country = Countries::instance().find(text);
        QVERIFY2(country, qPrintable(text));
        QCOMPARE(country->alpha2, code);
    }

    void unknown_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << u""_s;
        QTest::newRow("spaces") << u"   "_s;
        QTest::newRow("made up") << u"Atlantis"_s;
        QTest::newRow("not a code") << u"XX"_s;
        QTest::newRow("a city") << u"Dubai"_s;
        QTest::newRow("Hindi made up") << u"अटलांटिस"_s;
    }
    void unknown()
    {
        QFETCH(QString, text);
        QVERIFY(!Countries::instance().find(text));
    }

    void completions()
    {
        const QStringList english = Countries::instance().completions(QStringLiteral("en"));
        QVERIFY(english.contains(QStringLiteral("Peru")));
        QVERIFY(english.indexOf(QStringLiteral("Peru")) < english.indexOf(QStringLiteral("पेरू"))); // English first
        const QStringList hindi = Countries::instance().completions(QStringLiteral("hi"));
        QVERIFY(hindi.contains(QStringLiteral("पेरू")));
        QVERIFY(hindi.contains(QStringLiteral("Peru"))); // English still completes in Hindi
        // Everything offered is understood.
        for (const QString &name : hindi)
            QVERIFY2(Countries::instance().find(name), qPrintable(name));
    }
};

QTEST_APPLESS_MAIN(TestCountries)
#include "tst_countries.moc"
