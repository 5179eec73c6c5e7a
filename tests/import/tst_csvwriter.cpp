#include "import/csvwriter.h"
#include "import/formulaguard.h"
#include "import/tablereader.h"

#include <QTemporaryDir>
#include <QTest>

class TestCsvWriter : public QObject
{
    Q_OBJECT
private slots:
    void cell_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << "Gorakhpur" << "Gorakhpur";
        QTest::newRow("hindi") << "आलोक त्रिपाठी" << "आलोक त्रिपाठी";
        QTest::newRow("comma quoted") << "Gorakhnath, Gorakhpur" << "\"Gorakhnath, Gorakhpur\"";
        QTest::newRow("quote doubled") << "say \"hi\"" << "\"say \"\"hi\"\"\"";
        QTest::newRow("formula") << "=HYPERLINK(\"x\")" << "\"'=HYPERLINK(\"\"x\"\")\"";
        QTest::newRow("plus text") << "+91 98390 12345" << "'+91 98390 12345";
        QTest::newRow("at") << "@SUM(A1)" << "'@SUM(A1)";
        QTest::newRow("minus text") << "-abc" << "'-abc";
        QTest::newRow("tab start") << "\tx" << "'\tx";
        QTest::newRow("newline start") << "\nx" << "\"'\nx\"";
        QTest::newRow("negative number kept") << "-12.5" << "-12.5";
        QTest::newRow("positive sign number kept") << "+300" << "+300";
        QTest::newRow("mobile") << "9876543210" << "9876543210";
        // A user's own leading quote survives: one more goes in front where the import would
        // take one away.
        QTest::newRow("quote then formula") << "'=x" << "''=x";
        QTest::newRow("quotes then plus") << "''+5" << "'''+5";
        QTest::newRow("quote then text") << "'abc" << "'abc";
        QTest::newRow("quote then number") << "'-12.5" << "''-12.5";
        QTest::newRow("lone quote") << "'" << "'";
    }
    void cell()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::cell(value), written);
    }

    // Any text goes out through the guard and comes back exactly.
    void formulaGuardRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *t : {"", "'", "''", "'''", "=", "'=", "''=", "=SUM(A1)", "'=SUM(A1)", "''=SUM(A1)", "+91 98390 12345",
                              "'+91 98390 12345", "-", "'-", "-12.5", "'-12.5", "+300", "'+300", "@x", "'@x", "\tx", "'\tx",
                              "\rx", "\nx", "'\nx", "'abc", "''abc", "abc'", "'Raju'", "12'"})
            QTest::newRow(QByteArray(t).toPercentEncoding().constData()) << QString::fromLatin1(t);
        QTest::newRow("devanagari after a quote") << QStringLiteral("'=आलोक");
    }
    void formulaGuardRoundTrip()
    {
        QFETCH(QString, text);
        const QString out = FormulaGuard::protect(text);
        QCOMPARE(FormulaGuard::restore(out), text);
        // What goes out never starts like a formula, except a real number.
        if (!out.isEmpty() && !FormulaGuard::looksNumeric(out))
            QVERIFY(!QStringLiteral("=+-@\t\r\n").contains(out.at(0)));
    }

    void roundTrip()
    {
        const QStringList headers{QStringLiteral("name"), QStringLiteral("address"), QStringLiteral("reason")};
        const QList<QStringList> rows{
            {QStringLiteral("मीरा श्रीवास्तव"), QStringLiteral("बेतियाहाता,\nगोरखपुर"), QStringLiteral("GSTIN \"wrong\"")},
            {QStringLiteral("Amit Gupta"), QString(), QStringLiteral("mobile")}};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        QString error;
        QVERIFY2(CsvWriter::write(path, headers, rows, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.peek(3) == QByteArray("\xef\xbb\xbf"));
        const auto table = TableReader::read(path, &error);
        QVERIFY(table);
        QCOMPARE(table->headers, headers);
        QCOMPARE(table->rows, rows);
        QVERIFY(!CsvWriter::write(dir.filePath(QStringLiteral("no/such/dir/x.csv")), headers, rows, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
