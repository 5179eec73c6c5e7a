#include "../printing/pdftools.h"
#include "languagemanager.h"
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

    void namesStayInsideTheirStall()
    {
        const ReportDocument doc = StallReport::build(plan(24), u"x"_s);
        int clipped = 0;
        for (const ReportItem &item : doc.pages.constFirst().items) {
            if (!item.text || !item.text->text.startsWith(u"Purvanchal"_s))
                continue;
            QVERIFY(!item.clip.isEmpty());
            QVERIFY(item.rect.height() > item.clip.height()); // too long: cut at the stall's edge
            ++clipped;
        }
        QCOMPARE(clipped, 1);
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
