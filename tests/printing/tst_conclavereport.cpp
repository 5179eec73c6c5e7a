#include "../cli/clirunner.h"
#include "testdb.h"
#include "charts/reportcharts.h"
#include "events/eventrepository.h"
#include "exports/exportrepository.h"
#include "exports/exchangeraterepository.h"
#include "exports/exporttargetrepository.h"
#include "invitees/invitationrepository.h"
#include "invitees/inviteerepository.h"
#include "text/languagemanager.h"
#include "pdftools.h"
#include "report/conclavereport.h"
#include "report/conclavereportrepository.h"
#include "report/reportrenderer.h"
#include "sectors/sectorrepository.h"
#include "storage/settingsrepository.h"
#include "stalls/stallrepository.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The conclave report (सम्मेलन प्रतिवेदन): every section, its figures in Indian grouping, its
// charts as pictures, read back from the PDF with pdftotext in English and Hindi; the block or
// tehsil of an address; the CLI's print report.
class TestConclaveReport : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> m_db;
    QTemporaryDir m_dir;
    qint64 m_state = 0;
    qint64 m_conclave = 0;

    static qint64 invitee(const QString &name, qint64 sector, const QString &address, int n, const QString &iec = {})
    {
        Invitee v;
        v.name = name;
        v.enterprise = name + u" Udyog"_s;
        v.sectorId = sector;
        v.mobile = QStringLiteral("98%1").arg(n, 8, 10, QLatin1Char('0'));
        v.address = address;
        v.iec = iec;
        QString error;
        const qint64 id = InviteeRepository().insert(v, &error);
        if (!id)
            qFatal("%s", qPrintable(error));
        return id;
    }
    static void status(qint64 event, qint64 invitee, InvitationStatus s, qint64 nominatedTo = 0)
    {
        QString error;
        if (!InvitationRepository().setStatus(event, invitee, s, nominatedTo, &error))
            qFatal("%s", qPrintable(error));
    }
    QString pdf(const ReportDocument &doc, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!ReportRenderer::writePdf(doc, path, &error))
            qWarning("%s", qPrintable(error));
        return path;
    }
    static int images(const ReportDocument &doc)
    {
        int n = 0;
        for (const ReportPage &page : doc.pages)
            for (const ReportItem &item : page.items)
                n += item.type == ReportItem::Type::Image;
        return n;
    }

private slots:
    void initTestCase()
    {
        LanguageManager::instance()->setLanguage(u"en"_s);
        m_db = std::make_unique<TestDb>();
        QString error;
        SettingsRepository settings;
        QVERIFY(settings.setValue(SettingsRepository::District, u"Gorakhpur"_s, &error));
        QVERIFY(settings.setValue(SettingsRepository::DistrictHi, u"गोरखपुर"_s, &error));
        Event state;
        state.nameEn = u"State Export Conclave"_s;
        state.nameHi = u"प्रदेश स्तरीय एक्सपोर्ट कांक्लेव"_s;
        state.startDate = QDate(2022, 9, 20);
        state.endDate = state.startDate;
        m_state = EventRepository().insert(state, &error);
        Event conclave;
        conclave.nameEn = u"Gorakhpur Export Conclave"_s;
        conclave.nameHi = u"गोरखपुर एक्सपोर्ट कांक्लेव"_s;
        conclave.startDate = QDate(2023, 1, 24);
        conclave.endDate = QDate(2023, 1, 25);
        conclave.venue = u"Industrial Estate, Gorakhnath"_s;
        conclave.organiser = u"District Industries Centre, Gorakhpur"_s;
        m_conclave = EventRepository().insert(conclave, &error);
        QVERIFY(m_state && m_conclave);

        SectorRepository sectors;
        const qint64 terracotta = sectors.ensure(u"Terracotta"_s, u"टेराकोटा"_s);
        const qint64 garments = sectors.ensure(u"Readymade garments"_s, u"रेडीमेड वस्त्र"_s);
        // Twelve invitees in three places (one written in Hindi, one naming its block).
        const QStringList addresses{u"Nathmalpur, Gorakhnath, Gorakhpur 273015"_s, u"नथमलपुर, गोरखनाथ, गोरखपुर"_s,
                                    u"Bargadwa, Gorakhpur"_s, u"Village Jungle Kauria, Block Pipraich, Gorakhpur"_s};
        QList<qint64> ids;
        for (int i = 0; i < 12; ++i)
            ids << invitee(QStringLiteral("Udyami %1").arg(QChar(u'A' + i)), i % 3 ? terracotta : garments,
                           addresses.at(i % 4), i, i == 0 ? u"AAFCP4821K"_s : QString());
        // At the state conclave before: A and B attended.
        status(m_state, ids.at(0), InvitationStatus::Invited);
        status(m_state, ids.at(0), InvitationStatus::Attended);
        status(m_state, ids.at(1), InvitationStatus::Invited);
        status(m_state, ids.at(1), InvitationStatus::Attended);
        // This conclave: 7 attended (A, B among them), 2 confirmed only, 2 declined, 1 nominated.
        for (int i = 0; i < 12; ++i)
            status(m_conclave, ids.at(i), InvitationStatus::Invited);
        for (int i = 0; i < 9; ++i)
            status(m_conclave, ids.at(i), InvitationStatus::Confirmed);
        for (int i = 0; i < 7; ++i)
            status(m_conclave, ids.at(i), InvitationStatus::Attended);
        status(m_conclave, ids.at(9), InvitationStatus::Declined);
        status(m_conclave, ids.at(10), InvitationStatus::Declined);
        status(m_conclave, ids.at(11), InvitationStatus::Nominated, m_state);

        // Stalls: four, two allotted, one reserved, one blocked.
        Hall hall;
        hall.eventId = m_conclave;
        QVERIFY(StallRepository().setHall(hall, &error));
        QList<Stall> stalls;
        for (int i = 0; i < 4; ++i) {
            Stall s;
            s.eventId = m_conclave;
            s.code = QStringLiteral("A-%1").arg(i + 1);
            s.x = 4 * i;
            s.sectorId = i < 3 ? terracotta : garments;
            s.status = QList<StallStatus>{StallStatus::Allotted, StallStatus::Allotted, StallStatus::Reserved,
                                          StallStatus::Blocked}.at(i);
            stalls << s;
        }
        QVERIFY(StallRepository().insertAll(stalls, nullptr, &error));

        // Exports: 2021-22 and 2022-23, one figure in US$ only, a target.
        auto record = [&](int year, const char *country, qint64 sector, const QString &code, double crore) {
            ExportRecord r;
            r.fyStart = year;
            r.countryCode = QString::fromLatin1(country);
            r.sectorId = sector;
            r.hsCode = code;
            r.valueCrore = crore;
            if (!ExportRepository().insert(r, &error))
                qFatal("%s", qPrintable(error));
        };
        record(2021, "US", garments, u"61091000"_s, 150);
        record(2021, "AE", terracotta, u"6913"_s, 50);
        record(2022, "US", garments, u"61091000"_s, 123456.78); // a figure for the Indian grouping
        record(2022, "AE", terracotta, u"6913"_s, 75.5);
        ExportRecord usd;
        usd.fyStart = 2022;
        usd.countryCode = u"DE"_s;
        usd.sectorId = terracotta;
        usd.inrDerived = true;
        usd.valueUsdMillion = 2.5;
        QVERIFY(ExportRepository().insert(usd, &error));
        QVERIFY(ExchangeRateRepository().set({2022, 80, {}}, &error));
        ExportTarget target;
        target.fyStart = 2025;
        target.targetCrore = 200000;
        QVERIFY(ExportTargetRepository().insert(target, &error));
        QVERIFY(ConclaveReportRepository().setNotes(
            m_conclave, {u"Set up a common facility centre for terracotta."_s, u"DIC to write to the buyers by 15 February."_s},
            &error));
    }
    void cleanupTestCase() { m_db.reset(); }
    void cleanup() { LanguageManager::instance()->setLanguage(u"en"_s); }

    void areas_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("area");
        QTest::newRow("last part before the district") << "Nathmalpur, Gorakhnath, Gorakhpur 273015" << "Gorakhnath";
        QTest::newRow("PIN after a dash") << "Nathmalpur, Gorakhnath, Gorakhpur - 273015" << "Gorakhnath";
        QTest::newRow("named block") << "Jungle Kauria, Block Pipraich, Gorakhpur" << "Pipraich";
        QTest::newRow("block after the name") << "Jungle Kauria, Pipraich Block" << "Pipraich";
        QTest::newRow("tehsil in Hindi") << "ग्राम सिहोरवा, तहसील सहजनवा, जनपद गोरखपुर" << "सहजनवा";
        QTest::newRow("district in Hindi, state") << "नथमलपुर, गोरखनाथ, गोरखपुर, उत्तर प्रदेश" << "गोरखनाथ";
        QTest::newRow("only the district") << "Gorakhpur" << "";
        QTest::newRow("empty") << "" << "";
    }
    void areas()
    {
        QFETCH(QString, address);
        QFETCH(QString, area);
        QCOMPARE(ConclaveReport::areaOf(address, {u"Gorakhpur"_s, u"गोरखपुर"_s}), area);
    }

    void englishReport()
    {
        QString error;
        const auto data = ConclaveReport::gather(m_conclave, Database::defaultConnectionName(), &error);
        QVERIFY2(data, qPrintable(error));
        const ReportDocument doc = ConclaveReport::build(*data, ReportCharts::renderer());
        QVERIFY(doc.pageCount() >= 2);
        // Attendance by sector and by place, exports by country and chapter, trend, target.
        QCOMPARE(images(doc), 6);
        const QString path = pdf(doc, u"report-en.pdf"_s);
        const QString text = PdfTools::text(path, 0, PdfTools::Layout);
        const QStringList lines = PdfTools::lines(text);
        // Sentences may wrap: compared with the reading-order text, its lines joined.
        const QString flat = PdfTools::text(path).simplified();
        for (const QString &expected :
             {u"Conclave report"_s, u"Gorakhpur Export Conclave"_s, u"24–25 January 2023"_s,
              u"Industrial Estate, Gorakhnath"_s, u"District Industries Centre, Gorakhpur"_s,
              u"12 invited, 9 confirmed, 7 attended, 2 declined, 1 nominated to another event"_s,
              u"By sector"_s, u"By block or tehsil (from the addresses)"_s, u"Pipraich"_s, u"Bargadwa"_s,
              u"5 of the 7 who attended had not attended an earlier event."_s,
              u"Entrepreneurs nominated to another event"_s, u"Udyami L"_s, u"State Export Conclave"_s,
              u"Stalls by category and occupancy"_s, u"The district's exports"_s,
              u"In 2022-23 the district exported goods worth ₹1,23,552.28 crore (3 figures)."_s,
              u"1 of the figures were given in US$ and are converted at the year's rate of ₹80.00 per US$."_s,
              u"By country, 2022-23"_s, u"United States"_s, u"1,23,456.78"_s, u"By HS chapter, 2022-23"_s,
              u"Ceramic products"_s, u"Over the years"_s, u"Targets and actuals"_s, u"2,00,000.00"_s,
              u"Set up a common facility centre for terracotta."_s, u"DIC to write to the buyers by 15 February."_s})
            QVERIFY2(text.contains(expected) || flat.contains(expected), qPrintable(expected));
        // Gorakhnath written in both scripts is one place: 6 of the 12 (rows 0, 1, 4, 5, 8, 9).
        bool gorakhnath = false;
        for (const QString &line : lines)
            if (line.startsWith(u"Gorakhnath 6 "_s))
                gorakhnath = true;
        QVERIFY2(gorakhnath, qPrintable(text));
        // Stalls: 3 terracotta (2 allotted, 1 reserved), 1 garments blocked; occupied of lettable.
        bool stalls = false;
        for (const QString &line : lines)
            if (line == u"Total 4 2 1 0 1 100.0%"_s)
                stalls = true;
        QVERIFY2(stalls, qPrintable(text));
        // Without a chart renderer the tables carry the figures alone.
        QCOMPARE(images(ConclaveReport::build(*data)), 0);
    }

    void hindiReport()
    {
        QString error;
        QVERIFY(LanguageManager::instance()->setLanguage(u"hi"_s));
        const auto data = ConclaveReport::gather(m_conclave, Database::defaultConnectionName(), &error);
        QVERIFY(data);
        const ReportDocument doc = ConclaveReport::build(*data, ReportCharts::renderer());
        const QString text = PdfTools::text(pdf(doc, u"report-hi.pdf"_s), 0, PdfTools::Layout);
        for (const QString &expected :
             {u"सम्मेलन प्रतिवेदन"_s, u"गोरखपुर एक्सपोर्ट कांक्लेव"_s, u"जिला उद्योग केंद्र, गोरखपुर"_s,
              u"प्रदेश स्तरीय एक्सपोर्ट कांक्लेव"_s, u"टेराकोटा"_s, u"निर्णय"_s, u"1,23,456.78"_s, u"2,00,000.00"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        QVERIFY2(!text.contains(u"Conclave report"_s) && !text.contains(u"Invitations and attendance"_s), qPrintable(text));
    }

    void noSuchEvent()
    {
        QString error;
        QVERIFY(!ConclaveReport::gather(9999, Database::defaultConnectionName(), &error));
        QVERIFY(error.contains(u"9999"_s));
    }

    void commandLine()
    {
        CliRunner cli;
        const QString out = cli.path(u"report.pdf"_s);
        const CliResult r = cli.run({u"--db"_s, m_db->path, u"print"_s, u"report"_s, out, u"--event"_s,
                                     QString::number(m_conclave), u"--lang"_s, u"hi"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(u"Wrote "_s) || r.out.contains(u"report.pdf"_s), qPrintable(r.out + r.err));
        QVERIFY(PdfTools::text(out).contains(u"सम्मेलन प्रतिवेदन"_s));
        QCOMPARE(cli.run({u"--db"_s, m_db->path, u"print"_s, u"report"_s, out}).exitCode, 2);
        const CliResult missing = cli.run({u"--db"_s, m_db->path, u"print"_s, u"report"_s, cli.path(u"x.pdf"_s),
                                           u"--event"_s, u"9999"_s});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(!QFile::exists(cli.path(u"x.pdf"_s)));
    }
};

QTEST_MAIN(TestConclaveReport)
#include "tst_conclavereport.moc"
