#include "invitees/inviteevalidator.h"

#include <QTest>

// The whole-record check shared by the form and the import: which fields fail, and the value
// each field is stored as.
class TestInviteeValidator : public QObject
{
    Q_OBJECT
private slots:
    void validate_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mobile");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("gstin");
        QTest::addColumn<QString>("udyam");
        QTest::addColumn<QString>("share");
        QTest::addColumn<QStringList>("failing");
        QTest::newRow("minimal") << "Farhan" << "09415012345" << "" << "" << "" << "" << QStringList{};
        QTest::newRow("complete") << "आलोक त्रिपाठी" << "+91 98390 12345" << "alok@example.in"
                                  << "27AAPFU0939F1ZV" << "udyam-up-29-0001234" << "40" << QStringList{};
        QTest::newRow("no name") << "" << "9839012345" << "" << "" << "" << "" << QStringList{QStringLiteral("name")};
        QTest::newRow("no mobile") << "A" << "" << "" << "" << "" << "" << QStringList{QStringLiteral("mobile")};
        QTest::newRow("bad gstin check") << "Amit Gupta" << "9876501234" << "" << "09AAPFU0939F1ZV" << "" << ""
                                         << QStringList{QStringLiteral("GSTIN")};
        QTest::newRow("several") << "" << "12345" << "x@" << "" << "UDYAM-1" << "120"
                                 << QStringList{QStringLiteral("name"), QStringLiteral("mobile"), QStringLiteral("email"),
                                                QStringLiteral("Udyam number"), QStringLiteral("share exported")};
    }
    void validate()
    {
        QFETCH(QString, name);
        QFETCH(QString, mobile);
        QFETCH(QString, email);
        QFETCH(QString, gstin);
        QFETCH(QString, udyam);
        QFETCH(QString, share);
        QFETCH(QStringList, failing);
        InviteeInput in;
        in.name = name;
        in.mobile = mobile;
        in.email = email;
        in.gstin = gstin;
        in.udyam = udyam;
        in.exportShare = share;
        in.sector = QStringLiteral("  Textiles ");
        const auto v = InviteeValidator::validate(in);
        QStringList fields;
        for (auto it = v.problems.cbegin(); it != v.problems.cend(); ++it)
            fields << InviteeValidator::fieldName(it.key());
        QCOMPARE(fields, failing);
        QCOMPARE(v.ok(), failing.isEmpty());
        QCOMPARE(v.sectorName, QStringLiteral("Textiles"));
        if (v.ok()) {
            QCOMPARE(v.invitee.mobile.size(), 10);
            QVERIFY(v.invitee.udyam == v.invitee.udyam.toUpper());
            QCOMPARE(v.invitee.exportShare, share.isEmpty() ? -1 : share.toInt());
            QVERIFY(v.summary().isEmpty());
        } else {
            for (const QString &f : failing)
                QVERIFY2(v.summary().contains(f + QLatin1Char(':')), qPrintable(v.summary()));
        }
    }

    // Issue 13: the free-text fields are one line (designation, enterprise, sector) or a few
    // (address, notes), of a sensible length, without control characters.
    void freeText_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("stored");
        QTest::newRow("designation") << "designation" << "  Managing   Director " << true << "Managing Director";
        QTest::newRow("designation with a tab") << "designation" << "Managing\tDirector" << false << "";
        QTest::newRow("enterprise with a line break") << "enterprise" << "Purvanchal\nTextiles" << false << "";
        QTest::newRow("enterprise of 201") << "enterprise" << QString(201, QLatin1Char('e')) << false << "";
        QTest::newRow("sector with an escape") << "sector" << "Textiles\x1b" << false << "";
        QTest::newRow("address over lines") << "address" << "Shop 5,\nGIDA" << true << "Shop 5,\nGIDA";
        QTest::newRow("address of 1,001") << "address" << QString(1001, QLatin1Char('a')) << false << "";
        QTest::newRow("notes with NUL") << "notes" << QStringLiteral("a") + QChar(0) << false << "";
        QTest::newRow("notes of 10,000") << "notes" << QString(10000, QLatin1Char('n')) << true << QString(10000, QLatin1Char('n'));
    }
    void freeText()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(bool, ok);
        QFETCH(QString, stored);
        InviteeInput in;
        in.name = QStringLiteral("Farhan");
        in.mobile = QStringLiteral("9415012345");
        QString InviteeInput::*member = field == QLatin1String("designation") ? &InviteeInput::designation
                                        : field == QLatin1String("enterprise") ? &InviteeInput::enterprise
                                        : field == QLatin1String("sector")     ? &InviteeInput::sector
                                        : field == QLatin1String("address")    ? &InviteeInput::address
                                                                               : &InviteeInput::notes;
        in.*member = value;
        const auto v = InviteeValidator::validate(in);
        QCOMPARE(v.ok(), ok);
        if (!ok) {
            QVERIFY2(v.summary().startsWith(field + QLatin1Char(':')), qPrintable(v.summary()));
            return;
        }
        const QString got = field == QLatin1String("designation") ? v.invitee.designation
                            : field == QLatin1String("enterprise") ? v.invitee.enterprise
                            : field == QLatin1String("sector")     ? v.sectorName
                            : field == QLatin1String("address")    ? v.invitee.address
                                                                   : v.invitee.notes;
        QCOMPARE(got, stored);
    }
};

QTEST_GUILESS_MAIN(TestInviteeValidator)
#include "tst_inviteevalidator.moc"
