// Benchmark: the invitee list to PDF with 10,000 and 200 rows, in-process (query, layout, PDF)
// and through sammelan-cli (wall time and peak memory of the whole process), compared with
// LibreOffice turning the same rows, as CSV, into a PDF when soffice is installed.
//
//   build/bin/bench_printinvitees
#include "database.h"
#include "demodata.h"
#include "eventrepository.h"
#include "inviteerepository.h"
#include "languagemanager.h"
#include "report/inviteereport.h"
#include "report/reportrenderer.h"
#include "transaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

#include <fcntl.h>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

QTextStream out(stdout);

struct ChildRun {
    bool ok = false;
    double seconds = 0;
    long peakKiB = 0;
};

// Runs a program and waits for it, measuring its wall time and its own peak resident memory.
ChildRun runChild(const QString &program, const QStringList &args, const QString &workDir = {})
{
    QList<QByteArray> argv8{QFile::encodeName(program)};
    for (const QString &a : args)
        argv8 << a.toUtf8();
    QList<char *> argv;
    for (QByteArray &a : argv8)
        argv << a.data();
    argv << nullptr;
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        if (!workDir.isEmpty() && chdir(QFile::encodeName(workDir).constData()) != 0)
            _exit(127);
        const int devNull = ::open("/dev/null", O_WRONLY);
        dup2(devNull, 1);
        dup2(devNull, 2);
        execvp(argv.at(0), argv.data());
        _exit(127);
    }
    ChildRun run;
    int status = 0;
    struct rusage usage {};
    if (pid > 0 && wait4(pid, &status, 0, &usage) == pid) {
        run.seconds = timer.nsecsElapsed() / 1e9;
        run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
        run.peakKiB = usage.ru_maxrss;
    }
    return run;
}

// The demo conclave, grown to `count` invitees by copying its 200 with new names and numbers.
qint64 makeDatabase(const QString &path, int count)
{
    if (!Database::open(path, Database::Mode::CreateIfMissing).ok() || DemoData::load() != DemoData::Result::Loaded)
        qFatal("cannot create %s", qPrintable(path));
    qint64 eventId = 0;
    for (const Event &e : EventRepository().all())
        if (e.startDate == QDate(2021, 9, 24))
            eventId = e.id;
    InviteeRepository invitees;
    InviteeFilter filter;
    filter.eventId = eventId;
    const QList<qint64> demo = invitees.ids(filter);
    { // the transaction ends before the connection closes
        Transaction transaction(QSqlDatabase::database(Database::defaultConnectionName()));
        const QList<InvitationStatus> statuses{InvitationStatus::Confirmed, InvitationStatus::Invited,
                                               InvitationStatus::Attended, InvitationStatus::Declined};
        for (int i = int(demo.size()); i < count; ++i) {
            Invitee v = *invitees.find(demo.at(i % demo.size()));
            v.id = 0;
            v.name += QStringLiteral(" %1").arg(i);
            v.mobile = QStringLiteral("9%1").arg(i, 9, 10, QLatin1Char('0'));
            v.email.clear();
            v.gstin.clear();
            v.udyam.clear();
            const qint64 id = invitees.insert(v);
            if (!id || !invitees.setStatus(eventId, id, statuses.at(i % statuses.size())))
                qFatal("cannot add invitee %d", i);
        }
        transaction.commit();
    }
    Database::close();
    return eventId;
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

long peakSelfKiB()
{
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    QTemporaryDir dir;
    const QString cli = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("sammelan-cli"));
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));

    out << "Invitee list to PDF (A4 portrait, 6 columns, half the names in Devanagari)\n";
    double cli10k = 0;
    QList<InviteeRow> rows10k;
    for (int count : {200, 10000}) {
        const QString db = dir.filePath(QStringLiteral("bench%1.db").arg(count));
        const qint64 eventId = makeDatabase(db, count);

        // In-process, step by step.
        Database::open(db, Database::Mode::OpenExisting);
        InviteeFilter filter;
        filter.eventId = eventId;
        QElapsedTimer t;
        t.start();
        const QList<InviteeRow> rows = InviteeRepository().list(filter);
        const double query = t.nsecsElapsed() / 1e6;
        const Event event = *EventRepository().find(eventId);
        const QString office = InviteeReport::officeLine();
        double layout = 1e9;
        ReportDocument doc;
        for (int i = 0; i < 5; ++i) {
            t.restart();
            ReportTextEngine::forCurrentThread().clearCache(); // as a fresh process would start
            doc = InviteeReport::build(event, office, rows, filter, {});
            layout = qMin(layout, t.nsecsElapsed() / 1e6);
        }
        t.restart();
        const QString pdf = dir.filePath(QStringLiteral("list%1.pdf").arg(count));
        if (!ReportRenderer::writePdf(doc, pdf))
            qFatal("cannot write the PDF");
        double write = t.nsecsElapsed() / 1e6;
        for (int i = 0; i < 4; ++i) { // best of five: these machines are noisy
            t.restart();
            ReportRenderer::writePdf(doc, pdf);
            write = qMin(write, t.nsecsElapsed() / 1e6);
        }
        t.restart();
        const QImage preview = ReportRenderer::renderPage(doc, 0, 96);
        const double previewMs = t.nsecsElapsed() / 1e6;
        const int pages = doc.pageCount();
        t.restart();
        doc = ReportDocument();
        const double release = t.nsecsElapsed() / 1e6;
        Database::close();
        if (count == 10000)
            rows10k = rows;
        out << QStringLiteral("  %1 rows, %2 pages, %3 KiB: query %4 ms, layout %5 ms, PDF %6 ms (best of five), "
                              "total %7 ms; one preview page at 96 dpi %8 ms; freeing the document %9 ms\n")
                   .arg(rows.size()).arg(pages).arg(QFileInfo(pdf).size() / 1024)
                   .arg(query, 0, 'f', 1).arg(layout, 0, 'f', 1).arg(write, 0, 'f', 1)
                   .arg(query + layout + write, 0, 'f', 1).arg(previewMs, 0, 'f', 1).arg(release, 0, 'f', 1);

        // The user's path: sammelan-cli as a process of its own, best of three.
        ChildRun best;
        for (int i = 0; i < 3; ++i) {
            const ChildRun run = runChild(cli, {QStringLiteral("--db"), db, QStringLiteral("print"),
                                                QStringLiteral("invitees"), dir.filePath(QStringLiteral("cli.pdf")),
                                                QStringLiteral("--event"), QString::number(eventId)});
            if (!run.ok)
                qFatal("sammelan-cli print invitees failed");
            if (!best.ok || run.seconds < best.seconds)
                best = run;
        }
        out << QStringLiteral("  sammelan-cli print invitees, %1 rows: %2 s, peak memory %3 MiB\n")
                   .arg(count).arg(best.seconds, 0, 'f', 3).arg(best.peakKiB / 1024.0, 0, 'f', 1);
        if (count == 10000)
            cli10k = best.seconds;
    }
    out << QStringLiteral("  (this benchmark process peaked at %1 MiB, database building included)\n")
               .arg(peakSelfKiB() / 1024.0, 0, 'f', 1);

    if (soffice.isEmpty()) {
        out << "LibreOffice (soffice) is not installed: no comparison. "
               "Install libreoffice-calc-nogui to compare.\n";
        return 0;
    }
    const QString csv = dir.filePath(QStringLiteral("invitees.csv"));
    writeCsv(csv, rows10k);
    const QString profile = QUrl::fromLocalFile(dir.filePath(QStringLiteral("lo-profile"))).toString();
    const QStringList args{QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
                           QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                           QStringLiteral("--infilter=CSV:44,34,76"), QStringLiteral("--outdir"), dir.path(), csv};
    const ChildRun cold = runChild(soffice, args);
    ChildRun warm;
    for (int i = 0; i < 2; ++i) {
        const ChildRun run = runChild(soffice, args);
        if (!warm.ok || run.seconds < warm.seconds)
            warm = run;
    }
    const QString loPdf = dir.filePath(QStringLiteral("invitees.pdf"));
    if (!cold.ok || !warm.ok || !QFileInfo::exists(loPdf)) {
        out << "LibreOffice could not convert the CSV; no comparison.\n";
        return 0;
    }
    out << QStringLiteral("LibreOffice, the same 10,000 rows as CSV to PDF: %1 s (first run, new profile %2 s), "
                          "peak memory %3 MiB\n")
               .arg(warm.seconds, 0, 'f', 3).arg(cold.seconds, 0, 'f', 3).arg(warm.peakKiB / 1024.0, 0, 'f', 1);
    out << QStringLiteral("Ratio sammelan-cli / LibreOffice: %1 (target at most 0.2)\n")
               .arg(cli10k / warm.seconds, 0, 'f', 3);
    return 0;
}
