// Benchmark: the conclave report with 1,000 invitees and 5,000 export records (target: under 3 s),
// in English and Hindi: reading the data, laying it out with its six charts, writing the PDF;
// then the whole of `sammelan-cli print report` as a process (wall time). Prints the figures.
//
//   build/bin/bench_conclavereport
#include "benchutil.h"
#include "charts/reportcharts.h"
#include "storage/database.h"
#include "events/eventrepository.h"
#include "exports/exportrepository.h"
#include "exports/exchangeraterepository.h"
#include "exports/exporttargetrepository.h"
#include "invitees/invitationrepository.h"
#include "invitees/inviteerepository.h"
#include "text/languagemanager.h"
#include "report/conclavereport.h"
#include "report/reportrenderer.h"
#include "sectors/sectorrepository.h"
#include "storage/settingsrepository.h"
#include "stalls/stallrepository.h"
#include "storage/transaction.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

QTextStream out(stdout);

bool fill(qint64 *eventId)
{
    QString error;
    SettingsRepository settings;
    settings.setValue(SettingsRepository::District, QStringLiteral("Gorakhpur"));
    settings.setValue(SettingsRepository::DistrictHi, QStringLiteral("गोरखपुर"));
    Event earlier;
    earlier.nameEn = QStringLiteral("State Export Conclave");
    earlier.startDate = QDate(2023, 9, 20);
    earlier.endDate = earlier.startDate;
    const qint64 state = EventRepository().insert(earlier, &error);
    Event conclave;
    conclave.nameEn = QStringLiteral("Gorakhpur Export Conclave");
    conclave.nameHi = QStringLiteral("गोरखपुर एक्सपोर्ट कांक्लेव");
    conclave.startDate = QDate(2024, 1, 24);
    conclave.endDate = QDate(2024, 1, 25);
    conclave.venue = QStringLiteral("Industrial Estate, Gorakhnath");
    *eventId = EventRepository().insert(conclave, &error);

    const QStringList productNames{QStringLiteral("Terracotta"), QStringLiteral("Readymade garments"),
                                   QStringLiteral("Textiles"), QStringLiteral("Food processing"),
                                   QStringLiteral("Engineering"), QStringLiteral("Rubber"),
                                   QStringLiteral("Medical equipment"), QStringLiteral("Handicrafts")};
    QList<qint64> products;
    for (const QString &p : productNames)
        products << SectorRepository().ensure(p);
    const QStringList places{QStringLiteral("Gorakhnath"), QStringLiteral("Pipraich"), QStringLiteral("Sahjanwa"),
                             QStringLiteral("Chauri Chaura"), QStringLiteral("Campierganj"), QStringLiteral("Bansgaon"),
                             QStringLiteral("गोरखनाथ"), QStringLiteral("Khorabar"), QStringLiteral("Bhathat")};
    const QList<InvitationStatus> statuses{InvitationStatus::Attended, InvitationStatus::Attended,
                                           InvitationStatus::Confirmed, InvitationStatus::Invited,
                                           InvitationStatus::Declined, InvitationStatus::Attended,
                                           InvitationStatus::Nominated};
    Transaction transaction(QSqlDatabase::database(Database::defaultConnectionName()));
    InviteeRepository invitees;
    InvitationRepository invitations;
    for (int i = 0; i < 1000; ++i) {
        Invitee v;
        v.name = QStringLiteral("Udyami %1").arg(i);
        v.enterprise = QStringLiteral("Udyog %1 Pvt. Ltd.").arg(i);
        v.mobile = QStringLiteral("9%1").arg(100000000 + i);
        v.sectorId = products.at(i % products.size());
        v.address = QStringLiteral("Ward %1, %2, Gorakhpur %3").arg(i % 40).arg(places.at(i % places.size())).arg(273000 + i % 30);
        if (i % 5 == 0)
            v.iec = QStringLiteral("%1").arg(1000000000LL + i);
        const qint64 id = invitees.insert(v, &error);
        if (!id)
            return false;
        const InvitationStatus s = statuses.at(i % statuses.size());
        if (!invitations.setStatus(*eventId, id, s, s == InvitationStatus::Nominated ? state : 0, &error))
            return false;
        if (i % 3 == 0 && !invitations.setStatus(state, id, InvitationStatus::Attended, 0, &error))
            return false;
    }
    Hall hall;
    hall.eventId = *eventId;
    StallRepository().setHall(hall, &error);
    QList<Stall> stalls;
    for (int i = 0; i < 60; ++i) {
        Stall s;
        s.eventId = *eventId;
        s.code = QStringLiteral("S-%1").arg(i + 1);
        s.x = (i % 10) * 3.5;
        s.y = (i / 10) * 3.5;
        s.sectorId = products.at(i % products.size());
        s.status = StallStatus(i % 4);
        stalls << s;
    }
    StallRepository().insertAll(stalls, nullptr, &error);
    // 5,000 figures: 5 years × 50 countries × 20 HS codes, a tenth of them given in US$ only.
    const QStringList countries{
        QStringLiteral("US"), QStringLiteral("AE"), QStringLiteral("GB"), QStringLiteral("DE"), QStringLiteral("FR"),
        QStringLiteral("NP"), QStringLiteral("BD"), QStringLiteral("LK"), QStringLiteral("EG"), QStringLiteral("ZA"),
        QStringLiteral("NG"), QStringLiteral("KE"), QStringLiteral("SA"), QStringLiteral("QA"), QStringLiteral("KW"),
        QStringLiteral("OM"), QStringLiteral("IT"), QStringLiteral("ES"), QStringLiteral("NL"), QStringLiteral("BE"),
        QStringLiteral("PL"), QStringLiteral("RU"), QStringLiteral("CN"), QStringLiteral("JP"), QStringLiteral("KR"),
        QStringLiteral("SG"), QStringLiteral("MY"), QStringLiteral("TH"), QStringLiteral("VN"), QStringLiteral("ID"),
        QStringLiteral("AU"), QStringLiteral("NZ"), QStringLiteral("CA"), QStringLiteral("MX"), QStringLiteral("BR"),
        QStringLiteral("AR"), QStringLiteral("CL"), QStringLiteral("PE"), QStringLiteral("CO"), QStringLiteral("TR"),
        QStringLiteral("IR"), QStringLiteral("IQ"), QStringLiteral("IL"), QStringLiteral("JO"), QStringLiteral("GH"),
        QStringLiteral("TZ"), QStringLiteral("UG"), QStringLiteral("ET"), QStringLiteral("MU"), QStringLiteral("MV")};
    const QStringList codes{QStringLiteral("61091000"), QStringLiteral("61051000"), QStringLiteral("62034200"),
                            QStringLiteral("62052000"), QStringLiteral("69139000"), QStringLiteral("69120010"),
                            QStringLiteral("52081100"), QStringLiteral("52051100"), QStringLiteral("63026000"),
                            QStringLiteral("20089999"), QStringLiteral("21069099"), QStringLiteral("84137010"),
                            QStringLiteral("84818090"), QStringLiteral("40169390"), QStringLiteral("90189099"),
                            QStringLiteral("44209090"), QStringLiteral("46021900"), QStringLiteral("73269099"),
                            QStringLiteral("10063020"), QStringLiteral("09042110")};
    ExportRepository exports;
    int n = 0;
    for (int year = 2019; year <= 2023; ++year)
        for (int c = 0; c < countries.size(); ++c)
            for (int k = 0; k < codes.size(); ++k) {
                ExportRecord r;
                r.fyStart = year;
                r.countryCode = countries.at(c);
                r.hsCode = codes.at(k);
                r.sectorId = products.at(k % products.size());
                r.valueCrore = 0.05 + ((n * 7919) % 1000) / 100.0 * (year - 2017);
                if (n % 10 == 0) {
                    r.inrDerived = true;
                    r.valueUsdMillion = r.valueCrore / 8.2;
                }
                r.quantity = 100 + n % 5000;
                r.unit = QStringLiteral("KGS");
                ++n;
                if (!exports.insert(r, &error))
                    return false;
            }
    for (int year = 2019; year <= 2023; ++year)
        ExchangeRateRepository().set({year, 70.0 + 3 * (year - 2019), {}}, &error);
    ExportTarget target;
    target.fyStart = 2026;
    target.targetCrore = 1000;
    ExportTargetRepository().insert(target, &error);
    target.fyStart = 2024;
    target.targetCrore = 700;
    ExportTargetRepository().insert(target, &error);
    return transaction.commit() && n == 5000;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    if (!Database::open(path, Database::Mode::CreateIfMissing).ok())
        return 1;
    qint64 eventId = 0;
    QElapsedTimer setup;
    setup.start();
    if (!fill(&eventId)) {
        out << "could not fill the database\n";
        return 1;
    }
    out << "database: 1,000 invitees, 5,000 export records, 60 stalls (made in "
        << qRound(Bench::msSince(setup)) << " ms)\n";
    out << "target: the report in under 3,000 ms\n\n";
    out << "language  run  read(ms)  layout+charts(ms)  pdf(ms)  total(ms)  pages  size(KiB)\n";
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("hi")}) {
        LanguageManager::instance()->setLanguage(language);
        QList<double> totals;
        for (int run = 1; run <= 3; ++run) {
            QElapsedTimer t;
            t.start();
            QString error;
            const auto data = ConclaveReport::gather(eventId, Database::defaultConnectionName(), &error);
            const double read = Bench::msSince(t);
            const ReportDocument doc = ConclaveReport::build(*data, ReportCharts::renderer());
            const double layout = Bench::msSince(t) - read;
            const QString pdf = dir.filePath(QStringLiteral("report-%1.pdf").arg(language));
            ReportRenderer::writePdf(doc, pdf, &error);
            const double total = Bench::msSince(t);
            totals << total;
            out << language << "        " << run << "    " << qRound(read) << "        " << qRound(layout)
                << "                " << qRound(total - read - layout) << "      " << qRound(total) << "       "
                << doc.pageCount() << "      " << QFileInfo(pdf).size() / 1024 << '\n';
            out.flush();
        }
        out << language << " median total: " << qRound(Bench::median(totals)) << " ms\n";
    }
    Database::close();

    // The whole command, as a user runs it: start, open, read, lay out, write, exit.
    const QString cli = QCoreApplication::applicationDirPath() + QStringLiteral("/sammelan-cli");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("hi")}) {
        QElapsedTimer t;
        t.start();
        QProcess p;
        p.start(cli, {QStringLiteral("--db"), path, QStringLiteral("print"), QStringLiteral("report"),
                      dir.filePath(QStringLiteral("cli.pdf")), QStringLiteral("--event"), QString::number(eventId),
                      QStringLiteral("--lang"), language});
        p.waitForFinished(60000);
        out << "sammelan-cli print report --lang " << language << ": " << qRound(Bench::msSince(t)) << " ms (exit "
            << p.exitCode() << ")\n";
    }
    out << "peak memory: " << qRound(Bench::peakRssMiB()) << " MiB\n";
    return 0;
}
