// A check-in round trip on an office server (issue 15): desk 1 scans a badge and shows
// "Welcome"; desk 2, another program on another computer, shows the new counts. Measured from the
// scan to desk 1's "Welcome", and to desk 2's counts line changing. Target: < 100 ms median for
// the whole round trip, on a local server holding 100,000 invitees.
//   bench_checkin --server postgresql://USER@HOST:PORT/ [COUNT] [SCANS]
// Three processes, as at the venue: this one writes the invitees (into a file, then copied onto
// the server with sammelan-cli copy's code) and then is desk 2, with the real check-in page
// listening to the server's announcements (RemoteChanges); desk 1 is a child process with its
// own check-in page, into whose box the badge codes are typed as a scanner types them, half a
// second after the previous guest was shown at both desks.
#include "benchserver.h"
#include "benchutil.h"
#include "inviteefill.h"

#include "undo/changenotifier.h"
#include "checkin/checkincode.h"
#include "checkin/checkinpage.h"
#include "storage/database.h"
#include "events/eventrepository.h"
#include "text/fonts.h"
#include "text/languagemanager.h"
#include "sectors/sectorrepository.h"
#include "storage/databasecopy.h"
#include "storage/remotechanges.h"

#include <QApplication>
#include <QEventLoop>
#include <QLineEdit>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <cstdio>
#include <iostream>
#include <string>

namespace {

// Desk 1: reads badge codes on standard input, one a line, types each into its check-in box with
// Enter, and answers with the result's first line once it is shown.
int deskOne(const QString &url, qint64 eventId)
{
    if (!Database::open(url, Database::Mode::OpenExisting).ok())
        return 1;
    QUndoStack stack;
    CheckinPage page(&stack);
    page.resize(1000, 700);
    page.setCurrentEvent(eventId);
    page.show();
    std::string line;
    std::cout << "ready" << std::endl;
    while (std::getline(std::cin, line)) {
        page.input()->setText(QString::fromStdString(line));
        QTest::keyClick(page.input(), Qt::Key_Return);
        QCoreApplication::processEvents();
        std::cout << page.resultText().replace(QLatin1Char('\n'), QLatin1String(" | ")).toStdString() << std::endl;
    }
    Database::close();
    return 0;
}

// Runs the event loop until `done` or `ms` pass; false when it timed out.
bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents | QEventLoop::AllEvents, 5);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Fonts::load();
    QApplication::setFont(Fonts::uiFont(10));
    LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    if (argc > 3 && QByteArray(argv[1]) == "--desk1")
        return deskOne(QString::fromUtf8(argv[2]), QByteArray(argv[3]).toLongLong());

    QString server;
    QList<int> numbers;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--server" && i + 1 < argc)
            server = QString::fromUtf8(argv[++i]);
        else
            numbers << a.toInt();
    }
    if (server.isEmpty()) {
        std::printf("usage: bench_checkin --server postgresql://USER@HOST:PORT/ [COUNT] [SCANS]\n");
        return 2;
    }
    const int count = numbers.value(0, 100000);
    const int scans = numbers.value(1, 101);

    // The invitees, written into a file and copied onto the server.
    QTemporaryDir dir;
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
    if (!Database::open(dir.filePath(QStringLiteral("fill.db")), Database::Mode::CreateIfMissing).ok())
        return 1;
    Event event;
    event.nameEn = QStringLiteral("Gorakhpur Export Conclave");
    event.startDate = event.endDate = QDate::currentDate();
    const qint64 eventId = EventRepository().insert(event);
    QList<qint64> sectors;
    for (const char *s : {"Textiles", "Chemicals", "Medical equipment", "Yarn", "Terracotta"})
        sectors << SectorRepository().ensure(QString::fromLatin1(s));
    if (!Bench::fillInvitees(count, eventId, sectors))
        return 1;
    const QString name = QStringLiteral("bench_checkin");
    const QString url = BenchServer::freshDatabase(server, name);
    if (url.isEmpty())
        return 1;
    const DatabaseCopy::Result copied = DatabaseCopy::copy(Database::defaultConnectionName(), url);
    Database::close();
    if (!copied.ok) {
        std::printf("copy to the server failed: %s\n", qPrintable(copied.error));
        return 1;
    }

    // Desk 2: this process, on the server, listening.
    if (!Database::open(url, Database::Mode::OpenExisting).ok())
        return 1;
    RemoteChanges remote;
    if (!remote.listen(Database::defaultConnectionName())) {
        std::printf("the server's announcements cannot be heard\n");
        return 1;
    }
    QList<qint64> guests;
    {
        // The invited, in the order a queue at the door brings them (spread over the register).
        QSqlQuery q(QSqlDatabase::database(Database::defaultConnectionName()));
        q.exec(QStringLiteral("SELECT invitee_id FROM invitations WHERE event_id = %1 ORDER BY invitee_id").arg(eventId));
        QList<qint64> all;
        while (q.next())
            all << q.value(0).toLongLong();
        for (int i = 0; i < scans && !all.isEmpty(); ++i)
            guests << all.at(qsizetype(i) * all.size() / scans);
        std::printf("server: %d invitees, %lld invited to the event; %lld rows copied to %s\n", count,
                    static_cast<long long>(all.size()), static_cast<long long>(copied.rows), qPrintable(copied.target));
    }
    QUndoStack stack;
    CheckinPage page(&stack);
    page.resize(1000, 700);
    page.setCurrentEvent(eventId);
    page.show();
    QCoreApplication::processEvents();

    QProcess deskOneProcess;
    deskOneProcess.setProcessChannelMode(QProcess::SeparateChannels);
    deskOneProcess.setReadChannel(QProcess::StandardOutput);
    deskOneProcess.start(QCoreApplication::applicationFilePath(),
                         {QStringLiteral("--desk1"), url, QString::number(eventId)});
    auto readLine = [&deskOneProcess](int ms) -> std::optional<QString> {
        if (!waitFor([&] { return deskOneProcess.canReadLine() || deskOneProcess.state() == QProcess::NotRunning; }, ms)
            || !deskOneProcess.canReadLine())
            return std::nullopt;
        return QString::fromUtf8(deskOneProcess.readLine()).trimmed();
    };
    if (readLine(30000) != QStringLiteral("ready")) {
        std::printf("desk 1 did not start: %s\n", deskOneProcess.readAllStandardError().constData());
        return 1;
    }

    QList<double> welcome;
    QList<double> roundTrip;
    QList<double> heard; // when desk 2 was told (RemoteChanges::flushed)
    QElapsedTimer scan;
    QObject::connect(&remote, &RemoteChanges::flushed, &remote, [&] { heard << Bench::msSince(scan); });
    int welcomed = 0;
    for (qint64 guest : guests) {
        // The next guest steps up: half a second after the last was shown at both desks (a real
        // queue at one door is slower than one person a second).
        waitFor([] { return false; }, 500);
        const QString before = page.countsText();
        QElapsedTimer timer;
        timer.start();
        scan.start();
        deskOneProcess.write((CheckinCode{eventId, guest}.encode() + QLatin1Char('\n')).toUtf8());
        const std::optional<QString> answer = readLine(5000);
        if (!answer)
            break;
        welcome << Bench::msSince(timer);
        if (answer->contains(QLatin1String("Welcome")))
            ++welcomed;
        if (!waitFor([&] { return page.countsText() != before; }, 5000)) {
            std::printf("desk 2 did not show the check-in within 5 s\n");
            break;
        }
        roundTrip << Bench::msSince(timer);
    }
    deskOneProcess.closeWriteChannel();
    deskOneProcess.waitForFinished(10000);
    std::printf("check-ins: %lld scans, %d welcomed at desk 1\n", static_cast<long long>(welcome.size()), welcomed);
    std::printf("scan to \"Welcome\" at desk 1, median/slowest: %6.1f / %6.1f ms\n", Bench::median(welcome),
                Bench::maximum(welcome));
    std::printf("round trip (desk 2 shows it), median/slowest: %6.1f / %6.1f ms   (target: median < 100 ms)\n",
                Bench::median(roundTrip), Bench::maximum(roundTrip));
    std::printf("desk 2 told of the change (median): %6.1f ms after the scan\n", Bench::median(heard));
    std::printf("desk 2 counts: %s\n", qPrintable(page.countsText()));
    remote.stop();
    Database::close();
    BenchServer::dropDatabase(server, name);
    return welcome.size() == guests.size() && roundTrip.size() == guests.size() ? 0 : 1;
}
