#include "undo/changenotifier.h"
#include "conflictdialog.h"
#include "events/eventmodel.h"
#include "events/eventrepository.h"
#include "events/eventdialog.h"
#include "events/eventspage.h"
#include "exports/exportrepository.h"
#include "exports/exporttablemodel.h"
#include "invitees/inviteerepository.h"
#include "invitees/inviteedialog.h"
#include "invitees/inviteespage.h"
#include "text/languagemanager.h"
#include "settingsdialog.h"
#include "stalls/stallrepository.h"
#include "stalls/stallscene.h"
#include "stalls/stallspage.h"
#include "testdb.h"
#include "text/textfold.h"
#include "twodesks.h"
#include "widgettest.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSignalBlocker>
#include <QSysInfo>
#include <QTimer>
#include <QUndoStack>

using WidgetTest::child;

// The window's side of conflicts between desks: the question (what changed, when, at which
// desk; Reload theirs / Keep mine) in both languages at 1,024 × 600, and what the invitee form,
// the event form, the stall plan and the export table do with the answer. The second desk is a
// second connection whose writes this window is not told about (as another computer's).
class TestConflictDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    std::unique_ptr<TestDb> m_db;
    Desk m_one;
    Desk m_two;
    qint64 m_event = 0;
    qint64 m_invitee = 0;

    // Desk 2 changes the invitee without this window hearing of it.
    void changeAtDeskTwo(const std::function<void(Invitee &)> &change)
    {
        const QSignalBlocker unheard(ChangeNotifier::instance());
        m_two.act();
        Invitee theirs = *InviteeRepository(m_two.connection).find(m_invitee);
        change(theirs);
        QVERIFY(InviteeRepository(m_two.connection).update(theirs));
        m_one.act();
    }
    static ConflictDialog *conflictDialog()
    {
        return qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
        ConflictDialog::install();
    }
    void cleanupTestCase() { ConflictResolver::setHandler({}); }
    void init()
    {
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
        m_db = std::make_unique<TestDb>();
        m_one = deskOne();
        m_two = deskTwo(*m_db);
        m_one.act();
        Event e;
        e.nameEn = QStringLiteral("Gorakhpur Export Conclave");
        e.startDate = e.endDate = QDate(2021, 9, 24);
        m_event = EventRepository().insert(e);
        Invitee v;
        v.name = QStringLiteral("Geeta Nishad");
        v.mobile = QStringLiteral("9812345678");
        m_invitee = InviteeRepository().insert(v);
    }
    void cleanup()
    {
        Database::close(m_two.connection);
        m_db.reset();
    }

    void saysWhatChangedWhenAndWhereInBothLanguages()
    {
        Invitee seen = *InviteeRepository().find(m_invitee);
        Conflict<Invitee> conflict;
        conflict.id = m_invitee;
        conflict.current = seen;
        conflict.current->mobile = QStringLiteral("9712345678");
        conflict.changed = ChangeStamp{2, QDateTime(QDate::currentDate(), QTime(10, 2)).toUTC(), QStringLiteral("Desk 2"),
                                       QStringLiteral("Anil")};
        ConflictDialog dialog(InviteeRepository().notice(conflict, &seen));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.messageLabel()->text(),
                 QStringLiteral("Anil at Desk 2 changed the invitee Geeta Nishad at 10:02: mobile 9812345678 → 9712345678."));
        QCOMPARE(dialog.reloadButton()->text(), QStringLiteral("&Reload theirs"));
        QVERIFY(dialog.keepButton()->isVisible());
        QVERIFY(dialog.reloadButton()->isDefault());
        // Fits the smallest screen, in English and in Hindi.
        QVERIFY(dialog.sizeHint().width() <= 1024 && dialog.sizeHint().height() <= 600);
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("hi")));
        // Qt posts LanguageChange to each window: it arrives with the next pass of the loop.
        QTRY_VERIFY(TextFold::hasDevanagari(dialog.windowTitle()));
        QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("Desk 2")), qPrintable(dialog.messageLabel()->text()));
        QVERIFY2(TextFold::hasDevanagari(dialog.messageLabel()->text()), qPrintable(dialog.messageLabel()->text()));
        QVERIFY(TextFold::hasDevanagari(dialog.reloadButton()->text()));
        QVERIFY(TextFold::hasDevanagari(dialog.keepButton()->text()));
        QVERIFY(dialog.sizeHint().width() <= 1024 && dialog.sizeHint().height() <= 600);
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));

        // Deleted: nothing to keep; one button closes.
        conflict.current.reset();
        ConflictDialog gone(InviteeRepository().notice(conflict, &seen));
        gone.show();
        QVERIFY(QTest::qWaitForWindowExposed(&gone));
        QVERIFY(!gone.keepButton()->isVisible());
        QCOMPARE(gone.reloadButton()->text(), QStringLiteral("&Close"));
        QCOMPARE(gone.messageLabel()->text(), QStringLiteral("Anil at Desk 2 deleted the invitee Geeta Nishad at 10:02."));
    }

    void inviteeFormReloadsTheirsThenKeepsMine()
    {
        QUndoStack stack;
        InviteesPage page(&stack);
        page.resize(1024, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<InviteeDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            // While the form is open, Desk 2 changes the mobile.
            changeAtDeskTwo([](Invitee &v) { v.mobile = QStringLiteral("9712345678"); });
            child<QLineEdit>(dialog, "emailEdit")->setText(QStringLiteral("geeta@example.in"));
            QString asked;
            QTimer::singleShot(0, this, [&] {
                ConflictDialog *question = conflictDialog();
                QVERIFY(question);
                asked = question->messageLabel()->text();
                question->reloadButton()->click();
            });
            child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Save)->click();
            QVERIFY2(asked.contains(QStringLiteral("mobile 9812345678 → 9712345678")), qPrintable(asked));
            // Reload theirs: the form shows what is saved now; nothing of mine was written.
            QVERIFY(dialog->isVisible());
            QCOMPARE(child<QLineEdit>(dialog, "mobileEdit")->text(), QStringLiteral("9712345678"));
            QCOMPARE(child<QLineEdit>(dialog, "emailEdit")->text(), QString());
            QCOMPARE(InviteeRepository().find(m_invitee)->email, QString());
            QCOMPARE(stack.count(), 0);

            // Typed again, and Desk 2 changes something else meanwhile: Keep mine this time.
            child<QLineEdit>(dialog, "emailEdit")->setText(QStringLiteral("geeta@example.in"));
            changeAtDeskTwo([](Invitee &v) { v.pin = QStringLiteral("273001"); });
            QTimer::singleShot(0, this, [&] {
                ConflictDialog *question = conflictDialog();
                QVERIFY(question);
                asked = question->messageLabel()->text();
                question->keepButton()->click();
            });
            child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Save)->click();
            QVERIFY2(asked.contains(QStringLiteral("PIN code — → 273001")), qPrintable(asked));
            checked = true;
        });
        page.editInvitee(m_invitee);
        QVERIFY(checked);
        const Invitee now = *InviteeRepository().find(m_invitee);
        QCOMPARE(now.email, QStringLiteral("geeta@example.in"));
        QCOMPARE(now.mobile, QStringLiteral("9712345678"));
        QCOMPARE(now.pin, QString()); // the form as it was kept, over theirs, deliberately
        QCOMPARE(now.version, 4);
        QCOMPARE(stack.count(), 1);
    }

    void inviteeHistoryNamesDeskAndUser()
    {
        changeAtDeskTwo([](Invitee &v) { v.mobile = QStringLiteral("9712345678"); });
        InviteeDialog dialog(Database::defaultConnectionName());
        dialog.setInvitee(*InviteeRepository().find(m_invitee));
        dialog.setEvent(m_event);
        const QString history = child<QPlainTextEdit>(&dialog, "historyView")->toPlainText();
        QVERIFY2(history.contains(QStringLiteral("%1 at Desk 2: mobile 9812345678 → 9712345678").arg(m_two.recordedUser())),
                 qPrintable(history));
        QVERIFY2(history.contains(QStringLiteral("%1 at Desk 1: added: name Geeta Nishad").arg(m_one.recordedUser())),
                 qPrintable(history));
    }

    void eventFormReloadsTheirs()
    {
        EventModel model(Database::defaultConnectionName());
        QUndoStack stack;
        EventsPage page(&model, &stack);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setCurrentEvent(m_event);
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<EventDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            {
                const QSignalBlocker unheard(ChangeNotifier::instance());
                m_two.act();
                Event theirs = *EventRepository(m_two.connection).find(m_event);
                theirs.venue = QStringLiteral("Town hall");
                QVERIFY(EventRepository(m_two.connection).update(theirs));
                m_one.act();
            }
            child<QLineEdit>(dialog, "organiserEdit")->setText(QStringLiteral("DIC Gorakhpur"));
            QTimer::singleShot(0, this, [] { conflictDialog()->reloadButton()->click(); });
            child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Save)->click();
            QVERIFY(dialog->isVisible());
            QCOMPARE(child<QLineEdit>(dialog, "venueEdit")->text(), QStringLiteral("Town hall"));
            QCOMPARE(child<QLineEdit>(dialog, "organiserEdit")->text(), QString());
            dialog->reject();
            checked = true;
        });
        page.editSelected();
        QVERIFY(checked);
        QVERIFY(EventRepository().find(m_event)->organiser.isEmpty());
    }

    void stallPlanReloadsWhoGotTheStall()
    {
        StallRepository stalls;
        QVERIFY(stalls.setHall(Hall{0, m_event, QStringLiteral("Hall A"), 40, 25, 0}));
        Stall s;
        s.eventId = m_event;
        s.code = QStringLiteral("B-07");
        s.x = 2;
        s.y = 2;
        const qint64 stallId = stalls.insert(s);
        Invitee other;
        other.name = QStringLiteral("Ramesh Chandra");
        other.mobile = QStringLiteral("9415000001");
        const qint64 ramesh = InviteeRepository().insert(other);
        QUndoStack stack;
        StallsPage page(&stack);
        page.resize(1024, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setCurrentEvent(m_event);
        {
            const QSignalBlocker unheard(ChangeNotifier::instance());
            m_two.act();
            Stall theirs = *StallRepository(m_two.connection).find(stallId);
            theirs.inviteeId = ramesh;
            theirs.status = StallStatus::Allotted;
            QVERIFY(StallRepository(m_two.connection).update(theirs));
            m_one.act();
        }
        QString asked;
        QTimer::singleShot(0, this, [&] {
            asked = conflictDialog()->messageLabel()->text();
            conflictDialog()->reloadButton()->click();
        });
        page.allot(stallId, m_invitee);
        QVERIFY2(asked.contains(QStringLiteral("Desk 2 changed stall B-07")), qPrintable(asked));
        QVERIFY2(asked.contains(QStringLiteral("allotted to — → Ramesh Chandra")), qPrintable(asked));
        QCOMPARE(stalls.find(stallId)->inviteeId, ramesh);
        QCOMPARE(stack.count(), 0);
        // The plan shows the other desk's allotment now.
        QCOMPARE(page.scene()->plan().stalls.constFirst().inviteeId, ramesh);
        QVERIFY(page.lastMessage() != QStringLiteral("Stall B-07 allotted."));
    }

    void exportTableKeepsWhatIsSavedOnReload()
    {
        ExportRecord r;
        r.fyStart = 2020;
        r.countryCode = QStringLiteral("NP");
        r.valueCrore = 12.5;
        const qint64 id = ExportRepository().insert(r);
        QUndoStack stack;
        ExportTableModel model(&stack);
        const int row = model.rowOf(id);
        QVERIFY(row >= 0);
        {
            const QSignalBlocker unheard(ChangeNotifier::instance());
            m_two.act();
            ExportRecord theirs = *ExportRepository(m_two.connection).find(id);
            theirs.valueCrore = 14;
            QVERIFY(ExportRepository(m_two.connection).update(theirs));
            m_one.act();
        }
        QTimer::singleShot(0, this, [] { conflictDialog()->reloadButton()->click(); });
        QVERIFY(!model.setData(model.index(row, ExportTableModel::ValueColumn), QStringLiteral("13"), Qt::EditRole));
        QCOMPARE(ExportRepository().find(id)->valueCrore, 14.0);
        QCOMPARE(model.recordAt(model.rowOf(id)).valueCrore, 14.0);
        QCOMPARE(stack.count(), 0);
    }

    void settingsNameThisDesk()
    {
        SettingsDialog dialog;
        auto *desk = child<QLineEdit>(&dialog, "deskEdit");
        QCOMPARE(desk->text(), QStringLiteral("Desk 1"));
        desk->setText(QStringLiteral("  Badge desk "));
        dialog.accept();
        QCOMPARE(AppInfo::deskName(), QStringLiteral("Badge desk"));
        SettingsDialog again;
        child<QLineEdit>(&again, "deskEdit")->clear();
        again.accept();
        QCOMPARE(AppInfo::deskName(), QSysInfo::machineHostName());
        QCOMPARE(child<QLineEdit>(&again, "deskEdit")->placeholderText(), QSysInfo::machineHostName());
    }
};

QTEST_MAIN(TestConflictDialog)
#include "tst_conflictdialog.moc"
