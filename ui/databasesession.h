#pragma once

#include "database.h"

#include <QObject>

class QWidget;

// Which database file the desktop program works on, and the dialogs around it: first start
// (create the default file, offer the demo conclave), New, Open, Backup. A file is probed
// under a separate connection first, so a bad choice never closes the good file already open.
class DatabaseSession final : public QObject
{
    Q_OBJECT
public:
    static inline const QString LastDatabaseKey = QStringLiteral("database/last");

    explicit DatabaseSession(QWidget *window);

    QString currentPath() const { return m_path; }

    // At start: the last file used, else the default one (created when missing). On failure
    // the user may pick another file, create one, or quit (false).
    bool openAtStart();
    // Opens `path`; on failure explains why (in `parent`) and keeps the current file.
    bool open(const QString &path, Database::Mode mode);

public slots:
    void chooseNew();
    void chooseOpen();
    void backup();

signals:
    void databaseChanged(const QString &path);

private:
    void offerDemo();
    QWidget *m_window;
    QString m_path;
};
