#include "clirunner.h"
#include "testworkbook.h"

#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace {
const QString Shared = QStringLiteral(SAMMELAN_TEST_DATA "/shared/");

QString writeFile(const CliRunner &cli, const QString &name, const QByteArray &content)
{
    QFile f(cli.path(name));
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write test file");
    f.write(content);
    return f.fileName();
}

// A new database with one event (id 1).
QString freshDatabase(const CliRunner &cli, const QString &name = QStringLiteral("dic.db"))
{
    const QString db = cli.path(name);
    if (cli.run({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode != 0)
        qFatal("init failed");
    return db;
}
} // namespace

// The contract of `sammelan-cli import invitees` and `export invitees`: one summary line, exit
// codes, rejects file.
class TestImportCli : public QObject
{
    Q_OBJECT
private slots:
    void importSharedSamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("csv") << "invitees-sample.csv";
        QTest::newRow("xlsx") << "invitees-sample.xlsx";
        QTest::newRow("unicode text") << "invitees-sample-unicode.txt";
    }
    void importSharedSamples()
    {
        QFETCH(QString, file);
        CliRunner cli;
        const QString db = cli.path(QStringLiteral("dic.db"));
        QCOMPARE(cli.run({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
        QCOMPARE(cli.run({QStringLiteral("--db"), db, QStringLiteral("events"), QStringLiteral("add"),
                          QStringLiteral("Conclave"), QStringLiteral("--start"), QStringLiteral("2021-09-24")}).exitCode, 0);
        const QString rejects = cli.path(QStringLiteral("rejects.csv"));
        auto r = cli.run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("invitees"),
                          Shared + file, QStringLiteral("--event"), QStringLiteral("1"),
                          QStringLiteral("--rejects"), rejects});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("imported 5, updated 0, skipped 0, rejected 1\n"));
        QFile f(rejects);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xef\xbb\xbf")); // UTF-8 BOM, so Excel shows the Hindi
        const QString text = QString::fromUtf8(bytes);
        QVERIFY(text.contains(QLatin1String("Amit Gupta")));
        QVERIFY(text.section(QLatin1Char('\n'), 0, 0).trimmed().endsWith(QLatin1String(",reason")));
        // Again: all duplicates; without --rejects the rejected row is told on stderr.
        r = cli.run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("invitees"), Shared + file});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("imported 0, updated 0, skipped 5, rejected 1\n"));
        QVERIFY(r.err.contains(QLatin1String("row 7")));
        r = cli.run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("invitees"), Shared + file,
                     QStringLiteral("--on-duplicate"), QStringLiteral("update")});
        QCOMPARE(r.out, QStringLiteral("imported 0, updated 5, skipped 0, rejected 1\n"));
    }

    void failuresExitOne_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("no name column") << QByteArray("mobile,email\n9876543210,a@example.in\n") << "name";
        QTest::newRow("not a table") << QByteArray("\x00\x01\x02\x03", 4) << "text table";
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("not utf-8") << QByteArray("name,mobile\nJos\xe9,9876543210\n") << "UTF-8";
    }
    void failuresExitOne()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        CliRunner cli;
        const QString db = cli.path(QStringLiteral("dic.db"));
        QCOMPARE(cli.run({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
        const QString file = writeFile(cli, QStringLiteral("in.csv"), content);
        const auto r = cli.run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("invitees"), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    // A category name close to an existing one goes into it, and the CLI says so; a new name
    // becomes a category and is listed. The summary line on stdout stays the one line.
    void categoriesMatchedAndListed()
    {
        CliRunner cli;
        const QString db = freshDatabase(cli);
        const QString first = writeFile(cli, QStringLiteral("first.csv"), "name,mobile,sector\nArif Khan,9415000003,Textiles\n");
        QCOMPARE(cli.run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("invitees"), first}).exitCode, 0);
        const QString second = writeFile(cli, QStringLiteral("second.csv"),
                                         "name,mobile,sector\nNeha Singh,9415000004,textile\nRam Prasad,9415000001,Bamboo crafts\n");
        const CliResult r = cli.run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("invitees"), second});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("imported 2, updated 0, skipped 0, rejected 0\n"));
        QVERIFY2(r.err.contains(QStringLiteral("categories matched to existing ones: textile → Textiles")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("new categories: Bamboo crafts")), qPrintable(r.err));
    }

    void missingFileAndUsage()
    {
        CliRunner cli;
        const QString db = cli.path(QStringLiteral("dic.db"));
        QCOMPARE(cli.run({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
        auto r = cli.run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("invitees"),
                          cli.path(QStringLiteral("nowhere.csv"))});
        QCOMPARE(r.exitCode, 1);
        r = cli.run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("invitees")});
        QCOMPARE(r.exitCode, 2);
        r = cli.run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("invitees"),
                     Shared + QStringLiteral("invitees-sample.csv"), QStringLiteral("--on-duplicate"), QStringLiteral("merge")});
        QCOMPARE(r.exitCode, 2);
        r = cli.run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("invitees"),
                     Shared + QStringLiteral("invitees-sample.csv"), QStringLiteral("--event"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 2);
        r = cli.run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("invitees"),
                     Shared + QStringLiteral("invitees-sample.csv"), QStringLiteral("--event"), QStringLiteral("42")});
        QCOMPARE(r.exitCode, 1); // no such event: nothing imported
        QCOMPARE(cli.run({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("invitees"),
                          cli.path(QStringLiteral("x.csv"))}).out,
                 QStringLiteral("exported 0 invitees to %1\n").arg(cli.path(QStringLiteral("x.csv"))));
    }

    // Issue 13, hostile files: each is refused with a clear message, and nothing is written.
    void hostileFilesAreRefused_data()
    {
        using namespace TestWorkbook;
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("AAAAAAAAAA2") << "refs.xlsx"
                                     << workbook(sheetXml("<row r=\"2\">" + inlineCell("AAAAAAAAAA2", "x") + "</row>"))
                                     << "names the cell AAAAAAAAAA2, beyond a spreadsheet's last cell (XFD1048576)";
        QByteArray rows;
        for (int r = 2; r <= 20001; ++r) {
            const QByteArray n = QByteArray::number(r);
            rows += "<row r=\"" + n + "\">" + inlineCell("A" + n, "P" + n) + "<c r=\"XFD" + n + "\"><v>1</v></c></row>";
        }
        QTest::newRow("XFD on 20,000 rows") << "xfd.xlsx" << workbook(sheetXml(rows))
                                            << "row 2 has a value in column XFD, and Sammelan reads at most 1,024 columns";
        Generated big;
        big.head = "<worksheet><sheetData><row r=\"1\">" + inlineCell("A1", "name") + "</row>";
        big.unit = "<row><c t=\"inlineStr\"><is><t>Ram</t></is></c><c><v>9876543210</v></c></row>";
        big.tail = "</sheetData></worksheet>";
        big.size = 300ll << 20;
        QTest::newRow("zip bomb") << "bomb.xlsx" << workbook({}, {}, &big) << "zip bomb";
        QByteArray header("name,mobile");
        for (int c = 3; c <= 10000; ++c)
            header += ",c" + QByteArray::number(c);
        QTest::newRow("10,000 columns") << "wide.csv" << QByteArray(header + "\nRam,9876543210\n")
                                        << "Line 1 has more than 1,024 cells";
        QTest::newRow("cell over 64 KiB") << "cell.csv" << QByteArray("name,mobile\n" + QByteArray(70000, 'N') + ",9876543210\n")
                                          << "Line 2: a cell holds more than 65,536 characters";
        QTest::newRow("column named twice") << "twice.csv" << QByteArray("name,mobile,Mobile\nRam,9876543210,9876543211\n")
                                            << "The column “mobile” appears more than once (columns 2 and 3)";
    }
    void hostileFilesAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        CliRunner cli;
        const QString db = freshDatabase(cli);
        const QString file = writeFile(cli, name, content);
        const QString rejects = cli.path(QStringLiteral("rejects.csv"));
        const auto r = cli.run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("invitees"), file,
                                QStringLiteral("--rejects"), rejects});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(rejects)); // a failed import leaves no rejects file either
        const QString exported = cli.path(QStringLiteral("after.csv"));
        QCOMPARE(cli.run({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("invitees"), exported}).out,
                 QStringLiteral("exported 0 invitees to %1\n").arg(exported));
    }

    // An unbalanced quote no longer swallows rows silently: the row it opens in is rejected
    // with the line of the quote, its swallowed lines in its cells; the rows after it import.
    void unbalancedQuote()
    {
        CliRunner cli;
        const QString db = freshDatabase(cli);
        const QString file = writeFile(cli, QStringLiteral("quote.csv"),
                                       "name,mobile,address,pin\nAsha,9876543210,Gorakhpur,273001\n"
                                       "Ram,9876543211,\"Shop 5, Gorakhpur,273002\nShyam,9876543212,Basti,272001\n"
                                       "Mohan,9876543213,Deoria,274001\nGeeta,9876543214,Size 12\",274403\n"
                                       "Last,9876543215,Maharajganj,273303\n");
        auto r = cli.run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("invitees"), file});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("imported 2, updated 0, skipped 0, rejected 1\n"));
        QVERIFY2(r.err.contains(QLatin1String("row 3 rejected: Line 3: a quoted cell opens here and closes only on line 6")),
                 qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("PIN")));
        // In the rejects file the swallowed rows are there to be seen and mended.
        const QString rejects = cli.path(QStringLiteral("rejects.csv"));
        r = cli.run({QStringLiteral("--db"), freshDatabase(cli, QStringLiteral("second.db")), QStringLiteral("import"),
                     QStringLiteral("invitees"), file, QStringLiteral("--rejects"), rejects});
        QCOMPARE(r.out, QStringLiteral("imported 2, updated 0, skipped 0, rejected 1\n"));
        QFile f(rejects);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(QLatin1String("Mohan,9876543213,Deoria,274001")));
        QVERIFY(text.contains(QLatin1String("Line 3: a quoted cell opens here")));
    }

    // One-line fields refuse control characters and overlong text, in the command line as in
    // the form and the import.
    void controlCharactersAndLengths()
    {
        CliRunner cli;
        const QString db = freshDatabase(cli);
        // A tab or a line break in an event name would forge lines in `sammelan-cli events`.
        for (const QString &name : {QStringLiteral("Conclave\t2099-01-01\tForged"), QStringLiteral("Conclave\n2\t2099-01-01\tForged")}) {
            const auto r = cli.run({QStringLiteral("--db"), db, QStringLiteral("events"), QStringLiteral("add"), name,
                                    QStringLiteral("--start"), QStringLiteral("2021-09-24")});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QLatin1String("Name in English: This must be one line")), qPrintable(r.err));
        }
        auto r = cli.run({QStringLiteral("--db"), db, QStringLiteral("events"), QStringLiteral("add"), QStringLiteral("Conclave"),
                          QStringLiteral("--start"), QStringLiteral("2021-09-24"), QStringLiteral("--venue"), QString(201, QLatin1Char('v'))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("Venue: This is 201 characters long; at most 200 are allowed.")), qPrintable(r.err));
        r = cli.run({QStringLiteral("--db"), db, QStringLiteral("events")});
        QCOMPARE(r.out, QString());
        // In an import: an escape sequence in a name, a line break in an XLSX name, a name of 300.
        const QString csv = writeFile(cli, QStringLiteral("names.csv"),
                                      "name,mobile\nEvil\x1b[2JName,9876543210\n" + QByteArray(300, 'L') + ",9876543211\n"
                                      "Fine Name,9876543212\n");
        r = cli.run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("invitees"), csv});
        QCOMPARE(r.out, QStringLiteral("imported 1, updated 0, skipped 0, rejected 2\n"));
        QVERIFY2(r.err.contains(QLatin1String("row 2 rejected: name: This must be one line")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("row 3 rejected: name: This is 300 characters long; at most 200 are allowed.")),
                 qPrintable(r.err));
        using namespace TestWorkbook;
        const QString xlsx = writeFile(cli, QStringLiteral("names.xlsx"),
                                       workbook(sheetXml("<row r=\"2\">" + inlineCell("A2", "Two\nLines")
                                                         + "<c r=\"B2\"><v>9876543213</v></c></row>")));
        r = cli.run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("invitees"), xlsx});
        QCOMPARE(r.out, QStringLiteral("imported 0, updated 0, skipped 0, rejected 1\n"));
        QVERIFY2(r.err.contains(QLatin1String("row 2 rejected: name: This must be one line")), qPrintable(r.err));
    }

    // An exported XLSX gets the permissions a CSV gets (libxlsxwriter's own file is 0600).
    void exportPermissions()
    {
        CliRunner cli;
        const QString db = cli.path(QStringLiteral("demo.db"));
        QCOMPARE(cli.run({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
        const mode_t before = ::umask(022);
        const QString csv = cli.path(QStringLiteral("list.csv"));
        const QString xlsx = cli.path(QStringLiteral("list.xlsx"));
        for (const QString &out : {csv, xlsx})
            QCOMPARE(cli.run({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("invitees"), out}).exitCode, 0);
        ::umask(before);
        struct stat csvStat {}, xlsxStat {};
        QCOMPARE(::stat(QFile::encodeName(csv).constData(), &csvStat), 0);
        QCOMPARE(::stat(QFile::encodeName(xlsx).constData(), &xlsxStat), 0);
        QCOMPARE(csvStat.st_mode & 0777, mode_t(0644));
        QCOMPARE(xlsxStat.st_mode & 0777, csvStat.st_mode & 0777);
        // Written again over a file of other permissions, both keep that file's.
        QFile::setPermissions(csv, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::WriteGroup);
        QFile::setPermissions(xlsx, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::WriteGroup);
        for (const QString &out : {csv, xlsx})
            QCOMPARE(cli.run({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("invitees"), out}).exitCode, 0);
        QCOMPARE(::stat(QFile::encodeName(csv).constData(), &csvStat), 0);
        QCOMPARE(::stat(QFile::encodeName(xlsx).constData(), &xlsxStat), 0);
        QCOMPARE(csvStat.st_mode & 0777, mode_t(0660));
        QCOMPARE(xlsxStat.st_mode & 0777, mode_t(0660));
    }

    void exportRoundTrip()
    {
        CliRunner cli;
        const QString db = cli.path(QStringLiteral("demo.db"));
        QCOMPARE(cli.run({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
        for (const QString &name : {QStringLiteral("list.csv"), QStringLiteral("list.xlsx")}) {
            const QString out = cli.path(name);
            auto r = cli.run({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("invitees"), out,
                              QStringLiteral("--event"), QStringLiteral("2")});
            QCOMPARE(r.exitCode, 0);
            const QString fresh = cli.path(QStringLiteral("fresh-") + name + QStringLiteral(".db"));
            QCOMPARE(cli.run({QStringLiteral("--db"), fresh, QStringLiteral("init")}).exitCode, 0);
            r = cli.run({QStringLiteral("--db"), fresh, QStringLiteral("import"), QStringLiteral("invitees"), out});
            QCOMPARE(r.out, QStringLiteral("imported 200, updated 0, skipped 0, rejected 0\n"));
        }
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
