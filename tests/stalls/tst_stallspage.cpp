#include "../printing/pdftools.h"
#include "databasesession.h"
#include "events/demodata.h"
#include "events/eventrepository.h"
#include "invitees/invitationrepository.h"
#include "invitees/inviteerepository.h"
#include "text/languagemanager.h"
#include "mainwindow.h"
#include "printing/documentprinting.h"
#include "stalls/generatedialog.h"
#include "stalls/halldialog.h"
#include "stalls/stalllegend.h"
#include "stalls/stallpropertiespanel.h"
#include "stalls/stallscene.h"
#include "stalls/stallspage.h"
#include "stalls/stallview.h"
#include "stalls/waitinglist.h"
#include "testdb.h"
#include "text/textfold.h"
#include "widgettest.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGraphicsView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSpinBox>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// The stall editor driven as a person would, offscreen: add, drag onto another stall (refused),
// nudge with the keyboard, generate, allot by dragging an invitee onto a stall, undo and redo,
// and the layout read back from the database; the page in Hindi, with Devanagari digits, and in
// the room a 1,024 × 600 window leaves it.
class TestStallsPage : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> m_db;
    QTemporaryDir m_home;
    qint64 m_event = 0;

    // What the page gets of a 1,024 × 600 window: measured in the main window, less the page
    // list on the left (~125 px in Hindi), the menu bar, the event bar and the status bar.
    static constexpr QSize Room{880, 500};

    static QPoint viewPoint(StallsPage &page, qint64 stallId, QPointF offset = {0.5, 0.5})
    {
        StallItem *item = page.scene()->itemFor(stallId);
        const QRectF r = item->sceneBoundingRect();
        return page.view()->mapFromScene(QPointF(r.left() + r.width() * offset.x(), r.top() + r.height() * offset.y()));
    }

    static void setLanguage(const QString &language)
    {
        QVERIFY(LanguageManager::instance()->setLanguage(language));
        // Qt posts LanguageChange to each window: it arrives with the next pass of the loop.
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }

    // Every text the page shows or offers: labels, buttons, menu entries, choices, placeholders,
    // spin boxes, the legend and the note under the plan. Data (stall codes, invitees' names in
    // the holder choice, what is typed in the fields) is left out.
    static QStringList shownTexts(StallsPage &page)
    {
        QStringList texts;
        for (QLabel *l : page.findChildren<QLabel *>())
            if (l->isVisibleTo(&page))
                texts << l->text();
        for (QAbstractButton *b : page.findChildren<QAbstractButton *>())
            if (b->isVisibleTo(&page))
                texts << b->text();
        for (QAction *a : page.findChildren<QAction *>())
            texts << a->text();
        for (QComboBox *c : page.findChildren<QComboBox *>()) {
            // The holder choice lists invitees after "(free)"; only that first entry is ours.
            const int ours = c->objectName() == "holderCombo"_L1 ? qMin(1, c->count()) : c->count();
            for (int i = 0; i < ours; ++i)
                texts << c->itemText(i);
        }
        for (QLineEdit *e : page.findChildren<QLineEdit *>())
            texts << e->placeholderText();
        for (QAbstractSpinBox *s : page.findChildren<QAbstractSpinBox *>())
            if (s->isVisibleTo(&page))
                texts << s->text();
        for (const StallPlan::LegendEntry &e : page.legend()->entries())
            texts << e.text;
        texts.removeAll(QString());
        return texts;
    }

    // Texts with Latin words left in them once codes, file types and key names are taken out.
    static QStringList english(const QStringList &texts)
    {
        static const QRegularExpression allowed(uR"(\b[A-Z]+-\d+\b|\bP[DN][FG]\b|\bCtrl\b|&)"_s);
        static const QRegularExpression word(uR"([A-Za-z]{2,})"_s);
        QStringList found;
        for (const QString &t : texts)
            if (QString(t).remove(allowed).contains(word))
                found << t;
        return found;
    }

    static QStringList devanagari(const QStringList &texts)
    {
        QStringList found;
        for (const QString &t : texts)
            if (TextFold::hasDevanagari(t))
                found << t;
        return found;
    }

    qint64 demoEvent()
    {
        m_db.reset();
        m_db = std::make_unique<TestDb>(u"demo.db"_s);
        if (DemoData::load() != DemoData::Result::Loaded)
            return 0;
        for (const Event &e : EventRepository().all())
            if (e.isDemo && e.nameEn.startsWith("Gorakhpur"_L1))
                return e.id;
        return 0;
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
        InvitationRepository invitations;
        for (int i = 0; i < 3; ++i) {
            Invitee v;
            v.name = QStringLiteral("Exhibitor %1").arg(i);
            v.enterprise = QStringLiteral("Terracotta Works %1").arg(i);
            v.mobile = QStringLiteral("990000000%1").arg(i);
            invitations.setStatus(m_event, invitees.insert(v), InvitationStatus::Confirmed);
        }
    }
    void cleanup()
    {
        LanguageManager::instance()->setNativeDigits(false);
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        m_db.reset();
    }

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

    // Issue 16: the page is split into its rooms, and the page wires them: the view, the
    // waiting list and the properties panel (a Designer form) are classes of their own, and
    // what each asks for reaches the database through the page.
    void splitIntoRooms()
    {
        QUndoStack stack;
        StallsPage page(&stack);
        page.resize(Room);
        page.show();
        page.setCurrentEvent(m_event);
        QVERIFY(qobject_cast<StallView *>(page.view()));
        QCOMPARE(page.findChildren<StallView *>().size(), 1);
        QCOMPARE(page.findChildren<WaitingList *>().size(), 1);
        QCOMPARE(page.findChildren<StallPropertiesPanel *>().size(), 1);
        StallPropertiesPanel *panel = page.propertiesPanel();
        // Built by uic from stallpropertiespanel.ui: its widgets carry the form's names.
        for (const char *name : {"titleLabel", "codeEdit", "widthSpin", "depthSpin", "categoryCombo", "statusCombo",
                                 "holderCombo", "notesEdit"})
            QVERIFY2(panel->findChild<QWidget *>(QLatin1String(name)), name);

        // The panel edits through the page: a new code is written as an undo step.
        const Stall a = StallRepository().stalls(m_event).at(0);
        page.scene()->selectStalls({a.id});
        auto *code = WidgetTest::child<QLineEdit>(panel, "codeEdit");
        QVERIFY(code->isVisibleTo(&page));
        code->setText(u"B-07"_s);
        emit code->editingFinished();
        QCOMPARE(StallRepository().stalls(m_event).at(0).code, u"A-02"_s); // ordered by code
        QCOMPARE(StallRepository().stalls(m_event).at(1).code, u"B-07"_s);
        QCOMPARE(stack.count(), 1);
        // A taken code is refused with a reason, and the panel shows the stall as it is.
        page.scene()->selectStalls({a.id});
        code->setText(u"a-02"_s);
        emit code->editingFinished();
        QVERIFY2(page.lastMessageIsProblem() && page.lastMessage().contains("already a stall A-02"_L1),
                 qPrintable(page.lastMessage()));
        QCOMPARE(code->text(), u"B-07"_s);
        QCOMPARE(stack.count(), 1);

        // The words beside "allow more than one stall" tick it, and it is remembered.
        auto *allow = page.waitingPanel()->findChild<QCheckBox *>();
        QVERIFY(!allow->isChecked());
        QLabel *allowWords = nullptr;
        for (QLabel *l : page.waitingPanel()->findChildren<QLabel *>())
            if (l->buddy() == allow)
                allowWords = l;
        QVERIFY(allowWords);
        QTest::mouseClick(allowWords, Qt::LeftButton);
        QVERIFY(page.waitingPanel()->allowMoreThanOne());
        QVERIFY(WaitingList().allowMoreThanOne());
        QTest::mouseClick(allowWords, Qt::LeftButton);
        QVERIFY(!page.waitingPanel()->allowMoreThanOne());

        // The waiting list hands a stall dropped on it to the page, which frees it.
        Stall held = StallRepository().stalls(m_event).at(0);
        page.allot(held.id, page.waitingList()->item(0)->data(Qt::UserRole).toLongLong());
        QCOMPARE(page.waitingList()->count(), 2);
        emit page.waitingPanel()->freeRequested(held.id);
        QCOMPARE(StallRepository().stalls(m_event).at(0).inviteeId, 0);
        QCOMPARE(page.waitingList()->count(), 3);
    }

    // Issue 16: a runtime language switch left "(free)" (and the note under the plan) in
    // English. Everything on the page follows a switch to Hindi and back.
    void languageSwitchRetranslatesEverything()
    {
        QUndoStack stack;
        StallsPage page(&stack);
        page.resize(1200, 800);
        page.show();
        page.setCurrentEvent(m_event);
        const QList<Stall> stalls = StallRepository().stalls(m_event);
        page.allot(stalls.at(0).id, page.waitingList()->item(0)->data(Qt::UserRole).toLongLong());
        QCOMPARE(page.lastMessage(), u"Stall A-01 allotted."_s);
        // A stall was shown in the panel, then nothing is selected.
        page.scene()->selectStalls({stalls.at(1).id});
        page.scene()->selectStalls({});
        QVERIFY2(english(shownTexts(page)).size() > 10, qPrintable(shownTexts(page).join(u" | "_s)));

        setLanguage(u"hi"_s);
        QVERIFY2(english(shownTexts(page)).isEmpty(), qPrintable(english(shownTexts(page)).join(u" | "_s)));
        QCOMPARE(page.lastMessage(), u"स्टॉल A-01 आवंटित हुआ।"_s);
        // With a stall selected the panel is in Hindi too.
        page.scene()->selectStalls({stalls.at(1).id});
        auto *holder = WidgetTest::child<QComboBox>(page.propertiesPanel(), "holderCombo");
        QCOMPARE(holder->itemText(0), u"(रिक्त)"_s);
        QVERIFY2(english(shownTexts(page)).isEmpty(), qPrintable(english(shownTexts(page)).join(u" | "_s)));

        setLanguage(u"en"_s);
        QVERIFY2(devanagari(shownTexts(page)).isEmpty(), qPrintable(devanagari(shownTexts(page)).join(u" | "_s)));
        QCOMPARE(holder->itemText(0), u"(free)"_s);
        QCOMPARE(page.lastMessage(), u"Stall A-01 allotted."_s);
    }

    // Issue 16: "श्रेणी and आवंटित both T": no two labels or buttons on the page share a
    // mnemonic, in either language (the main window's menus take F, E, V, L and H).
    void mnemonicsAreUnique_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("Hindi") << u"hi"_s;
    }
    void mnemonicsAreUnique()
    {
        QFETCH(QString, language);
        setLanguage(language);
        QUndoStack stack;
        StallsPage page(&stack);
        page.resize(1200, 800);
        page.show();
        page.setCurrentEvent(m_event);
        page.scene()->selectStalls({StallRepository().stalls(m_event).at(0).id});
        QStringList texts;
        for (QLabel *l : page.findChildren<QLabel *>())
            if (l->isVisible() && l->buddy())
                texts << l->text();
        for (QAbstractButton *b : page.findChildren<QAbstractButton *>())
            if (b->isVisible())
                texts << b->text();
        QHash<QChar, QString> taken{{u'F', u"File"_s}, {u'E', u"Edit"_s}, {u'V', u"View"_s}, {u'L', u"Language"_s},
                                    {u'H', u"Help"_s}};
        static const QRegularExpression mnemonic(u"&([^&])"_s);
        int count = 0;
        for (const QString &text : std::as_const(texts)) {
            const auto match = mnemonic.match(text);
            if (!match.hasMatch())
                continue;
            const QChar key = match.captured(1).at(0).toUpper();
            QVERIFY2(!taken.contains(key), qPrintable(u"%1 and %2"_s.arg(text, taken.value(key))));
            taken.insert(key, text);
            ++count;
        }
        QVERIFY(count >= 8);
    }

    // Issue 16: with Devanagari digits chosen the spin boxes, counts and messages use them, and
    // lengths say "मी" as everywhere else; typing Devanagari digits works.
    void devanagariDigitsAndUnit()
    {
        QUndoStack stack;
        StallsPage page(&stack);
        page.resize(1200, 800);
        page.show();
        page.setCurrentEvent(m_event);
        const QList<Stall> stalls = StallRepository().stalls(m_event);
        page.scene()->selectStalls({stalls.at(0).id});
        auto *width = WidgetTest::child<QDoubleSpinBox>(page.propertiesPanel(), "widthSpin");
        QCOMPARE(width->text(), u"3.0 m"_s);

        setLanguage(u"hi"_s);
        QCOMPARE(width->text(), u"3.0 मी"_s); // was "3.0 m" in Hindi
        LanguageManager::instance()->setNativeDigits(true);
        QCOMPARE(width->text(), u"३.० मी"_s);
        QVERIFY2(page.waitingPanel()->findChild<QLabel *>()->text().contains(u"(३)"_s),
                 qPrintable(page.waitingPanel()->findChild<QLabel *>()->text()));
        bool snapShown = false;
        for (QAction *a : page.findChildren<QAction *>())
            snapShown = snapShown || a->text().contains(u"०.५ मी"_s);
        QVERIFY(snapShown);
        // A message with numbers: the hall's size; it follows the digit setting as it changes.
        page.scene()->nudge(-3, 0);
        QVERIFY2(page.lastMessage().contains(u"(२०.० मी × १२.० मी)"_s), qPrintable(page.lastMessage()));
        QVERIFY2(!page.lastMessage().remove(u"A-01"_s).contains(QRegularExpression(u"[0-9]"_s)), qPrintable(page.lastMessage()));
        LanguageManager::instance()->setNativeDigits(false);
        QVERIFY2(page.lastMessage().contains(u"(20.0 मी × 12.0 मी)"_s), qPrintable(page.lastMessage()));
        LanguageManager::instance()->setNativeDigits(true);

        // Typed in Devanagari digits, as an Indic keyboard gives them.
        width->setFocus();
        width->selectAll();
        WidgetTest::typeText(width, u"४.५"_s);
        QTest::keyClick(width, Qt::Key_Return);
        QCOMPARE(width->value(), 4.5);
        QCOMPARE(StallRepository().stalls(m_event).at(0).width, 4.5);
        QCOMPARE(width->text(), u"४.५ मी"_s);

        // Switching the digits back needs no language change.
        LanguageManager::instance()->setNativeDigits(false);
        QCOMPARE(width->text(), u"4.5 मी"_s);
        QVERIFY(page.waitingPanel()->findChild<QLabel *>()->text().contains(u"(3)"_s));
    }

    // The page's dialogs follow the same rules: lengths with the unit word, Devanagari digits
    // when chosen, for lengths, the count and the sentence that says how many fit.
    void dialogsFollowDigitsAndUnit()
    {
        setLanguage(u"hi"_s);
        LanguageManager::instance()->setNativeDigits(true);
        const Hall hall{0, m_event, u"Hall"_s, 20, 12};
        GenerateDialog generate(hall);
        QCOMPARE(WidgetTest::child<QDoubleSpinBox>(&generate, "widthSpin")->text(), u"३.० मी"_s);
        auto *count = WidgetTest::child<QSpinBox>(&generate, "countSpin");
        QCOMPARE(count->text(), u"२४"_s);
        const QString fit = WidgetTest::child<QLabel>(&generate, "fitLabel")->text();
        QVERIFY2(fit.contains(u"(२०.० मी × १२.० मी)"_s) && !fit.contains(QRegularExpression(u"[0-9]"_s)), qPrintable(fit));
        // Typed in Devanagari digits.
        count->setFocus();
        count->selectAll();
        WidgetTest::typeText(count, u"८"_s);
        count->interpretText();
        QCOMPARE(generate.count(), 8);
        LanguageManager::instance()->setNativeDigits(false);
        QCOMPARE(count->text(), u"8"_s);
        QCOMPARE(WidgetTest::child<QDoubleSpinBox>(&generate, "aisleSpin")->text(), u"3.0 मी"_s);

        HallDialog hallDialog(hall, {});
        QCOMPARE(WidgetTest::child<QDoubleSpinBox>(&hallDialog, "widthSpin")->text(), u"20.0 मी"_s);
        LanguageManager::instance()->setNativeDigits(true);
        QCOMPARE(WidgetTest::child<QDoubleSpinBox>(&hallDialog, "depthSpin")->text(), u"१२.० मी"_s);
        setLanguage(u"en"_s);
        QCOMPARE(WidgetTest::child<QDoubleSpinBox>(&hallDialog, "depthSpin")->text(), u"12.0 m"_s);
        QCOMPARE(WidgetTest::child<QLabel>(&hallDialog, "widthLabel")->text(), u"&Width:"_s);
    }

    // Issue 16: the waiting list gets a search box and is not cut off; the whole page fits the
    // room a 1,024 × 600 window leaves it, in English and Hindi, with the demo conclave.
    void fitsASmallScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("Hindi") << u"hi"_s;
    }
    void fitsASmallScreen()
    {
        QFETCH(QString, language);
        const qint64 demo = demoEvent();
        QVERIFY(demo);
        setLanguage(language);
        QUndoStack stack;
        StallsPage page(&stack);
        page.resize(Room);
        page.show();
        page.setCurrentEvent(demo);
        page.scene()->selectStalls({page.scene()->plan().stalls.constFirst().id});
        QCoreApplication::processEvents();
        QVERIFY2(page.minimumSizeHint().width() <= Room.width() && page.minimumSizeHint().height() <= Room.height(),
                 qPrintable(u"%1 × %2"_s.arg(page.minimumSizeHint().width()).arg(page.minimumSizeHint().height())));
        QCOMPARE(page.size(), Room);
        qInfo("minimum size of the page: %d × %d", page.minimumSizeHint().width(), page.minimumSizeHint().height());

        // Every toolbar button in sight (none pushed into the » menu).
        auto *toolBar = page.findChild<QToolBar *>();
        for (QAction *a : toolBar->actions()) {
            QWidget *button = toolBar->widgetForAction(a);
            if (!a->isSeparator())
                QVERIFY2(button && button->isVisible() && toolBar->rect().contains(button->geometry()),
                         qPrintable(a->text()));
        }
        // The waiting list: no sideways scrolling, every row as wide as the list and no wider,
        // a good number of rows in view.
        QListWidget *list = page.waitingList();
        QCOMPARE(list->horizontalScrollBar()->maximum(), 0);
        for (int i = 0; i < 20; ++i)
            QVERIFY(list->visualItemRect(list->item(i)).right() < list->viewport()->width());
        QVERIFY2(list->viewport()->height() / list->visualItemRect(list->item(0)).height() >= 6,
                 qPrintable(QString::number(list->viewport()->height())));
        // No label cut short: the panel's, the waiting list's title, the legend.
        for (QLabel *label : page.findChildren<QLabel *>()) {
            if (!label->isVisible() || label->text().isEmpty())
                continue;
            const int needed = label->wordWrap() ? label->heightForWidth(label->width()) : label->sizeHint().height();
            QVERIFY2(label->height() >= needed, qPrintable(label->text()));
            if (!label->wordWrap())
                QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
        }
        QVERIFY(page.legend()->height() >= page.legend()->heightForWidth(page.legend()->width()));
        for (QWidget *field : page.propertiesPanel()->findChildren<QWidget *>())
            if (field->isVisible())
                QVERIFY2(page.propertiesPanel()->rect().contains(field->geometry()), qPrintable(field->objectName()));

        // The search box finds by enterprise or name, in either script; its hint is not cut off.
        QLineEdit *search = page.waitingPanel()->searchBox();
        QVERIFY(search->isVisible());
        QVERIFY2(search->fontMetrics().horizontalAdvance(search->placeholderText()) < search->width() - 30,
                 qPrintable(search->placeholderText()));
        auto shown = [list] {
            QStringList names;
            for (int i = 0; i < list->count(); ++i)
                if (!list->item(i)->isHidden())
                    names << list->item(i)->text();
            return names;
        };
        const int all = int(shown().size());
        QVERIFY(all > 100);
        search->setFocus();
        QTest::keyClicks(search, u"rubber"_s);
        QVERIFY(!shown().isEmpty() && shown().size() < all);
        for (const QString &name : shown())
            QVERIFY2(name.contains("Rubber"_L1), qPrintable(name));
        search->clear();
        WidgetTest::typeText(search, u"टेराकोटा"_s);
        QVERIFY(!shown().isEmpty());
        for (const QString &name : shown())
            QVERIFY2(name.contains(u"टेराकोटा"_s), qPrintable(name));
        QVERIFY(page.waitingPanel()->findChild<QLabel *>()->text().contains(LanguageManager::number(all)));
        search->clear();
        QCOMPARE(shown().size(), all);
    }

    // Issue 16: at the default zoom only the codes showed; the holders' names show as soon as
    // they fit, elided, in the editor as on paper.
    void namesShowAtTheDefaultZoom()
    {
        const qint64 demo = demoEvent();
        QVERIFY(demo);
        QUndoStack stack;
        StallsPage page(&stack);
        page.resize(1024, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setCurrentEvent(demo);
        page.fitToWindow();
        QCoreApplication::processEvents();
        const QImage shot = page.view()->viewport()->grab().toImage();
        int withNames = 0;
        for (StallItem *item : page.scene()->stallItems()) {
            const Stall &s = item->stall();
            if (page.scene()->plan().holderText(s).isEmpty())
                continue;
            const QRect box = page.view()->mapFromScene(item->sceneBoundingRect()).boundingRect();
            const StallPlan::Label label = page.scene()->plan().label(s, box.size());
            QVERIFY2(!label.nameLines.isEmpty(), qPrintable(s.code));
            // Dark text under the code, where only the name can be.
            const QRect names = label.namesRect.toAlignedRect().translated(box.topLeft()) & box.adjusted(3, 0, -3, -3);
            int dark = 0;
            for (int y = names.top() + 1; y <= names.bottom(); ++y)
                for (int x = names.left(); x <= names.right(); ++x)
                    dark += qGray(shot.pixel(x, y)) < 100 ? 1 : 0;
            QVERIFY2(dark > 5, qPrintable(u"%1: %2 dark pixels in %3 × %4"_s.arg(s.code).arg(dark).arg(box.width()).arg(box.height())));
            ++withNames;
        }
        QCOMPARE(withNames, 19); // 18 allotted and the blocked help desk
    }

    // Issue 16: the red "would overlap" note stayed up after the next action that worked.
    void problemNoteClearsAfterTheNextSuccess()
    {
        QUndoStack stack;
        StallsPage page(&stack);
        page.resize(1200, 800);
        page.show();
        page.setCurrentEvent(m_event);
        const QList<Stall> stalls = StallRepository().stalls(m_event);
        auto refuse = [&] {
            page.scene()->selectStalls({stalls.at(0).id});
            page.scene()->nudge(5, 0); // onto A-02
            QVERIFY2(page.lastMessage().contains("would overlap"_L1), qPrintable(page.lastMessage()));
            QVERIFY(page.lastMessageIsProblem());
        };
        refuse();
        page.addStall();
        QCOMPARE(StallRepository().stalls(m_event).size(), 3);
        QCOMPARE(page.lastMessage(), QString());
        QVERIFY(!page.lastMessageIsProblem());

        refuse();
        stack.undo();
        QCOMPARE(page.lastMessage(), QString());
        refuse();
        stack.redo();
        QCOMPARE(page.lastMessage(), QString());

        refuse();
        page.scene()->selectStalls({StallRepository().stalls(m_event).at(2).id}); // A-03, just added
        page.deleteSelection();
        QCOMPARE(StallRepository().stalls(m_event).size(), 2);
        QCOMPARE(page.lastMessage(), QString());

        refuse();
        page.allot(stalls.at(1).id, page.waitingList()->item(0)->data(Qt::UserRole).toLongLong());
        QCOMPARE(page.lastMessage(), u"Stall A-02 allotted."_s);
        QVERIFY(!page.lastMessageIsProblem());

        // A refusal that is not followed by success stays.
        refuse();
        page.scene()->selectStalls({});
        QVERIFY(page.lastMessageIsProblem());
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
        QCOMPARE(page.lastMessage(), u"8 stalls placed."_s);
        stack.undo();
        QCOMPARE(StallRepository().stalls(m_event).size(), 2);
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
        QCOMPARE(PdfTools::pageCount(dir.filePath(QStringLiteral("plan.pdf"))), 2);
        QVERIFY(PdfTools::text(dir.filePath(QStringLiteral("plan.pdf")), 2).contains("A-02"_L1));
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
        QCOMPARE(PdfTools::pageCount(dir.filePath(QStringLiteral("printed.pdf"))), 2);
    }
};

QTEST_MAIN(TestStallsPage)
#include "tst_stallspage.moc"
