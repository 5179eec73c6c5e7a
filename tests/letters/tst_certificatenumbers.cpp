#include "letters/letter.h"

#include <QRegularExpression>
#include <QTest>

// Certificate numbers are signed with the database's secret: a changed or made-up number does
// not verify, a misread O or lower case does.
class TestCertificateNumbers : public QObject
{
    Q_OBJECT
    const QByteArray m_secret = QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    const QByteArray m_other = QByteArray::fromHex("ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100");

private slots:
    void shape()
    {
        const QString number = CertificateNumbers::make(m_secret, 2025, 17);
        QVERIFY2(QRegularExpression(QStringLiteral("^SC-2025-00017-[0-9A-HJKMNP-TV-Z]{8}$")).match(number).hasMatch(),
                 qPrintable(number));
        const auto parts = CertificateNumbers::parse(number);
        QVERIFY(parts);
        QCOMPARE(parts->fyStart, 2025);
        QCOMPARE(parts->serial, 17);
        QCOMPARE(parts->number, number);
        // The same secret gives the same number: it can be checked later.
        QCOMPARE(CertificateNumbers::make(m_secret, 2025, 17), number);
    }

    void genuineNumbersVerify()
    {
        for (int serial = 1; serial <= 300; ++serial)
            QVERIFY(CertificateNumbers::isSigned(m_secret, CertificateNumbers::make(m_secret, 2025, serial)));
        const QString number = CertificateNumbers::make(m_secret, 2025, 17);
        QVERIFY(CertificateNumbers::isSigned(m_secret, number.toLower()));
        QVERIFY(CertificateNumbers::isSigned(m_secret, QStringLiteral("  ") + number + QStringLiteral("\n")));
        QString misread = number;
        const int zero = misread.lastIndexOf(QLatin1Char('0'));
        if (zero > 14) {
            misread[zero] = QLatin1Char('O');
            QVERIFY(CertificateNumbers::isSigned(m_secret, misread));
        }
    }

    void forgeriesDoNot()
    {
        const QString number = CertificateNumbers::make(m_secret, 2025, 17);
        // Another serial or year under the same signature.
        QVERIFY(!CertificateNumbers::isSigned(m_secret, QString(number).replace(QStringLiteral("00017"), QStringLiteral("00018"))));
        QVERIFY(!CertificateNumbers::isSigned(m_secret, QString(number).replace(QStringLiteral("2025"), QStringLiteral("2024"))));
        // Any one character of the signature changed.
        for (int i = 14; i < number.size(); ++i) {
            QString forged = number;
            forged[i] = forged.at(i) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
            QVERIFY2(!CertificateNumbers::isSigned(m_secret, forged), qPrintable(forged));
        }
        // Made with another database's secret.
        QVERIFY(!CertificateNumbers::isSigned(m_secret, CertificateNumbers::make(m_other, 2025, 17)));
        QVERIFY(!CertificateNumbers::isSigned(QByteArray(), number));
        for (const QString &junk : {QString(), QStringLiteral("SC-2025-17"), QStringLiteral("hello"),
                                    QStringLiteral("SC-2025-00000-AAAAAAAA")})
            QVERIFY(!CertificateNumbers::isSigned(m_secret, junk));
    }
};

QTEST_GUILESS_MAIN(TestCertificateNumbers)
#include "tst_certificatenumbers.moc"
