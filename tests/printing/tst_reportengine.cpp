#include "pdftools.h"
#include "report/reportrenderer.h"
#include "report/tablereport.h"

#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A table with a header and footer that say which page they are on.
TableReport makeTable(const QList<ReportColumn> &columns = {})
{
    TableReport table;
    table.setColumns(columns.isEmpty()
                         ? QList<ReportColumn>{{QStringLiteral("No."), 30, 0, Qt::AlignRight},
                                               {QStringLiteral("Name"), 0, 2, Qt::AlignLeft},
                                               {QStringLiteral("Enterprise"), 0, 2, Qt::AlignLeft},
                                               {QStringLiteral("Mobile"), 70, 0, Qt::AlignLeft}}
                         : columns);
    table.setPageHeader([](ReportPainter &p, const TableReport::PageInfo &info) {
        ReportTextStyle style;
        style.pointSize = 12;
        style.bold = true;
        return p.text(info.band, QStringLiteral("Report header"), style);
    });
    table.setPageFooter([](ReportPainter &p, const TableReport::PageInfo &info) {
        ReportTextStyle style;
        style.pointSize = 8;
        style.alignment = Qt::AlignRight;
        return p.text(info.band, QStringLiteral("Page %1 of %2").arg(info.page).arg(info.pageCount), style);
    });
    return table;
}

QList<ReportPlacement> placements(const ReportPage &page, ReportPlacement::Kind kind)
{
    QList<ReportPlacement> out;
    for (const ReportPlacement &p : page.placements)
        if (p.kind == kind)
            out << p;
    return out;
}

bool isBlank(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            if (qGray(line[x]) < 200)
                return false;
    }
    return true;
}

} // namespace

class TestReportEngine : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(ReportTextEngine::fontsAvailable(&error), qPrintable(error));
    }

    void textBlocks()
    {
        ReportTextEngine &engine = ReportTextEngine::forCurrentThread();
        ReportTextStyle style;
        const ReportTextBlockPtr one = engine.layout(QStringLiteral("Rajesh Kumar"), style, 200);
        QCOMPARE(one->lineCount, 1);
        QVERIFY(one->size.width() > 20 && one->size.width() < 200);
        QVERIFY(one->size.height() > 9 && one->size.height() < 20);
        QCOMPARE(engine.layout(QStringLiteral("Rajesh Kumar"), style, 200), one); // cached

        const ReportTextBlockPtr wrapped = engine.layout(QStringLiteral("Purvanchal Terracotta Handicrafts Cooperative Society"), style, 80);
        QVERIFY(wrapped->lineCount >= 3);
        QCOMPARE(wrapped->size.width(), 80.0);
        QCOMPARE(wrapped->size.height(), one->size.height() * wrapped->lineCount);
        for (const ReportTextBlock::Run &run : wrapped->runs)
            for (const ReportTextBlock::Glyph &g : run.glyphs)
                QVERIFY2(g.x >= 0 && g.x < 80, "a wrapped line leaves its width");

        // A word longer than the column breaks inside the word rather than overflowing.
        const ReportTextBlockPtr longWord = engine.layout(QStringLiteral("09AAACH7409R1ZZ09AAACH7409R1ZZ"), style, 40);
        QVERIFY(longWord->lineCount > 1);

        // Devanagari: shaped by the Devanagari font, the text kept whole for the PDF.
        const QString hindi = QStringLiteral("क्षत्रिय प्राधिकारी");
        const ReportTextBlockPtr deva = engine.layout(hindi, style);
        QCOMPARE(deva->text, hindi);
        QVERIFY(!deva->runs.isEmpty());
        int bytes = 0;
        for (const ReportTextBlock::Run &run : deva->runs) {
            int clusterBytes = 0;
            int clusterGlyphs = 0;
            for (const ReportTextBlock::Cluster &c : run.clusters) {
                clusterBytes += c.bytes;
                clusterGlyphs += c.glyphs;
            }
            QCOMPARE(clusterBytes, run.textLength);
            QCOMPARE(clusterGlyphs, int(run.glyphs.size()));
            bytes += run.textLength;
        }
        QCOMPARE(bytes, int(hindi.toUtf8().size()));
    }

    // Text set from cached words must come out as Pango sets the whole text: same glyphs, same
    // places, same lines, same size.
    void wordCacheMatchesPango_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qreal>("width");
        QTest::addColumn<bool>("bold");
        QTest::newRow("name") << QStringLiteral("Rajesh Kumar Srivastava") << 0.0 << false;
        QTest::newRow("bold heading") << QStringLiteral("Readymade garments: 23 invitees") << 0.0 << true;
        QTest::newRow("mobile") << QStringLiteral("9839012345") << 0.0 << false;
        QTest::newRow("serial") << QStringLiteral("10,000") << 0.0 << false;
        QTest::newRow("Hindi name") << QStringLiteral("श्रीमती ऋचा त्रिपाठी") << 0.0 << false;
        QTest::newRow("mixed") << QStringLiteral("राम टेराकोटा Udyog 132") << 0.0 << false;
        QTest::newRow("wrapped") << QStringLiteral("Purvanchal Terracotta Handicrafts Cooperative Society") << 100.0 << false;
        QTest::newRow("wrapped Hindi") << QStringLiteral("पूर्वांचल टेराकोटा हस्तशिल्प सहकारी समिति गोरखपुर") << 90.0 << false;
        QTest::newRow("wrapped, right") << QStringLiteral("Srivastava Chemicals Industries 132") << 90.0 << false;
    }
    void wordCacheMatchesPango()
    {
        QFETCH(QString, text);
        QFETCH(qreal, width);
        QFETCH(bool, bold);
        ReportTextEngine &engine = ReportTextEngine::forCurrentThread();
        ReportTextStyle style;
        style.bold = bold;
        if (QByteArray(QTest::currentDataTag()).contains("right"))
            style.alignment = Qt::AlignRight;
        const ReportTextBlockPtr cached = engine.layout(text, style, width);
        const ReportTextBlockPtr pango = engine.layoutWithPango(text, style, width);
        QCOMPARE(cached->lineCount, pango->lineCount);
        QVERIFY2(qAbs(cached->size.width() - pango->size.width()) < 0.05,
                 qPrintable(QStringLiteral("%1 vs %2").arg(cached->size.width()).arg(pango->size.width())));
        QVERIFY(qAbs(cached->size.height() - pango->size.height()) < 0.05);
        auto glyphs = [](const ReportTextBlock &b) {
            QList<ReportTextBlock::Glyph> all;
            for (const ReportTextBlock::Run &run : b.runs)
                all << run.glyphs;
            std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) {
                return std::tie(a.y, a.x, a.index) < std::tie(b.y, b.x, b.index);
            });
            return all;
        };
        const auto a = glyphs(*cached);
        const auto b = glyphs(*pango);
        QCOMPARE(a.size(), b.size());
        for (int i = 0; i < a.size(); ++i) {
            QCOMPARE(a.at(i).index, b.at(i).index);
            QVERIFY2(qAbs(a.at(i).x - b.at(i).x) < 0.05 && qAbs(a.at(i).y - b.at(i).y) < 0.05,
                     qPrintable(QStringLiteral("glyph %1 at %2,%3 instead of %4,%5").arg(i)
                                    .arg(a.at(i).x).arg(a.at(i).y).arg(b.at(i).x).arg(b.at(i).y)));
        }
        // The text behind the glyphs is whole, in order.
        QByteArray text8;
        for (const ReportTextBlock::Run &run : cached->runs)
            text8 += cached->utf8.mid(run.textStart, run.textLength);
        QCOMPARE(QString::fromUtf8(text8).remove(QLatin1Char(' ')), QString(text).remove(QLatin1Char(' ')));
    }

    void columnWidths()
    {
        TableReport table = makeTable();
        const QList<qreal> widths = table.columnWidths();
        QCOMPARE(widths.size(), 4);
        QCOMPARE(widths.at(0), 30.0);
        QCOMPARE(widths.at(3), 70.0);
        QCOMPARE(widths.at(1), widths.at(2));
        QCOMPARE(widths.at(0) + widths.at(1) + widths.at(2) + widths.at(3), table.contentRect().width());
    }

    void pagination_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<qreal>("minimumRowHeight");
        QTest::addColumn<bool>("landscape");
        QTest::addColumn<bool>("longNames");
        QTest::newRow("empty") << 0 << 0.0 << false << false;
        QTest::newRow("one") << 1 << 0.0 << false << false;
        QTest::newRow("200 portrait") << 200 << 0.0 << false << false;
        QTest::newRow("200 landscape") << 200 << 0.0 << true << false;
        QTest::newRow("register rows") << 200 << 30.0 << false << false;
        QTest::newRow("wrapping names") << 300 << 0.0 << false << true;
        QTest::newRow("2,000 (parallel shaping)") << 2000 << 0.0 << false << true;
    }
    void pagination()
    {
        QFETCH(int, rows);
        QFETCH(qreal, minimumRowHeight);
        QFETCH(bool, landscape);
        QFETCH(bool, longNames);
        TableReport table = makeTable();
        table.setPage(QPageSize::A4, landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                      QMarginsF(36, 36, 36, 36));
        auto style = table.style();
        style.minimumRowHeight = minimumRowHeight;
        table.setStyle(style);
        for (int i = 0; i < rows; ++i) {
            // Every seventh name is long enough to wrap to two or three lines.
            const QString name = longNames && i % 7 == 0
                                     ? QStringLiteral("Shri Ram Prakash Vishwakarma Terracotta and Handloom Works %1").arg(i)
                                     : QStringLiteral("Invitee %1").arg(i);
            table.addRow({QString::number(i + 1), name, QStringLiteral("Enterprise %1").arg(i),
                          QStringLiteral("98390%1").arg(i, 5, 10, QLatin1Char('0'))});
        }
        const ReportDocument doc = table.layout();
        QCOMPARE(doc.rowCount, rows);
        QCOMPARE(doc.oversizedRows, 0);
        QVERIFY(doc.pageCount() >= 1);
        QCOMPARE(doc.pageSize.width() > doc.pageSize.height(), landscape);

        int next = 0;
        for (int p = 0; p < doc.pageCount(); ++p) {
            const ReportPage &page = doc.pages.at(p);
            // The column header on every page, at the top of the body.
            const auto headers = placements(page, ReportPlacement::Kind::ColumnHeader);
            QCOMPARE(headers.size(), 1);
            QCOMPARE(headers.constFirst().rect.top(), page.body.top());
            const auto placed = placements(page, ReportPlacement::Kind::Row);
            if (rows > 0)
                QVERIFY2(!placed.isEmpty(), qPrintable(QStringLiteral("page %1 has no rows").arg(p + 1)));
            qreal previousBottom = headers.constFirst().rect.bottom();
            for (const ReportPlacement &row : placed) {
                QCOMPARE(row.index, next++); // every row once, in order
                QVERIFY(row.rect.top() >= previousBottom - 0.01);
                QVERIFY2(row.rect.bottom() <= page.body.bottom() + 0.01, "a row crosses the page's end");
                previousBottom = row.rect.bottom();
            }
            // A page breaks only because the next row would not fit.
            if (p + 1 < doc.pageCount()) {
                const auto nextRows = placements(doc.pages.at(p + 1), ReportPlacement::Kind::Row);
                QVERIFY(previousBottom + nextRows.constFirst().rect.height() > page.body.bottom());
            }
        }
        QCOMPARE(next, rows);

        // Uniform rows: the number per page is what fits, exactly.
        if (!longNames && rows > 1) {
            const ReportPage &first = doc.pages.constFirst();
            const auto placed = placements(first, ReportPlacement::Kind::Row);
            const qreal rowHeight = placed.constFirst().rect.height();
            const qreal room = first.body.bottom() - placements(first, ReportPlacement::Kind::ColumnHeader).constFirst().rect.bottom();
            const int perPage = int((room + 0.01) / rowHeight);
            QCOMPARE(doc.pageCount(), (rows + perPage - 1) / perPage);
            for (int p = 0; p < doc.pageCount(); ++p)
                QCOMPARE(placements(doc.pages.at(p), ReportPlacement::Kind::Row).size(),
                         qsizetype(p + 1 < doc.pageCount() ? perPage : rows - perPage * (doc.pageCount() - 1)));
            if (minimumRowHeight > 0)
                QCOMPARE(rowHeight, minimumRowHeight);
        }
    }

    void headerAndFooterOnEveryPage()
    {
        TableReport table = makeTable();
        QList<QPair<int, int>> calls;
        table.setPageFooter([&calls](ReportPainter &p, const TableReport::PageInfo &info) {
            calls << qMakePair(info.page, info.pageCount);
            ReportTextStyle style;
            style.pointSize = 8;
            return p.text(info.band, QStringLiteral("Page %1 of %2").arg(info.page).arg(info.pageCount), style);
        });
        for (int i = 0; i < 150; ++i)
            table.addRow({QString::number(i + 1), QStringLiteral("Name %1").arg(i + 1), QString(), QString()});
        const ReportDocument doc = table.layout();
        QVERIFY(doc.pageCount() >= 3);
        QCOMPARE(calls.size(), doc.pageCount() + 1); // measured once, then once per page
        QCOMPARE(calls.constFirst().second, 0);
        for (int p = 1; p <= doc.pageCount(); ++p)
            QCOMPARE(calls.at(p), qMakePair(p, doc.pageCount()));

        const QString pdf = m_dir.filePath(QStringLiteral("pages.pdf"));
        QString error;
        QVERIFY2(ReportRenderer::writePdf(doc, pdf, &error), qPrintable(error));
        QCOMPARE(PdfTools::pageCount(pdf), doc.pageCount());
        int row = 0;
        for (int p = 1; p <= doc.pageCount(); ++p) {
            const QString text = PdfTools::text(pdf, p);
            QVERIFY2(text.contains(QStringLiteral("Report header")), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("Page %1 of %2").arg(p).arg(doc.pageCount())));
            QVERIFY(text.contains(QStringLiteral("Enterprise"))); // the repeated column header
            // Exactly this page's rows, none cut in half onto the next.
            const auto placed = placements(doc.pages.at(p - 1), ReportPlacement::Kind::Row);
            auto has = [&text](int n) {
                return text.contains(QRegularExpression(QStringLiteral("(^|\\s)Name %1(\\s|$)").arg(n)));
            };
            for (int i = 0; i < placed.size(); ++i, ++row)
                QVERIFY2(has(row + 1), qPrintable(text));
            QVERIFY(!has(row + 1));
        }
        QCOMPARE(row, 150);
    }

    void groupsKeepTogetherAndContinue()
    {
        TableReport table = makeTable();
        // Fill the first page up to two rows before its end, then start a group.
        const ReportDocument probe = [&] {
            TableReport t = makeTable();
            for (int i = 0; i < 400; ++i)
                t.addRow({QString::number(i), QStringLiteral("x"), QString(), QString()});
            return t.layout();
        }();
        const int perPage = int(placements(probe.pages.constFirst(), ReportPlacement::Kind::Row).size());
        for (int i = 0; i < perPage - 1; ++i)
            table.addRow({QString::number(i), QStringLiteral("x"), QString(), QString()});
        table.addGroupHeading(QStringLiteral("Handicrafts (40)"), QStringLiteral("Handicrafts (continued)"));
        for (int i = 0; i < 20; ++i)
            table.addRow({QString::number(i), QStringLiteral("craft %1").arg(i), QString(), QString()});
        table.addSummary(QStringLiteral("Total: %1").arg(perPage - 1 + 20));
        const ReportDocument doc = table.layout();
        QCOMPARE(doc.pageCount(), 2);
        // The heading did not stay behind alone: page 1 has no heading, page 2 starts with it.
        QVERIFY(placements(doc.pages.at(0), ReportPlacement::Kind::GroupHeading).isEmpty());
        QCOMPARE(placements(doc.pages.at(1), ReportPlacement::Kind::GroupHeading).size(), 1);
        QCOMPARE(placements(doc.pages.at(1), ReportPlacement::Kind::Summary).size(), 1);

        // A group that runs over a page repeats its heading with the continuation text.
        TableReport longGroup = makeTable();
        longGroup.addGroupHeading(QStringLiteral("Textiles (120)"), QStringLiteral("Textiles (continued)"));
        for (int i = 0; i < 120; ++i)
            longGroup.addRow({QString::number(i), QStringLiteral("weaver %1").arg(i), QString(), QString()});
        longGroup.addSummary(QStringLiteral("Total: 120"));
        const ReportDocument doc2 = longGroup.layout();
        QVERIFY(doc2.pageCount() >= 2);
        const QString pdf = m_dir.filePath(QStringLiteral("groups.pdf"));
        QVERIFY(ReportRenderer::writePdf(doc2, pdf));
        QVERIFY(PdfTools::text(pdf, 1).contains(QStringLiteral("Textiles (120)")));
        for (int p = 2; p <= doc2.pageCount(); ++p) {
            QVERIFY(PdfTools::text(pdf, p).contains(QStringLiteral("Textiles (continued)")));
            const auto first = doc2.pages.at(p - 1).placements.at(1); // after the column header
            QCOMPARE(first.kind, ReportPlacement::Kind::GroupHeading);
        }
    }

    void oversizedRowIsCountedAndClipped()
    {
        TableReport table = makeTable();
        table.addRow({QStringLiteral("1"), QStringLiteral("word ").repeated(3000), QString(), QString()});
        table.addRow({QStringLiteral("2"), QStringLiteral("after"), QString(), QString()});
        const ReportDocument doc = table.layout();
        QCOMPARE(doc.oversizedRows, 1);
        const ReportPage &page = doc.pages.constFirst();
        for (const ReportItem &item : page.items)
            if (item.type == ReportItem::Type::Text && item.rect.top() < page.body.bottom()
                && item.rect.bottom() > page.body.bottom())
                QVERIFY(!item.clip.isEmpty() && item.clip.bottom() <= page.body.bottom() + 0.01);
        QCOMPARE(placements(doc.pages.at(1), ReportPlacement::Kind::Row).constFirst().index, 1);
    }

    void pdfTextRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("Latin") << QStringLiteral("Rajesh Kumar Srivastava");
        QTest::newRow("Latin accents") << QStringLiteral("Zoë D'Souza & Sons");
        QTest::newRow("trial sentence") << QStringLiteral("आमंत्रित उद्यमियों की सूची: क्षत्रिय प्राधिकारी मार्च");
        QTest::newRow("conjuncts") << QStringLiteral("श्रीमती ऋचा त्रिपाठी");
        QTest::newRow("reph and nukta") << QStringLiteral("कर्मठ फ़र्ज़ी ड्राइवर");
        QTest::newRow("UP abbreviation") << QStringLiteral("गोरखपुर, उ0प्र0");
        QTest::newRow("mixed") << QStringLiteral("राम टेराकोटा Udyog 9839012345");
        QTest::newRow("digits grouped") << QStringLiteral("कुल: 10,000");
        // e-matra after ट ठ द and a raised matra: pdftotext splits these unless each word is
        // written as one /ActualText span.
        QTest::newRow("e-matra") << QStringLiteral("देवेन्द्र टेलर ठेकेदार");
        QTest::newRow("raised marks") << QStringLiteral("मुकेश कुमार, केशव टेक्सटाइल");
    }
    void pdfTextRoundTrip()
    {
        QFETCH(QString, text);
        TableReport table = makeTable();
        table.addRow({QStringLiteral("1"), text, QStringLiteral("उद्यम"), QString()});
        const ReportDocument doc = table.layout();
        const QString pdf = m_dir.filePath(QStringLiteral("roundtrip.pdf"));
        QString error;
        QVERIFY2(ReportRenderer::writePdf(doc, pdf, &error), qPrintable(error));
        // Both of pdftotext's modes: reading order (as copy and search see it) and raw.
        for (bool raw : {false, true}) {
            const QStringList lines = PdfTools::lines(PdfTools::text(pdf, 0, raw ? PdfTools::Raw : PdfTools::Reading));
            QVERIFY2(std::any_of(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.contains(text); }),
                     qPrintable(lines.join(QLatin1Char('|'))));
        }
    }

    void writingFailsCleanly()
    {
        TableReport table = makeTable();
        table.addRow({QStringLiteral("1"), QStringLiteral("x"), QString(), QString()});
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("no/such/folder/x.pdf"));
        QVERIFY(!ReportRenderer::writePdf(table.layout(), path, &error));
        QVERIFY(error.contains(QStringLiteral("x.pdf")));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!ReportRenderer::writePdf(ReportDocument(), m_dir.filePath(QStringLiteral("empty.pdf")), &error));
    }

    void previewAndPrinterShowTheSamePage()
    {
        TableReport table = makeTable();
        for (int i = 0; i < 30; ++i)
            table.addRow({QString::number(i + 1), QStringLiteral("नाम %1").arg(i + 1), QStringLiteral("Firm"), QString()});
        const ReportDocument doc = table.layout();
        const QImage preview = ReportRenderer::renderPage(doc, 0, 72);
        QCOMPARE(preview.size(), QSize(595, 842)); // A4: 595.28 x 841.89 pt
        QVERIFY(!isBlank(preview));
        QCOMPARE(ReportRenderer::renderPage(doc, 0, 144).size(), QSize(1191, 1684));
        QVERIFY(ReportRenderer::renderPage(doc, 5, 72).isNull());

        // "Printing" onto Qt's own PDF writer as a stand-in printer: pages arrive as images.
        const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
        {
            QPdfWriter writer(printed);
            writer.setResolution(150);
            writer.setPageSize(doc.qtPageSize());
            writer.setPageMargins(QMarginsF(0, 0, 0, 0));
            QString error;
            QVERIFY2(ReportRenderer::print(doc, &writer, 0, 0, &error), qPrintable(error));
        }
        QCOMPARE(PdfTools::pageCount(printed), 1);
        QVERIFY(PdfTools::text(printed).trimmed().isEmpty()); // images, no text
    }

    void images()
    {
        ReportDocument doc;
        doc.pageSize = QSizeF(200, 200);
        doc.pages.append(ReportPage());
        QImage square(2, 2, QImage::Format_RGB32);
        square.fill(Qt::black);
        ReportPainter painter(&doc.pages.first(), ReportTextEngine::forCurrentThread());
        painter.image(QRectF(50, 50, 100, 100), square);
        painter.rect(QRectF(10, 10, 20, 20), Qt::red);
        const QImage out = ReportRenderer::renderPage(doc, 0, 72);
        QCOMPARE(out.pixelColor(100, 100), QColor(Qt::black));
        QCOMPARE(out.pixelColor(20, 20), QColor(Qt::red));
        QCOMPARE(out.pixelColor(180, 180), QColor(Qt::white));
        QVERIFY(ReportRenderer::writePdf(doc, m_dir.filePath(QStringLiteral("image.pdf"))));
    }
};

QTEST_MAIN(TestReportEngine)
#include "tst_reportengine.moc"
