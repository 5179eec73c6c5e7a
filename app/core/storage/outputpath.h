#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The one rule for every file Sammelan writes on request (exports, PDFs, pictures, rejected rows,
// backups): which paths are off limits, and how a writer that cannot use QSaveFile still puts a
// finished file in place atomically.
//
// Off limits, because writing there destroys data:
// - every database this process has open (the default connection and any other), by any name
//   that reaches the same file (a symbolic link, a hard link), and its -wal, -shm and -journal;
// - `databasePath`, the database a command works on (sammelan-cli checks before opening it);
// - that database's backups: the files BackupManager keeps for it in its backups folder and the
//   "<file>.v<N>-<stamp>.bak" copies a migration writes beside it, with their -wal/-shm/-journal;
// - any other file that is a Sammelan database, and the -wal/-shm/-journal beside one;
// - the command's input files (the file being imported).
//
// Files are compared by canonical folder and name, and existing ones also by device and inode
// (stat only: the database, its -wal and -shm are never opened here, since closing any
// descriptor on a file drops all of this process's SQLite locks on it).
class OutputPath final
{
    Q_DECLARE_TR_FUNCTIONS(OutputPath)
public:
    // Why `path` must not be written, translated; an empty string when it may be.
    static QString refusal(const QString &path, const QStringList &inputs = {},
                           const QString &databasePath = QString());

    // For writers that write a file by name themselves (libxlsxwriter, QPrinter): puts the
    // finished `temporary` (written in the same folder as `path`) in place of `path` in one
    // atomic rename, with the permissions a new file gets (or the replaced file had). On failure
    // `temporary` is removed and `path` is as it was.
    static bool replace(const QString &temporary, const QString &path, QString *error);
    // A fresh name for that temporary file: hidden, in `path`'s folder.
    static QString temporaryTemplate(const QString &path);
    // Why writing to `device` failed: its error, or, when a full disk showed only as a short
    // write (no error set), a translated sentence that says so.
    static QString writeError(const class QIODevice *device);

    // Whether the file at `path` starts with the header of a Sammelan database (SQLite, with our
    // application id). Reads 100 bytes: never call it on a database this process has open.
    static bool isSammelanDatabase(const QString &path);
};
