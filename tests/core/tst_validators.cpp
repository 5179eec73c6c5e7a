#include "events/event.h"
#include "events/eventrepository.h"
#include "text/validators.h"

#include <QRandomGenerator>
#include <QRegularExpression>
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
        // Issue 13: one line, and a sensible length.
        QTest::newRow("tab inside") << "Farhan\tSiddiqui" << false << "";
        QTest::newRow("line break inside") << "Farhan\nSiddiqui" << false << "";
        QTest::newRow("escape sequence") << "Farhan\x1b[2J" << false << "";
        QTest::newRow("line separator") << QStringLiteral("Farhan\u2028Siddiqui") << false << "";
        QTest::newRow("line break at the end") << "Farhan Siddiqui\r\n" << true << "Farhan Siddiqui";
        QTest::newRow("zero-width joiner") << QStringLiteral("क्\u200dष") << true << QStringLiteral("क्\u200dष");
        QTest::newRow("200 characters") << QString(200, QLatin1Char('n')) << true << QString(200, QLatin1Char('n'));
        QTest::newRow("201 characters") << QString(201, QLatin1Char('n')) << false << "";
        QTest::newRow("200 after spaces are folded") << QString(100, QLatin1Char('n')) + QString(50, QLatin1Char(' '))
                                                            + QString(99, QLatin1Char('n'))
                                                     << true << QString(100, QLatin1Char('n')) + QLatin1Char(' ') + QString(99, QLatin1Char('n'));
    }
    void name() { QFETCH(QString, input); verify(Validators::name(input)); }

    // A 50 MB name was accepted (and printing it took 67 s and 7 GB): refused at once, saying why.
    void fiftyMegabyteName()
    {
        const QString huge(50 * 1000 * 1000, QLatin1Char('N'));
        const FieldCheck check = Validators::name(huge);
        QVERIFY(!check.ok);
        QCOMPARE(check.reason, QStringLiteral("This is 50,000,000 characters long; at most 200 are allowed."));
    }

    void text_data()
    {
        columns();
        QTest::newRow("lines and tabs") << "  Shop 5,\n\tGIDA, Gorakhpur \n" << true << "Shop 5,\n\tGIDA, Gorakhpur";
        QTest::newRow("escape") << "Shop\x1b[31m 5" << false << "";
        QTest::newRow("nul") << QString(QStringLiteral("Shop")) + QChar(0) << false << "";
        QTest::newRow("1,000 characters") << QString(1000, QLatin1Char('a')) << true << QString(1000, QLatin1Char('a'));
        QTest::newRow("1,001 characters") << QString(1001, QLatin1Char('a')) << false << "";
    }
    void text() { QFETCH(QString, input); verify(Validators::text(input, Validators::MaxAddressLength)); }

    // Events go through the same rules (EventRepository::validate, used by the form and
    // `sammelan-cli events add`).
    void eventTexts_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("tab in English name") << "nameEn" << "Conclave\tForged" << "Name in English: This must be one line";
        QTest::newRow("line break in Hindi name") << "nameHi" << "सम्मेलन\nदो" << "Name in Hindi: This must be one line";
        QTest::newRow("long venue") << "venue" << QString(201, QLatin1Char('v')) << "Venue: This is 201 characters long";
        QTest::newRow("escape in organiser") << "organiser" << "DIC\x1b]0;x\x07" << "Organiser: This must be one line";
        QTest::newRow("control character in notes") << "notes" << "a\x01b" << "Notes: This holds a control character";
        QTest::newRow("notes over lines") << "notes" << "first\nsecond" << "";
    }
    void eventTexts()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, reason);
        Event e;
        e.nameEn = QStringLiteral("Conclave");
        e.startDate = e.endDate = QDate(2021, 9, 24);
        if (field == QLatin1String("nameEn"))
            e.nameEn = value;
        else if (field == QLatin1String("nameHi"))
            e.nameHi = value;
        else if (field == QLatin1String("venue"))
            e.venue = value;
        else if (field == QLatin1String("organiser"))
            e.organiser = value;
        else
            e.notes = value;
        const QString why = EventRepository::validate(e);
        if (reason.isEmpty())
            QVERIFY2(why.isEmpty(), qPrintable(why));
        else
            QVERIFY2(why.startsWith(reason), qPrintable(why));
    }

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
        QTest::newRow("spaces only") << "   " << true << "";
        QTest::newRow("hyphen only") << "-" << false << "";
        QTest::newRow("+91 landline") << "+91 551 2345678" << true << "05512345678";
        QTest::newRow("landline too long") << "0551 234567890" << false << "";
        QTest::newRow("STD 00") << "0051 2345678" << false << "";
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
        QTest::newRow("apostrophe") << "o'brien@example.in" << true << "o'brien@example.in";
        QTest::newRow("inner hyphen") << "a@gida-gkp.up.in" << true << "a@gida-gkp.up.in";
        QTest::newRow("digit label") << "a@123.example.in" << true << "a@123.example.in";
        QTest::newRow("hyphen first") << "a@-gida.in" << false << "";
        QTest::newRow("hyphen last") << "a@gida-.in" << false << "";
        QTest::newRow("dot last") << "a@example.in." << false << "";
        QTest::newRow("dot after at") << "a@.example.in" << false << "";
        QTest::newRow("one letter top") << "a@example.i" << false << "";
        QTest::newRow("digits top") << "a@example.12" << false << "";
        QTest::newRow("nothing before at") << "@example.in" << false << "";
        QTest::newRow("devanagari") << "आलोक@example.in" << false << "";
        QTest::newRow("underscore in domain") << "a@ex_ample.in" << false << "";
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

    // The email, GSTIN and landline rules are written by hand (an import checks 100,000 rows;
    // the regular expressions were a fifth of that): they accept exactly what the expressions
    // they replaced accept, over a few hundred thousand strings made of the characters that
    // matter.
    void handWrittenRulesMatchTheRegularExpressions()
    {
        const QRegularExpression email(QStringLiteral(
            "^[A-Za-z0-9._%+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
            "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}$"));
        const QRegularExpression gstin(QStringLiteral("^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z][A-Z][0-9A-Z]$"));
        const QRegularExpression landline(QStringLiteral("^0[1-9][0-9]{8,10}$"));
        QRandomGenerator random(15);
        auto make = [&](const QString &alphabet, int maxLength) {
            QString s;
            const int n = int(random.bounded(maxLength + 1));
            for (int i = 0; i < n; ++i)
                s += alphabet.at(int(random.bounded(int(alphabet.size()))));
            return s;
        };
        const QString emailChars = QStringLiteral("aZ9.-@_'+%. xä");
        for (int i = 0; i < 200000; ++i) {
            const QString s = make(emailChars, 9);
            const QString t = s.trimmed();
            const bool expected = t.isEmpty() || (email.match(t).hasMatch() && !t.contains(QLatin1String("..")));
            QVERIFY2(Validators::email(s).ok == expected, qPrintable(s));
        }
        // GSTINs: a valid one with one or two characters changed.
        const QString gstinChars = QStringLiteral("0159AZKz ");
        for (int i = 0; i < 100000; ++i) {
            QString s = QStringLiteral("09AAKCS6327D1Z8");
            for (int k = int(random.bounded(3)); k > 0; --k)
                s[int(random.bounded(15))] = gstinChars.at(int(random.bounded(int(gstinChars.size()))));
            QString value = s.trimmed().toUpper();
            value.remove(QLatin1Char(' '));
            const bool form = value.size() == 15 && gstin.match(value).hasMatch();
            const FieldCheck check = Validators::gstin(s);
            if (form && check.ok)
                QCOMPARE(check.value, value);
            QVERIFY2(form || !check.ok || value.isEmpty(), qPrintable(s));
            if (!form && value.size() == 15)
                QVERIFY2(!check.ok, qPrintable(s));
        }
        // Alternate phones that are not mobiles: landlines as the expression read them.
        const QString phoneChars = QStringLiteral("0015599+ -");
        for (int i = 0; i < 100000; ++i) {
            const QString s = make(phoneChars, 14);
            if (s.trimmed().isEmpty() || Validators::mobile(s).ok)
                continue;
            QString digits = s;
            digits.remove(QLatin1Char(' '));
            digits.remove(QLatin1Char('-'));
            if (digits.startsWith(QLatin1String("+91")))
                digits = QLatin1Char('0') + digits.mid(3);
            QVERIFY2(Validators::altPhone(s).ok == landline.match(digits).hasMatch(), qPrintable(s));
        }
    }
};

QTEST_GUILESS_MAIN(TestValidators)
#include "tst_validators.moc"
