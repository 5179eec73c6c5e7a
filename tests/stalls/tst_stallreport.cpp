#include "../printing/pdftools.h"
#include "text/languagemanager.h"
#include "report/reportrenderer.h"
#include "stalls/stallreport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The printed stall plan: the plan page then the stall list, Hindi kept as text in the PDF,
// names cut off at their stall's edge, pages numbered with the plan as page 1.
class TestStallReport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static StallPlan plan(int stalls, double hallWidth = 40, double hallDepth = 25)
    {
        StallPlan p;
        p.hall.width = hallWidth;
        p.hall.depth = hallDepth;
        p.language = u"hi"_s;
        p.sectors.insert(1, Sector{1, u"Terracotta"_s, u"टेराकोटा"_s, u"#e07b39"_s});
        p.sectors.insert(2, Sector{2, u"Textiles"_s, u"वस्त्र"_s, u"#4a7ab5"_s});
        for (int i = 0; i < stalls; ++i) {
            Stall s;
            s.id = i + 1;
            s.code = u"%1-%2"_s.arg(QChar(u'A' + i / 10)).arg(i % 10 + 1, 2, 10, QChar(u'0'));
            s.x = 1 + (i % 10) * 3.5;
            s.y = 1 + (i / 10) % 6 * 3.5;
            s.sectorId = i % 2 + 1;
            s.status = i < 2 ? StallStatus::Allotted : StallStatus::Free;
            p.stalls << s;
        }
        p.holders.insert(1, StallRepository::Holder{11, u"पूनम जायसवाल"_s, u"जायसवाल टेराकोटा शिल्प उद्योग"_s, u"9415000001"_s});
        p.holders.insert(2, StallRepository::Holder{12, u"Ajay"_s,
                                                    u"Purvanchal Handloom and Powerloom Weavers Cooperative Society Limited"_s,
                                                    u"9415000002"_s});
        return p;
    }

private slots:
    void initTestCase() { QVERIFY(LanguageManager::instance()->setLanguage(u"hi"_s)); }
    void cleanupTestCase() { LanguageManager::instance()->setLanguage(u"en"_s); }

    void planThenList()
    {
        const ReportDocument doc = StallReport::build(plan(24), u"स्टॉल विन्यास — गोरखपुर"_s);
        QCOMPARE(doc.orientation, QPageLayout::Landscape);
        QVERIFY(doc.pageSize.width() > doc.pageSize.height());
        QCOMPARE(doc.pageCount(), 2);
        QCOMPARE(doc.rowCount, 24);
        // A deep hall prints upright.
        QCOMPARE(StallReport::build(plan(4, 20, 40), u"x"_s).orientation, QPageLayout::Portrait);
        // No stalls yet: the empty hall on one page.
        QCOMPARE(StallReport::build(plan(0), u"x"_s).pageCount(), 1);
    }

    // Issue 16: "Yadav Handicrafts Industries 116" overflowed its stall. Every name is set in
    // whole lines inside its stall: all of it when a slightly smaller size lets it fit, else
    // elided with "…"; nothing is left to be cut off at the edge.
    void namesFitTheirStall()
    {
        StallPlan p = plan(24);
        p.holders.insert(3, StallRepository::Holder{13, u"Ram"_s, u"Yadav Handicrafts Industries 116"_s, u"9415000003"_s});
        p.stalls[2].status = StallStatus::Allotted;
        const ReportDocument doc = StallReport::build(p, u"x"_s);
        const QList<ReportItem> &items = doc.pages.constFirst().items;
        // The stalls' boxes, as drawn: the rectangles of the stalls' size.
        QList<QRectF> boxes;
        for (const ReportItem &item : items)
            if (item.type == ReportItem::Type::Rect && item.rect.width() < 100 && item.rect.width() > 20)
                boxes << item.rect;
        QCOMPARE(boxes.size(), 24);
        QHash<int, QStringList> lines; // by box
        for (const ReportItem &item : items) {
            if (!item.text)
                continue;
            for (int b = 0; b < boxes.size(); ++b)
                if (boxes.at(b).contains(item.rect.center())) {
                    QVERIFY2(boxes.at(b).adjusted(-0.5, -0.5, 0.5, 0.5).contains(item.rect),
                             qPrintable(item.text->text));
                    lines[b] << item.text->text;
                }
        }
        QStringList names;
        for (const QStringList &l : std::as_const(lines))
            names << l.mid(1).join(u' '); // after the code
        QVERIFY2(names.contains(u"Yadav Handicrafts Industries 116"_s), qPrintable(names.join(u" | "_s)));
        QVERIFY2(names.contains(u"जायसवाल टेराकोटा शिल्प उद्योग"_s), qPrintable(names.join(u" | "_s)));
        bool elided = false;
        for (const QString &name : std::as_const(names))
            elided = elided || (name.startsWith("Purvanchal Handloom"_L1) && name.endsWith(u"…"_s));
        QVERIFY2(elided, qPrintable(names.join(u" | "_s)));
    }

    // Issue 16: the printed list had no status, so blocked D-06 looked free.
    void listSaysEachStallsStatus()
    {
        LanguageManager::instance()->setLanguage(u"en"_s);
        StallPlan p = plan(4);
        p.language = u"en"_s;
        p.stalls[2].status = StallStatus::Reserved;
        p.stalls[3].status = StallStatus::Blocked;
        p.stalls[3].code = u"D-06"_s;
        p.stalls[3].notes = u"Help desk"_s;
        const QString pdf = m_dir.filePath(u"status.pdf"_s);
        QString error;
        QVERIFY2(ReportRenderer::writePdf(StallReport::build(p, u"Stall layout"_s), pdf, &error), qPrintable(error));
        LanguageManager::instance()->setLanguage(u"hi"_s);
        const QStringList list = PdfTools::lines(PdfTools::text(pdf, 2, PdfTools::Layout));
        auto row = [&list](const QString &code) {
            for (const QString &line : list)
                if (line.startsWith(code + u' '))
                    return line;
            return QString();
        };
        QVERIFY2(list.contains(u"Stall Size Status Category Enterprise Mobile"_s), qPrintable(list.join(u'\n')));
        QVERIFY2(row(u"A-01"_s).contains(" allotted "_L1), qPrintable(row(u"A-01"_s)));
        QVERIFY2(row(u"A-03"_s).contains(" reserved "_L1), qPrintable(row(u"A-03"_s)));
        QVERIFY2(row(u"D-06"_s).contains(" blocked "_L1) && row(u"D-06"_s).contains("Help desk"_L1), qPrintable(row(u"D-06"_s)));
        QVERIFY2(row(u"D-06"_s).contains(u"3.0 m × 3.0 m"_s), qPrintable(row(u"D-06"_s)));
    }

    // Issue 16: blocked stalls are hatched on paper too, in the plan and in its legend.
    void blockedIsHatched()
    {
        StallPlan p = plan(4);
        p.stalls[3].status = StallStatus::Blocked;
        const ReportDocument doc = StallReport::build(p, u"x"_s);
        QRectF blocked;
        for (const ReportItem &item : doc.pages.constFirst().items)
            if (item.type == ReportItem::Type::Rect && item.fill == p.color(p.stalls[3]) && item.rect.width() > 20)
                blocked = item.rect;
        QVERIFY(!blocked.isEmpty());
        int hatching = 0;
        for (const ReportItem &item : doc.pages.constFirst().items)
            if (item.type == ReportItem::Type::Line && blocked.adjusted(-0.01, -0.01, 0.01, 0.01).contains(item.line.p1())
                && blocked.adjusted(-0.01, -0.01, 0.01, 0.01).contains(item.line.p2()))
                ++hatching;
        QVERIFY2(hatching > 10, qPrintable(QString::number(hatching)));
    }

    void hindiIsSearchableAndPagesNumbered()
    {
        const ReportDocument doc = StallReport::build(plan(60), u"स्टॉल विन्यास — गोरखपुर एक्सपोर्ट कांक्लेव"_s);
        const QString pdf = m_dir.filePath(u"stalls.pdf"_s);
        QString error;
        QVERIFY2(ReportRenderer::writePdf(doc, pdf, &error), qPrintable(error));
        const int pages = PdfTools::pageCount(pdf);
        QCOMPARE(pages, doc.pageCount());
        QVERIFY(pages >= 3); // 60 rows run over more than one list page
        const QString first = PdfTools::text(pdf, 1);
        QVERIFY2(first.contains(u"स्टॉल विन्यास — गोरखपुर एक्सपोर्ट कांक्लेव"_s), qPrintable(first));
        QVERIFY(first.contains(u"टेराकोटा"_s)); // the legend
        QVERIFY(first.contains(u"पृष्ठ 1 / %1"_s.arg(pages)));
        const QString list = PdfTools::text(pdf, 2);
        QVERIFY2(list.contains(u"जायसवाल टेराकोटा शिल्प उद्योग"_s), qPrintable(list));
        QVERIFY(list.contains(u"स्टॉल सूची"_s));
        QVERIFY(list.contains(u"9415000001"_s));
        QVERIFY(PdfTools::text(pdf, pages).contains(u"पृष्ठ %1 / %1"_s.arg(pages)));
    }
};

QTEST_GUILESS_MAIN(TestStallReport)
#include "tst_stallreport.moc"
