#include "inviteevalidator.h"

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
};

QTEST_GUILESS_MAIN(TestInviteeValidator)
#include "tst_inviteevalidator.moc"
