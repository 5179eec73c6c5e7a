#include "import/columnmapper.h"
#include "import/tablereader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>

namespace {
const QString Shared = QStringLiteral(SAMMELAN_TEST_DATA "/shared/");

QByteArray utf16le(const QString &text)
{
    QByteArray out("\xff\xfe", 2);
    out.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    return out;
}
} // namespace

class TestTableReader : public QObject
{
    Q_OBJECT
private slots:
    void sharedSamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("firstMobile");
        QTest::newRow("csv utf-8, comma, LF") << "invitees-sample.csv" << "+91 98390 12345";
        QTest::newRow("excel unicode text") << "invitees-sample-unicode.txt" << "+91 98390 12345";
        QTest::newRow("xlsx from libreoffice") << "invitees-sample.xlsx" << "+91 98390 12345";
    }
    void sharedSamples()
    {
        QFETCH(QString, file);
        QFETCH(QString, firstMobile);
        QString error;
        const auto table = TableReader::read(Shared + file, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->headers.first(), QStringLiteral("name"));
        QCOMPARE(table->headers.size(), 12);
        QCOMPARE(table->rows.size(), 6);
        QCOMPARE(table->rowNumbers.first(), 2);
        QCOMPARE(table->rows.at(0).at(0), QStringLiteral("आलोक त्रिपाठी"));
        QCOMPARE(table->rows.at(0).at(4), firstMobile);
        QCOMPARE(table->rows.at(0).at(2), QStringLiteral("पूर्वांचल रबर उत्पाद प्रा. लि."));
        // The row with the quoted, multi-line address is one row.
        bool multiLine = false;
        for (const QStringList &row : table->rows)
            multiLine = multiLine || row.at(6).contains(QLatin1Char('\n'));
        QVERIFY(multiLine);
        // Mobiles: whatever the cell type, never scientific notation or ".0".
        for (const QStringList &row : table->rows) {
            QVERIFY2(!row.at(4).contains(QLatin1Char('E')) && !row.at(4).endsWith(QLatin1String(".0")),
                     qPrintable(row.at(4)));
        }
        QCOMPARE(table->rows.at(3).at(9), QStringLiteral("udyam-up-29-0007890"));
    }

    void xlsxNumbersAreDigits()
    {
        // In the LibreOffice sample some mobiles are number cells.
        QString error;
        const auto table = TableReader::read(Shared + QStringLiteral("invitees-sample.xlsx"), &error);
        QVERIFY(table);
        QStringList mobiles;
        for (const QStringList &row : table->rows)
            mobiles << row.at(4);
        QVERIFY2(mobiles.contains(QStringLiteral("7007001234")), qPrintable(mobiles.join(QLatin1Char('|'))));
        QVERIFY(mobiles.contains(QStringLiteral("8090123456")));
        QCOMPARE(table->format, QStringLiteral("XLSX"));
    }

    void text_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<QList<QStringList>>("rows");
        const QStringList h{QStringLiteral("name"), QStringLiteral("mobile")};
        QTest::newRow("utf-8 bom, crlf") << QByteArray("\xef\xbb\xbfname,mobile\r\nमीरा,7007001234\r\n")
                                         << h << QList<QStringList>{{QStringLiteral("मीरा"), QStringLiteral("7007001234")}};
        QTest::newRow("semicolon") << QByteArray("name;mobile\nA, B;9876543210\n") << h
                                   << QList<QStringList>{{QStringLiteral("A, B"), QStringLiteral("9876543210")}};
        QTest::newRow("tab") << QByteArray("name\tmobile\nA;B\t9876543210") << h
                             << QList<QStringList>{{QStringLiteral("A;B"), QStringLiteral("9876543210")}};
        QTest::newRow("quotes with comma and doubled quotes")
            << QByteArray("name,mobile\n\"Gupta, \"\"Raju\"\"\",9876543210\n") << h
            << QList<QStringList>{{QStringLiteral("Gupta, \"Raju\""), QStringLiteral("9876543210")}};
        QTest::newRow("line break in quotes, crlf")
            << QByteArray("name,mobile\r\n\"Line 1\r\nLine 2\",9876543210\r\nB,9415012345\r\n") << h
            << QList<QStringList>{{QStringLiteral("Line 1\nLine 2"), QStringLiteral("9876543210")},
                                  {QStringLiteral("B"), QStringLiteral("9415012345")}};
        QTest::newRow("blank lines and short rows")
            << QByteArray("\n\nname,mobile\n\n,\nA\n") << h
            << QList<QStringList>{{QStringLiteral("A"), QString()}};
        QTest::newRow("old mac CR") << QByteArray("name,mobile\rA,9876543210\r") << h
                                    << QList<QStringList>{{QStringLiteral("A"), QStringLiteral("9876543210")}};
        QTest::newRow("utf-16le") << utf16le(QStringLiteral("name\tmobile\r\nआलोक\t9839012345\r\n")) << h
                                  << QList<QStringList>{{QStringLiteral("आलोक"), QStringLiteral("9839012345")}};
    }
    void text()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, headers);
        QFETCH(QList<QStringList>, rows);
        QString error;
        const auto table = TableReader::parseText(bytes, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->headers, headers);
        QCOMPARE(table->rows, rows);
    }

    void rowNumbersCountFileLines()
    {
        const auto table = TableReader::parseText("name,mobile\n\"A\nB\",1\n\nC,2\n", nullptr);
        QVERIFY(table);
        QCOMPARE(table->rowNumbers, (QList<int>{2, 5}));
    }

    void badText_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("only blank lines") << QByteArray("\n\r\n,,\n") << "empty";
        QTest::newRow("unclosed quote") << QByteArray("name,mobile\nA,\"98765\n") << "never closed";
        QTest::newRow("windows-1252") << QByteArray("name,mobile\nJos\xe9,9876543210\n") << "UTF-8";
        QTest::newRow("binary") << QByteArray("name\0\x01\x02", 7) << "binary";
    }
    void badText()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!TableReader::parseText(bytes, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void badFiles()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!TableReader::read(dir.filePath(QStringLiteral("missing.csv")), &error));
        QVERIFY(error.contains(QLatin1String("does not exist")));
        QVERIFY(!TableReader::read(dir.path(), &error));
        // A zip that is not a workbook.
        QFile zip(dir.filePath(QStringLiteral("broken.xlsx")));
        QVERIFY(zip.open(QIODevice::WriteOnly));
        zip.write("PK\x03\x04 this is not really a zip file");
        zip.close();
        QVERIFY(!TableReader::read(zip.fileName(), &error));
        QVERIFY2(error.contains(QLatin1String("XLSX")), qPrintable(error));
    }

    void xlsxWrittenByLibxlsxwriter()
    {
        QTemporaryDir dir;
        const QByteArray path = dir.filePath(QStringLiteral("made.xlsx")).toUtf8();
        lxw_workbook *workbook = workbook_new(path.constData());
        lxw_worksheet *first = workbook_add_worksheet(workbook, "Invitees");
        lxw_worksheet *second = workbook_add_worksheet(workbook, "Other");
        worksheet_write_string(first, 0, 0, "name", nullptr);
        worksheet_write_string(first, 0, 1, "mobile", nullptr);
        worksheet_write_string(first, 0, 3, "pin", nullptr); // column C left out
        worksheet_write_string(first, 1, 0, "सुनीता यादव", nullptr);
        worksheet_write_number(first, 1, 1, 9876543210.0, nullptr);
        worksheet_write_number(first, 1, 3, 273015, nullptr);
        lxw_format *bold = workbook_add_format(workbook);
        format_set_bold(bold);
        lxw_rich_string_tuple part1 = {bold, const_cast<char *>("Farhan ")};
        lxw_rich_string_tuple part2 = {nullptr, const_cast<char *>("Siddiqui")};
        lxw_rich_string_tuple *parts[] = {&part1, &part2, nullptr};
        worksheet_write_rich_string(first, 2, 0, parts, nullptr);
        worksheet_write_number(first, 2, 1, 12.5, nullptr);
        worksheet_write_string(second, 0, 0, "not this sheet", nullptr);
        QCOMPARE(workbook_close(workbook), LXW_NO_ERROR);

        QString error;
        const auto table = TableReader::read(QString::fromUtf8(path), &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->headers, (QStringList{QStringLiteral("name"), QStringLiteral("mobile"), QString(), QStringLiteral("pin")}));
        QCOMPARE(table->rows.size(), 2);
        QCOMPARE(table->rows.at(0), (QStringList{QStringLiteral("सुनीता यादव"), QStringLiteral("9876543210"), QString(), QStringLiteral("273015")}));
        QCOMPARE(table->rows.at(1).at(0), QStringLiteral("Farhan Siddiqui"));
        QCOMPARE(table->rows.at(1).at(1), QStringLiteral("12.5"));
    }

    void numberText_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("mobile") << 9876543210.0 << "9876543210";
        QTest::newRow("pin") << 273015.0 << "273015";
        QTest::newRow("fraction") << 0.25 << "0.25";
        QTest::newRow("negative") << -3.0 << "-3";
        QTest::newRow("crore") << 300.5 << "300.5";
    }
    void numberText()
    {
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(TableReader::numberText(value), text);
    }

    void columnMapping()
    {
        const QList<FieldSpec> fields{
            {QStringLiteral("name"), {QStringLiteral("name"), QStringLiteral("नाम")}, true},
            {QStringLiteral("mobile"), {QStringLiteral("mobile"), QStringLiteral("mobile no"), QStringLiteral("मोबाइल")}, true},
            {QStringLiteral("pin"), {QStringLiteral("pin"), QStringLiteral("पिन कोड")}, false}};
        const auto m = ColumnMapper::map({QStringLiteral(" Mobile No. "), QStringLiteral("नाम"),
                                          QStringLiteral("Remarks"), QStringLiteral("पिन  कोड")}, fields);
        QCOMPARE(m.column(0), 1);
        QCOMPARE(m.column(1), 0);
        QCOMPARE(m.column(2), 3);
        QCOMPARE(m.unknownColumns, QList<int>{2});
    }
};

QTEST_GUILESS_MAIN(TestTableReader)
#include "tst_tablereader.moc"
