#include "text/languagemanager.h"

#include <QDate>
#include <QSignalSpy>
#include <QTest>

// Numbers and dates follow the language (en_IN / hi_IN: Indian grouping, Hindi month names),
// with Devanagari digits only when asked for.
class TestLanguageManager : public QObject
{
    Q_OBJECT
private slots:
    void cleanup()
    {
        LanguageManager::instance()->setNativeDigits(false);
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    }

    void formats_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("native");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("money");
        QTest::addColumn<QString>("month");
        QTest::newRow("english") << "en" << false << "12,34,567" << "300.50" << "September";
        QTest::newRow("hindi") << "hi" << false << "12,34,567" << "300.50" << "सितंबर";
        QTest::newRow("hindi, devanagari digits") << "hi" << true << "१२,३४,५६७" << "३००.५०" << "सितंबर";
        QTest::newRow("english ignores the digit setting") << "en" << true << "12,34,567" << "300.50" << "September";
    }
    void formats()
    {
        QFETCH(QString, language);
        QFETCH(bool, native);
        QFETCH(QString, number);
        QFETCH(QString, money);
        QFETCH(QString, month);
        QVERIFY(LanguageManager::instance()->setLanguage(language));
        LanguageManager::instance()->setNativeDigits(native);
        QCOMPARE(LanguageManager::number(1234567), number);
        QCOMPARE(LanguageManager::number(300.5, 2), money);
        const QString date = LanguageManager::date(QDate(2021, 9, 24));
        QVERIFY2(date.contains(month), qPrintable(date));
        QCOMPARE(date.contains(QStringLiteral("२४")), native && language == QLatin1String("hi"));
        QCOMPARE(QLocale().toString(1234567), QStringLiteral("12,34,567")); // the default follows too
    }

    // One family of date formats with four-digit years: dd-MM-yyyy in fields, dialogs and the
    // import wizard, "24 September 2021" in lists and printouts; never 24/09/21 or a weekday.
    void dates_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("native");
        QTest::addColumn<QString>("shortDate");
        QTest::addColumn<QString>("longDate");
        QTest::addColumn<QString>("shortDateTime");
        QTest::newRow("english") << "en" << false << "24-09-2021" << "24 September 2021" << "24-09-2021 09:05";
        QTest::newRow("hindi") << "hi" << false << "24-09-2021" << "24 सितंबर 2021" << "24-09-2021 09:05";
        QTest::newRow("hindi, devanagari digits") << "hi" << true << "२४-०९-२०२१" << "२४ सितंबर २०२१" << "२४-०९-२०२१ ०९:०५";
    }
    void dates()
    {
        QFETCH(QString, language);
        QFETCH(bool, native);
        QFETCH(QString, shortDate);
        QFETCH(QString, longDate);
        QFETCH(QString, shortDateTime);
        QVERIFY(LanguageManager::instance()->setLanguage(language));
        LanguageManager::instance()->setNativeDigits(native);
        const QDate day(2021, 9, 24);
        QCOMPARE(LanguageManager::date(day, QLocale::ShortFormat), shortDate);
        QCOMPARE(LanguageManager::date(day), longDate);
        QCOMPARE(LanguageManager::dateTime(QDateTime(day, QTime(9, 5))), shortDateTime);
        QCOMPARE(LanguageManager::dateTime(QDateTime(day, QTime(9, 5)), QLocale::LongFormat),
                 longDate + QStringLiteral(", ") + shortDateTime.section(QLatin1Char(' '), 1));
        // A date field shows what the dialogs write.
        QCOMPARE(LanguageManager::numberLocale().toString(day, LanguageManager::dateFormat()), shortDate);
    }

    // Widgets that format numbers themselves (spin boxes, date fields, chart axes) get a locale
    // that writes the digits the user chose.
    void numberLocale()
    {
        QCOMPARE(LanguageManager::numberLocale().toString(1234567), QStringLiteral("12,34,567"));
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("hi")));
        QCOMPARE(LanguageManager::numberLocale().toString(1234567), QStringLiteral("12,34,567"));
        LanguageManager::instance()->setNativeDigits(true);
        QCOMPARE(LanguageManager::numberLocale().toString(1234567.5, 'f', 2), QStringLiteral("१२,३४,५६७.५०"));
        bool ok = false;
        QCOMPARE(LanguageManager::numberLocale().toDouble(QStringLiteral("१२,३४,५६७.५०"), &ok), 1234567.5);
        QVERIFY(ok);
    }

    void switchingTellsViews()
    {
        QSignalSpy changed(LanguageManager::instance(), &LanguageManager::languageChanged);
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("hi")));
        LanguageManager::instance()->setNativeDigits(true);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(LanguageManager::currentLanguage(), QStringLiteral("hi"));
        QVERIFY(!LanguageManager::instance()->setLanguage(QStringLiteral("fr")));
        QCOMPARE(LanguageManager::currentLanguage(), QStringLiteral("hi"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("फ़ाइल (&F)"));
    }

    void initialLanguage()
    {
        QCOMPARE(LanguageManager::initialLanguage(QStringLiteral("hi")), QStringLiteral("hi"));
        QCOMPARE(LanguageManager::initialLanguage(QStringLiteral("en")), QStringLiteral("en"));
        // Nothing saved: the system's language (the test runs in C/English).
        QCOMPARE(LanguageManager::initialLanguage(QString()), QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"
