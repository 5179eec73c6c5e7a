#include "letterfixture.h"
#include "letters/officedetails.h"
#include "storage/settingsrepository.h"

#include <QTemporaryDir>

// The office's details in both languages with its pictures, kept in the database; bad values
// refused with a reason and nothing written; letter numbers by financial year.
class TestOfficeDetails : public QObject
{
    Q_OBJECT
private slots:
    void savedAndReadBack()
    {
        LetterFixture f;
        QVERIFY(OfficeDetails::load() == OfficeDetails());
        const OfficeDetails office = LetterFixture::office();
        QString error;
        QVERIFY2(office.save(Database::defaultConnectionName(), &error), qPrintable(error));
        const OfficeDetails back = OfficeDetails::load();
        QVERIFY(back == office);
        QVERIFY(!back.logo().isNull());
        QCOMPARE(back.signature().size(), QSize(120, 60));
        // The district is the one the invitee lists print.
        QCOMPARE(SettingsRepository().district(QStringLiteral("hi")), QStringLiteral("गोरखपुर"));
        QCOMPARE(back.officeName(QStringLiteral("hi")), QStringLiteral("जिला उद्योग केंद्र, गोरखपुर"));
        QCOMPARE(back.officerDesignation.in(QStringLiteral("hi")), QStringLiteral("उपायुक्त उद्योग"));
        // A text given in one language only serves both.
        OfficeDetails english = office;
        english.officerName.hi.clear();
        QCOMPARE(english.officerName.in(QStringLiteral("hi")), QStringLiteral("Anil Kumar Singh"));
    }

    void anOfficeWithoutANameIsTheDistrictsCentre()
    {
        OfficeDetails o;
        o.district = {QStringLiteral("Gorakhpur"), QString()};
        QCOMPARE(o.officeName(QStringLiteral("en")), QStringLiteral("District Industries Centre, Gorakhpur"));
        o.district = {};
        QCOMPARE(o.officeName(QStringLiteral("en")), QStringLiteral("District Industries Centre"));
    }

    void badValuesAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reasonHas");
        QTest::newRow("pattern without serial") << "pattern" << "DIC/{year}" << "{n}";
        QTest::newRow("unknown field in pattern") << "pattern" << "DIC/{n}/{yr}" << "{yr}";
        QTest::newRow("e-mail") << "email" << "dic at gorakhpur" << "E-mail";
        QTest::newRow("two-line name") << "name" << "DIC\nGorakhpur" << "Office name";
    }
    void badValuesAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, reasonHas);
        LetterFixture f;
        OfficeDetails o = LetterFixture::office();
        if (field == QLatin1String("pattern"))
            o.numberPattern = value;
        else if (field == QLatin1String("email"))
            o.email = value;
        else
            o.name.en = value;
        QString error;
        QVERIFY(!o.save(Database::defaultConnectionName(), &error));
        QVERIFY2(error.contains(reasonHas), qPrintable(error));
        QVERIFY(OfficeDetails::load() == OfficeDetails()); // nothing of it written
    }

    void picturesAreScaledAndHostileFilesRefused()
    {
        QTemporaryDir dir;
        const QString big = dir.filePath(QStringLiteral("logo.png"));
        QImage image(2000, 1000, QImage::Format_RGB32);
        image.fill(Qt::blue);
        QVERIFY(image.save(big));
        QString error;
        const QByteArray png = OfficeDetails::imageFile(big, &error);
        QImage back;
        QVERIFY(back.loadFromData(png, "PNG"));
        QCOMPARE(back.size(), QSize(OfficeDetails::MaxImageSide, OfficeDetails::MaxImageSide / 2));
        const QString text = dir.filePath(QStringLiteral("notes.png"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a picture");
        file.close();
        QVERIFY(OfficeDetails::imageFile(text, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void financialYears()
    {
        QCOMPARE(LetterNumbers::financialYear(QDate(2025, 3, 31)), 2024);
        QCOMPARE(LetterNumbers::financialYear(QDate(2025, 4, 1)), 2025);
        QCOMPARE(LetterNumbers::financialYearLabel(2099), QStringLiteral("2099-00"));
        QCOMPARE(LetterNumbers::format(QStringLiteral("जि.उ.के./निर्यात/{n}/{year}"), 42, 2025),
                 QStringLiteral("जि.उ.के./निर्यात/42/2025-26"));
        QCOMPARE(OfficeDetails().pattern(), OfficeDetails::DefaultPattern);
    }
};

QTEST_GUILESS_MAIN(TestOfficeDetails)
#include "tst_officedetails.moc"
