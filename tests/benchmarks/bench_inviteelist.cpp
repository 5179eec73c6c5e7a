// Invitees page with 100,000 invitees: time to open the page, time from a keystroke in the
// search box to the repainted view, and peak memory. Targets (issue "Invitees"): open < 300 ms,
// keystroke < 50 ms, memory < 150 MiB; the same on a local PostgreSQL server (issue 15).
//   bench_inviteelist [COUNT] [--server postgresql://USER@HOST:PORT/]
// With --server the invitees are written into a file as without, copied onto the server
// (sammelan-cli copy's code) and the page is measured there.
#include "benchserver.h"
#include "benchutil.h"
#include "inviteefill.h"
#include "undo/changenotifier.h"
#include "storage/database.h"
#include "events/eventrepository.h"
#include "text/fonts.h"
#include "invitees/inviteetablemodel.h"
#include "invitees/inviteespage.h"
#include "text/languagemanager.h"
#include "sectors/sectorrepository.h"
#include "storage/databasecopy.h"

#include <QApplication>
#include <QProcess>
#include <QFileInfo>
#include <QLineEdit>
#include <QSqlDatabase>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <cstdio>

namespace {
int measure(const QString &path, qint64 eventId);
}

// Two processes: this one writes the database file; a second one, started on the finished file
// as the program is started on a user's file, opens the page and measures it (its memory is
// then the page's, not that of writing 100,000 invitees).
int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Fonts::load();
    QApplication::setFont(Fonts::uiFont(10));
    LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    if (argc > 3 && QByteArray(argv[1]) == "--measure")
        return measure(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong());
    int count = 100000;
    QString server;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--server" && i + 1 < argc)
            server = QString::fromUtf8(argv[++i]);
        else
            count = a.toInt();
    }

    QTemporaryDir dir;
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
    if (!Database::open(dir.filePath(QStringLiteral("bench.db")), Database::Mode::CreateIfMissing).ok())
        return 1;
    Event event;
    event.nameEn = QStringLiteral("Gorakhpur Export Conclave");
    event.startDate = event.endDate = QDate(2021, 9, 24);
    const qint64 eventId = EventRepository().insert(event);
    QList<qint64> sectors;
    for (const char *s : {"Textiles", "Chemicals", "Medical equipment", "Yarn", "Terracotta"})
        sectors << SectorRepository().ensure(QString::fromLatin1(s));

    QElapsedTimer fill;
    fill.start();
    {
        if (!Bench::fillInvitees(count, eventId, sectors))
            return 1;
        // As the program leaves a file when idle: everything in the file itself (see
        // DatabaseSession::tick), not in a -wal.
        Database::checkpoint();
    }
    if (qEnvironmentVariableIsSet("BENCH_KEEP_DB")) // for looking at the queries with sqlite3
        Database::backup(qEnvironmentVariable("BENCH_KEEP_DB"), nullptr);
    std::printf("database: %d invitees written in %.0f ms, file %.1f MiB\n", count, Bench::msSince(fill),
                QFileInfo(dir.filePath(QStringLiteral("bench.db"))).size() / 1048576.0
                    + QFileInfo(dir.filePath(QStringLiteral("bench.db-wal"))).size() / 1048576.0);
    QString measured = dir.filePath(QStringLiteral("bench.db"));
    const QString serverDatabase = QStringLiteral("bench_inviteelist");
    if (!server.isEmpty()) {
        measured = BenchServer::freshDatabase(server, serverDatabase);
        if (measured.isEmpty())
            return 1;
        QElapsedTimer copying;
        copying.start();
        const DatabaseCopy::Result copied = DatabaseCopy::copy(Database::defaultConnectionName(), measured);
        if (!copied.ok) {
            std::printf("copy to the server failed: %s\n", qPrintable(copied.error));
            return 1;
        }
        std::printf("server: copied %lld rows to %s in %.0f ms\n", static_cast<long long>(copied.rows),
                    qPrintable(copied.target), Bench::msSince(copying));
    }
    Database::close();
    std::fflush(stdout);
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--measure"), measured, QString::number(eventId)});
    child.waitForFinished(-1);
    if (!server.isEmpty())
        BenchServer::dropDatabase(server, serverDatabase);
    return child.exitCode();
}

namespace {
int measure(const QString &path, qint64 eventId)
{
    if (!Database::open(path, Database::Mode::OpenExisting).ok())
        return 1;
    const double baseline = Bench::peakRssMiB();

    QUndoStack stack;
    QElapsedTimer timer;
    timer.start();
    InviteesPage page(&stack);
    page.resize(1200, 800);
    page.setCurrentEvent(eventId);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        return 1;
    page.view()->viewport()->repaint();
    const double openMs = Bench::msSince(timer);
    page.model()->countNow();
    const double openCountedMs = Bench::msSince(timer);

    // Type searches the way a person does, one key at a time, then erase them. For each key:
    // the time until the list is repainted, and until the counts below it are in as well.
    QList<double> keys;
    QList<double> counted;
    auto key = [&](auto press) {
        timer.restart();
        press();
        page.view()->viewport()->repaint();
        keys << Bench::msSince(timer);
        if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
            std::printf("  \"%s\": %.1f ms\n", qPrintable(page.searchEdit()->text()), keys.last());
        page.model()->countNow();
        counted << Bench::msSince(timer);
    };
    page.searchEdit()->setFocus();
    const QString query = QStringLiteral("siddiqui 12");
    // The same person typed the way the clerk thinks of the name, in the other script.
    const QString crossScript = QStringLiteral("geeta nishad");
    for (const QChar ch : query)
        key([&] { QTest::keyClick(page.searchEdit(), ch.toLatin1()); });
    const int matches = page.model()->rowCount();
    for (int i = 0; i < query.size(); ++i)
        key([&] { QTest::keyClick(page.searchEdit(), Qt::Key_Backspace); });
    for (const QChar ch : crossScript)
        key([&] { QTest::keyClick(page.searchEdit(), ch.toLatin1()); });
    const int crossMatches = page.model()->rowCount();
    page.model()->countNow();
    const int crossCount = page.model()->rowCount();
    for (int i = 0; i < crossScript.size(); ++i)
        key([&] { QTest::keyClick(page.searchEdit(), Qt::Key_Backspace); });
    // Devanagari, one character at a time as an input method commits it; and no match at all.
    for (const QChar ch : QStringLiteral("मीरा"))
        key([&] { QTest::sendKeyEvent(QTest::Click, page.searchEdit(), Qt::Key_unknown, QString(ch), Qt::NoModifier); });
    for (const QChar ch : QStringLiteral("qz"))
        key([&] { QTest::keyClick(page.searchEdit(), ch.toLatin1()); });
    // Scrolling to the end fetches only the rows shown.
    timer.restart();
    page.searchEdit()->clear();
    page.view()->scrollToBottom();
    page.view()->viewport()->repaint();
    const double scrollMs = Bench::msSince(timer);
    const double peak = Bench::peakRssMiB();

    std::printf("open page:                  %7.1f ms   (target < 300 ms; %.1f ms with the counts)\n",
                openMs, openCountedMs);
    std::printf("keystroke to list, median:  %7.1f ms\n", Bench::median(keys));
    std::printf("keystroke to list, slowest: %7.1f ms   (target < 50 ms; %lld keystrokes, \"%s\" matched %d)\n",
                Bench::maximum(keys), static_cast<long long>(keys.size()), qPrintable(query), matches);
    std::printf("cross-script search \"%s\" found %d गीता निषाद rows (%d before the count was in)\n",
                qPrintable(crossScript), crossCount, crossMatches);
    std::printf("keystroke to counts, median/slowest: %.1f / %.1f ms (the counts line follows the list)\n",
                Bench::median(counted), Bench::maximum(counted));
    std::printf("scroll to the end:          %7.1f ms\n", scrollMs);
    std::printf("peak memory:                %7.1f MiB  (target < 150 MiB; %.1f MiB with the file open, before the page)\n",
                peak, baseline);
    Database::close();
    return 0;
}
} // namespace
