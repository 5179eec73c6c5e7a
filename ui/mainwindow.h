#pragma once

#include <QMainWindow>

class DatabaseSession;
class EventModel;
class EventSelector;
class CheckinPage;
class EventsPage;
class InviteesPage;
class StallsPage;
class ExportsPage;
class QAction;
class QActionGroup;
class QFrame;
class QPushButton;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolBar;
class QUndoStack;

// Assembles the pages (Events, Invitees, Stalls, Exports), the menus, the event selector and
// the undo stack. Holds no data logic: pages and commands do the work.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { EventsPageIndex, InviteesPageIndex, StallsPageIndex, ExportsPageIndex, CheckinPageIndex, PageCount };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    DatabaseSession *session() const { return m_session; }
    QUndoStack *undoStack() const { return m_undoStack; }
    EventSelector *eventSelector() const { return m_eventSelector; }
    void showPage(int page);
    int currentPage() const;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createPages();
    void retranslateUi();
    void showBanner(const QString &text, bool problem);
    void setLanguage(const QString &language);
    void databaseChanged(const QString &path);
    void about();
    void showGuide();
    void fillRecentMenu();
    void updateUndoTexts();

    DatabaseSession *m_session;
    QUndoStack *m_undoStack;
    EventModel *m_eventModel;
    EventSelector *m_eventSelector = nullptr;
    QLabel *m_eventLabel = nullptr;
    QToolBar *m_toolBar = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    EventsPage *m_eventsPage = nullptr;
    InviteesPage *m_inviteesPage = nullptr;
    CheckinPage *m_checkinPage = nullptr;
    StallsPage *m_stallsPage = nullptr;
    ExportsPage *m_exportsPage = nullptr;
    QLabel *m_databaseLabel = nullptr;
    // Shown while the database file is missing or read-only (a pulled USB stick).
    QFrame *m_fileBanner = nullptr;
    QLabel *m_fileBannerText = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_dismissButton = nullptr;
    QPushButton *m_saveElsewhereButton = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newDatabaseAction = nullptr;
    QAction *m_openDatabaseAction = nullptr;
    QAction *m_connectServerAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_guideAction = nullptr;
    class GuideWindow *m_guide = nullptr;
    QAction *m_settingsAction = nullptr;
    QList<QAction *> m_pageActions;
    QActionGroup *m_languageGroup = nullptr;
};
