#include "widgettest.h"
#include "testdb.h"
#include "storage/database.h"
#include "undo/errorchannel.h"
#include "events/eventdialog.h"
#include "events/eventmodel.h"
#include "events/eventrepository.h"
#include "events/eventspage.h"
#include "text/languagemanager.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using WidgetTest::child;
using WidgetTest::typeText;

class TestEventsPage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
        QVERIFY(Database::open(m_dir.filePath(QStringLiteral("events.db")), Database::Mode::CreateIfMissing).ok());
    }
    void cleanupTestCase() { Database::close(); }

    // An empty register says what to do first; the hint goes with the first event.
    void emptyPageSaysWhatToDo()
    {
        QTemporaryDir dir;
        const QString connection = QStringLiteral("empty-events");
        QVERIFY(Database::open(dir.filePath(QStringLiteral("empty.db")), Database::Mode::CreateIfMissing, connection).ok());
        {
            EventModel model(connection);
            QUndoStack stack;
            EventsPage page(&model, &stack);
            page.show();
            auto *hint = child<QLabel>(&page, "emptyHint");
            QVERIFY(hint->isVisible());
            QVERIFY(hint->text().contains(QStringLiteral("New event")));
            Event e;
            e.nameEn = QStringLiteral("First");
            e.startDate = e.endDate = QDate(2021, 9, 24);
            QVERIFY(EventRepository(connection).insert(e));
            QTRY_VERIFY(!hint->isVisible());
        }
        Database::close(connection);
    }

    void dialogValidatesAsYouType()
    {
        EventDialog dialog;
        dialog.setEvent(Event{});
        dialog.show();
        auto *save = child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Save);
        auto *problem = child<QLabel>(&dialog, "problemLabel");
        QVERIFY(!save->isEnabled());
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->text(), QStringLiteral("Enter the event's name in English or Hindi."));

        typeText(child<QLineEdit>(&dialog, "nameHiEdit"), QStringLiteral("निर्यात सम्मेलन"));
        QCOMPARE(child<QLineEdit>(&dialog, "nameHiEdit")->text(), QStringLiteral("निर्यात सम्मेलन"));
        QVERIFY(save->isEnabled());
        QVERIFY(!problem->isVisible());

        auto *start = child<QDateEdit>(&dialog, "startEdit");
        auto *end = child<QDateEdit>(&dialog, "endEdit");
        start->setDate(QDate(2021, 9, 21));
        end->setDate(QDate(2021, 9, 22));
        QCOMPARE(dialog.event().endDate, QDate(2021, 9, 22));
        end->setDate(QDate(2021, 9, 20));
        QVERIFY(!save->isEnabled());
        QCOMPARE(problem->text(), QStringLiteral("The event cannot end before it starts."));
        // Moving the start past the end drags the end along.
        end->setDate(QDate(2021, 9, 21));
        start->setDate(QDate(2021, 9, 25));
        QCOMPARE(end->date(), QDate(2021, 9, 25));
        QVERIFY(save->isEnabled());
    }

    void addEditDeleteWithUndo()
    {
        EventModel model;
        QUndoStack stack;
        EventsPage page(&model, &stack);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const int before = model.rowCount();

        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<EventDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClicks(child<QLineEdit>(dialog, "nameEnEdit"), QStringLiteral("Gorakhpur Export Conclave"));
            typeText(child<QLineEdit>(dialog, "nameHiEdit"), QStringLiteral("गोरखपुर एक्सपोर्ट कांक्लेव"));
            child<QDateEdit>(dialog, "startEdit")->setDate(QDate(2021, 9, 24));
            QTest::keyClicks(child<QLineEdit>(dialog, "venueEdit"), QStringLiteral("Nathmalpur"));
            child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Save)->click();
        });
        page.newEventAction()->trigger();
        QCOMPARE(model.rowCount(), before + 1);
        const int row = model.rowOf(model.eventAt(0).id);
        QCOMPARE(model.eventAt(row).nameHi, QStringLiteral("गोरखपुर एक्सपोर्ट कांक्लेव"));
        QCOMPARE(model.eventAt(row).venue, QStringLiteral("Nathmalpur"));
        QCOMPARE(stack.count(), 1);

        // Cancel writes nothing.
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<EventDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClicks(child<QLineEdit>(dialog, "nameEnEdit"), QStringLiteral("Never saved"));
            dialog->reject();
        });
        page.newEventAction()->trigger();
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(stack.count(), 1);

        // Delete asks first; Cancel keeps it.
        page.setCurrentEvent(model.eventAt(0).id);
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->reject();
        });
        page.deleteSelected();
        QCOMPARE(model.rowCount(), before + 1);

        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            for (QAbstractButton *b : box->buttons())
                if (b->text() == QLatin1String("Delete"))
                    b->click();
        });
        page.deleteSelected();
        QCOMPARE(model.rowCount(), before);

        stack.undo(); // the delete
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(model.eventAt(0).nameEn, QStringLiteral("Gorakhpur Export Conclave"));
        stack.undo(); // the add
        QCOMPARE(model.rowCount(), before);
    }

    // A click with the mouse selects the event: Edit and Delete work, and it becomes the
    // current event (the toolbar's); arrow keys did, a click did not.
    void clickSelects()
    {
        Event e;
        e.startDate = e.endDate = QDate(2021, 9, 21);
        e.nameEn = QStringLiteral("Lucknow State Conclave");
        QVERIFY(EventRepository().insert(e));
        e.nameEn = QStringLiteral("Varanasi Buyer-Seller Meet");
        QVERIFY(EventRepository().insert(e));
        EventModel model;
        QUndoStack stack;
        EventsPage page(&model, &stack);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy activated(&page, &EventsPage::eventActivated);
        auto *view = page.findChild<QTableView *>();
        QVERIFY(view && model.rowCount() >= 2);
        const QRect rect = view->visualRect(model.index(1, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.constFirst().constFirst().toLongLong(), model.eventAt(1).id);
        QVERIFY(page.editEventAction()->isEnabled());
        QVERIFY(page.deleteEventAction()->isEnabled());
    }

    // A save that fails (here a trigger refuses it, as a full disk or a vanished file would)
    // keeps the form open with what was typed; a second try after the cause is gone saves it.
    void failedSaveKeepsTheForm()
    {
        EventModel model;
        QUndoStack stack;
        EventsPage page(&model, &stack);
        page.show();
        const int before = model.rowCount();
        QVERIFY(TestDb::refuse(QStringLiteral("refuse"), QStringLiteral("BEFORE INSERT ON events")));
        int errors = 0;
        const auto watch = connect(ErrorChannel::instance(), &ErrorChannel::writeFailed, this, [&errors] { ++errors; });
        bool stillOpen = false;
        QString typed;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<EventDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            typeText(child<QLineEdit>(dialog, "nameHiEdit"), QStringLiteral("गोरखपुर एक्सपोर्ट कांक्लेव"));
            child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Save)->click();
            stillOpen = dialog->isVisible() && QApplication::activeModalWidget() == dialog;
            typed = child<QLineEdit>(dialog, "nameHiEdit")->text();
            QVERIFY(TestDb::allow(QStringLiteral("refuse"), QStringLiteral("events")));
            child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Save)->click();
        });
        page.newEventAction()->trigger();
        disconnect(watch);
        QVERIFY(stillOpen);
        QCOMPARE(typed, QStringLiteral("गोरखपुर एक्सपोर्ट कांक्लेव"));
        QCOMPARE(errors, 1);
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(stack.count(), 1);
    }
};

QTEST_MAIN(TestEventsPage)
#include "tst_eventspage.moc"
