#include "import/columnmapper.h"
#include "import/tablereader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "testworkbook.h"

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

using namespace TestWorkbook;

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

    // Issue 13, hostile files: a reference past XFD1048576 is an error (AAAAAAAAAA2 used to
    // overflow the column number and crash).
    void xlsxReferenceBeyondTheLastCell_data()
    {
        QTest::addColumn<QByteArray>("rows");
        QTest::newRow("AAAAAAAAAA2") << QByteArray("<row r=\"2\">" + inlineCell("AAAAAAAAAA2", "x") + "</row>");
        QTest::newRow("column XFE") << QByteArray("<row r=\"2\">" + inlineCell("XFE2", "x") + "</row>");
        QTest::newRow("row 1048577") << QByteArray("<row r=\"2\">" + inlineCell("A1048577", "x") + "</row>");
        QTest::newRow("row attribute 1048577") << QByteArray("<row r=\"1048577\">" + inlineCell("A2", "x") + "</row>");
        QTest::newRow("row attribute overflowing") << QByteArray("<row r=\"99999999999999\">" + inlineCell("A2", "x") + "</row>");
    }
    void xlsxReferenceBeyondTheLastCell()
    {
        QFETCH(QByteArray, rows);
        QString error;
        QVERIFY(!TableReader::parseXlsx(workbook(sheetXml(rows)), &error));
        QVERIFY2(error.contains(QLatin1String("beyond a spreadsheet's last")), qPrintable(error));
        // And from a file, as the import reads it.
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("refs.xlsx")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(workbook(sheetXml(rows)));
        file.close();
        QVERIFY(!TableReader::read(file.fileName(), &error));
        QVERIFY2(error.startsWith(file.fileName()), qPrintable(error));
    }

    void xlsxLastCellIsRead()
    {
        // XFD1048576 itself is a cell; empty there, it costs nothing.
        QString error;
        const auto table = TableReader::parseXlsx(
            workbook(sheetXml("<row r=\"1048576\">" + inlineCell("A1048576", "Ram") + "<c r=\"XFD1048576\" s=\"1\"/></row>")),
            &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->rowNumbers, QList<int>{1048576});
        QCOMPARE(table->rows.first(), (QStringList{QStringLiteral("Ram"), QString()}));
    }

    // 107 KB with a value in column XFD on 20,000 rows took 6-7.6 GB: a value beyond column
    // 1,024 is refused at the first such row.
    void xlsxValuesInFarColumnsAreRefused()
    {
        QByteArray rows;
        for (int r = 2; r <= 20001; ++r) {
            const QByteArray n = QByteArray::number(r);
            rows += "<row r=\"" + n + "\">" + inlineCell("A" + n, "P" + n) + "<c r=\"XFD" + n + "\"><v>1</v></c></row>";
        }
        const QByteArray bytes = workbook(sheetXml(rows));
        QVERIFY2(bytes.size() < 300 * 1024, QByteArray::number(bytes.size()));
        QString error;
        QVERIFY(!TableReader::parseXlsx(bytes, &error));
        QVERIFY2(error.contains(QLatin1String("row 2 has a value in column XFD")) && error.contains(QLatin1String("1,024")),
                 qPrintable(error));
        // Column AMJ (the 1,024th) is still read.
        const auto table = TableReader::parseXlsx(workbook(sheetXml("<row r=\"2\">" + inlineCell("AMJ2", "far") + "</row>")), &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->rows.first().size(), 1024);
        QCOMPARE(table->rows.first().last(), QStringLiteral("far"));
    }

    // A tiny workbook whose sheet unpacks to 300 MB (a zip bomb) is refused while unpacking,
    // whether its headers tell the true size or lie about it.
    void xlsxZipBombIsRefused_data()
    {
        QTest::addColumn<bool>("lying");
        QTest::newRow("true sizes") << false;
        QTest::newRow("size claimed 10 KB") << true;
    }
    void xlsxZipBombIsRefused()
    {
        QFETCH(bool, lying);
        Generated big;
        big.head = "<worksheet><sheetData><row r=\"1\">" + inlineCell("A1", "name") + "</row>";
        // Rows, or (where the headers lie) comments, which would pass every other limit.
        big.unit = lying ? QByteArray("<!-- a comment of no consequence at all -->")
                         : QByteArray("<row><c t=\"inlineStr\"><is><t>Ram</t></is></c><c><v>9876543210</v></c></row>");
        big.tail = "</sheetData></worksheet>";
        big.size = 300ll << 20;
        QByteArray bytes = workbook({}, {}, &big);
        QVERIFY2(bytes.size() < 2 * 1024 * 1024, QByteArray::number(bytes.size()));
        if (lying)
            claimSize(&bytes, "xl/worksheets/sheet1.xml", 10000);
        QString error;
        QVERIFY(!TableReader::parseXlsx(bytes, &error));
        QVERIFY2(error.contains(QLatin1String("zip bomb")), qPrintable(error));
    }

    // Shared strings are held for the whole sheet, so they have limits too: no string over
    // 64 Ki characters and not a million tiny ones beyond the count.
    void xlsxSharedStringLimits()
    {
        QString error;
        const QByteArray longOne(TableReader::MaxCellCharacters + 1, 'a');
        const QByteArray shared = "<sst><si><t>name</t></si><si><t>" + longOne + "</t></si></sst>";
        QVERIFY(!TableReader::parseXlsx(workbook("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                                                 "</sheetData></worksheet>", shared), &error));
        QVERIFY2(error.contains(QLatin1String("65,536 characters")), qPrintable(error));
        // Split into rich-text runs, or with comments between, it is still one string.
        const QByteArray half(TableReader::MaxCellCharacters / 2 + 1, 'b');
        const QByteArray runs = "<sst><si><r><t>" + half + "</t></r><r><t>" + half + "</t></r></si></sst>";
        QVERIFY(!TableReader::parseXlsx(workbook(sheetXml({}), runs), &error));
        QVERIFY2(error.contains(QLatin1String("65,536 characters")), qPrintable(error));
        const QByteArray commented = "<sst><si><t>" + half + "<!-- -->" + half + "</t></si></sst>";
        QVERIFY(!TableReader::parseXlsx(workbook(sheetXml({}), commented), &error));
        QVERIFY2(error.contains(QLatin1String("65,536 characters")), qPrintable(error));
        QByteArray many("<sst>");
        for (int i = 0; i <= 2000000; ++i)
            many += "<si/>";
        many += "</sst>";
        QVERIFY(!TableReader::parseXlsx(workbook(sheetXml({}), many), &error));
        QVERIFY2(error.contains(QLatin1String("more text than Sammelan reads")), qPrintable(error));
    }

    // One long shared string named in many cells would make a small workbook a huge table (and
    // a huge file of rejected rows): what the cells hold in all is bounded.
    void xlsxSharedStringInManyCells()
    {
        const QByteArray shared = "<sst><si><t>name</t></si><si><t>" + QByteArray(60000, 'a') + "</t></si></sst>";
        QByteArray rows;
        for (int r = 2; r <= 150; ++r) {
            rows += "<row r=\"" + QByteArray::number(r) + "\">";
            for (int c = 0; c < 16; ++c)
                rows += "<c t=\"s\"><v>1</v></c>";
            rows += "</row>";
        }
        const QByteArray bytes = workbook("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>" + rows
                                              + "</sheetData></worksheet>", shared);
        QVERIFY(bytes.size() < 100 * 1024);
        QString error;
        QVERIFY(!TableReader::parseXlsx(bytes, &error));
        QVERIFY2(error.contains(QLatin1String("its cells hold more than 134,217,728 characters in all")), qPrintable(error));
    }

    void xlsxCellOver64KiB_data()
    {
        QTest::addColumn<QByteArray>("rows");
        const QByteArray tooLong(TableReader::MaxCellCharacters + 1, 'x');
        QTest::newRow("inline string") << QByteArray("<row r=\"2\">" + inlineCell("A2", tooLong) + "</row>");
        QTest::newRow("value") << QByteArray("<row r=\"2\"><c r=\"A2\" t=\"str\"><v>" + tooLong + "</v></c></row>");
        // Four megabytes with no markup at all: refused while unpacking, never held whole.
        QTest::newRow("text between tags") << QByteArray("<row r=\"2\">" + QByteArray(4 << 20, ' ') + "</row>");
    }
    void xlsxCellOver64KiB()
    {
        QFETCH(QByteArray, rows);
        QString error;
        QVERIFY(!TableReader::parseXlsx(workbook(sheetXml(rows)), &error));
        QVERIFY2(error.contains(QLatin1String("a cell holds more than 65,536 characters")), qPrintable(error));
        // Exactly the limit is fine.
        const auto table = TableReader::parseXlsx(
            workbook(sheetXml("<row r=\"2\">" + inlineCell("A2", QByteArray(TableReader::MaxCellCharacters, 'x')) + "</row>")),
            &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->rows.first().first().size(), TableReader::MaxCellCharacters);
    }

    void xlsxDocumentTypeIsRefused()
    {
        // Entities defined in a DTD are a way to make a small file large; no sheet has one.
        QString error;
        QVERIFY(!TableReader::parseXlsx(workbook("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\">]>"
                                                 + sheetXml("<row r=\"2\">" + inlineCell("A2", "&a;&a;") + "</row>")),
                                        &error));
        QVERIFY2(error.contains(QLatin1String("not an Excel workbook")), qPrintable(error));
    }

    // A 100 MB CSV with 10,000 columns took 5.4 GB.
    void csvWithTenThousandColumns()
    {
        QByteArray header("name,mobile");
        for (int c = 3; c <= 10000; ++c)
            header += ",c" + QByteArray::number(c);
        QString error;
        QVERIFY(!TableReader::parseText(header + "\nRam,9876543210\n", &error));
        QVERIFY2(error.contains(QLatin1String("Line 1 has more than 1,024 cells")), qPrintable(error));
        // A data row as wide is refused with its line.
        QByteArray row("Ram,9876543210");
        for (int c = 3; c <= 1025; ++c)
            row += ",x";
        QVERIFY(!TableReader::parseText("name,mobile\nA,1\n" + row + "\n", &error));
        QVERIFY2(error.contains(QLatin1String("Line 3 has more than 1,024 cells")), qPrintable(error));
        // 1,024 are read.
        row.truncate(row.lastIndexOf(','));
        const auto table = TableReader::parseText("name,mobile\n" + row + "\n", &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->rows.first().size(), 1024);
    }

    void csvCellOver64KiB_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray tooLong(TableReader::MaxCellCharacters + 1, 'x');
        QTest::newRow("plain") << QByteArray("name,mobile\nA,1\nB," + tooLong + "\n")
                               << "Line 3: a cell holds more than 65,536 characters";
        QTest::newRow("quoted") << QByteArray("name,mobile\n\"" + tooLong + "\",1\n")
                                << "Line 2: a cell holds more than 65,536 characters";
        QTest::newRow("text after a closing quote") << QByteArray("name,mobile\n\"a\"" + tooLong + ",1\n")
                                                    << "Line 2: a cell holds more than 65,536 characters";
        QTest::newRow("20 MB name") << QByteArray("name,mobile\n" + QByteArray(20 << 20, 'N') + ",9876543210\n")
                                    << "Line 2: a cell holds more than 65,536 characters";
        // An unclosed quote that swallows the rest of a large file says where it opened.
        QByteArray swallowed("name,mobile\nA,1\n\"B,2\n");
        for (int i = 0; i < 20000; ++i)
            swallowed += "C" + QByteArray::number(i) + ",9876543210\n";
        QTest::newRow("unclosed quote") << swallowed << "Line 3: a quoted cell opens here and runs on for more than";
        QByteArray wide("name,mobile\n");
        for (int c = 0; c < 20; ++c)
            wide += QByteArray(60000, 'w') + ",";
        QTest::newRow("row over 1 Mi characters") << wide << "Line 2: the row holds more than 1,048,576 characters";
    }
    void csvCellOver64KiB()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!TableReader::parseText(bytes, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    // An unbalanced quote used to swallow the rows after it into one cell, and the reason then
    // blamed the PIN. Now the row says where the quote opened and which lines it took in, and
    // the rows after it are read as rows again.
    void unbalancedQuote_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("last");
        const QByteArray head("name,mobile,address,pin\nAsha,9876543210,Gorakhpur,273001\n"
                              "Ram,9876543211,\"Shop 5, Gorakhpur,273002\nShyam,9876543212,Basti,272001\n"
                              "Mohan,9876543213,Deoria,274001\n");
        QTest::newRow("closed by a later quote")
            << QByteArray(head + "Geeta,9876543214,\"Kushinagar\",274403\nLast,9876543215,Maharajganj,273303\n")
            << "Line 3: a quoted cell opens here and closes only on line 6" << "Last";
        QTest::newRow("closed cleanly") << QByteArray(head + "Geeta,9876543214,Size 12\",274403\nLast,9876543215,Maharajganj,273303\n")
                                        << "Line 3: a quoted cell opens here and closes only on line 6" << "Last";
    }
    void unbalancedQuote()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, problem);
        QFETCH(QString, last);
        QString error;
        const auto table = TableReader::parseText(bytes, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->rows.size(), 3);
        QCOMPARE(table->rowNumbers, (QList<int>{2, 3, 7}));
        QVERIFY(table->issues.value(0).isEmpty());
        QVERIFY2(table->issues.value(1).problem.contains(problem), qPrintable(table->issues.value(1).problem));
        QVERIFY(table->issues.value(1).problem.contains(QLatin1String("closing \" is probably missing on line 3")));
        // The swallowed lines are in the row's cells, not lost.
        QVERIFY(table->rows.at(1).join(QLatin1Char('|')).contains(QLatin1String("Mohan,9876543213")));
        QCOMPARE(table->rows.at(2).first(), last);
        QVERIFY(table->issues.value(2).isEmpty());
    }

    void multiLineCellIsNoted()
    {
        // A real multi-line address is read as before, with a note of where its quote runs.
        const auto table = TableReader::parseText("name,mobile,address,pin\nA,9876543210,\"Shop 5,\nGorakhpur\",273001\n", nullptr);
        QVERIFY(table);
        QCOMPARE(table->rows.first().at(2), QStringLiteral("Shop 5,\nGorakhpur"));
        QVERIFY(table->issues.value(0).problem.isEmpty());
        QCOMPARE(table->issues.value(0).note, QStringLiteral("a quoted cell runs from line 2 to line 3"));
    }

    // "Quoted"junk was read as Quotedjunk: it is a malformed cell, kept as the file has it.
    void textAfterClosingQuote()
    {
        QString error;
        const auto table = TableReader::parseText("name,mobile\n\"Quoted\"junk,9876543210\nB,9876543211\n", &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->rows.size(), 2);
        QCOMPARE(table->rows.first().first(), QStringLiteral("\"Quoted\"junk"));
        QVERIFY2(table->issues.value(0).problem.contains(QLatin1String("Line 2: the cell \"Quoted\"junk has text after its closing quote")),
                 qPrintable(table->issues.value(0).problem));
        QVERIFY(table->issues.value(1).isEmpty());
        // In the header it is an error.
        QVERIFY(!TableReader::parseText("\"name\"x,mobile\nA,1\n", &error));
        QVERIFY2(error.contains(QLatin1String("Line 1")), qPrintable(error));
    }

    // Text files are decoded a mebibyte at a time: rows, quoted line breaks, doubled quotes,
    // CRLFs and multi-byte characters that straddle the pieces come out whole.
    void largeTextAcrossPieces_data()
    {
        QTest::addColumn<bool>("utf16");
        QTest::newRow("utf-8") << false;
        QTest::newRow("utf-16") << true;
    }
    void largeTextAcrossPieces()
    {
        QFETCH(bool, utf16);
        QString text = QStringLiteral("name,address,mobile\r\n");
        QList<QStringList> expected;
        for (int i = 0; i < 40000; ++i) {
            const QString name = QStringLiteral("आलोक %1 \"त्रि\" 😀").arg(i) + QString(i % 7, QLatin1Char('x'));
            const QString address = QStringLiteral("Line %1,\r\nगोरखपुर").arg(i);
            QString quotedName = name;
            quotedName.replace(QLatin1Char('"'), QLatin1String("\"\""));
            text += QLatin1Char('"') + quotedName + QStringLiteral("\",\"") + address + QStringLiteral("\",98%1\r\n").arg(10000000 + i);
            expected << QStringList{name, QStringLiteral("Line %1,\nगोरखपुर").arg(i), QStringLiteral("98%1").arg(10000000 + i)};
        }
        const QByteArray bytes = utf16 ? utf16le(text) : text.toUtf8();
        QVERIFY(bytes.size() > 3 * 1024 * 1024);
        QString error;
        const auto table = TableReader::parseText(bytes, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->rows.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(table->rows.at(i), expected.at(i));
        QCOMPARE(table->rowNumbers.last(), 2 + 2 * 39999);
        // A damaged byte far into the file is still noticed.
        QByteArray damaged = text.toUtf8();
        damaged[damaged.size() - 100] = '\xff';
        QVERIFY(!TableReader::parseText(damaged, &error));
        QVERIFY2(error.contains(QLatin1String("UTF-8")), qPrintable(error));
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
