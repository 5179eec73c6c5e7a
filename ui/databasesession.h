#pragma once

#include "database.h"

#include <QObject>

class QTimer;

class QWidget;

// Which database file the desktop program works on, and the dialogs around it: first start
// (create the default file, offer the demo conclave), New, Open, Backup. A file is probed
// under a separate connection first, so a bad choice never closes the good file already open.
class DatabaseSession final : public QObject
{
    Q_OBJECT
public:
    static inline const QString LastDatabaseKey = QStringLiteral("database/last");
    static inline const QString RecentKey = QStringLiteral("database/recent");
    static constexpr int RecentCount = 8;

    explicit DatabaseSession(QWidget *window);

    QString currentPath() const { return m_path; }

    // At start: the last file used, else the default one (created when missing). On failure
    // the user may pick another file, create one, or quit (false).
    bool openAtStart();
    // Opens `path`; on failure explains why (in `parent`) and keeps the current file.
    bool open(const QString &path, Database::Mode mode);

    QStringList recentFiles() const;
    // Whether the open file can still be written (false while it is missing or read-only).
    bool fileOk() const { return m_fileProblem.isEmpty(); }
    QString fileProblem() const { return m_fileProblem; }

public slots:
    void chooseNew();
    void chooseOpen();
    void backup();
    void openRecent(const QString &path);
    void restoreFromBackup();
    // Looks at the open file: still there, still writable? Tells (fileLost / fileBack) when
    // that changes. Runs every few seconds and after every failed write.
    void checkFile();
    // While the file is lost: try the same file again, or write everything to another one.
    void retryFile();
    void saveCopyElsewhere();
    bool saveCopyTo(const QString &path);
    // The automatic daily backup (the start does it; also for tests).
    void autoBackup();

signals:
    void databaseChanged(const QString &path);
    void fileLost(const QString &message);
    void fileBack();

private:
    void offerDemo();
    void remember(const QString &path);
    QWidget *m_window;
    QString m_path;
    QString m_fileProblem;
    QTimer *m_watch;
};
