#pragma once

#include "database.h"

#include <QObject>

class QTimer;

class QWidget;

// Which database file the desktop program works on, and the dialogs around it: first start
// (create the default file, offer the demo conclave), New, Open, Backup. A file is probed
// under a separate connection first, so a bad choice never closes the good file already open.
//
// While a file is open the session watches it, every second and when the window comes to the
// front: is it still there, still the same file, writable, with room on its disk (stat/access/
// statvfs only: see the rule in database.cpp), and did another program (sammelan-cli, another
// window) change it (PRAGMA data_version), so the pages show what the file holds. While the file
// is lost every write is refused (Database's commit guard); when it is back the session opens
// it again, checks it, and says what was not saved meanwhile.
class DatabaseSession final : public QObject
{
    Q_OBJECT
public:
    static inline const QString LastDatabaseKey = QStringLiteral("database/last");
    static inline const QString RecentKey = QStringLiteral("database/recent");
    static constexpr int RecentCount = 8;

    explicit DatabaseSession(QWidget *window);

    QString currentPath() const { return m_path; }

    // At start: `requested` (a file given on the command line or opened from the file
    // manager), else the last file used, else the default one (created when missing). On failure
    // the user may pick another file, create one, or quit (false).
    bool openAtStart(const QString &requested = {});
    // Opens `path`; on failure explains why (in `parent`) and keeps the current file.
    bool open(const QString &path, Database::Mode mode);

    QStringList recentFiles() const;
    // Whether the open file can still be written (false while it is missing or read-only).
    bool fileOk() const { return m_fileProblem.isEmpty(); }
    QString fileProblem() const { return m_fileProblem; }

    static constexpr int WatchIntervalMs = 1000;

public slots:
    void chooseNew();
    void chooseOpen();
    void backup();
    void openRecent(const QString &path);
    void restoreFromBackup();
    // Looks at the open file: still there, still the same, writable, room on the disk? Tells
    // (fileLost / fileBack) when that changes, and opens the file again when it is back as
    // another copy. Runs every second, when the window is activated and after a failed write.
    void checkFile();
    // Asks the file whether another program wrote to it, and tells the pages to refresh if so.
    void checkForChanges();
    // What the watch does every second: checkFile(), checkForChanges(), and when this window
    // wrote something, folds the -wal into the file.
    void tick();
    // A write was refused (from the ErrorChannel): looks at the file at once, and remembers what
    // was not saved while the file is lost, to say so when it is back.
    void writeFailed(const QString &message);
    // While the file is lost: try the same file again, or write everything to another one.
    void retryFile();
    void saveCopyElsewhere();
    bool saveCopyTo(const QString &path);
    // The automatic daily backup (the start does it; also for tests).
    void autoBackup();

signals:
    void databaseChanged(const QString &path);
    void fileLost(const QString &message);
    // The file is usable again; `report` says what happened meanwhile (empty: nothing to say).
    void fileBack(const QString &report);

private:
    void offerDemo();
    void remember(const QString &path);
    // The file at the path is another one than the connection's: open that one if it is a good
    // Sammelan database, keeping what the old connection holds as a backup first.
    bool reopenReplaced(QString *problem);
    QString problemText(Database::FileState state) const;
    void setProblem(const QString &problem);
    QWidget *m_window;
    QString m_path;
    QString m_fileProblem;
    // The cause of a failed write that the file system does not show (SQLite found the disk
    // full, an I/O error): stays until "Try again" finds the file fine.
    QString m_writeProblem;
    QStringList m_unsaved;  // what was refused while the file was lost
    QString m_rescueCopy;   // the backup made of the old connection before reopening
    qint64 m_dataVersion = -1;
    qint64 m_changeCount = -1; // this connection's own writes, for the idle checkpoint
    QTimer *m_watch;
};
