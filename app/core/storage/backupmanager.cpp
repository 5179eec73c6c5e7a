#include "storage/backupmanager.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

#include <functional>

namespace {

// "<name>-20260924-101500.db" (automatic) or "<name>-20260924-101500-<label>.db". The label
// follows the stamp and has no digits, so the stamp is the last run of digits in the name and
// the database's name is what comes before it: every name belongs to one database only. Older
// versions wrote "<name>-before-restore-20260924-101500.db"; those are still recognised.
const QString StampFormat = QStringLiteral("yyyyMMdd-HHmmss");
const QString LegacyLabel = QStringLiteral("before-restore");
const QStringList SqliteSidecars{QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};

QString baseName(const QString &databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

struct BackupName {
    QString stamp;
    QString label; // empty: automatic
};

std::optional<BackupName> parseBackupName(const QString &databasePath, const QString &fileName)
{
    const QString base = QRegularExpression::escape(baseName(databasePath));
    static const QString stamp = QStringLiteral("(\\d{8}-\\d{6})");
    const QRegularExpression current(QStringLiteral("^%1-%2(?:-([a-z]+(?:-[a-z]+)*))?\\.db$").arg(base, stamp));
    auto match = current.match(fileName);
    if (match.hasMatch())
        return BackupName{match.captured(1), match.captured(2)};
    const QRegularExpression legacy(QStringLiteral("^%1-(%2)-%3\\.db$").arg(base, LegacyLabel, stamp));
    match = legacy.match(fileName);
    if (match.hasMatch())
        return BackupName{match.captured(2), match.captured(1)};
    return std::nullopt;
}

// Removes a backup's -wal, -shm and -journal (a backup opened once in WAL mode, even read-only
// for its counts, keeps them).
void removeSidecars(const QString &path)
{
    for (const QString &suffix : SqliteSidecars)
        QFile::remove(path + suffix);
}

// Counts of a backup, read through a read-only connection of its own.
void readCounts(BackupInfo *info)
{
    const QString name = QStringLiteral("sammelan-backup-info-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(info->path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            auto count = [&q](const char *table) {
                return q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && q.next()
                           ? q.value(0).toInt()
                           : -1;
            };
            info->events = count("events");
            info->invitees = count("invitees");
            info->stalls = count("stalls");
        }
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

QString BackupManager::folderFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absolutePath() + QStringLiteral("/backups");
}

std::optional<QString> BackupManager::backupNow(const QString &databasePath, const QString &label,
                                                QString *error, const QDateTime &now,
                                                const QString &connection)
{
    const QString name = label.isEmpty()
                             ? QStringLiteral("%1-%2.db").arg(baseName(databasePath), now.toString(StampFormat))
                             : QStringLiteral("%1-%2-%3.db").arg(baseName(databasePath), now.toString(StampFormat), label);
    const QString path = folderFor(databasePath) + QLatin1Char('/') + name;
    if (!Database::backup(path, error, connection))
        return std::nullopt;
    return path;
}

std::optional<QString> BackupManager::autoBackup(const QString &databasePath, int keep, QString *error,
                                                 const QDateTime &now, const QString &connection)
{
    removeStaleTemporaries(databasePath);
    for (const BackupInfo &b : list(databasePath))
        if (b.automatic && b.time.date() == now.date())
            return QString(); // one a day is enough
    const auto path = backupNow(databasePath, {}, error, now, connection);
    if (path)
        rotate(databasePath, keep);
    return path;
}

int BackupManager::rotate(const QString &databasePath, int keep)
{
    int removed = 0;
    int kept = 0;
    for (const BackupInfo &b : list(databasePath)) {
        if (!b.automatic)
            continue;
        if (++kept > qMax(1, keep) && QFile::remove(b.path)) {
            removeSidecars(b.path);
            ++removed;
        }
    }
    // A -wal, -shm or -journal whose backup is gone (deleted by hand, or by an older version).
    QDir folder(folderFor(databasePath));
    for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden)) {
        for (const QString &suffix : SqliteSidecars) {
            if (!name.endsWith(suffix))
                continue;
            const QString backup = name.chopped(suffix.size());
            if (isBackupName(databasePath, backup) && !folder.exists(backup))
                folder.remove(name);
        }
    }
    return removed;
}

bool BackupManager::isBackupName(const QString &databasePath, const QString &fileName)
{
    return parseBackupName(databasePath, fileName).has_value();
}

int BackupManager::removeStaleTemporaries(const QString &databasePath, qint64 minimumAge)
{
    // The names Database::backup, a migration's copy and restore() give their temporary files,
    // each with the -wal/-shm/-journal SQLite may have made beside it while checking it.
    const QFileInfo database(databasePath);
    const QString file = QRegularExpression::escape(database.fileName());
    static const QString sidecar = QStringLiteral("(?:-wal|-shm|-journal)?$");
    const QRegularExpression backupTemp(QStringLiteral("^\\.(.+)\\.[0-9a-f]{12}\\.tmp") + sidecar);
    const QRegularExpression migrationTemp(QStringLiteral("^\\.%1\\.v\\d+-\\d{8}-\\d{6}\\.bak\\.[0-9a-f]{12}\\.tmp").arg(file) + sidecar);
    const QRegularExpression restoreTemp(QStringLiteral("^\\.%1\\.restore-[0-9a-f]{8}").arg(file) + sidecar);
    const QDateTime before = QDateTime::currentDateTime().addSecs(-minimumAge);

    int removed = 0;
    auto sweep = [&](const QString &path, const std::function<bool(const QString &)> &ours) {
        const QDir folder(path);
        for (const QFileInfo &f : folder.entryInfoList(QDir::Files | QDir::Hidden | QDir::System)) {
            if (f.isSymLink() || !ours(f.fileName()) || f.lastModified() > before)
                continue;
            if (QFile::remove(f.absoluteFilePath()))
                ++removed;
        }
    };
    sweep(folderFor(databasePath), [&](const QString &name) {
        const auto match = backupTemp.match(name);
        return match.hasMatch() && isBackupName(databasePath, match.captured(1));
    });
    sweep(database.absolutePath(), [&](const QString &name) {
        return migrationTemp.match(name).hasMatch() || restoreTemp.match(name).hasMatch();
    });
    return removed;
}

QList<BackupInfo> BackupManager::list(const QString &databasePath)
{
    QList<BackupInfo> backups;
    const QDir folder(folderFor(databasePath));
    for (const QFileInfo &file : folder.entryInfoList({QStringLiteral("*.db")}, QDir::Files)) {
        const auto name = parseBackupName(databasePath, file.fileName());
        if (!name)
            continue;
        BackupInfo info;
        info.path = file.absoluteFilePath();
        info.time = QDateTime::fromString(name->stamp, StampFormat);
        info.size = file.size();
        info.automatic = name->label.isEmpty();
        backups << info;
    }
    std::sort(backups.begin(), backups.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.time > b.time;
    });
    for (BackupInfo &b : backups)
        readCounts(&b);
    return backups;
}

bool BackupManager::restore(const QString &backupPath, const QString &databasePath, QString *error,
                            QString *safetyCopy, const QString &connection)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QFileInfo target(databasePath);
    // 1. A private copy of the backup beside the database, checked as a Sammelan database.
    //    (Opening it may update an older backup's schema: the backup itself stays as it was.)
    const QString staged = target.absolutePath() + QStringLiteral("/.") + target.fileName()
                           + QStringLiteral(".restore-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    if (!QFile::copy(backupPath, staged))
        return fail(tr("The backup %1 cannot be read.").arg(QDir::toNativeSeparators(backupPath)));
    const QString probe = connection + QStringLiteral("-restore-check");
    const auto checked = Database::open(staged, Database::Mode::OpenExisting, probe);
    const QStringList findings = checked.ok() ? Database::check(probe) : QStringList();
    Database::close(probe);
    auto discardStaged = [&] {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(staged + suffix);
    };
    if (!checked.ok() || !findings.isEmpty()) {
        discardStaged();
        return fail(checked.ok() ? tr("The backup failed its check: %1").arg(findings.join(QStringLiteral("; ")))
                                 : checked.message);
    }

    // 2. The database as it is now becomes a backup of its own.
    QString why;
    const auto saved = backupNow(databasePath, QStringLiteral("before-restore"), &why,
                                 QDateTime::currentDateTime(), connection);
    if (!saved) {
        discardStaged();
        return fail(tr("The current database could not be saved first, so nothing was restored: %1").arg(why));
    }
    if (safetyCopy)
        *safetyCopy = *saved;

    // 3. Close, swap in the copy, open again. With the last connection closed SQLite has
    //    folded its WAL file back; one still there means another program has the file open.
    Database::close(connection);
    if (QFileInfo::exists(databasePath + QStringLiteral("-wal"))) {
        discardStaged();
        Database::open(databasePath, Database::Mode::OpenExisting, connection);
        return fail(tr("The database is open in another Sammelan window or program. Close it there and "
                       "restore again."));
    }
    QFile::remove(databasePath + QStringLiteral("-shm"));
    const QString old = databasePath + QStringLiteral(".replaced");
    QFile::remove(old);
    if (!QFile::rename(databasePath, old) || !QFile::rename(staged, databasePath)) {
        QFile::rename(old, databasePath);
        discardStaged();
        Database::open(databasePath, Database::Mode::OpenExisting, connection);
        return fail(tr("The backup could not be put in place; the database is as it was."));
    }
    QFile::remove(old);
    const auto reopened = Database::open(databasePath, Database::Mode::OpenExisting, connection);
    if (!reopened.ok())
        return fail(reopened.message);
    return true;
}
