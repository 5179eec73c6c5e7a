// Benchmark (issue 17): 200 invitation letters to PDF (target < 2 s) and 1,000 certificates of
// participation to PDF (target < 10 s and < 200 MiB), on the office's letterhead with a logo and
// a signature, half the names in Devanagari. Each is measured in this process (numbers given on
// the first run, kept on the others: median of three) and as `sammelan-cli print ...`, the whole
// program, with its wall time and its own peak resident memory.
//
//   build/bin/bench_letters
#include "benchdemo.h"
#include "benchprocess.h"
#include "benchutil.h"
#include "storage/database.h"
#include "events/demodata.h"
#include "events/eventrepository.h"
#include "invitees/invitationrepository.h"
#include "invitees/inviteelistquery.h"
#include "invitees/inviteerepository.h"
#include "letters/correspondence.h"
#include "letters/officedetails.h"
#include "report/reportrenderer.h"
#include "storage/transaction.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTextStream>


namespace {

QTextStream out(stdout);

QByteArray picture(int width, int height, bool logo)
{
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    if (logo) {
        p.setBrush(QColor(0x1f, 0x4e, 0x79));
        p.drawEllipse(QRectF(4, 4, width - 8, height - 8));
    } else {
        p.setPen(QPen(QColor(0x10, 0x20, 0x60), 6));
        for (int x = 0; x < width - 40; x += 40)
            p.drawLine(x, height / 2 + (x % 80 ? 20 : -20), x + 40, height / 2 - (x % 80 ? 20 : -20));
    }
    p.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

// The demo conclave with `count` invitees of its event at `status` (copies of its 200 with new
// names and numbers), and a full letterhead.
qint64 makeDatabase(const QString &path, int count, InvitationStatus status)
{
    const Bench::DemoConclave demo = Bench::openDemo(path);
    const qint64 eventId = demo.eventId;
    InvitationRepository invitations;
    {
        Transaction transaction(QSqlDatabase::database(Database::defaultConnectionName()));
        for (int i = 0; i < count; ++i) {
            const qint64 id = i < demo.invitees.size() ? demo.invitees.at(i) : Bench::addCopy(demo, i);
            if (!id || !invitations.setStatus(eventId, id, status))
                qFatal("cannot add invitee %d", i);
        }
        // Everyone else of the demo is declined: the batch is exactly `count`.
        for (int i = count; i < demo.invitees.size(); ++i)
            invitations.setStatus(eventId, demo.invitees.at(i), InvitationStatus::Declined);
        transaction.commit();
    }
    OfficeDetails office;
    office.name = {QStringLiteral("District Industries Centre, Gorakhpur"), QStringLiteral("जिला उद्योग केंद्र, गोरखपुर")};
    office.district = {QStringLiteral("Gorakhpur"), QStringLiteral("गोरखपुर")};
    office.address = {QStringLiteral("Udyog Bhawan, Civil Lines, Gorakhpur 273001"),
                      QStringLiteral("उद्योग भवन, सिविल लाइंस, गोरखपुर 273001")};
    office.phone = QStringLiteral("0551-2333444");
    office.email = QStringLiteral("dic.gorakhpur@example.in");
    office.officerName = {QStringLiteral("Anil Kumar Singh"), QStringLiteral("अनिल कुमार सिंह")};
    office.officerDesignation = {QStringLiteral("Deputy Commissioner Industries"), QStringLiteral("उपायुक्त उद्योग")};
    office.numberPattern = QStringLiteral("जि.उ.के./निर्यात/{n}/{year}");
    office.logoPng = picture(400, 400, true);
    office.signaturePng = picture(600, 180, false);
    QString error;
    if (!office.save(Database::defaultConnectionName(), &error))
        qFatal("%s", qPrintable(error));
    Database::close();
    return eventId;
}

double median3(const std::function<double()> &run)
{
    QList<double> times;
    for (int i = 0; i < 3; ++i)
        times << run();
    return Bench::median(times);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    const QString cli = QCoreApplication::applicationDirPath() + QStringLiteral("/sammelan-cli");
    out << "Letters and certificates to PDF (letterhead with logo and signature; demo names, half Devanagari)\n";

    // 200 invitation letters.
    {
        const QString db = dir.filePath(QStringLiteral("letters.db"));
        const qint64 eventId = makeDatabase(db, 200, InvitationStatus::Invited);
        Database::open(db, Database::Mode::OpenExisting);
        const Event event = *EventRepository().find(eventId);
        RecipientFilter filter;
        filter.eventId = eventId;
        filter.statuses = Correspondence::defaultStatuses();
        const QList<InviteeRow> rows = Correspondence::recipients(filter);
        const QString pdf = dir.filePath(QStringLiteral("letters.pdf"));
        QElapsedTimer t;
        t.start();
        auto first = Correspondence::letters(event, LetterKind::Invitation, rows, QString(), true);
        const double layoutFirst = Bench::msSince(t);
        ReportRenderer::writePdf(first.document, pdf);
        const double firstTotal = Bench::msSince(t);
        double layout = 0;
        const double total = median3([&] {
            QElapsedTimer r;
            r.start();
            const auto again = Correspondence::letters(event, LetterKind::Invitation, rows, QString(), true);
            layout = Bench::msSince(r);
            ReportRenderer::writePdf(again.document, pdf);
            return Bench::msSince(r);
        });
        Database::close();
        out << QStringLiteral("  200 letters, in process: first run (numbers given) %1 ms (layout %2 ms); reprint "
                              "(numbers kept), median of 3: %3 ms (layout %4 ms); %5 pages, PDF %6 KiB\n")
                   .arg(firstTotal, 0, 'f', 0).arg(layoutFirst, 0, 'f', 0).arg(total, 0, 'f', 0).arg(layout, 0, 'f', 0)
                   .arg(first.document.pageCount()).arg(QFile(pdf).size() / 1024);
        const Bench::ChildRun run = Bench::runChild(cli, {QStringLiteral("--db"), db, QStringLiteral("print"), QStringLiteral("letters"),
                                            dir.filePath(QStringLiteral("cli-letters.pdf")), QStringLiteral("--event"),
                                            QString::number(eventId)});
        out << QStringLiteral("  200 letters, sammelan-cli print letters: %1 s, peak memory %2 MiB%3   [target < 2 s]\n")
                   .arg(run.seconds, 0, 'f', 2).arg(run.peakKiB / 1024.0, 0, 'f', 0)
                   .arg(run.ok() ? QString() : QStringLiteral(" (FAILED)"));
    }

    // 1,000 certificates.
    {
        const QString db = dir.filePath(QStringLiteral("certificates.db"));
        const qint64 eventId = makeDatabase(db, 1000, InvitationStatus::Attended);
        Database::open(db, Database::Mode::OpenExisting);
        const Event event = *EventRepository().find(eventId);
        RecipientFilter filter;
        filter.eventId = eventId;
        const QList<InviteeRow> rows = Correspondence::recipients(filter);
        const QString pdf = dir.filePath(QStringLiteral("certificates.pdf"));
        QElapsedTimer t;
        t.start();
        const auto first = Correspondence::certificates(event, LetterKind::Certificate, rows, QStringLiteral("hi"), true);
        const double layoutFirst = Bench::msSince(t);
        ReportRenderer::writePdf(first.document, pdf);
        const double firstTotal = Bench::msSince(t);
        Database::close();
        out << QStringLiteral("  1,000 certificates, in process: %1 ms (layout %2 ms); %3 pages, PDF %4 KiB; "
                              "peak memory of this process so far %5 MiB\n")
                   .arg(firstTotal, 0, 'f', 0).arg(layoutFirst, 0, 'f', 0).arg(first.document.pageCount())
                   .arg(QFile(pdf).size() / 1024).arg(Bench::peakRssMiB(), 0, 'f', 0);
        for (int i = 0; i < 2; ++i) {
            const Bench::ChildRun run = Bench::runChild(cli, {QStringLiteral("--db"), db, QStringLiteral("print"),
                                                QStringLiteral("certificates"), dir.filePath(QStringLiteral("cli-certificates.pdf")),
                                                QStringLiteral("--event"), QString::number(eventId), QStringLiteral("--lang"),
                                                QStringLiteral("hi")});
            out << QStringLiteral("  1,000 certificates, sammelan-cli print certificates (%1): %2 s, peak memory %3 MiB%4   "
                                  "[target < 10 s, < 200 MiB]\n")
                       .arg(i == 0 ? QStringLiteral("numbers kept from the run above") : QStringLiteral("again"))
                       .arg(run.seconds, 0, 'f', 2).arg(run.peakKiB / 1024.0, 0, 'f', 0)
                       .arg(run.ok() ? QString() : QStringLiteral(" (FAILED)"));
        }
    }
    out.flush();
    return 0;
}
