// Benchmark: the invitee list to PDF with 10,000 and 200 rows, in-process (query, layout, PDF)
// and through sammelan-cli (wall time and peak memory of the whole process), compared with
// LibreOffice turning the same rows, as CSV, into a PDF when soffice is installed.
//
//   build/bin/bench_printinvitees
#include "benchdemo.h"
#include "benchprocess.h"
#include "benchutil.h"
#include "storage/database.h"
#include "events/demodata.h"
#include "events/eventrepository.h"
#include "invitees/invitationrepository.h"
#include "invitees/inviteelistquery.h"
#include "invitees/inviteerepository.h"
#include "text/languagemanager.h"
#include "report/inviteereport.h"
#include "report/reportrenderer.h"
#include "storage/transaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QMap>
#include <QTextStream>
#include <QUrl>



namespace {

QTextStream out(stdout);

// The demo conclave, grown to `count` invitees by copying its 200 with new names and numbers.
qint64 makeDatabase(const QString &path, int count)
{
    const Bench::DemoConclave demo = Bench::openDemo(path);
    InvitationRepository invitations;
    { // the transaction ends before the connection closes
        Transaction transaction(QSqlDatabase::database(Database::defaultConnectionName()));
        const QList<InvitationStatus> statuses{InvitationStatus::Confirmed, InvitationStatus::Invited,
                                               InvitationStatus::Attended, InvitationStatus::Declined};
        for (int i = int(demo.invitees.size()); i < count; ++i) {
            const qint64 id = Bench::addCopy(demo, i);
            if (!id || !invitations.setStatus(demo.eventId, id, statuses.at(i % statuses.size())))
                qFatal("cannot add invitee %d", i);
        }
        transaction.commit();
    }
    Database::close();
    return demo.eventId;
}

// The same rows as the printed list, as CSV for LibreOffice.
void writeCsv(const QString &path, const QList<InviteeRow> &rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QTextStream s(&file);
    s << "S.No.,Name,Enterprise,Sector,Mobile,Status\n";
    auto quoted = [](QString text) { return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"'); };
    for (int i = 0; i < rows.size(); ++i) {
        const InviteeRow &r = rows.at(i);
        s << i + 1 << ',' << quoted(r.name) << ',' << quoted(r.enterprise) << ',' << quoted(r.sectorEn) << ','
          << r.mobile << ',' << InvitationStatuses::displayName(r.status) << '\n';
    }
}

// LibreOffice turning the same rows, as CSV, into a PDF; prints the comparison.
void compareWithLibreOffice(const QString &soffice, const QTemporaryDir &dir, const QList<InviteeRow> &rows,
                            double cliSeconds)
{
    if (soffice.isEmpty()) {
        out << "LibreOffice (soffice) is not installed: no comparison. "
               "Install libreoffice-calc-nogui to compare.\n";
        return;
    }
    const QString csv = dir.filePath(QStringLiteral("invitees.csv"));
    writeCsv(csv, rows);
    const QString profile = QUrl::fromLocalFile(dir.filePath(QStringLiteral("lo-profile"))).toString();
    const QStringList args{QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
                           QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                           QStringLiteral("--infilter=CSV:44,34,76"), QStringLiteral("--outdir"), dir.path(), csv};
    const Bench::ChildRun cold = Bench::runChild(soffice, args);
    Bench::ChildRun warm;
    for (int i = 0; i < 2; ++i) {
        const Bench::ChildRun run = Bench::runChild(soffice, args);
        if (!warm.ok() || run.seconds < warm.seconds)
            warm = run;
    }
    if (!cold.ok() || !warm.ok() || !QFileInfo::exists(dir.filePath(QStringLiteral("invitees.pdf")))) {
        out << "LibreOffice could not convert the CSV; no comparison.\n";
        return;
    }
    out << QStringLiteral("LibreOffice, the same %1 rows as CSV to PDF: best %2 s, first run with a new profile %3 s, "
                          "peak memory %4 MiB\n")
               .arg(rows.size()).arg(warm.seconds, 0, 'f', 3).arg(cold.seconds, 0, 'f', 3)
               .arg(warm.peakKiB / 1024.0, 0, 'f', 1);
    out << QStringLiteral("Ratio sammelan-cli / LibreOffice: %1 against its best run, %2 against its first run "
                          "(target at most 0.2)\n")
               .arg(cliSeconds / warm.seconds, 0, 'f', 3).arg(cliSeconds / cold.seconds, 0, 'f', 3);
}

} // namespace

static long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return 0;
}

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    QTemporaryDir dir;
    const QString cli = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("sammelan-cli"));
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    const QList<int> sizes{200, 10000};
    QMap<int, qint64> events;
    for (int count : sizes)
        events[count] = makeDatabase(dir.filePath(QStringLiteral("bench%1.db").arg(count)), count);
    auto dbFor = [&dir](int count) { return dir.filePath(QStringLiteral("bench%1.db").arg(count)); };

    out << "Invitee list to PDF (A4 portrait, 6 columns, half the names in Devanagari)\n";
    // The user's path first: sammelan-cli as a process of its own, best of three. (A forked
    // child's peak memory includes what it inherited before exec, so this runs while the
    // benchmark itself is still small.)
    out << QStringLiteral("  (benchmark process at %1 MiB when starting sammelan-cli)\n").arg(residentKiB() / 1024.0, 0, 'f', 1);
    double cli10k = 0;
    for (int count : sizes) {
        Bench::ChildRun best;
        for (int i = 0; i < 3; ++i) {
            const Bench::ChildRun run = Bench::runChild(cli, {QStringLiteral("--db"), dbFor(count), QStringLiteral("print"),
                                                QStringLiteral("invitees"), dir.filePath(QStringLiteral("cli.pdf")),
                                                QStringLiteral("--event"), QString::number(events.value(count))});
            if (!run.ok())
                qFatal("sammelan-cli print invitees failed");
            if (!best.ok() || run.seconds < best.seconds)
                best = run;
        }
        out << QStringLiteral("  sammelan-cli print invitees, %1 rows: %2 s, peak memory %3 MiB\n")
                   .arg(count).arg(best.seconds, 0, 'f', 3).arg(best.peakKiB / 1024.0, 0, 'f', 1);
        if (count == 10000)
            cli10k = best.seconds;
    }

    // LibreOffice next, while this process is still small, with the same rows as CSV.
    {
        Database::open(dbFor(10000), Database::Mode::OpenExisting);
        InviteeFilter filter;
        filter.eventId = events.value(10000);
        const QList<InviteeRow> rows = InviteeListQuery().list(filter);
        Database::close();
        compareWithLibreOffice(soffice, dir, rows, cli10k);
    }

    // In-process, step by step.
    out << "In process, step by step (best of five):\n";
    for (int count : sizes) {
        Database::open(dbFor(count), Database::Mode::OpenExisting);
        InviteeFilter filter;
        filter.eventId = events.value(count);
        QElapsedTimer t;
        t.start();
        const QList<InviteeRow> rows = InviteeListQuery().list(filter);
        const double query = t.nsecsElapsed() / 1e6;
        const Event event = *EventRepository().find(filter.eventId);
        const QString office = InviteeReport::officeLine();
        double layout = 1e9;
        ReportDocument doc;
        for (int i = 0; i < 5; ++i) { // best of five: these machines are noisy
            t.restart();
            ReportTextEngine::forCurrentThread().clearCache(); // as a fresh process would start
            doc = InviteeReport::build(event, office, rows, filter, {});
            layout = qMin(layout, t.nsecsElapsed() / 1e6);
        }
        const QString pdf = dir.filePath(QStringLiteral("list%1.pdf").arg(count));
        double write = 1e9;
        for (int i = 0; i < 5; ++i) {
            t.restart();
            if (!ReportRenderer::writePdf(doc, pdf))
                qFatal("cannot write the PDF");
            write = qMin(write, t.nsecsElapsed() / 1e6);
        }
        t.restart();
        const QImage preview = ReportRenderer::renderPage(doc, 0, 96);
        const double previewMs = t.nsecsElapsed() / 1e6;
        // The printer's path: pages as images at the printer's resolution, here onto Qt's PDF
        // writer standing in for a printer (what CUPS gets is much the same).
        QString printing;
        if (count == 200) {
            for (int dpi : {300, 600}) {
                QPdfWriter writer(dir.filePath(QStringLiteral("printed%1.pdf").arg(dpi)));
                writer.setResolution(dpi);
                writer.setPageSize(doc.qtPageSize());
                writer.setPageMargins(QMarginsF(0, 0, 0, 0));
                t.restart();
                ReportRenderer::print(doc, &writer, 0, 2);
                printing += QStringLiteral("; printing at %1 dpi %2 ms a page")
                                .arg(dpi).arg(t.nsecsElapsed() / 1e6 / 3, 0, 'f', 0);
            }
        }
        const int pages = doc.pageCount();
        t.restart();
        doc = ReportDocument();
        const double release = t.nsecsElapsed() / 1e6;
        Database::close();
        out << QStringLiteral("  %1 rows, %2 pages, %3 KiB: query %4 ms, layout %5 ms, PDF %6 ms, "
                              "total %7 ms; one preview page at 96 dpi %8 ms; freeing the document %9 ms%10\n")
                   .arg(rows.size()).arg(pages).arg(QFileInfo(pdf).size() / 1024)
                   .arg(query, 0, 'f', 1).arg(layout, 0, 'f', 1).arg(write, 0, 'f', 1)
                   .arg(query + layout + write, 0, 'f', 1).arg(previewMs, 0, 'f', 1).arg(release, 0, 'f', 1)
                   .arg(printing);
    }

    return 0;
}
