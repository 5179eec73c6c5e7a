#include "checkin/checkincode.h"
#include "text/languagemanager.h"
#include "report/badgereport.h"
#include "report/reportrenderer.h"
#include "pdftools.h"

#include <QPageSize>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Badges: who gets one, how they sit on the sheet (A6 and 8-up, cut marks), that every text stays
// on its own badge, that Hindi stays searchable in the PDF and that the printed QR code scans
// back to the invitation (the check-in desk's round trip).
class TestBadgeReport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Event m_event;

    static InviteeRow row(qint64 id, const QString &name, InvitationStatus status, const QString &stall = {})
    {
        InviteeRow r;
        r.id = id;
        r.name = name;
        r.designation = u"Director"_s;
        r.enterprise = u"Gorakhpur Terracotta Udyog"_s;
        r.sectorId = 4;
        r.sectorEn = u"Terracotta"_s;
        r.sectorHi = u"टेराकोटा"_s;
        r.status = status;
        r.stallCode = stall;
        return r;
    }

    QList<InviteeRow> guests() const
    {
        return {row(11, u"पूनम जायसवाल"_s, InvitationStatus::Confirmed, u"A-01"_s),
                row(12, u"Ajay Srivastava"_s, InvitationStatus::Invited),
                row(13, u"Declined Guest"_s, InvitationStatus::Declined),
                row(14, u"Not Yet Invited"_s, InvitationStatus::NotInvited),
                row(15, u"विजय वर्मा"_s, InvitationStatus::Attended),
                row(16, u"Nominated Guest"_s, InvitationStatus::Nominated)};
    }

    // The badge (placement) a point lies on.
    static int badgeAt(const ReportPage &page, const QPointF &point)
    {
        for (const ReportPlacement &placed : page.placements)
            if (placed.rect.contains(point))
                return placed.index;
        return -1;
    }

    // Every text and QR square lies wholly inside one badge, at least 10 pt from its edges.
    static void everythingInsideItsBadge(const ReportDocument &doc)
    {
        for (const ReportPage &page : doc.pages)
            for (const ReportItem &item : page.items) {
                if (item.type == ReportItem::Type::Line)
                    continue; // cut marks lie on the cut lines
                const QRectF r = item.rect;
                const int badge = badgeAt(page, r.center());
                QVERIFY2(badge >= 0, item.text ? qPrintable(item.text->text) : "square");
                QRectF inner;
                for (const ReportPlacement &placed : page.placements)
                    if (placed.index == badge)
                        inner = placed.rect.adjusted(10, 10, -10, -10);
                QVERIFY2(inner.contains(r), item.text ? qPrintable(item.text->text) : "square");
            }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(LanguageManager::instance()->setLanguage(u"en"_s));
        m_event.id = 2;
        m_event.nameEn = u"Gorakhpur Export Conclave"_s;
        m_event.nameHi = u"गोरखपुर एक्सपोर्ट कांक्लेव"_s;
        m_event.startDate = QDate(2021, 9, 24);
        m_event.venue = u"Industrial Estate, Gorakhpur"_s;
    }

    void layoutKeys()
    {
        for (BadgeLayout layout : BadgeReport::layouts())
            QCOMPARE(BadgeReport::layoutFromKey(BadgeReport::layoutKey(layout)), layout);
        QCOMPARE(BadgeReport::layoutFromKey(u"8UP"_s), BadgeLayout::EightUp);
        QVERIFY(!BadgeReport::layoutFromKey(u"poster"_s));
        // A6 is a quarter of A4, an 8-up label an eighth: they tile the sheet exactly.
        const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Point);
        QCOMPARE(BadgeReport::badgeSize(BadgeLayout::A6) * 2, a4);
        QCOMPARE(BadgeReport::badgeSize(BadgeLayout::EightUp).height() * 4, a4.height());
    }

    void whoGetsABadge()
    {
        const BadgeReport::Result r = BadgeReport::build(m_event, u"District Industries Centre"_s, guests(), BadgeLayout::A6);
        QCOMPARE(r.badges, 4);
        QCOMPARE(r.skipped, 2); // declined, not invited
        QCOMPARE(r.document.pageCount(), 1);
        QCOMPARE(r.document.rowCount, 4);
        QStringList names;
        for (const ReportItem &item : r.document.pages.constFirst().items)
            if (item.text)
                names << item.text->text;
        QVERIFY(names.contains(u"पूनम जायसवाल"_s));
        QVERIFY(names.contains(u"Nominated Guest"_s));
        QVERIFY(!names.contains(u"Declined Guest"_s));
        QVERIFY(!names.contains(u"Not Yet Invited"_s));
        QVERIFY(names.contains(u"Stall A-01"_s));
        QVERIFY(names.contains(CheckinCode{2, 11}.encode()));
    }

    void sheetsAndCutMarks_data()
    {
        QTest::addColumn<int>("layout");
        QTest::addColumn<int>("perSheet");
        QTest::addColumn<int>("marks"); // lines of cut marks per sheet
        // A6: one vertical and one horizontal cut: 2 + 2 edge ticks and one cross (2 lines).
        QTest::newRow("a6") << int(BadgeLayout::A6) << 4 << 6;
        // 8-up: one vertical and three horizontal cuts: 2 + 6 edge ticks and three crosses.
        QTest::newRow("8up") << int(BadgeLayout::EightUp) << 8 << 14;
    }
    void sheetsAndCutMarks()
    {
        QFETCH(int, layout);
        QFETCH(int, perSheet);
        QFETCH(int, marks);
        QList<InviteeRow> rows;
        for (int i = 1; i <= 19; ++i)
            rows << row(100 + i, u"Guest %1"_s.arg(i), InvitationStatus::Confirmed);
        const BadgeReport::Result r = BadgeReport::build(m_event, u"DIC"_s, rows, BadgeLayout(layout));
        QCOMPARE(r.badges, 19);
        QCOMPARE(r.document.pageCount(), (19 + perSheet - 1) / perSheet);
        const QSizeF cell = BadgeReport::badgeSize(BadgeLayout(layout));
        for (const ReportPage &page : r.document.pages) {
            int lines = 0;
            for (const ReportItem &item : page.items)
                lines += item.type == ReportItem::Type::Line ? 1 : 0;
            QCOMPARE(lines, marks);
            for (const ReportPlacement &placed : page.placements)
                QCOMPARE(placed.rect.size(), cell);
        }
        QCOMPARE(r.document.pages.constLast().placements.size(), 19 % perSheet ? 19 % perSheet : perSheet);
        everythingInsideItsBadge(r.document);
    }

    void longNamesShrinkAndStayOnTheBadge()
    {
        const QString longName = u"Shri Rameshwar Prasad Vishwakarma Srivastava Tripathi Chaturvedi Upadhyay"_s;
        for (BadgeLayout layout : BadgeReport::layouts()) {
            InviteeRow r = row(1, longName, InvitationStatus::Confirmed, u"B-12"_s);
            r.enterprise = u"Purvanchal Handloom and Powerloom Weavers Cooperative Society Limited, Gorakhpur"_s;
            const BadgeReport::Result result = BadgeReport::build(m_event, u"DIC"_s, {r}, layout);
            everythingInsideItsBadge(result.document);
            for (const ReportItem &item : result.document.pages.constFirst().items)
                if (item.text && item.text->text == longName)
                    // Two lines where a smaller size allows it; at the smallest size, three at most.
                    QVERIFY2(item.text->lineCount <= 3, qPrintable(QString::number(item.text->lineCount)));
        }
    }

    void hindiPdfIsSearchable()
    {
        QVERIFY(LanguageManager::instance()->setLanguage(u"hi"_s));
        const BadgeReport::Result r = BadgeReport::build(m_event, u"जिला उद्योग केंद्र, गोरखपुर"_s, guests(), BadgeLayout::EightUp);
        QVERIFY(LanguageManager::instance()->setLanguage(u"en"_s));
        const QString pdf = m_dir.filePath(u"badges-hi.pdf"_s);
        QString error;
        QVERIFY2(ReportRenderer::writePdf(r.document, pdf, &error), qPrintable(error));
        QCOMPARE(PdfTools::pageCount(pdf), 1);
        const QString text = PdfTools::text(pdf);
        for (const QString &expected : {u"पूनम जायसवाल"_s, u"विजय वर्मा"_s, u"गोरखपुर एक्सपोर्ट कांक्लेव"_s, u"टेराकोटा"_s,
                                        u"स्टॉल A-01"_s, u"24 सितंबर 2021"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected + u" not in:\n"_s + text));
    }

    // What the desk's scanner reads off the printed badge is the invitation's code.
    void printedQrCodesScanBack()
    {
        const QString zbar = QStandardPaths::findExecutable(u"zbarimg"_s);
        if (zbar.isEmpty())
            QSKIP("zbarimg (zbar-tools) is not installed");
        for (BadgeLayout layout : BadgeReport::layouts()) {
            const BadgeReport::Result r = BadgeReport::build(m_event, u"DIC"_s, guests(), layout);
            const QString png = m_dir.filePath(u"sheet-%1.png"_s.arg(BadgeReport::layoutKey(layout)));
            // 150 dpi: a cheap office printer does better.
            QVERIFY(ReportRenderer::renderPage(r.document, 0, 150).save(png));
            QProcess p;
            p.start(zbar, {u"--quiet"_s, u"--raw"_s, png});
            QVERIFY(p.waitForFinished(60000));
            QSet<qint64> scanned;
            for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts)) {
                const auto code = CheckinCode::decode(line);
                QVERIFY2(code, qPrintable(line));
                QCOMPARE(code->eventId, m_event.id);
                scanned << code->inviteeId;
            }
            QCOMPARE(scanned, (QSet<qint64>{11, 12, 15, 16}));
        }
    }
};

QTEST_GUILESS_MAIN(TestBadgeReport)
#include "tst_badgereport.moc"
