// The stall editor with 1,000 stalls: time to draw a frame of the whole scene, and per frame
// while panning and zooming. Target (issue "Stall layouts"): under 16 ms a frame.
#include "benchutil.h"
#include "undo/changenotifier.h"
#include "storage/database.h"
#include "events/eventrepository.h"
#include "text/fonts.h"
#include "invitees/inviteerepository.h"
#include "text/languagemanager.h"
#include "report/reportrenderer.h"
#include "stalls/stallgeometry.h"
#include "stalls/stallscene.h"
#include "stalls/stallspage.h"

#include <QApplication>
#include <QGraphicsView>
#include <QScrollBar>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QUndoStack>
#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Fonts::quietFallbackWarnings();
    Fonts::load();
    QApplication::setFont(Fonts::uiFont(10));
    LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    QTemporaryDir dir;
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
    if (!Database::open(dir.filePath(QStringLiteral("bench.db")), Database::Mode::CreateIfMissing).ok())
        return 1;
    Event e;
    e.nameEn = QStringLiteral("Trade fair");
    e.startDate = e.endDate = QDate(2021, 9, 24);
    const qint64 eventId = EventRepository().insert(e);
    const Hall hall{0, eventId, QStringLiteral("Ground"), 130, 160};
    StallRepository repo;
    repo.setHall(hall);
    QList<Stall> stalls = StallGeometry::generate(hall, 1000, 3, 3, 3);
    {
        // Every stall allotted, so every stall draws its holder's name too.
        const QSignalBlocker quiet(ChangeNotifier::instance());
        QSqlDatabase::database(Database::defaultConnectionName()).transaction();
        InviteeRepository invitees;
        for (int i = 0; i < stalls.size(); ++i) {
            Invitee v;
            v.name = QStringLiteral("Exhibitor %1").arg(i);
            v.enterprise = i % 2 ? QStringLiteral("पूर्वांचल टेराकोटा शिल्प उद्योग %1").arg(i)
                                 : QStringLiteral("Gorakhpur Handloom Textiles %1").arg(i);
            v.mobile = QStringLiteral("9%1").arg(100000000 + i);
            stalls[i].eventId = eventId;
            stalls[i].inviteeId = invitees.insert(v);
            stalls[i].status = StallStatus::Allotted;
        }
        QSqlDatabase::database(Database::defaultConnectionName()).commit();
    }
    repo.insertAll(stalls, nullptr);
    std::printf("scene: %lld stalls in a %g m x %g m hall\n", static_cast<long long>(stalls.size()), hall.width, hall.depth);

    QUndoStack stack;
    StallsPage page(&stack);
    page.resize(1280, 800);
    page.show();
    QElapsedTimer timer;
    timer.start();
    page.setCurrentEvent(eventId);
    QApplication::processEvents();
    const double loadMs = Bench::msSince(timer);
    QGraphicsView *view = page.view();

    auto frame = [view] {
        QElapsedTimer t;
        t.start();
        view->viewport()->repaint();
        return Bench::msSince(t);
    };
    // The whole hall in view.
    page.fitToWindow();
    const double first = frame();
    QList<double> whole;
    for (int i = 0; i < 20; ++i)
        whole << frame();
    // Zoomed in to read names, then panning across.
    page.zoomBy(6);
    frame();
    QList<double> pan;
    for (int i = 0; i < 40; ++i) {
        view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->value() + 40);
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() + 25);
        pan << frame();
    }
    QList<double> zoom;
    for (int i = 0; i < 20; ++i) {
        page.zoomBy(i < 10 ? 0.85 : 1 / 0.85);
        zoom << frame();
    }
    // The whole scene into an image, as for a picture of the plan.
    timer.restart();
    QImage image(1600, 2000, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        page.scene()->render(&painter);
    }
    const double renderMs = Bench::msSince(timer);
    // The printed plan and stall list of all 1,000 stalls, laid out and written as PDF.
    timer.restart();
    const ReportDocument printed = page.planDocument();
    const double layoutMs = Bench::msSince(timer);
    timer.restart();
    QString error;
    const bool written = ReportRenderer::writePdf(printed, dir.filePath(QStringLiteral("plan.pdf")), &error);
    const double pdfMs = Bench::msSince(timer);

    std::printf("load the page:                    %7.1f ms\n", loadMs);
    std::printf("whole hall, first frame:          %7.1f ms\n", first);
    std::printf("whole hall, median / slowest:     %7.1f / %.1f ms   (target < 16 ms)\n", Bench::median(whole), Bench::maximum(whole));
    std::printf("panning, median / slowest:        %7.1f / %.1f ms   (target < 16 ms)\n", Bench::median(pan), Bench::maximum(pan));
    std::printf("zooming, median / slowest:        %7.1f / %.1f ms   (target < 16 ms)\n", Bench::median(zoom), Bench::maximum(zoom));
    std::printf("whole scene into a 1600x2000 image: %5.1f ms\n", renderMs);
    std::printf("print plan + list (%d pages): layout %.1f ms, PDF %.1f ms%s\n", printed.pageCount(), layoutMs, pdfMs,
                written ? "" : " (PDF failed)");
    std::printf("peak memory:                      %7.1f MiB\n", Bench::peakRssMiB());
    Database::close();
    return 0;
}
