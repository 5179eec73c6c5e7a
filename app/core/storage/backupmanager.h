#pragma once

#include "storage/database.h"

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

    // Removes what stale temporary files of this database's backups remain (left by a backup or
    // restore that was killed), then writes a verified copy unless an automatic one was made
    // today; removes automatic copies beyond the newest `keep`. Returns the new file's path, an
    // empty string when none was due, or nothing on failure (with `error`).
    static std::optional<QString> autoBackup(const QString &databasePath, int keep, QString *error,
                                             const QDateTime &now = QDateTime::currentDateTime(),
                                             const QString &connection = Database::defaultConnectionName());
    // A copy made on request (before a restore, for example); never rotated away. `label` is
    // lower-case letters and hyphens (no digits: see isBackupName).
    static std::optional<QString> backupNow(const QString &databasePath, const QString &label,
                                            QString *error,
                                            const QDateTime &now = QDateTime::currentDateTime(),
                                            const QString &connection = Database::defaultConnectionName());
    // Deletes automatic backups beyond the newest `keep`, each with its -wal, -shm and -journal
    // (a backup opened once in WAL mode keeps them), and any such file whose backup is gone;
    // returns how many backups.
    static int rotate(const QString &databasePath, int keep);
    // This database's backups only (not those of another database in the same folder), newest
    // first.
    static QList<BackupInfo> list(const QString &databasePath);

    // Whether `fileName` (a name, no folder) is the name of a backup of `databasePath`:
    // "<base>-<stamp>.db" or "<base>-<stamp>-<label>.db". The label has no digits, so a name
    // belongs to exactly one database: "dic-old-20260101-000000.db" is dic-old.db's, never dic.db's.
    static bool isBackupName(const QString &databasePath, const QString &fileName);
    // Hidden temporary files that a killed backup (VACUUM INTO a ".<name>.<12 hex>.tmp" beside
    // the target), migration copy or restore of this database left, not modified for
    // `minimumAge` seconds (a backup running now in another process keeps writing its file).
    // Removes them; returns how many files.
    static int removeStaleTemporaries(const QString &databasePath, qint64 minimumAge = StaleAfterSeconds);
    static constexpr qint64 StaleAfterSeconds = 3600;

    // Replaces the open database at `databasePath` with `backupPath`: checks the backup, saves
    // the current file as a backup ("before-restore"), closes the connection, puts the copy in
    // place and opens it again. On failure the current file stays open and unchanged.
    static bool restore(const QString &backupPath, const QString &databasePath, QString *error,
                        QString *safetyCopy = nullptr,
                        const QString &connection = Database::defaultConnectionName());
};
