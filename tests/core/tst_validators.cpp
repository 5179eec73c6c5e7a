#include "validators.h"

#include <QTest>

// Each rule of the invitee form, as a table: input, whether it is accepted, the stored value.
class TestValidators : public QObject
{
    Q_OBJECT
private:
    static void columns()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("stored");
    }
    static void verify(const FieldCheck &check)
    {
        QFETCH(bool, ok);
        QFETCH(QString, stored);
        QCOMPARE(check.ok, ok);
        if (ok) {
            QCOMPARE(check.value, stored);
            QVERIFY(check.reason.isEmpty());
        } else {
            QVERIFY(!check.reason.isEmpty());
        }
    }

private slots:
    void name_data()
    {
        columns();
        QTest::newRow("latin") << "  Farhan   Siddiqui " << true << "Farhan Siddiqui";
        QTest::newRow("devanagari") << "आलोक त्रिपाठी" << true << "आलोक त्रिपाठी";
        QTest::newRow("empty") << "" << false << "";
        QTest::newRow("spaces") << "   " << false << "";
    }
    void name() { QFETCH(QString, input); verify(Validators::name(input)); }

    void mobile_data()
    {
        columns();
        QTest::newRow("plain") << "9876543210" << true << "9876543210";
        QTest::newRow("+91 with spaces") << "+91 98390 12345" << true << "9839012345";
        QTest::newRow("leading 0") << "09415012345" << true << "9415012345";
        QTest::newRow("space inside") << "98765 43210" << true << "9876543210";
        QTest::newRow("91 prefix") << "919876543210" << true << "9876543210";
        QTest::newRow("hyphens") << "98765-43210" << true << "9876543210";
        QTest::newRow("+91-") << "+91-7007001234" << true << "7007001234";
        QTest::newRow("starts with 91 itself") << "9198765432" << true << "9198765432";
        QTest::newRow("devanagari digits") << "९८७६५४३२१०" << true << "9876543210";
        QTest::newRow("starts with 6") << "6000000001" << true << "6000000001";
        QTest::newRow("starts with 5") << "5876543210" << false << "";
        QTest::newRow("nine digits") << "987654321" << false << "";
        QTest::newRow("eleven digits") << "98765432101" << false << "";
        QTest::newRow("letters") << "98765abcde" << false << "";
        QTest::newRow("empty") << "" << false << "";
        QTest::newRow("landline") << "0551 2345678" << false << "";
    }
    void mobile() { QFETCH(QString, input); verify(Validators::mobile(input)); }

    void altPhone_data()
    {
        columns();
        QTest::newRow("empty is fine") << "" << true << "";
        QTest::newRow("mobile") << "+91 98390 12345" << true << "9839012345";
        QTest::newRow("landline with STD") << "0551 2345678" << true << "05512345678";
        QTest::newRow("garbage") << "call me" << false << "";
    }
    void altPhone() { QFETCH(QString, input); verify(Validators::altPhone(input)); }

    void email_data()
    {
        columns();
        QTest::newRow("empty is fine") << "" << true << "";
        QTest::newRow("plain") << "alok@example.in" << true << "alok@example.in";
        QTest::newRow("trimmed") << "  farhan.s+dic@mail.example.co.in " << true << "farhan.s+dic@mail.example.co.in";
        QTest::newRow("no at") << "alok.example.in" << false << "";
        QTest::newRow("no domain dot") << "alok@example" << false << "";
        QTest::newRow("two ats") << "a@b@example.in" << false << "";
        QTest::newRow("space") << "alok tripathi@example.in" << false << "";
        QTest::newRow("double dot") << "alok..t@example.in" << false << "";
    }
    void email() { QFETCH(QString, input); verify(Validators::email(input)); }

    void pin_data()
    {
        columns();
        QTest::newRow("empty is fine") << "" << true << "";
        QTest::newRow("gorakhpur") << "273015" << true << "273015";
        QTest::newRow("spaced") << "273 015" << true << "273015";
        QTest::newRow("leading zero") << "073015" << false << "";
        QTest::newRow("five digits") << "27301" << false << "";
        QTest::newRow("letters") << "27301A" << false << "";
    }
    void pin() { QFETCH(QString, input); verify(Validators::pin(input)); }

    void gstin_data()
    {
        columns();
        QTest::newRow("empty is fine") << "" << true << "";
        QTest::newRow("valid 27") << "27AAPFU0939F1ZV" << true << "27AAPFU0939F1ZV";
        QTest::newRow("valid 09") << "09AAKCS6327D1Z8" << true << "09AAKCS6327D1Z8";
        QTest::newRow("lower case accepted") << "09aakcs6327d1z8" << true << "09AAKCS6327D1Z8";
        QTest::newRow("wrong check character") << "09AAPFU0939F1ZV" << false << "";
        QTest::newRow("short") << "09AAKCS6327D1Z" << false << "";
        QTest::newRow("bad form") << "09AAKC56327D1Z8" << false << "";
        QTest::newRow("no state 00") << "00AAKCS6327D1Z8" << false << "";
        QTest::newRow("entity 0") << "09AAKCS6327D0Z8" << false << "";
    }
    void gstin() { QFETCH(QString, input); verify(Validators::gstin(input)); }

    void gstinCheckCharacter()
    {
        QCOMPARE(Validators::gstinCheckCharacter(QStringLiteral("27AAPFU0939F1Z")), QChar(u'V'));
        QCOMPARE(Validators::gstinCheckCharacter(QStringLiteral("09AAKCS6327D1Z")), QChar(u'8'));
        QVERIFY(Validators::gstinCheckCharacter(QStringLiteral("short")).isNull());
    }

    void udyam_data()
    {
        columns();
        QTest::newRow("empty is fine") << "" << true << "";
        QTest::newRow("upper") << "UDYAM-UP-29-0001234" << true << "UDYAM-UP-29-0001234";
        QTest::newRow("lower stored upper") << "udyam-up-29-0007890" << true << "UDYAM-UP-29-0007890";
        QTest::newRow("six digits") << "UDYAM-UP-29-000123" << false << "";
        QTest::newRow("no dashes") << "UDYAMUP290001234" << false << "";
        QTest::newRow("digit state") << "UDYAM-U1-29-0001234" << false << "";
    }
    void udyam() { QFETCH(QString, input); verify(Validators::udyam(input)); }

    void iec_data()
    {
        columns();
        QTest::newRow("empty is fine") << "" << true << "";
        QTest::newRow("pan form") << "AAFCP4821K" << true << "AAFCP4821K";
        QTest::newRow("lower pan") << "aafcp4821k" << true << "AAFCP4821K";
        QTest::newRow("ten digits") << "0512345678" << true << "0512345678";
        QTest::newRow("nine") << "AAFCP4821" << false << "";
        QTest::newRow("mixed") << "AAFCP48215" << false << "";
    }
    void iec() { QFETCH(QString, input); verify(Validators::iec(input)); }

    void exportShare_data()
    {
        columns();
        QTest::newRow("empty is fine") << "" << true << "";
        QTest::newRow("zero") << "0" << true << "0";
        QTest::newRow("hundred") << "100" << true << "100";
        QTest::newRow("percent sign") << "45 %" << true << "45";
        QTest::newRow("over") << "101" << false << "";
        QTest::newRow("negative") << "-1" << false << "";
        QTest::newRow("fraction") << "12.5" << false << "";
    }
    void exportShare() { QFETCH(QString, input); verify(Validators::exportShare(input)); }
};

QTEST_GUILESS_MAIN(TestValidators)
#include "tst_validators.moc"
