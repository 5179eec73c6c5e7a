#include "checkin/checkincode.h"
#include "checkin/qrcode.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The badge code: what the QR code holds is exactly what a scanner types, and only genuine
// codes decode.
class TestCheckinCode : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data()
    {
        QTest::addColumn<qint64>("event");
        QTest::addColumn<qint64>("invitee");
        QTest::newRow("small") << qint64(2) << qint64(7);
        QTest::newRow("large") << qint64(123456) << qint64(987654321);
    }
    void roundTrip()
    {
        QFETCH(qint64, event);
        QFETCH(qint64, invitee);
        const QString text = CheckinCode{event, invitee}.encode();
        QVERIFY(text.startsWith(QLatin1String("SMN1-")));
        for (const QChar c : text)
            QVERIFY2(c.unicode() < 0x80, "scanners type ASCII only");
        // As a scanner types it: maybe lower case, with a line end.
        for (const QString &typed : {text, text.toLower(), text + QStringLiteral("\r\n"), QStringLiteral("  ") + text})
        {
            const auto decoded = CheckinCode::decode(typed);
            QVERIFY2(decoded, qPrintable(typed));
            QCOMPARE(decoded->eventId, event);
            QCOMPARE(decoded->inviteeId, invitee);
        }
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        const QString good = CheckinCode{2, 7}.encode();
        QString flipped = good;
        flipped[7] = flipped[7] == u'7' ? u'8' : u'7';
        QTest::newRow("misread digit") << flipped;
        QTest::newRow("wrong check") << QString(good.left(good.size() - 1) + (good.endsWith(u'0') ? u'1' : u'0'));
        QTest::newRow("other system") << "ABC-2-7-1234";
        QTest::newRow("missing part") << "SMN1-2-1A2B";
        QTest::newRow("name") << "Farhan Siddiqui";
        QTest::newRow("zero ids") << CheckinCode{0, 0}.encode();
    }
    void refused()
    {
        QFETCH(QString, text);
        QVERIFY(!CheckinCode::decode(text));
    }

    void looksLikeCode()
    {
        QVERIFY(CheckinCode::looksLikeCode(QStringLiteral("smn1-2-7-ABCD")));
        QVERIFY(!CheckinCode::looksLikeCode(QStringLiteral("Sunita")));
        QVERIFY(!CheckinCode::looksLikeCode(QStringLiteral("9876543210")));
    }

    void qrImageCarriesThePayload()
    {
        const QString payload = CheckinCode{3, 42}.encode();
        const QrCode qr(payload);
        QVERIFY(qr.isValid());
        QVERIFY(qr.size() >= 21);
        const QImage image = qr.image(6);
        QCOMPARE(image.width(), (qr.size() + 8) * 6);
        // Decoded by an independent reader, as a scanner would.
        const QString zbar = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        if (zbar.isEmpty())
            QSKIP("zbarimg (zbar-tools) is not installed");
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("badge.png"));
        QVERIFY(image.save(png));
        QProcess p;
        p.start(zbar, {QStringLiteral("--raw"), QStringLiteral("-q"), png});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).trimmed(), payload);
        QCOMPARE(CheckinCode::decode(payload)->inviteeId, qint64(42));
    }
};

QTEST_GUILESS_MAIN(TestCheckinCode)
#include "tst_checkincode.moc"
