#pragma once

#include "storage/database.h"

#include <QObject>

class QTimer;
class RemoteChanges;

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
//
// The database may also be on the office's PostgreSQL server (File › Connect to office server,
// or a postgresql:// URL on the command line), shared by several desks. Its URL is remembered
// without a password: libpq reads ~/.pgpass, else the session asks and keeps what was typed in
// memory only, to connect again. The other desks' changes arrive as the server's announcements
// (RemoteChanges). When the connection is lost the red bar says so, writes fail (the forms
// stay open), and every few seconds the session looks whether the server answers again (from
// another thread, so the window never freezes), connects again and reloads the pages.
class DatabaseSession final : public QObject
{
    Q_OBJECT
public:
    static inline const QString LastDatabaseKey = QStringLiteral("database/last");
    static inline const QString RecentKey = QStringLiteral("database/recent");
    static constexpr int RecentCount = 8;

    explicit DatabaseSession(QWidget *window);

    // The open file's path, or the server's URL (without a password).
    QString currentPath() const { return m_path; }
    // Whether the open database is on an office server rather than in a file.
    bool isServer() const { return m_isServer; }
    // The open database as a person reads it: the file's path, or "clerk@server/sammelan".
    QString displayName() const { return displayName(m_path); }
    static QString displayName(const QString &location);
    RemoteChanges *remoteChanges() const { return m_remote; }

    // At start: `requested` (a file given on the command line or opened from the file
    // manager), else the last file used, else the default one (created when missing). On failure
    // the user may pick another file, create one, or quit (false).
    bool openAtStart(const QString &requested = {});
    // Opens `path` (a file or a server's URL); on failure explains why (in `parent`) and keeps
    // the current database.
    bool open(const QString &path, Database::Mode mode);
    // Opens the database at a server's URL: asks for the password when the server wants one
    // (again when it refused it), offers to set up an empty database. On failure says why, or
    // leaves that to the caller when `failure` is given.
    bool openServer(const QString &url, Database::Mode mode, QString *failure = nullptr);

    QStringList recentFiles() const;
    // Whether the open file can still be written (false while it is missing or read-only).
    bool fileOk() const { return m_fileProblem.isEmpty(); }
    QString fileProblem() const { return m_fileProblem; }

    static constexpr int WatchIntervalMs = 1000;
    // While the office server cannot be reached, how often the session looks whether it is back.
    static constexpr int ReconnectIntervalMs = 3000;

public slots:
    // File › Connect to office server.
    void connectToServer();
    // While the server cannot be reached: asks (from another thread) whether it answers, and
    // connects again when it does. Runs every ReconnectIntervalMs, and on "Try again".
    void reconnect();
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
    // What checkFile() does for a server: is the connection still there?
    void checkServer();
    // The server answered: open the connection again, listen again, reload the pages.
    void connectAgain();
    void parkLostConnection();
    bool askPassword(const QString &message, QString *password);
    // Forgets the server connection's state (another database is being opened).
    void leaveServer();
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
    bool m_isServer = false;
    QString m_password;      // typed by the user for the server: in memory only, to reconnect
    RemoteChanges *m_remote;
    QTimer *m_reconnect;
    bool m_pinging = false;  // a look at the server is under way in another thread
};
