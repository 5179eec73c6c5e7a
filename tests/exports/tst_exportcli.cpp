#include "clirunner.h"
#include "pdftools.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// The share of dark pixels in `area` of `image`.
double inked(const QImage &image, const QRect &area)
{
    qint64 ink = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (qGray(image.pixel(x, y)) < 200)
                ++ink;
    return double(ink) / (qint64(area.width()) * area.height());
}
} // namespace

// sammelan-cli import exports and chart exports: the summary line contract, rejects, and charts
// written (or not) exactly as asked.
class TestExportCli : public QObject
{
    Q_OBJECT
    CliRunner m_cli;
    QString m_db;

    static QString data(const char *name) { return QStringLiteral(SAMMELAN_TEST_DATA "/exports/") + QLatin1String(name); }

private slots:
    void initTestCase()
    {
        m_db = m_cli.path(QStringLiteral("exports.db"));
        const CliResult init = m_cli.run({QStringLiteral("--db"), m_db, QStringLiteral("init")});
        QCOMPARE(init.exitCode, 0);
    }

    void importWithRejects()
    {
        const QString rejects = m_cli.path(QStringLiteral("rejects.csv"));
        const CliResult r = m_cli.run({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("exports"),
                                       data("exports-sample.csv"), QStringLiteral("--rejects"), rejects});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("imported 5, updated 0, skipped 0, rejected 4\n"));
        QFile file(rejects);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("reason")));
        QVERIFY(text.contains(QStringLiteral("Atlantis")));
        QCOMPARE(text.count(QStringLiteral("\r\n")), 5); // header and four rows

        const CliResult again = m_cli.run({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("exports"),
                                           data("exports-hindi.csv")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out, QStringLiteral("imported 1, updated 1, skipped 1, rejected 0\n"));
    }

    void importFailures()
    {
        const CliResult missing = m_cli.run({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("exports"),
                                             m_cli.path(QStringLiteral("nope.csv"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.out.isEmpty());
        const CliResult usage = m_cli.run({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("exports")});
        QCOMPARE(usage.exitCode, 2);
        // Rejected rows reported on stderr when no --rejects file is named.
        const CliResult stderrRejects = m_cli.run({QStringLiteral("--db"), m_db, QStringLiteral("import"),
                                                   QStringLiteral("exports"), data("exports-sample.csv")});
        QCOMPARE(stderrRejects.exitCode, 0);
        QVERIFY(stderrRejects.err.contains(QStringLiteral("row 6 rejected: country")));
        QCOMPARE(stderrRejects.out, QStringLiteral("imported 0, updated 1, skipped 4, rejected 4\n"));
    }

    void charts()
    {
        const QString png = m_cli.path(QStringLiteral("chart.png"));
        const CliResult r = m_cli.run({QStringLiteral("--db"), m_db, QStringLiteral("chart"), QStringLiteral("exports"), png,
                                       QStringLiteral("--year"), QStringLiteral("2020-21"), QStringLiteral("--by"),
                                       QStringLiteral("product"), QStringLiteral("--lang"), QStringLiteral("hi")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // In Hindi, as asked: the file, the year and its total (2020-21 after the imports above:
        // 42 + 1,234.50 + 21.50 + 38).
        QCOMPARE(r.out, u"%1 लिखी गई (2020-21, कुल ₹1,336.00 करोड़)।\n"_s.arg(png));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(2400, 1500));
        QVERIFY2(inked(image, QRect(0, 0, image.width(), 120)) > 0.005, "no title at the top of the picture");
        QVERIFY2(inked(image, QRect(600, 300, 1200, 900)) > 0.05, "no bars in the middle of the picture");

        // Without --year: the latest year (2021-22, Egypt ₹12 crore from the Hindi file), in
        // the language the CLI starts in (English here), searchable in the PDF.
        const QString pdf = m_cli.path(QStringLiteral("chart.pdf"));
        const CliResult p = m_cli.run({QStringLiteral("--db"), m_db, QStringLiteral("chart"), QStringLiteral("exports"), pdf});
        QCOMPARE(p.exitCode, 0);
        QCOMPARE(p.out, u"Wrote %1 (2021-22, total ₹12.00 crore).\n"_s.arg(pdf));
        QCOMPARE(PdfTools::pageCount(pdf), 2);
        const QString chartPage = PdfTools::text(pdf, 1).simplified();
        QVERIFY2(chartPage.contains(u"Exports by country, 2021-22 (total ₹12.00 crore)"_s), qPrintable(chartPage));
        const QStringList figures = PdfTools::lines(PdfTools::text(pdf, 2, PdfTools::Layout));
        QVERIFY2(figures.contains(u"Egypt 12.00"_s), qPrintable(figures.join(u'\n')));
    }

    void chartFailuresWriteNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no year like that") << QStringList{u"--year"_s, u"2001-02"_s} << 1;
        QTest::newRow("malformed year") << QStringList{u"--year"_s, u"2020"_s} << 2;
        QTest::newRow("bad --by") << QStringList{u"--by"_s, u"colour"_s} << 2;
        QTest::newRow("bad --lang") << QStringList{u"--lang"_s, u"fr"_s} << 2;
    }
    void chartFailuresWriteNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const QString out = m_cli.path(QStringLiteral("failed.png"));
        const CliResult r = m_cli.run(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("chart"),
                                                  QStringLiteral("exports"), out} + args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!QFile::exists(out));
        const CliResult jpg = m_cli.run({QStringLiteral("--db"), m_db, QStringLiteral("chart"), QStringLiteral("exports"),
                                         m_cli.path(QStringLiteral("chart.jpg"))});
        QCOMPARE(jpg.exitCode, 2);
    }

    void emptyDatabaseSaysSo()
    {
        const QString empty = m_cli.path(QStringLiteral("empty.db"));
        QCOMPARE(m_cli.run({QStringLiteral("--db"), empty, QStringLiteral("init")}).exitCode, 0);
        const CliResult r = m_cli.run({QStringLiteral("--db"), empty, QStringLiteral("chart"), QStringLiteral("exports"),
                                       m_cli.path(QStringLiteral("none.png"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("no export figures")));
    }

    // The ministry's table: the same one summary line on stdout (figures, a row per year's cell),
    // how it was read and what was passed over on stderr; then a chart by HS chapter.
    void ministryTableAndChartsByChapter()
    {
        const QString db = m_cli.path(QStringLiteral("ministry.db"));
        QCOMPARE(m_cli.run({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
        const CliResult r = m_cli.run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("exports"),
                                       data("ministry-lakh-years.csv")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("imported 6, updated 0, skipped 0, rejected 2\n"));
        QVERIFY2(r.err.contains(QStringLiteral("read with the header on row 4; values in ₹ lakh; a column for each of the "
                                               "years 2021-22, 2022-23")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("Passed over, not figures: totals on row(s) 11, 12; notes on row(s) 13, 14.")));
        QVERIFY(r.err.contains(QStringLiteral("row 9 rejected: HS code")));

        const QString pdf = m_cli.path(QStringLiteral("chapters.pdf"));
        const CliResult chart = m_cli.run({QStringLiteral("--db"), db, QStringLiteral("chart"), QStringLiteral("exports"), pdf,
                                           QStringLiteral("--by"), QStringLiteral("chapter"), QStringLiteral("--year"),
                                           QStringLiteral("2022-23")});
        QCOMPARE(chart.exitCode, 0);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished());
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(words.contains(QStringLiteral("Exports by HS chapter, 2022-23")), qPrintable(words));
        QVERIFY(words.contains(QStringLiteral("61 Apparel, knitted")));
        QVERIFY(words.contains(QStringLiteral("69 Ceramics")));
        QVERIFY(words.contains(QStringLiteral("234.57"))); // 23,456.78 lakh
        const CliResult bad = m_cli.run({QStringLiteral("--db"), db, QStringLiteral("chart"), QStringLiteral("exports"),
                                         m_cli.path(QStringLiteral("x.png")), QStringLiteral("--by"), QStringLiteral("sector")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QStringLiteral("“chapter”")));
    }
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
