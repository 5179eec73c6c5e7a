// Switching the language while the program runs retranslates everything open at once: the
// main window's menus and pages, an open dialog, table headers, the counts line.
#include "storage/database.h"
#include "events/demodata.h"
#include "events/eventdialog.h"
#include "exports/exportspage.h"
#include "invitees/inviteespage.h"
#include "invitees/inviteetablemodel.h"
#include "text/languagemanager.h"
#include "mainwindow.h"
#include "databasesession.h"

#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestLanguageSwitch : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
    }

    void everythingOpenFollows()
    {
        const QString path = m_home.filePath(QStringLiteral("demo.db"));
        QVERIFY(Database::open(path, Database::Mode::CreateIfMissing).ok());
        QCOMPARE(DemoData::load(), DemoData::Result::Loaded);
        Database::close();
        MainWindow w;
        QVERIFY(w.session()->open(path, Database::Mode::OpenExisting));
        w.show();
        w.showPage(MainWindow::InviteesPageIndex);
        EventDialog dialog(&w);
        dialog.setEvent(Event{});
        dialog.show();
        auto *invitees = w.findChild<InviteesPage *>();
        QVERIFY(invitees);
        QHeaderView *header = invitees->view()->horizontalHeader();
        auto headerText = [header](int column) {
            return header->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        };
        auto *navigation = w.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        QCOMPARE(navigation->item(MainWindow::InviteesPageIndex)->text(), QStringLiteral("Invitees"));
        QCOMPARE(headerText(InviteeTableModel::NameColumn), QStringLiteral("Name"));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("New event"));
        auto *exports = w.findChild<ExportsPage *>();
        QVERIFY(exports);
        // The chart is drawn on the next turn of the event loop after the figures load.
        QTRY_VERIFY2(ExportChart::fullTitle(exports->chartView()->chart()).contains(QStringLiteral("Exports by country, 2020-21")),
                     qPrintable(ExportChart::fullTitle(exports->chartView()->chart())));

        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("hi")));
        QTRY_COMPARE(w.menuBar()->actions().at(1)->text(), QStringLiteral("संपादन (&E)"));
        QCOMPARE(navigation->item(MainWindow::InviteesPageIndex)->text(), QStringLiteral("आमंत्रित व्यक्ति"));
        QCOMPARE(navigation->item(MainWindow::CheckinPageIndex)->text(), QStringLiteral("पंजीकरण डेस्क"));
        QCOMPARE(headerText(InviteeTableModel::NameColumn), QStringLiteral("नाम"));
        QCOMPARE(headerText(InviteeTableModel::StatusColumn), QStringLiteral("स्थिति"));
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("नया कार्यक्रम"));
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QTRY_COMPARE(buttons->button(QDialogButtonBox::Save)->text(), QStringLiteral("सहेजें"));
        QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("रद्द करें"));
        // The counts under the list, with Hindi words and Indian grouping.
        bool counts = false;
        for (QLabel *label : invitees->findChildren<QLabel *>())
            counts = counts || label->text().startsWith(QStringLiteral("200 में से 200 दिखाए गए"));
        QVERIFY(counts);
        // The exports chart is drawn again in Hindi: title, unit, country names.
        QTRY_VERIFY2(ExportChart::fullTitle(exports->chartView()->chart()).contains(QStringLiteral("देश अनुसार निर्यात, 2020-21")),
                     qPrintable(ExportChart::fullTitle(exports->chartView()->chart())));
        QVERIFY(ExportChart::fullTitle(exports->chartView()->chart()).contains(QStringLiteral("करोड़")));

        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("New event"));
        QCOMPARE(headerText(InviteeTableModel::NameColumn), QStringLiteral("Name"));
        QTRY_VERIFY(ExportChart::fullTitle(exports->chartView()->chart()).contains(QStringLiteral("crore")));
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
