#include "testdb.h"
#include "events/demodata.h"
#include "events/eventrepository.h"
#include "invitees/inviteelistquery.h"
#include "text/languagemanager.h"
#include "pdftools.h"
#include "report/inviteereport.h"
#include "report/reportrenderer.h"

#include <QTest>

namespace {

QList<ReportPlacement> placements(const ReportPage &page, ReportPlacement::Kind kind)
{
    QList<ReportPlacement> out;
    for (const ReportPlacement &p : page.placements)
        if (p.kind == kind)
            out << p;
    return out;
}

const QDateTime PrintedAt(QDate(2021, 9, 20), QTime(10, 30));

} // namespace

class TestInviteeReport : public QObject
{
    Q_OBJECT
    TestDb *m_db = nullptr;
    QTemporaryDir m_dir;
    qint64 m_eventId = 0;

    QString writePdf(const ReportDocument &doc, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!ReportRenderer::writePdf(doc, path, &error))
            qWarning("%s", qPrintable(error));
        return path;
    }

private slots:
    void initTestCase()
    {
        m_db = new TestDb;
        QCOMPARE(DemoData::load(), DemoData::Result::Loaded);
        for (const Event &e : EventRepository().all())
            if (e.startDate == QDate(2021, 9, 24))
                m_eventId = e.id;
        QVERIFY(m_eventId);
    }
    void cleanupTestCase() { delete m_db; }
    void cleanup() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }

    void keys()
    {
        for (InviteeReportLayout layout : InviteeReport::layouts())
            QCOMPARE(InviteeReport::layoutFromKey(InviteeReport::layoutKey(layout)), layout);
        QCOMPARE(InviteeReport::layoutFromKey(QStringLiteral("by-sector")), InviteeReportLayout::BySector);
        QVERIFY(!InviteeReport::layoutFromKey(QStringLiteral("poster")));
        for (InviteeColumn column : InviteeReport::allColumns())
            QCOMPARE(InviteeReport::columnFromKey(InviteeReport::columnKey(column)), column);
        QVERIFY(!InviteeReport::columnFromKey(QStringLiteral("photo")));
        QVERIFY(InviteeReport::defaultColumns(InviteeReportLayout::Register).contains(InviteeColumn::Signature));
        QVERIFY(!InviteeReport::defaultColumns(InviteeReportLayout::BySector).contains(InviteeColumn::Sector));
    }

    void eventDates_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one day") << "en" << QDate(2021, 9, 24) << QDate(2021, 9, 24) << QStringLiteral("24 September 2021");
        QTest::newRow("same month") << "en" << QDate(2021, 9, 21) << QDate(2021, 9, 22) << QStringLiteral("21–22 September 2021");
        QTest::newRow("two months") << "en" << QDate(2021, 9, 30) << QDate(2021, 10, 2) << QStringLiteral("30 September – 2 October 2021");
        QTest::newRow("two years") << "en" << QDate(2021, 12, 31) << QDate(2022, 1, 1) << QStringLiteral("31 December 2021 – 1 January 2022");
        QTest::newRow("Hindi") << "hi" << QDate(2021, 9, 24) << QDate() << QStringLiteral("24 सितंबर 2021");
        QTest::newRow("Hindi, same month") << "hi" << QDate(2021, 9, 21) << QDate(2021, 9, 22) << QStringLiteral("21–22 सितंबर 2021");
    }
    void eventDates()
    {
        QFETCH(QString, language);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(QString, expected);
        QVERIFY(LanguageManager::instance()->setLanguage(language));
        QCOMPARE(InviteeReport::eventDates(start, end), expected);
    }

    // Every page carries the event, the office, the column header, "page X of Y" and the print
    // date, in the language of the program; every row's name is on its page, exactly as stored.
    void everyPage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<InviteeReportLayout>("layout");
        QTest::addColumn<QStringList>("literals"); // must appear on every page
        const QString office = QStringLiteral("जिला उद्योग केंद्र, गोरखपुर");
        const QString event = QStringLiteral("गोरखपुर एक्सपोर्ट कांक्लेव (निर्यात सम्मेलन)");
        const QString printed = QStringLiteral("20 सितंबर 2021 को 10:30 बजे मुद्रित");
        QTest::newRow("list, English")
            << "en" << InviteeReportLayout::List
            << QStringList{QStringLiteral("District Industries Centre, Gorakhpur"), QStringLiteral("Gorakhpur Export Conclave"),
                           QStringLiteral("24 September 2021 · Industrial Estate"), QStringLiteral("Invitee list"),
                           QStringLiteral("S.No."), QStringLiteral("Enterprise"), QStringLiteral("Mobile"),
                           QStringLiteral("Printed on 20 September 2021 at 10:30")};
        QTest::newRow("list, Hindi")
            << "hi" << InviteeReportLayout::List
            << QStringList{office, event, QStringLiteral("24 सितंबर 2021"), QStringLiteral("आमंत्रण सूची"),
                           QStringLiteral("क्र.सं."), QStringLiteral("उद्यम / फर्म"), QStringLiteral("मोबाइल नंबर"),
                           QStringLiteral("स्थिति"), printed};
        QTest::newRow("register, English")
            << "en" << InviteeReportLayout::Register
            << QStringList{QStringLiteral("Attendance register"), QStringLiteral("Signature"), QStringLiteral("Stall no."),
                           QStringLiteral("Certified that the invitees who have signed above attended the event."),
                           QStringLiteral("Signature, name and designation of the certifying officer")};
        QTest::newRow("register, Hindi")
            << "hi" << InviteeReportLayout::Register
            << QStringList{office, event, QStringLiteral("उपस्थिति पंजिका"), QStringLiteral("हस्ताक्षर"),
                           QStringLiteral("स्टॉल सं."), QStringLiteral("प्रमाणित करने वाले अधिकारी के हस्ताक्षर, नाम एवं पद"), printed};
        QTest::newRow("by sector, English")
            << "en" << InviteeReportLayout::BySector << QStringList{QStringLiteral("Invitees by sector")};
        QTest::newRow("by sector, Hindi")
            << "hi" << InviteeReportLayout::BySector << QStringList{QStringLiteral("क्षेत्रवार आमंत्रित व्यक्ति")};
    }
    void everyPage()
    {
        QFETCH(QString, language);
        QFETCH(InviteeReportLayout, layout);
        QFETCH(QStringList, literals);
        QVERIFY(LanguageManager::instance()->setLanguage(language));
        InviteeFilter filter;
        filter.eventId = m_eventId;
        InviteeReportOptions options;
        options.layout = layout;
        options.printedAt = PrintedAt;
        QString error;
        const ReportDocument doc = InviteeReport::build(filter, InviteeSort(), options, Database::defaultConnectionName(), &error);
        QVERIFY2(doc.pageCount() > 1, qPrintable(error));
        QCOMPARE(doc.rowCount, InviteeListQuery().count(filter));
        QCOMPARE(doc.oversizedRows, 0);
        const QString pdf = writePdf(doc, QStringLiteral("every-%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag())));
        QCOMPARE(PdfTools::pageCount(pdf), doc.pageCount());

        const QList<InviteeRow> rows = InviteeListQuery().list(filter);
        QStringList unseen;
        for (const InviteeRow &r : rows)
            unseen << r.name;
        int row = 0;
        for (int p = 1; p <= doc.pageCount(); ++p) {
            const QString text = PdfTools::text(pdf, p);
            const QLocale locale;
            QVERIFY2(text.contains(InviteeReport::tr("Page %1 of %2").arg(locale.toString(p), locale.toString(doc.pageCount()))),
                     qPrintable(text));
            if (language == QLatin1String("hi"))
                QVERIFY(text.contains(QStringLiteral("पृष्ठ %1 / %2").arg(p).arg(doc.pageCount())));
            const QString flowing = text.simplified(); // wrapped lines joined
            for (const QString &literal : literals)
                QVERIFY2(flowing.contains(literal), qPrintable(QStringLiteral("page %1 lacks “%2”:\n%3").arg(p).arg(literal, text)));
            const auto placed = placements(doc.pages.at(p - 1), ReportPlacement::Kind::Row);
            if (layout != InviteeReportLayout::BySector) {
                // The rows of this page, in the page's order: every name as stored, Latin or Devanagari.
                for (int i = 0; i < placed.size(); ++i, ++row) {
                    QCOMPARE(placed.at(i).index, row);
                    QVERIFY2(text.contains(rows.at(row).name),
                             qPrintable(QStringLiteral("page %1 lacks “%2”").arg(p).arg(rows.at(row).name)));
                }
            }
            for (int i = int(unseen.size()) - 1; i >= 0; --i)
                if (text.contains(unseen.at(i)))
                    unseen.removeAt(i);
        }
        QVERIFY2(unseen.isEmpty(), qPrintable(unseen.join(QStringLiteral(", "))));
        if (layout != InviteeReportLayout::BySector)
            QCOMPARE(row, int(rows.size()));
        // Half the demo's names are in Devanagari: they came back whole.
        QVERIFY(std::any_of(rows.cbegin(), rows.cend(), [](const InviteeRow &r) { return r.name.at(0).unicode() >= 0x900; }));
        const QString last = PdfTools::text(pdf, doc.pageCount());
        QVERIFY(last.contains(InviteeReport::tr("Total invitees: %1").arg(QLocale().toString(int(rows.size())))));
    }

    void statusWordsInTheLanguage()
    {
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("hi")));
        InviteeFilter filter;
        filter.eventId = m_eventId;
        filter.statuses = {InvitationStatus::Confirmed};
        const ReportDocument doc = InviteeReport::build(filter, InviteeSort(), {});
        const QString text = PdfTools::text(writePdf(doc, QStringLiteral("status-hi.pdf")));
        QVERIFY(text.contains(QStringLiteral("पुष्टि हुई")));
        QVERIFY(text.contains(QStringLiteral("स्थिति: पुष्टि हुई"))); // the filter, in the header
        QVERIFY(!text.contains(QStringLiteral("confirmed"), Qt::CaseInsensitive));
    }

    void bySectorHeadingsAndTotal()
    {
        InviteeFilter filter;
        filter.eventId = m_eventId;
        InviteeReportOptions options;
        options.layout = InviteeReportLayout::BySector;
        const ReportDocument doc = InviteeReport::build(filter, InviteeSort(), options);
        const QList<InviteeRow> rows = InviteeListQuery().list(filter);
        QMap<QString, int> counts;
        for (const InviteeRow &r : rows)
            ++counts[r.sectorId ? r.sectorEn : InviteeReport::tr("No sector")];
        const QString pdf = writePdf(doc, QStringLiteral("sectors.pdf"));
        const QString all = PdfTools::text(pdf);
        int headings = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            const QString heading = QStringLiteral("%1 (invitees: %2)").arg(it.key()).arg(it.value());
            QVERIFY2(all.contains(heading), qPrintable(heading));
            ++headings;
        }
        int placedHeadings = 0;
        int continued = 0;
        for (int p = 0; p < doc.pageCount(); ++p) {
            placedHeadings += int(placements(doc.pages.at(p), ReportPlacement::Kind::GroupHeading).size());
            continued += PdfTools::text(pdf, p + 1).count(QStringLiteral("(continued)"));
        }
        QCOMPARE(placedHeadings, headings + continued);
        QVERIFY2(continued > 0, "200 invitees over a dozen sectors: some section runs over a page");
        QVERIFY(PdfTools::text(pdf, doc.pageCount()).contains(QStringLiteral("Total invitees: %1").arg(rows.size())));
        // Serial numbers run on through the sections: the last is the total.
        QVERIFY(PdfTools::lines(PdfTools::text(pdf, doc.pageCount())).join(QLatin1Char(' '))
                    .contains(QStringLiteral("%1 ").arg(rows.size())));
    }

    // With Devanagari digits chosen in Settings, the printout counts in them too (mobile numbers
    // stay as stored).
    void devanagariDigitsWhenChosen()
    {
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("hi")));
        LanguageManager::instance()->setNativeDigits(true);
        InviteeFilter filter;
        filter.eventId = m_eventId;
        const ReportDocument doc = InviteeReport::build(filter, InviteeSort(), InviteeReportOptions());
        LanguageManager::instance()->setNativeDigits(false);
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
        const QString pdf = writePdf(doc, QStringLiteral("digits-hi.pdf"));
        const QString last = PdfTools::text(pdf, doc.pageCount());
        QVERIFY2(last.contains(QStringLiteral("कुल आमंत्रित व्यक्ति: २००")), qPrintable(last));
        QString pages = QString::number(doc.pageCount());
        for (QChar &c : pages)
            c = QChar(char16_t(0x0966 + (c.unicode() - u'0')));
        QVERIFY2(last.contains(QStringLiteral("पृष्ठ %1 / %1").arg(pages)), qPrintable(last));
        QVERIFY(PdfTools::text(pdf, 1).contains(QStringLiteral("२४ सितंबर २०२१")));
    }

    void filterSortColumnsAndOrientation()
    {
        InviteeFilter filter;
        filter.eventId = m_eventId;
        filter.statuses = {InvitationStatus::Confirmed, InvitationStatus::Attended};
        filter.search = QStringLiteral("yadav");
        InviteeSort sort;
        sort.key = InviteeSortKey::Mobile;
        sort.order = Qt::DescendingOrder;
        InviteeReportOptions options;
        options.columns = {InviteeColumn::Mobile, InviteeColumn::Name, InviteeColumn::Email};
        options.orientation = QPageLayout::Landscape;
        const ReportDocument doc = InviteeReport::build(filter, sort, options);
        const QList<InviteeRow> rows = InviteeListQuery().list(filter, sort);
        QVERIFY(rows.size() > 2);
        QCOMPARE(doc.rowCount, int(rows.size()));
        QVERIFY(doc.pageSize.width() > doc.pageSize.height());
        const QString pdf = writePdf(doc, QStringLiteral("filtered.pdf"));
        const QSizeF size = PdfTools::pageSize(pdf);
        QVERIFY(qAbs(size.width() - 841.89) < 0.5 && qAbs(size.height() - 595.28) < 0.5);
        const QString text = PdfTools::text(pdf, 0, PdfTools::Layout);
        QVERIFY(text.contains(QStringLiteral("Status: confirmed, attended · Search: “yadav”")));
        QVERIFY(text.contains(QStringLiteral("Email")));
        QVERIFY(!text.contains(QStringLiteral("S.No.")));
        QVERIFY(!text.contains(QStringLiteral("Enterprise")));
        // The page's sort order: mobiles descending, names beside them, in columns as chosen.
        int previous = -1;
        for (const InviteeRow &r : rows) {
            const int at = text.indexOf(r.mobile);
            QVERIFY2(at > previous, qPrintable(r.mobile));
            previous = at;
        }
    }

    void serialNumbersGroupedTheIndianWay()
    {
        const Event event = *EventRepository().find(m_eventId);
        QList<InviteeRow> rows;
        for (int i = 0; i < 1234; ++i) {
            InviteeRow r;
            r.id = i + 1;
            r.name = QStringLiteral("Person %1").arg(i + 1);
            rows << r;
        }
        const ReportDocument doc = InviteeReport::build(event, InviteeReport::officeLine(), rows, InviteeFilter(), {});
        const QString last = PdfTools::text(writePdf(doc, QStringLiteral("grouped.pdf")), doc.pageCount());
        QVERIFY(last.contains(QStringLiteral("1,234")));
        QVERIFY(last.contains(QStringLiteral("Total invitees: 1,234")));
        QCOMPARE(QLocale().toString(123456), QStringLiteral("1,23,456")); // what the report uses
    }

    void unknownEvent()
    {
        InviteeFilter filter;
        filter.eventId = 999;
        QString error;
        const ReportDocument doc = InviteeReport::build(filter, InviteeSort(), {}, Database::defaultConnectionName(), &error);
        QCOMPARE(doc.pageCount(), 0);
        QVERIFY(error.contains(QStringLiteral("999")));
    }

    void noRowsStillPrintsTheHeader()
    {
        InviteeFilter filter;
        filter.eventId = m_eventId;
        filter.search = QStringLiteral("nobody by this name");
        const ReportDocument doc = InviteeReport::build(filter, InviteeSort(), {});
        QCOMPARE(doc.pageCount(), 1);
        const QString text = PdfTools::text(writePdf(doc, QStringLiteral("empty.pdf")));
        QVERIFY(text.contains(QStringLiteral("Gorakhpur Export Conclave")));
        QVERIFY(text.contains(QStringLiteral("Total invitees: 0")));
    }
};

QTEST_MAIN(TestInviteeReport)
#include "tst_inviteereport.moc"
