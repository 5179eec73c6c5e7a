#include "backupmanager.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

namespace {

// "<name>-20260924-101500.db" (automatic) or "<name>-<label>-20260924-101500.db".
const QString StampFormat = QStringLiteral("yyyyMMdd-HHmmss");

QString baseName(const QString &databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

QRegularExpression namePattern(const QString &databasePath)
{
    return QRegularExpression(QStringLiteral("^%1-(?:([a-z-]+)-)?(\\d{8}-\\d{6})\\.db$")
                                  .arg(QRegularExpression::escape(baseName(databasePath))));
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
                             : QStringLiteral("%1-%2-%3.db").arg(baseName(databasePath), label, now.toString(StampFormat));
    const QString path = folderFor(databasePath) + QLatin1Char('/') + name;
    if (!Database::backup(path, error, connection))
        return std::nullopt;
    return path;
}

std::optional<QString> BackupManager::autoBackup(const QString &databasePath, int keep, QString *error,
                                                 const QDateTime &now, const QString &connection)
{
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
        if (++kept > qMax(1, keep) && QFile::remove(b.path))
            ++removed;
    }
    return removed;
}

QList<BackupInfo> BackupManager::list(const QString &databasePath)
{
    QList<BackupInfo> backups;
    const QDir folder(folderFor(databasePath));
    const QRegularExpression pattern = namePattern(databasePath);
    for (const QFileInfo &file : folder.entryInfoList({QStringLiteral("*.db")}, QDir::Files)) {
        const auto match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        BackupInfo info;
        info.path = file.absoluteFilePath();
        info.time = QDateTime::fromString(match.captured(2), StampFormat);
        info.size = file.size();
        info.automatic = match.captured(1).isEmpty();
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
