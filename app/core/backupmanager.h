#pragma once

#include "database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <optional>

// What a backup file holds, for the restore list.
struct BackupInfo {
    QString path;
    QDateTime time;   // when it was made (from its name)
    qint64 size = 0;  // bytes
    int events = -1;  // -1: could not be read
    int invitees = -1;
    int stalls = -1;
    bool automatic = true;
};

// Backups beside the database, in a "backups" folder: an automatic one on start at most once a
// day, the newest N kept; listing them with their contents; restoring one over the open file
// (after saving the file as it is as a backup of its own).
class BackupManager final
{
    Q_DECLARE_TR_FUNCTIONS(BackupManager)
public:
    static constexpr int DefaultKeep = 10;
    static inline const QString KeepKey = QStringLiteral("backup/keep");

    static QString folderFor(const QString &databasePath);

    // Writes a verified copy unless an automatic one was made today; removes automatic copies
    // beyond the newest `keep`. Returns the new file's path, an empty string when none was due,
    // or nothing on failure (with `error`).
    static std::optional<QString> autoBackup(const QString &databasePath, int keep, QString *error,
                                             const QDateTime &now = QDateTime::currentDateTime(),
                                             const QString &connection = Database::defaultConnectionName());
    // A copy made on request (before a restore, for example); never rotated away.
    static std::optional<QString> backupNow(const QString &databasePath, const QString &label,
                                            QString *error,
                                            const QDateTime &now = QDateTime::currentDateTime(),
                                            const QString &connection = Database::defaultConnectionName());
    // Deletes automatic backups beyond the newest `keep`; returns how many.
    static int rotate(const QString &databasePath, int keep);
    // Newest first.
    static QList<BackupInfo> list(const QString &databasePath);

    // Replaces the open database at `databasePath` with `backupPath`: checks the backup, saves
    // the current file as a backup ("before-restore"), closes the connection, puts the copy in
    // place and opens it again. On failure the current file stays open and unchanged.
    static bool restore(const QString &backupPath, const QString &databasePath, QString *error,
                        QString *safetyCopy = nullptr,
                        const QString &connection = Database::defaultConnectionName());
};
