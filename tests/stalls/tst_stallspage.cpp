#include "eventrepository.h"
#include "inviteerepository.h"
#include "languagemanager.h"
#include "printing/documentprinting.h"
#include "stalls/generatedialog.h"
#include "stalls/stallscene.h"
#include "stalls/stallspage.h"
#include "testdb.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QGraphicsView>
#include <QListWidget>
#include <QMimeData>
#include <QPrinter>
#include <QPushButton>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QTimer>
#include <QUndoStack>

// The stall editor driven as a person would, offscreen: add, drag onto another stall (refused),
// nudge with the keyboard, generate, allot by dragging an invitee onto a stall, undo and redo,
// and the layout read back from the database.
class TestStallsPage : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> m_db;
    QTemporaryDir m_home;
    qint64 m_event = 0;

    static QPoint viewPoint(StallsPage &page, qint64 stallId, QPointF offset = {0.5, 0.5})
    {
        StallItem *item = page.scene()->itemFor(stallId);
        const QRectF r = item->sceneBoundingRect();
        return page.view()->mapFromScene(QPointF(r.left() + r.width() * offset.x(), r.top() + r.height() * offset.y()));
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
    }
    void init()
    {
        m_db = std::make_unique<TestDb>();
        Event e;
        e.nameEn = QStringLiteral("Gorakhpur Export Conclave");
        e.startDate = e.endDate = QDate(2021, 9, 24);
        m_event = EventRepository().insert(e);
        StallRepository stalls;
        QVERIFY(stalls.setHall(Hall{0, m_event, QStringLiteral("Hall"), 20, 12}));
        Stall a;
        a.eventId = m_event;
        a.code = QStringLiteral("A-01");
        a.x = 2;
        a.y = 2;
        QVERIFY(stalls.insert(a));
        Stall b = a;
        b.code = QStringLiteral("A-02");
        b.x = 8;
        QVERIFY(stalls.insert(b));
        InviteeRepository invitees;
        for (int i = 0; i < 3; ++i) {
            Invitee v;
            v.name = QStringLiteral("Exhibitor %1").arg(i);
            v.enterprise = QStringLiteral("Terracotta Works %1").arg(i);
            v.mobile = QStringLiteral("990000000%1").arg(i);
            invitees.setStatus(m_event, invitees.insert(v), InvitationStatus::Confirmed);
        }
    }
    void cleanup() { m_db.reset(); }

    void editAllotUndoReload()
    {
        QUndoStack stack;
        auto page = std::make_unique<StallsPage>(&stack);
        page->resize(1200, 800);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        page->setCurrentEvent(m_event);
        StallRepository repo;
        const QList<Stall> initial = repo.stalls(m_event);
        QCOMPARE(page->scene()->stallItems().size(), 2);
        QCOMPARE(page->waitingList()->count(), 3);

        // Drag A-01 onto A-02: refused, and it stays where it was.
        const qint64 a = initial.at(0).id;
        const qint64 b = initial.at(1).id;
        QWidget *viewport = page->view()->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, viewPoint(*page, a));
        QTest::mouseMove(viewport, viewPoint(*page, b));
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, viewPoint(*page, b));
        QVERIFY2(page->lastMessage().contains(QLatin1String("overlap")), qPrintable(page->lastMessage()));
        QCOMPARE(repo.stalls(m_event).at(0).x, 2.0);
        QCOMPARE(stack.count(), 0);

        // A drag to free floor is kept, snapped to the grid.
        page->scene()->selectStalls({a});
        const QPoint from = viewPoint(*page, a);
        const QPoint to = from + QPoint(0, int(4.2 * StallScene::Scale * page->view()->transform().m22()));
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        QTest::mouseMove(viewport, to);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
        QCOMPARE(stack.count(), 1);
        const double movedY = repo.stalls(m_event).at(0).y;
        QVERIFY2(std::fmod(movedY, 0.5) == 0 && movedY > 5.5 && movedY < 7, qPrintable(QString::number(movedY)));

        // Arrow keys nudge by half a metre; repeated nudges are one undo step.
        page->view()->setFocus();
        page->scene()->selectStalls({b});
        QTest::keyClick(viewport, Qt::Key_Right);
        QTest::keyClick(viewport, Qt::Key_Right);
        QCOMPARE(repo.stalls(m_event).at(1).x, 9.0);
        QCOMPARE(stack.count(), 2);

        // Add a stall: a free place, the next code.
        page->addStall();
        QCOMPARE(repo.stalls(m_event).size(), 3);
        QCOMPARE(repo.stalls(m_event).at(2).code, QStringLiteral("A-03"));

        // Allot by dragging an invitee from the waiting list onto A-02.
        auto *mime = new QMimeData;
        const qint64 invitee = page->waitingList()->item(0)->data(Qt::UserRole).toLongLong();
        mime->setData(QStringLiteral("application/x-sammelan-invitee"), QByteArray::number(invitee));
        const QPoint onB = viewPoint(*page, b);
        QDragEnterEvent enter(onB, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QDragMoveEvent move(onB, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QDropEvent drop(onB, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &drop);
        delete mime;
        Stall allotted = repo.stalls(m_event).at(1);
        QCOMPARE(allotted.inviteeId, invitee);
        QCOMPARE(allotted.status, StallStatus::Allotted);
        QCOMPARE(page->waitingList()->count(), 2);
        // The same enterprise cannot take a second stall unless allowed.
        page->allot(repo.stalls(m_event).at(2).id, invitee);
        QVERIFY(page->lastMessage().contains(QLatin1String("already holds stall A-02")));

        // Undo all the way, then redo all the way.
        const int steps = stack.count();
        for (int i = 0; i < steps; ++i)
            stack.undo();
        QCOMPARE(repo.stalls(m_event), initial);
        for (int i = 0; i < steps; ++i)
            stack.redo();
        const QList<Stall> final = repo.stalls(m_event);
        QCOMPARE(final.size(), 3);
        QCOMPARE(final.at(1).inviteeId, invitee);

        // A new page (as after a restart) shows the identical layout.
        page.reset();
        StallsPage again(&stack);
        again.setCurrentEvent(m_event);
        QList<Stall> shown;
        for (StallItem *item : again.scene()->stallItems())
            shown << item->stall();
        std::sort(shown.begin(), shown.end(), [](const Stall &x, const Stall &y) { return x.code < y.code; });
        QCOMPARE(shown, final);
    }

    void generateFillsTheHall()
    {
        QUndoStack stack;
        StallsPage page(&stack);
        page.show();
        page.setCurrentEvent(m_event);
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<GenerateDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QSpinBox *>(QStringLiteral("countSpin"))->setValue(8);
            // In a 20 m × 12 m hall eight 3 m stalls need aisles of 1.5 m; with 3 m only four
            // fit and OK stays disabled.
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled());
            dialog->findChild<QDoubleSpinBox *>(QStringLiteral("aisleSpin"))->setValue(1.5);
            QVERIFY(ok->isEnabled());
            ok->click();
        });
        page.generate();
        QCOMPARE(StallRepository().stalls(m_event).size(), 8);
        QCOMPARE(stack.count(), 1); // replacing and placing: one step
        stack.undo();
        QCOMPARE(StallRepository().stalls(m_event).size(), 2);

        const QString shots = qEnvironmentVariable("SAMMELAN_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            page.resize(1200, 700);
            page.fitToWindow();
            page.grab().save(shots + QStringLiteral("/stalls-en.png"));
        }
    }

    void exports()
    {
        QUndoStack stack;
        StallsPage page(&stack);
        page.setCurrentEvent(m_event);
        QTemporaryDir dir;
        QVERIFY(page.exportPng(dir.filePath(QStringLiteral("plan.png"))));
        QImage image(dir.filePath(QStringLiteral("plan.png")));
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), 20 * 40 + 2);
        QVERIFY(page.exportPdf(dir.filePath(QStringLiteral("plan.pdf"))));
        QFile pdf(dir.filePath(QStringLiteral("plan.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        // The plan page, then the stall list, as Print… sends them to a printer.
        const ReportDocument document = page.planDocument();
        QCOMPARE(document.pageCount(), 2);
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
        printer.setFullPage(true);
        printer.setPageLayout(QPageLayout(document.qtPageSize(), document.orientation, QMarginsF()));
        printer.setResolution(150);
        QString error;
        QVERIFY2(DocumentPrinting::print(&page, document, &printer, 0, &error), qPrintable(error));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("printed.pdf"))).size() > 10000);
    }
};

QTEST_MAIN(TestStallsPage)
#include "tst_stallspage.moc"
