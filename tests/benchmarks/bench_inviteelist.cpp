// Invitees page with 100,000 invitees: time to open the page, time from a keystroke in the
// search box to the repainted view, and peak memory. Targets (issue "Invitees"): open < 300 ms,
// keystroke < 50 ms, memory < 150 MiB.
#include "benchutil.h"
#include "changenotifier.h"
#include "database.h"
#include "eventrepository.h"
#include "fonts.h"
#include "inviteerepository.h"
#include "inviteetablemodel.h"
#include "invitees/inviteespage.h"
#include "languagemanager.h"
#include "sectorrepository.h"

#include <QApplication>
#include <QLineEdit>
#include <QSqlDatabase>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Fonts::load();
    QApplication::setFont(Fonts::uiFont(10));
    LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;

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
        const QSignalBlocker quiet(ChangeNotifier::instance());
        QSqlDatabase db = QSqlDatabase::database(Database::defaultConnectionName());
        db.transaction();
        InviteeRepository repo;
        const QStringList first{QStringLiteral("आलोक"), QStringLiteral("Farhan"), QStringLiteral("मीरा"),
                                QStringLiteral("Sunita"), QStringLiteral("राजेश"), QStringLiteral("Amit")};
        const QStringList last{QStringLiteral("त्रिपाठी"), QStringLiteral("Siddiqui"), QStringLiteral("श्रीवास्तव"),
                               QStringLiteral("Yadav"), QStringLiteral("गुप्ता"), QStringLiteral("Verma")};
        for (int i = 0; i < count; ++i) {
            Invitee v;
            v.name = first.at(i % 6) + QLatin1Char(' ') + last.at((i / 6) % 6) + QLatin1Char(' ') + QString::number(i);
            v.enterprise = QStringLiteral("Unit %1 Industries").arg(i);
            v.mobile = QStringLiteral("9%1").arg(i, 9, 10, QLatin1Char('0'));
            v.email = QStringLiteral("unit%1@example.in").arg(i);
            v.sectorId = sectors.at(i % sectors.size());
            const qint64 id = repo.insert(v);
            if (i % 3 == 0)
                repo.setStatus(eventId, id, i % 2 ? InvitationStatus::Confirmed : InvitationStatus::Invited);
        }
        db.commit();
    }
    std::printf("database: %d invitees written in %.0f ms\n", count, Bench::msSince(fill));
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
    for (const QChar ch : query)
        key([&] { QTest::keyClick(page.searchEdit(), ch.toLatin1()); });
    const int matches = page.model()->rowCount();
    for (int i = 0; i < query.size(); ++i)
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
    std::printf("keystroke to counts, median/slowest: %.1f / %.1f ms (the counts line follows the list)\n",
                Bench::median(counted), Bench::maximum(counted));
    std::printf("scroll to the end:          %7.1f ms\n", scrollMs);
    std::printf("peak memory:                %7.1f MiB  (target < 150 MiB; %.1f MiB before the page opened)\n",
                peak, baseline);
    Database::close();
    return 0;
}
