#include "mainwindow.h"

#include "storage/appinfo.h"
#include "undo/changenotifier.h"
#include "undo/errorchannel.h"
#include "databasesession.h"
#include "events/eventmodel.h"
#include "eventselector.h"
#include "guidewindow.h"
#include "checkin/checkinpage.h"
#include "events/eventspage.h"
#include "invitees/inviteespage.h"
#include "text/languagemanager.h"
#include "messageboxes.h"
#include "exports/exportspage.h"
#include "settingsdialog.h"
#include "stalls/stallspage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QScreen>
#include <QPushButton>
#include <QVBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString PageKey = QStringLiteral("window/page");
const QString EventKey = QStringLiteral("window/event");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_session(new DatabaseSession(this)),
      m_undoStack(new QUndoStack(this)),
      m_eventModel(new EventModel(Database::defaultConnectionName(), this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/sammelan.svg")));
    createActions();
    createPages();
    createMenus();

    m_databaseLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_databaseLabel);

    connect(m_session, &DatabaseSession::databaseChanged, this, &MainWindow::databaseChanged);
    connect(ErrorChannel::instance(), &ErrorChannel::writeFailed, this, [this](const QString &message) {
        // A failed write may mean the file went away or the disk is full: look at once, so
        // the red bar is up before the message is read.
        m_session->writeFailed(message);
        MessageBoxes::warn(this, tr("The change could not be saved"), message);
    });
    connect(m_session, &DatabaseSession::fileLost, this, [this](const QString &message) {
        showBanner(message, true);
    });
    connect(m_session, &DatabaseSession::fileBack, this, [this](const QString &report) {
        if (report.isEmpty())
            m_fileBanner->hide();
        else
            showBanner(report, false);
    });
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this, [this] {
        for (QAction *action : m_languageGroup->actions())
            action->setChecked(action->data().toString() == LanguageManager::currentLanguage());
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        // First start: most of the screen (office PCs are often 1366 × 768).
        const QRect screen = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableGeometry()
                                                              : QRect(0, 0, 1280, 800);
        resize(qMin(1400, screen.width() * 9 / 10), qMin(900, screen.height() * 9 / 10));
    }
    restoreState(settings.value(StateKey).toByteArray());
    showPage(settings.value(PageKey, EventsPageIndex).toInt());
    retranslateUi();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_newDatabaseAction = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), QString(), this);
    m_newDatabaseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newDatabaseAction, &QAction::triggered, m_session, &DatabaseSession::chooseNew);

    m_openDatabaseAction = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), QString(), this);
    m_openDatabaseAction->setShortcut(QKeySequence::Open);
    connect(m_openDatabaseAction, &QAction::triggered, m_session, &DatabaseSession::chooseOpen);

    m_connectServerAction = new QAction(QIcon::fromTheme(QStringLiteral("network-server")), QString(), this);
    m_connectServerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_connectServerAction, &QAction::triggered, m_session, &DatabaseSession::connectToServer);

    m_backupAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), QString(), this);
    m_backupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    connect(m_backupAction, &QAction::triggered, m_session, &DatabaseSession::backup);

    m_restoreAction = new QAction(QIcon::fromTheme(QStringLiteral("document-revert")), QString(), this);
    connect(m_restoreAction, &QAction::triggered, m_session, &DatabaseSession::restoreFromBackup);

    m_quitAction = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), QString(), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Own actions rather than QUndoStack::createUndoAction(): that one fixes its "Undo %1" text
    // when created, so it would stay in the language the program started in.
    m_undoAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-undo")), QString(), this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(m_undoStack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    m_redoAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-redo")), QString(), this);
    m_redoAction->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redoAction->setEnabled(false);
    connect(m_redoAction, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(m_undoStack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::updateUndoTexts);

    m_settingsAction = new QAction(QIcon::fromTheme(QStringLiteral("preferences-system")), QString(), this);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, [this] {
        SettingsDialog dialog(this);
        dialog.exec();
    });

    m_guideAction = new QAction(QIcon::fromTheme(QStringLiteral("help-contents")), QString(), this);
    m_guideAction->setShortcut(QKeySequence::HelpContents); // F1
    connect(m_guideAction, &QAction::triggered, this, &MainWindow::showGuide);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);

    m_languageGroup = new QActionGroup(this);
    for (const QString &language : LanguageManager::availableLanguages()) {
        auto *action = new QAction(LanguageManager::nativeName(language), m_languageGroup);
        action->setCheckable(true);
        action->setData(language);
        action->setChecked(language == LanguageManager::currentLanguage());
        connect(action, &QAction::triggered, this, [this, language] { setLanguage(language); });
    }
}

void MainWindow::createPages()
{
    m_eventLabel = new QLabel(this);
    m_eventSelector = new EventSelector(m_eventModel, this);
    m_eventLabel->setBuddy(m_eventSelector);
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->addWidget(m_eventLabel);
    m_toolBar->addWidget(m_eventSelector);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undoAction);
    m_toolBar->addAction(m_redoAction);

    m_pages = new QStackedWidget(this);
    m_eventsPage = new EventsPage(m_eventModel, m_undoStack, m_pages);
    m_pages->addWidget(m_eventsPage);
    m_inviteesPage = new InviteesPage(m_undoStack, m_pages);
    m_pages->addWidget(m_inviteesPage);
    m_stallsPage = new StallsPage(m_undoStack, m_pages);
    m_pages->addWidget(m_stallsPage);
    m_exportsPage = new ExportsPage(m_undoStack, m_pages);
    m_pages->addWidget(m_exportsPage);
    m_checkinPage = new CheckinPage(m_undoStack, m_pages);
    m_pages->addWidget(m_checkinPage);

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(28, 28));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_navigation->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const char *const icons[PageCount] = {":/icons/events.svg", ":/icons/invitees.svg",
                                          ":/icons/stalls.svg", ":/icons/exports.svg",
                                          ":/icons/checkin.svg"};
    for (int i = 0; i < PageCount; ++i) {
        m_navigation->addItem(new QListWidgetItem(QIcon(QString::fromLatin1(icons[i])), QString()));
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, [this, i] { showPage(i); });
        m_pageActions << action;
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_pages, &QStackedWidget::currentChanged, this, [this](int index) {
        m_navigation->setCurrentRow(index);
        for (int i = 0; i < m_pageActions.size(); ++i)
            m_pageActions.at(i)->setChecked(i == index);
    });

    connect(m_eventSelector, &EventSelector::currentEventChanged, m_eventsPage, &EventsPage::setCurrentEvent);
    connect(m_eventSelector, &EventSelector::currentEventChanged, m_inviteesPage, &InviteesPage::setCurrentEvent);
    connect(m_eventSelector, &EventSelector::currentEventChanged, m_checkinPage, &CheckinPage::setCurrentEvent);
    connect(m_eventSelector, &EventSelector::currentEventChanged, m_stallsPage, &StallsPage::setCurrentEvent);
    connect(m_inviteesPage, &InviteesPage::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 8000);
    });
    connect(m_exportsPage, &ExportsPage::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 8000);
    });
    connect(m_eventsPage, &EventsPage::eventActivated, m_eventSelector, &EventSelector::setCurrentEventId);
    connect(m_eventSelector, &EventSelector::currentEventChanged, this, [](qint64 id) {
        QSettings().setValue(EventKey, id);
    });

    m_fileBanner = new QFrame(this);
    m_fileBanner->setObjectName(QStringLiteral("fileBanner"));
    m_fileBannerText = new QLabel(m_fileBanner);
    m_fileBannerText->setWordWrap(true);
    m_fileBannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retryButton = new QPushButton(m_fileBanner);
    m_saveElsewhereButton = new QPushButton(m_fileBanner);
    m_dismissButton = new QPushButton(m_fileBanner);
    connect(m_retryButton, &QPushButton::clicked, m_session, &DatabaseSession::retryFile);
    connect(m_saveElsewhereButton, &QPushButton::clicked, m_session, &DatabaseSession::saveCopyElsewhere);
    connect(m_dismissButton, &QPushButton::clicked, m_fileBanner, &QWidget::hide);
    auto *bannerLayout = new QHBoxLayout(m_fileBanner);
    bannerLayout->addWidget(m_fileBannerText, 1);
    bannerLayout->addWidget(m_retryButton);
    bannerLayout->addWidget(m_saveElsewhereButton);
    bannerLayout->addWidget(m_dismissButton);
    m_fileBanner->hide();

    auto *pagesRow = new QHBoxLayout;
    pagesRow->setContentsMargins(0, 0, 0, 0);
    pagesRow->addWidget(m_navigation);
    pagesRow->addWidget(m_pages, 1);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_fileBanner);
    layout->addLayout(pagesRow, 1);
    setCentralWidget(central);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newDatabaseAction);
    m_fileMenu->addAction(m_openDatabaseAction);
    m_fileMenu->addAction(m_connectServerAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addMenu(m_inviteesPage->lettersMenu()); // File › Letters: the Invitees page's
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_backupAction);
    m_fileMenu->addAction(m_restoreAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_settingsAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(m_pageActions);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_toolBar->toggleViewAction());

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_guideAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::retranslateUi()
{
    // A file by its name; a server as "clerk@server/sammelan", so every desk sees where it works.
    const QString open = m_session->currentPath().isEmpty() ? QString()
                         : m_session->isServer()            ? m_session->displayName()
                                                            : QFileInfo(m_session->currentPath()).fileName();
    setWindowTitle(open.isEmpty() ? tr("Sammelan") : tr("%1 — Sammelan").arg(open));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newDatabaseAction->setText(tr("&New database…"));
    m_openDatabaseAction->setText(tr("&Open database…"));
    m_connectServerAction->setText(tr("Connect to office &server…"));
    m_backupAction->setText(tr("&Backup…"));
    m_restoreAction->setText(tr("&Restore from backup…"));
    m_recentMenu->setTitle(tr("Recent &databases"));
    m_retryButton->setText(tr("&Try again"));
    m_saveElsewhereButton->setText(tr("Save a &copy elsewhere…"));
    m_dismissButton->setText(tr("OK"));
    if (!m_session->fileOk())
        m_fileBannerText->setText(m_session->fileProblem());
    m_quitAction->setText(tr("&Quit"));
    updateUndoTexts();
    m_aboutAction->setText(tr("&About Sammelan"));
    m_guideAction->setText(tr("&Guide"));
    m_settingsAction->setText(tr("&Settings…"));
    m_toolBar->setWindowTitle(tr("Event toolbar"));
    m_toolBar->toggleViewAction()->setText(tr("Event &toolbar"));
    m_eventLabel->setText(tr("Even&t: ")); // E is the Edit menu
    m_eventSelector->setToolTip(tr("The event the Invitees, Stalls and Exports pages work on"));
    const QString pageNames[PageCount] = {tr("Events"), tr("Invitees"), tr("Stalls"), tr("Exports"),
                                          tr("Check-in")};
    for (int i = 0; i < PageCount; ++i) {
        m_navigation->item(i)->setText(pageNames[i]);
        m_pageActions.at(i)->setText(pageNames[i]);
    }
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 16);
    m_databaseLabel->setText(m_session->currentPath().isEmpty() ? QString()
                             : m_session->isServer() ? tr("Office server: %1").arg(m_session->displayName())
                                                     : tr("Database: %1").arg(m_session->displayName()));
}

void MainWindow::showBanner(const QString &text, bool problem)
{
    // Red while the file cannot be written; a quiet yellow for what the user should know after.
    m_fileBanner->setStyleSheet(problem
        ? QStringLiteral("#fileBanner { background: #fdecea; border: 1px solid #b00020; }")
        : QStringLiteral("#fileBanner { background: #fff8e1; border: 1px solid #c79100; }"));
    m_fileBanner->setProperty("problem", problem);
    m_fileBannerText->setText(text);
    m_retryButton->setVisible(problem);
    // A server keeps what was saved: there is nothing in this window to rescue elsewhere.
    m_saveElsewhereButton->setVisible(problem && !m_session->isServer());
    m_dismissButton->setVisible(!problem);
    m_fileBanner->show();
}

void MainWindow::setLanguage(const QString &language)
{
    if (LanguageManager::instance()->setLanguage(language))
        QSettings().setValue(LanguageManager::SettingsKey, language);
}

void MainWindow::databaseChanged(const QString &)
{
    // Undo history belongs to the file it was made in.
    m_undoStack->clear();
    m_eventSelector->setCurrentEventId(QSettings().value(EventKey).toLongLong());
    m_eventsPage->setCurrentEvent(m_eventSelector->currentEventId());
    m_inviteesPage->setCurrentEvent(m_eventSelector->currentEventId());
    m_checkinPage->setCurrentEvent(m_eventSelector->currentEventId());
    m_stallsPage->setCurrentEvent(m_eventSelector->currentEventId());
    // A server is backed up and restored on the server (File › Backup says how).
    m_restoreAction->setEnabled(!m_session->isServer());
    retranslateUi();
}

void MainWindow::updateUndoTexts()
{
    const QString undo = m_undoStack->undoText();
    const QString redo = m_undoStack->redoText();
    m_undoAction->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo: %1").arg(undo));
    m_redoAction->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo: %1").arg(redo));
    // The toolbar shows short words; the menu and the tooltip say what would be undone.
    m_undoAction->setIconText(tr("Undo"));
    m_redoAction->setIconText(tr("Redo"));
    m_undoAction->setToolTip(m_undoAction->text().remove(QLatin1Char('&')));
    m_redoAction->setToolTip(m_redoAction->text().remove(QLatin1Char('&')));
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_session->recentFiles();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        // A server as "clerk@server/sammelan": its URL holds no password to show.
        QAction *action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(DatabaseSession::displayName(path)));
        action->setEnabled(path != m_session->currentPath());
        connect(action, &QAction::triggered, this, [this, path] { m_session->openRecent(path); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("(none yet)"))->setEnabled(false);
}

void MainWindow::showPage(int page)
{
    if (page >= 0 && page < PageCount)
        m_pages->setCurrentIndex(page);
}

int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

void MainWindow::showGuide()
{
    if (!m_guide)
        m_guide = new GuideWindow(this);
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::about()
{
    MessageBoxes::inform(this, tr("About Sammelan"),
                         tr("Sammelan %1\n\nOrganises export conclaves and MSME events for a District "
                            "Industries Centre: invitees, invitations, printed lists, stalls and "
                            "export charts, in Hindi and English.\n\nDatabase: %2")
                             .arg(AppInfo::version(), m_session->displayName()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // A passing message was written in the other language: it goes rather than stays so.
        statusBar()->clearMessage();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(PageKey, currentPage());
    event->accept();
}
