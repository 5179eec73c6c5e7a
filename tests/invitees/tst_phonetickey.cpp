#include "invitees/phonetickey.h"

#include <QTest>

// Names typed in either script, in the spellings clerks use, give one key.
class TestPhoneticKey : public QObject
{
    Q_OBJECT
private slots:
    void sameKey_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("Geeta") << "Geeta Nishad" << "गीता निषाद";
        QTest::newRow("Gita") << "Gita Nishaad" << "गीता निषाद";
        QTest::newRow("Ram Prasad") << "Ram Prasad Srivastava" << "राम प्रसाद श्रीवास्तव";
        QTest::newRow("Shrivastav") << "Shrivastav" << "श्रीवास्तव";
        QTest::newRow("Arif") << "Mohammad Arif" << "मोहम्मद आरिफ";
        QTest::newRow("Mohamad") << "Mohamad" << "मोहम्मद";
        QTest::newRow("Neha Singh") << "Neha Singh" << "नेहा सिंह";
        QTest::newRow("Deepak Gupta") << "Deepak Gupta" << "दीपक गुप्ता";
        QTest::newRow("Kamlesh") << "Kamlesh" << "कमलेश";
        QTest::newRow("Kamla") << "Kamla" << "कमला";
        QTest::newRow("Sarkar") << "Sarkar" << "सरकार";
        QTest::newRow("Rabar") << "Rabar" << "रबर";
        QTest::newRow("Laxmi") << "Laxmi" << "लक्ष्मी";
        QTest::newRow("Lakshmi") << "Lakshmi" << "लक्ष्मी";
        QTest::newRow("Sanjay") << "Sanjay" << "संजय";
        QTest::newRow("Ajay") << "Ajay" << "अजय";
        QTest::newRow("Aditya") << "Aditya" << "आदित्य";
        QTest::newRow("Zaid") << "Zaid" << "ज़ैद";
        QTest::newRow("Purvanchal") << "Purvanchal" << "पूर्वांचल";
        QTest::newRow("Vinod / Winod") << "Vinod" << "Winod";
        QTest::newRow("Meera / Mira") << "Meera" << "Mira";
        QTest::newRow("Gourav / Gaurav") << "Gourav" << "गौरव";
        QTest::newRow("Yadav") << "Yadav" << "यादव";
        QTest::newRow("Tripathi") << "Tripathi" << "त्रिपाठी";
        QTest::newRow("Siddiqui") << "Siddiqui" << "सिद्दीकी";
    }
    void sameKey()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(PhoneticKey::of(a), PhoneticKey::of(b));
        QVERIFY(!PhoneticKey::of(a).isEmpty());
    }

    void differentNamesStayApart_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("Geeta / Meera") << "Geeta" << "मीरा";
        QTest::newRow("Ram / Rima") << "Ram" << "रीमा";
        QTest::newRow("Neha / Nisha") << "Neha" << "निशा";
        QTest::newRow("Amit / Ajit") << "Amit" << "अजित";
    }
    void differentNamesStayApart()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QVERIFY(PhoneticKey::of(a) != PhoneticKey::of(b));
    }

    void wordsAndOddCharacters()
    {
        QCOMPARE(PhoneticKey::of(QStringLiteral("  Ram   Prasad ")), QStringLiteral("ram prasad"));
        QCOMPARE(PhoneticKey::of(QStringLiteral("M/s. Gupta & Sons")), QStringLiteral("ms gupt sons"));
        QCOMPARE(PhoneticKey::of(QStringLiteral("9415012345")), QStringLiteral("9415012345"));
        QCOMPARE(PhoneticKey::of(QString()), QString());
        QCOMPARE(PhoneticKey::of(QStringLiteral("—")), QString());
    }
};

QTEST_GUILESS_MAIN(TestPhoneticKey)
#include "tst_phonetickey.moc"
