#include "storage/database.h"
#include "databasesession.h"
#include "events/demodata.h"
#include "eventselector.h"
#include "text/languagemanager.h"
#include "guidewindow.h"
#include "mainwindow.h"

#include <QApplication>
#include <QListWidget>
#include <QMenuBar>
#include <QStatusBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QUndoStack>

class TestMainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

    static QStringList menuTitles(MainWindow &w)
    {
        QStringList titles;
        for (QAction *a : w.menuBar()->actions())
            titles << a->text();
        return titles;
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        QCoreApplication::setApplicationName(QStringLiteral("sammelan-test"));
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
    }

    // Every page fits a 1,024 × 600 screen (a common office laptop), in English and in Hindi.
    void fitsASmallScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << "en";
        QTest::newRow("Hindi") << "hi";
    }
    void fitsASmallScreen()
    {
        QFETCH(QString, language);
        QVERIFY(LanguageManager::instance()->setLanguage(language));
        const QString path = m_home.filePath(QStringLiteral("small.db"));
        if (!QFile::exists(path)) {
            QVERIFY(Database::open(path, Database::Mode::CreateIfMissing).ok());
            QCOMPARE(DemoData::load(), DemoData::Result::Loaded);
            Database::close();
        }
        MainWindow w;
        QVERIFY(w.session()->open(path, Database::Mode::OpenExisting));
        w.resize(1024, 600);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QStringList tooBig;
        for (int page = 0; page < MainWindow::PageCount; ++page) {
            w.showPage(page);
            QApplication::processEvents();
            const QSize needed = w.minimumSizeHint().expandedTo(w.minimumSize());
            if (needed.width() > 1024 || needed.height() > 600)
                tooBig << QStringLiteral("page %1 needs %2 × %3").arg(page + 1).arg(needed.width()).arg(needed.height());
        }
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
        QVERIFY2(tooBig.isEmpty(), qPrintable(tooBig.join(QStringLiteral("; "))));
    }

    // A switch of language leaves no message of the other language in the status bar.
    void statusBarFollowsTheLanguage()
    {
        MainWindow w;
        w.show();
        w.statusBar()->showMessage(QStringLiteral("Added Neha Singh."), 8000);
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("hi")));
        QTRY_VERIFY(w.statusBar()->currentMessage().isEmpty());
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
    }

    // F1 opens the guide with the everyday tasks; it follows the language.
    void guide()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_F1);
        auto *guide = w.findChild<GuideWindow *>();
        QVERIFY(guide && guide->isVisible());
        const QString en = guide->browser()->toPlainText();
        for (const char *task : {"Start a conclave", "Bring in a list", "Print the register", "Lay out the stalls",
                                 "Run the check-in desk"})
            QVERIFY2(en.contains(QLatin1String(task)), task);
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("hi")));
        QTRY_VERIFY(guide->browser()->toPlainText().contains(QStringLiteral("कांक्लेव शुरू करें")));
        for (const QString &task : {QStringLiteral("सूची फ़ाइल से जोड़ें"), QStringLiteral("उपस्थिति पंजिका प्रिंट करें"),
                                    QStringLiteral("स्टॉल विन्यास बनाएँ"), QStringLiteral("पंजीकरण डेस्क चलाएँ")})
            QVERIFY2(guide->browser()->toPlainText().contains(task), qPrintable(task));
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
    }

    void opensDatabaseAndShowsEvents()
    {
        const QString path = m_home.filePath(QStringLiteral("demo.db"));
        {
            QVERIFY(Database::open(path, Database::Mode::CreateIfMissing).ok());
            QCOMPARE(DemoData::load(), DemoData::Result::Loaded);
            Database::close();
        }
        MainWindow w;
        QVERIFY(w.session()->open(path, Database::Mode::OpenExisting));
        QCOMPARE(QSettings().value(DatabaseSession::LastDatabaseKey).toString(), path);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.windowTitle().contains(QLatin1String("demo.db")));
        QCOMPARE(menuTitles(w), (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"),
                                            QStringLiteral("&View"), QStringLiteral("&Language"),
                                            QStringLiteral("&Help")}));
        QCOMPARE(w.eventSelector()->count(), 2);
        QVERIFY(w.eventSelector()->currentText().startsWith(QLatin1String("Gorakhpur Export Conclave")));
        QVERIFY(w.eventSelector()->currentEventId() > 0);

        // Ctrl+2 goes to the Invitees page, Ctrl+1 back to Events.
        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), int(MainWindow::InviteesPageIndex));
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), int(MainWindow::EventsPageIndex));

        // Switching language retranslates menus and pages at once.
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("hi")));
        // Qt posts LanguageChange to each window, so it arrives with the next event loop pass.
        QTRY_COMPARE(menuTitles(w).constFirst(), QStringLiteral("फ़ाइल (&F)"));
        QVERIFY(w.windowTitle().contains(QStringLiteral("सम्मेलन")));
        QVERIFY(w.eventSelector()->currentText().startsWith(QStringLiteral("गोरखपुर")));
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(menuTitles(w).constFirst(), QStringLiteral("&File"));
        w.close();
    }

    void badFileKeepsTheCurrentOne()
    {
        const QString good = m_home.filePath(QStringLiteral("good.db"));
        const QString bad = m_home.filePath(QStringLiteral("bad.db"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database");
        f.close();
        MainWindow w;
        QVERIFY(w.session()->open(good, Database::Mode::CreateIfMissing));
        // The warning is modal: close it as a user would.
        QTimer::singleShot(0, this, [] {
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
        });
        QVERIFY(!w.session()->open(bad, Database::Mode::OpenExisting));
        QCOMPARE(w.session()->currentPath(), good);
        QVERIFY(QSqlDatabase::database(Database::defaultConnectionName()).isOpen());
    }

    void rememberedGeometry()
    {
        {
            MainWindow w;
            w.resize(1150, 700);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.showPage(MainWindow::StallsPageIndex);
            w.close();
        }
        MainWindow again;
        QCOMPARE(again.size(), QSize(1150, 700));
        QCOMPARE(again.currentPage(), int(MainWindow::StallsPageIndex));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
