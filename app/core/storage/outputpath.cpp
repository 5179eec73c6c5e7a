#include "storage/outputpath.h"

#include "storage/backupmanager.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QtEndian>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <system_error>

#include <sys/stat.h>

namespace {

const QStringList SqliteSidecars{QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Device and inode: the same file under any name, hard links included. stat() only, never open.
struct FileId {
    dev_t device = 0;
    ino_t inode = 0;
    bool operator==(const FileId &o) const { return device == o.device && inode == o.inode; }
};

std::optional<FileId> fileId(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return FileId{st.st_dev, st.st_ino};
}

// The folder's canonical path; for a folder not made yet, its nearest existing parent's
// canonical path followed by the rest.
QString canonicalFolder(const QString &folder)
{
    QString existing = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    QString rest;
    while (!existing.isEmpty()) {
        const QString canonical = QFileInfo(existing).canonicalFilePath();
        if (!canonical.isEmpty())
            return QDir::cleanPath(canonical + rest);
        const int slash = existing.lastIndexOf(QLatin1Char('/'));
        if (slash <= 0)
            break;
        rest.prepend(existing.mid(slash));
        existing.truncate(slash);
    }
    return QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
}

// The names a path is known by: the file's canonical path when it exists, the canonical folder
// plus the name (for a file not written yet), and the same for a symbolic link's target (a
// writer follows the link).
QStringList namesOf(const QString &path, int depth = 0)
{
    QStringList names;
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        names << canonical;
    names << canonicalFolder(info.absolutePath()) + QLatin1Char('/') + info.fileName();
    if (info.isSymLink() && depth < 8)
        names << namesOf(info.symLinkTarget(), depth + 1);
    names.removeDuplicates();
    return names;
}

// A file that must not be overwritten, and what to say when someone tries.
struct Guard {
    QStringList names;
    std::optional<FileId> id;
    QString reason; // %1: the path chosen; %2, if there: `database`
    QString database;
    bool sqliteHeld = false; // the open database or one of its working files: never read it
    QString sameNameReason;  // instead of `reason` when the path chosen is `database` by name

    QString message(const QString &chosen) const
    {
        if (!sameNameReason.isEmpty()
            && QDir::cleanPath(QFileInfo(chosen).absoluteFilePath()) == QDir::cleanPath(QFileInfo(database).absoluteFilePath()))
            return sameNameReason.arg(shown(chosen));
        return database.isEmpty() ? reason.arg(shown(chosen)) : reason.arg(shown(chosen), shown(database));
    }
};

Guard guard(const QString &path, const QString &reason, const QString &database = QString(), bool sqliteHeld = false)
{
    return Guard{namesOf(path), fileId(path), reason, database, sqliteHeld, QString()};
}

// The databases this process has open (any connection), by their file names.
QStringList openDatabases()
{
    QStringList paths;
    for (const QString &name : QSqlDatabase::connectionNames()) {
        const QSqlDatabase db = QSqlDatabase::database(name, false);
        if (!db.isValid() || !db.isOpen() || db.driverName() != QLatin1String("QSQLITE"))
            continue;
        const QString file = db.databaseName();
        if (!file.isEmpty() && file != QLatin1String(":memory:"))
            paths << file;
    }
    return paths;
}

} // namespace

QString OutputPath::refusal(const QString &path, const QStringList &inputs, const QString &databasePath)
{
    if (path.isEmpty())
        return tr("No file name was given.");

    QStringList databases = openDatabases();
    if (!databasePath.isEmpty())
        databases.prepend(databasePath);

    QList<Guard> guards;
    for (const QString &db : std::as_const(databases)) {
        Guard itself = guard(db, tr("%1 is another name for the database %2: writing there would "
                                    "destroy it. Choose another file name."), db, true);
        itself.sameNameReason = tr("%1 is the database itself: writing there would destroy it. "
                                   "Choose another file name.");
        const QString sidecar = tr("%1 belongs to the database %2 (SQLite keeps its latest changes "
                                   "there): writing there would damage it. Choose another file name.");
        guards << itself;
        QStringList dbNames{db};
        const QString canonical = QFileInfo(db).canonicalFilePath();
        if (!canonical.isEmpty() && canonical != db)
            dbNames << canonical;
        for (const QString &name : std::as_const(dbNames))
            for (const QString &suffix : SqliteSidecars)
                guards << guard(name + suffix, sidecar, db, true);

        // Its backups, wherever they are reached from (hard links included).
        const QString backup = tr("%1 is a backup of the database %2: writing there would destroy "
                                  "it. Choose another file name.");
        const QDir backups(BackupManager::folderFor(db));
        for (const QString &name : backups.entryList(QDir::Files | QDir::Hidden))
            if (BackupManager::isBackupName(db, name))
                guards << guard(backups.filePath(name), backup, db);
        const QDir beside(QFileInfo(db).absolutePath());
        const QRegularExpression migrationCopy(QStringLiteral("^%1\\.v\\d+-.*\\.bak$")
                                                   .arg(QRegularExpression::escape(QFileInfo(db).fileName())));
        for (const QString &name : beside.entryList(QDir::Files | QDir::Hidden))
            if (migrationCopy.match(name).hasMatch())
                guards << guard(beside.filePath(name), backup, db);

        // A backup's name in its folder is taken even before the file exists: a file of that
        // name would be listed, rotated and offered for restoring as one.
        const QFileInfo chosen(path);
        QString name = chosen.fileName();
        for (const QString &suffix : SqliteSidecars)
            if (name.endsWith(suffix))
                name.chop(suffix.size());
        const QString chosenFolder = canonicalFolder(chosen.absolutePath());
        if ((chosenFolder == canonicalFolder(backups.absolutePath()) && BackupManager::isBackupName(db, name))
            || (chosenFolder == canonicalFolder(beside.absolutePath()) && migrationCopy.match(name).hasMatch()))
            return backup.arg(shown(path), shown(db));
    }
    const QString input = tr("%1 is the file being imported: writing there would destroy it. "
                             "Choose another file name.");
    for (const QString &file : inputs)
        if (!file.isEmpty())
            guards << guard(file, input);

    const QStringList names = namesOf(path);
    const auto id = fileId(path);
    for (const Guard &g : std::as_const(guards)) {
        const bool sameName = std::any_of(names.cbegin(), names.cend(),
                                          [&g](const QString &n) { return g.names.contains(n); });
        if (sameName || (id && g.id && *id == *g.id))
            return g.message(path);
    }

    // Any other Sammelan database, and the working files beside one. Reading a header is safe
    // now: the file is none of those this process holds open (checked by inode above).
    auto heldOpen = [&guards](const std::optional<FileId> &file) {
        return file && std::any_of(guards.cbegin(), guards.cend(),
                                   [&file](const Guard &g) { return g.sqliteHeld && g.id && *g.id == *file; });
    };
    if (id && !heldOpen(id) && isSammelanDatabase(path))
        return tr("%1 is a Sammelan database: writing there would destroy it. Choose another file name.")
            .arg(shown(path));
    for (const QString &suffix : SqliteSidecars) {
        if (!path.endsWith(suffix))
            continue;
        const QString stem = path.chopped(suffix.size());
        const auto stemId = fileId(stem);
        if (stemId && (heldOpen(stemId) || isSammelanDatabase(stem)))
            return tr("%1 belongs to the Sammelan database %2 (SQLite keeps its latest changes there): "
                      "writing there would damage it. Choose another file name.")
                .arg(shown(path), shown(stem));
    }
    return {};
}

bool OutputPath::isSammelanDatabase(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    return header.size() == 100 && header.startsWith(magic)
           && qFromBigEndian<qint32>(header.constData() + 68) == Database::ApplicationId;
}

QString OutputPath::writeError(const QIODevice *device)
{
    const auto *file = qobject_cast<const QFileDevice *>(device);
    if (file && file->error() != QFileDevice::NoError)
        return file->errorString();
    return tr("not everything could be written (is the disk full?)");
}

QString OutputPath::temporaryTemplate(const QString &path)
{
    const QFileInfo info(path);
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".XXXXXX");
}

bool OutputPath::replace(const QString &temporary, const QString &path, QString *error)
{
    // Like QSaveFile: a symbolic link stays a link, and its target gets the new content.
    QString target = path;
    for (int depth = 0; depth < 8 && QFileInfo(target).isSymLink(); ++depth)
        target = QFileInfo(target).symLinkTarget();
    const QFileDevice::Permissions permissions =
        QFileInfo::exists(target) ? QFile::permissions(target)
                                  : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                                        | QFileDevice::WriteUser | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QFile::setPermissions(temporary, permissions);
    // rename(2) replaces the old file in one step: there is always either the old or the new one.
    std::error_code code;
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(temporary).toStdString()),
                            std::filesystem::path(QFile::encodeName(target).toStdString()), code);
    if (code) {
        QFile::remove(temporary);
        if (error)
            *error = tr("%1 cannot be written: %2").arg(shown(path), QString::fromLocal8Bit(code.message().c_str()));
        return false;
    }
    return true;
}
