#include "widgettest.h"
#include "events/eventrepository.h"
#include "invitees/invitationrepository.h"
#include "invitees/inviteerepository.h"
#include "invitees/inviteetablemodel.h"
#include "invitees/inviteedialog.h"
#include "invitees/inviteespage.h"
#include "printing/printinviteesdialog.h"
#include "text/languagemanager.h"
#include "testdb.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

using WidgetTest::child;
using WidgetTest::typeText;

// The Invitees page as staff use it: add through the form, edit, search as they type, change
// the status of many at once, and undo.
class TestInviteesPage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    std::unique_ptr<TestDb> m_db;
    qint64 m_event = 0;

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
        InviteeRepository repo;
        InvitationRepository invitations;
        for (int i = 0; i < 30; ++i) {
            Invitee v;
            v.name = QStringLiteral("Entrepreneur %1").arg(i, 2, 10, QLatin1Char('0'));
            v.mobile = QStringLiteral("98%1").arg(i, 8, 10, QLatin1Char('0'));
            const qint64 id = repo.insert(v);
            invitations.setStatus(m_event, id, InvitationStatus::Invited);
        }
    }
    void cleanup() { m_db.reset(); }

    void addEditFilterBulkUndo()
    {
        QUndoStack stack;
        InviteesPage page(&stack);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setCurrentEvent(m_event);
        page.model()->countNow();
        QCOMPARE(page.model()->rowCount(), 30);

        // Add through the form, typing Hindi.
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<InviteeDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            typeText(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("मीरा श्रीवास्तव"));
            typeText(child<QLineEdit>(dialog, "enterpriseEdit"), QStringLiteral("गोरखपुर वस्त्र उद्यमी संघ, उ0प्र0"));
            QTest::keyClicks(child<QLineEdit>(dialog, "mobileEdit"), QStringLiteral("070070 01234"));
            child<QComboBox>(dialog, "sectorCombo")->setCurrentText(QStringLiteral("Textiles"));
            child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Save)->click();
        });
        page.addInvitee();
        page.model()->countNow();
        QCOMPARE(page.model()->rowCount(), 31);
        QCOMPARE(stack.count(), 1);

        // Search as you type: the other abbreviation sign finds it too.
        page.searchEdit()->setFocus();
        typeText(page.searchEdit(), QStringLiteral("उ॰प्र॰"));
        page.model()->countNow();
        QCOMPARE(page.model()->rowCount(), 1);
        const InviteeRow meera = page.model()->rowAt(0);
        QCOMPARE(meera.name, QStringLiteral("मीरा श्रीवास्तव"));
        QCOMPARE(meera.mobile, QStringLiteral("7007001234"));
        QCOMPARE(meera.sectorEn, QStringLiteral("Textiles"));

        // Edit it: double click opens the form.
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<InviteeDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            child<QLineEdit>(dialog, "designationEdit")->setText(QStringLiteral("अध्यक्ष"));
            child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Save)->click();
        });
        page.view()->selectRow(0);
        page.editSelected();
        QCOMPARE(InviteeRepository().find(meera.id)->designation, QStringLiteral("अध्यक्ष"));
        QCOMPARE(stack.count(), 2);

        // Clear the search, select ten and confirm them in one step.
        page.searchEdit()->clear();
        page.model()->countNow();
        QCOMPARE(page.model()->rowCount(), 31);
        page.view()->selectionModel()->clearSelection();
        for (int row = 0; row < 10; ++row)
            page.view()->selectionModel()->select(page.model()->index(row, 0),
                                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(page.selectedIds().size(), 10);
        page.setStatusOfSelected(InvitationStatus::Confirmed);
        QCOMPARE(stack.count(), 3);
        page.model()->countNow();
        QCOMPARE(page.model()->statusCounts().value(InvitationStatus::Confirmed), 10);

        // The status filter shows just them.
        auto *statusFilter = page.findChildren<QComboBox *>().at(0);
        statusFilter->setCurrentIndex(statusFilter->findData(int(InvitationStatus::Confirmed)));
        emit statusFilter->activated(statusFilter->currentIndex());
        page.model()->countNow();
        QCOMPARE(page.model()->rowCount(), 10);

        stack.undo(); // the bulk change
        page.model()->countNow();
        QCOMPARE(page.model()->rowCount(), 0);
        page.model()->countNow();
        QCOMPARE(page.model()->statusCounts().value(InvitationStatus::Invited), 30);
        stack.undo(); // the edit
        QCOMPARE(InviteeRepository().find(meera.id)->designation, QString());
        stack.undo(); // the add
        QVERIFY(!InviteeRepository().find(meera.id));
    }

    void deleteAsksFirst()
    {
        QUndoStack stack;
        InviteesPage page(&stack);
        page.show();
        page.setCurrentEvent(m_event);
        page.view()->selectRow(0);
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->reject();
        });
        page.deleteSelected();
        page.model()->countNow();
        QCOMPARE(page.model()->rowCount(), 30);
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            for (QAbstractButton *b : box->buttons())
                if (b->text() == QLatin1String("Delete"))
                    b->click();
        });
        page.deleteSelected();
        page.model()->countNow();
        QCOMPARE(page.model()->rowCount(), 29);
        stack.undo();
        page.model()->countNow();
        QCOMPARE(page.model()->rowCount(), 30);
    }

    // Ctrl+P prints what the page shows: the dialog gets the page's event and search.
    void printShowsTheFilteredList()
    {
        QUndoStack stack;
        InviteesPage page(&stack);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setCurrentEvent(m_event);
        typeText(page.searchEdit(), QStringLiteral("Entrepreneur 0"));
        QTRY_COMPARE(page.model()->filter().search, QStringLiteral("Entrepreneur 0"));
        page.view()->setFocus();
        int rows = -1;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<PrintInviteesDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            rows = dialog->document().rowCount;
            dialog->reject();
        });
        QTest::keyClick(page.view(), Qt::Key_P, Qt::ControlModifier);
        QCOMPARE(rows, 10);
    }

    void onlySensibleTransitionsOffered()
    {
        QUndoStack stack;
        InviteesPage page(&stack);
        page.show();
        page.setCurrentEvent(m_event);
        page.view()->selectRow(0);
        QHash<QString, bool> enabled;
        for (QAction *a : page.actions())
            enabled.insert(a->text(), a->isEnabled());
        // From "invited": confirmed, declined, attended and back to not yet invited, but not invited.
        QVERIFY(enabled.value(QStringLiteral("confirmed")));
        QVERIFY(enabled.value(QStringLiteral("declined")));
        QVERIFY(!enabled.value(QStringLiteral("invited")));
    }

    void columnsRemembered()
    {
        {
            QUndoStack stack;
            InviteesPage page(&stack);
            QHeaderView *header = page.view()->horizontalHeader();
            QVERIFY(header->isSectionHidden(InviteeTableModel::EmailColumn));
            header->showSection(InviteeTableModel::EmailColumn);
            header->resizeSection(InviteeTableModel::NameColumn, 333);
            header->moveSection(header->visualIndex(InviteeTableModel::MobileColumn), 0);
        }
        QUndoStack stack;
        InviteesPage page(&stack);
        QHeaderView *header = page.view()->horizontalHeader();
        QVERIFY(!header->isSectionHidden(InviteeTableModel::EmailColumn));
        QCOMPARE(header->sectionSize(InviteeTableModel::NameColumn), 333);
        QCOMPARE(header->visualIndex(InviteeTableModel::MobileColumn), 0);
        QSettings().remove(QStringLiteral("invitees/header"));
    }
};

QTEST_MAIN(TestInviteesPage)
#include "tst_inviteespage.moc"
