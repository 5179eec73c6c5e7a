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
