#include "storage/backupmanager.h"
#include "events/eventrepository.h"
#include "testdb.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

namespace {
qint64 addEvent(const QString &name)
{
    Event e;
    e.nameEn = name;
    e.startDate = e.endDate = QDate(2021, 9, 24);
    return EventRepository().insert(e);
}

// A file last written `age` seconds ago.
bool writeFile(const QString &path, qint64 age = 0)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write("partial copy") > 0 && f.flush()
           && (age == 0 || f.setFileTime(QDateTime::currentDateTime().addSecs(-age), QFileDevice::FileModificationTime));
}

QStringList filesIn(const QString &folder)
{
    QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
    names.sort();
    return names;
}
} // namespace

class TestBackupManager : public QObject
{
    Q_OBJECT
private slots:
    void onceADayAndRotation()
    {
        TestDb db(QStringLiteral("dic.db"));
        addEvent(QStringLiteral("Conclave"));
        QString error;
        const QDateTime day1(QDate(2026, 11, 1), QTime(9, 0));
        auto made = BackupManager::autoBackup(db.path, 3, &error, day1);
        QVERIFY2(made && !made->isEmpty(), qPrintable(error));
        QVERIFY(made->startsWith(BackupManager::folderFor(db.path)));
        // Later the same day: nothing new.
        made = BackupManager::autoBackup(db.path, 3, &error, day1.addSecs(3600));
        QVERIFY(made && made->isEmpty());
        QCOMPARE(BackupManager::list(db.path).size(), 1);
        // Five more days: only the newest three stay.
        for (int d = 1; d <= 5; ++d)
            QVERIFY(BackupManager::autoBackup(db.path, 3, &error, day1.addDays(d)));
        const auto backups = BackupManager::list(db.path);
        QCOMPARE(backups.size(), 3);
        QCOMPARE(backups.first().time.date(), QDate(2026, 11, 6)); // newest first
        QCOMPARE(backups.last().time.date(), QDate(2026, 11, 4));
        QCOMPARE(backups.first().events, 1);
        QCOMPARE(backups.first().invitees, 0);
        QVERIFY(backups.first().size > 0);
        // A copy made by hand (before a restore) is never rotated away.
        QVERIFY(BackupManager::backupNow(db.path, QStringLiteral("before-restore"), &error, day1.addDays(10)));
        QVERIFY(BackupManager::autoBackup(db.path, 3, &error, day1.addDays(11)));
        int automatic = 0, kept = 0;
        for (const BackupInfo &b : BackupManager::list(db.path))
            (b.automatic ? automatic : kept)++;
        QCOMPARE(automatic, 3);
        QCOMPARE(kept, 1);
    }

    void restoreOverTheOpenDatabase()
    {
        TestDb db(QStringLiteral("dic.db"));
        addEvent(QStringLiteral("Before"));
        QString error;
        const auto backup = BackupManager::backupNow(db.path, {}, &error, QDateTime(QDate(2026, 11, 1), QTime(9, 0)));
        QVERIFY(backup);
        addEvent(QStringLiteral("After the backup"));
        QCOMPARE(EventRepository().count(), 2);
        QString safety;
        QVERIFY2(BackupManager::restore(*backup, db.path, &error, &safety), qPrintable(error));
        // The open connection now shows the backup's contents.
        QCOMPARE(EventRepository().count(), 1);
        QCOMPARE(EventRepository().all().first().nameEn, QStringLiteral("Before"));
        QVERIFY(Database::check().isEmpty());
        // The state before the restore was kept, and holds both events.
        QVERIFY(QFile::exists(safety));
        bool found = false;
        for (const BackupInfo &b : BackupManager::list(db.path))
            if (b.path == safety) {
                found = true;
                QCOMPARE(b.events, 2);
                QVERIFY(!b.automatic);
            }
        QVERIFY(found);
        // The backup file itself is untouched and no temporary file is left behind.
        QCOMPARE(QDir(QFileInfo(db.path).absolutePath()).entryList({QStringLiteral(".*restore*")}, QDir::Files | QDir::Hidden),
                 QStringList());
    }

    void damagedBackupIsRefused()
    {
        TestDb db(QStringLiteral("dic.db"));
        addEvent(QStringLiteral("Keep me"));
        QTemporaryDir other;
        const QString bad = other.filePath(QStringLiteral("dic-20260101-000000.db"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database at all");
        f.close();
        QString error;
        QVERIFY(!BackupManager::restore(bad, db.path, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(EventRepository().all().first().nameEn, QStringLiteral("Keep me"));
        QVERIFY(Database::isOpen());
    }

    // A backup, migration copy or restore that was killed leaves hidden temporary files; the
    // next start removes this database's, once they are old enough that no backup running in
    // another program (sammelan-cli backup) can still be writing them.
    void staleTemporariesRemovedAtStart()
    {
        TestDb db(QStringLiteral("dic.db"));
        const QString backups = BackupManager::folderFor(db.path);
        const QString beside = db.dir.path();
        const qint64 hours2 = 2 * 3600;
        const QStringList stale{
            backups + QStringLiteral("/.dic-20260101-090000.db.0123456789ab.tmp"),
            backups + QStringLiteral("/.dic-20260101-090000.db.0123456789ab.tmp-shm"),
            backups + QStringLiteral("/.dic-20260101-090000-before-restore.db.a1b2c3d4e5f6.tmp"),
            beside + QStringLiteral("/.dic.db.v1-20260101-090000.bak.0123456789ab.tmp"),
            beside + QStringLiteral("/.dic.db.restore-0123abcd"),
            beside + QStringLiteral("/.dic.db.restore-0123abcd-wal"),
        };
        const QStringList kept{
            backups + QStringLiteral("/.dic-20260102-090000.db.fedcba987654.tmp"),      // young: may be running now
            backups + QStringLiteral("/.dic-old-20260101-090000.db.0123456789ab.tmp"),  // another database's
            backups + QStringLiteral("/.notes.txt.0123456789ab.tmp"),                   // not a backup
            backups + QStringLiteral("/dic-20260101-090000.db.0123456789ab.tmp"),       // not hidden
            beside + QStringLiteral("/.other.db.restore-0123abcd"),                      // another database's
            beside + QStringLiteral("/report.tmp"),
        };
        for (const QString &f : stale)
            QVERIFY(writeFile(f, hours2));
        for (const QString &f : kept)
            QVERIFY(writeFile(f, f.contains(QLatin1String("20260102")) ? 60 : hours2));
        QString error;
        const auto made = BackupManager::autoBackup(db.path, 10, &error);
        QVERIFY2(made && !made->isEmpty(), qPrintable(error));
        for (const QString &f : stale)
            QVERIFY2(!QFile::exists(f), qPrintable(f + QStringLiteral(" is still there")));
        for (const QString &f : kept)
            QVERIFY2(QFile::exists(f), qPrintable(f + QStringLiteral(" was removed")));
    }

    // Two databases in one folder share the backups folder: each lists (and rotates) only its
    // own, even when one's name begins with the other's.
    void restoreListShowsOnlyThisDatabase()
    {
        TestDb db(QStringLiteral("dic.db"));
        addEvent(QStringLiteral("In dic.db"));
        const QString otherPath = db.dir.filePath(QStringLiteral("dic-old.db"));
        const QString other = QStringLiteral("other");
        QVERIFY(Database::open(otherPath, Database::Mode::CreateIfMissing, other).ok());
        QString error;
        const QDateTime t(QDate(2026, 11, 1), QTime(9, 0));
        QVERIFY(BackupManager::backupNow(db.path, {}, &error, t));
        QVERIFY(BackupManager::backupNow(db.path, QStringLiteral("before-restore"), &error, t.addSecs(60)));
        QVERIFY(BackupManager::backupNow(otherPath, {}, &error, t.addSecs(120), other));
        QVERIFY(BackupManager::backupNow(otherPath, QStringLiteral("before-restore"), &error, t.addSecs(180), other));
        // A backup of the old naming ("<name>-before-restore-<stamp>.db") is still listed.
        QVERIFY(QFile::copy(BackupManager::list(db.path).constFirst().path,
                            BackupManager::folderFor(db.path) + QStringLiteral("/dic-before-restore-20261001-090000.db")));

        QStringList mine, theirs;
        for (const BackupInfo &b : BackupManager::list(db.path))
            mine << QFileInfo(b.path).fileName();
        for (const BackupInfo &b : BackupManager::list(otherPath))
            theirs << QFileInfo(b.path).fileName();
        QCOMPARE(mine, (QStringList{QStringLiteral("dic-20261101-090100-before-restore.db"),
                                    QStringLiteral("dic-20261101-090000.db"),
                                    QStringLiteral("dic-before-restore-20261001-090000.db")}));
        QCOMPARE(theirs, (QStringList{QStringLiteral("dic-old-20261101-090300-before-restore.db"),
                                      QStringLiteral("dic-old-20261101-090200.db")}));
        for (const BackupInfo &b : BackupManager::list(db.path))
            QCOMPARE(b.events, 1); // dic-old.db has none

        // Rotating dic.db's automatic backups leaves dic-old.db's alone.
        for (int d = 1; d <= 3; ++d)
            QVERIFY(BackupManager::autoBackup(db.path, 1, &error, t.addDays(d)));
        QCOMPARE(BackupManager::list(otherPath).size(), 2);
        Database::close(other);
    }

    // A backup opened once in WAL mode gets a -wal and -shm as soon as it is read (the restore
    // list reads its counts); rotation removes them with it, and any whose backup is gone.
    void rotationRemovesWalAndShm()
    {
        TestDb db(QStringLiteral("dic.db"));
        QString error;
        const QDateTime day1(QDate(2026, 11, 1), QTime(9, 0));
        const auto first = BackupManager::autoBackup(db.path, 2, &error, day1);
        QVERIFY(first && !first->isEmpty());
        {
            QSqlDatabase wal = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("to-wal"));
            wal.setDatabaseName(*first);
            QVERIFY(wal.open());
            QSqlQuery q(wal);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
            q.finish();
            wal.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("to-wal"));
        QCOMPARE(BackupManager::list(db.path).size(), 1);
        QVERIFY(QFile::exists(*first + QStringLiteral("-wal")));
        QVERIFY(QFile::exists(*first + QStringLiteral("-shm")));
        const QString backups = BackupManager::folderFor(db.path);
        QVERIFY(writeFile(backups + QStringLiteral("/dic-20200101-090000.db-shm")));     // orphan
        QVERIFY(writeFile(backups + QStringLiteral("/dic-old-20200101-090000.db-wal"))); // another database's

        for (int d = 1; d <= 3; ++d)
            QVERIFY(BackupManager::autoBackup(db.path, 2, &error, day1.addDays(d)));
        QVERIFY(!QFile::exists(*first));
        QCOMPARE(filesIn(backups), (QStringList{QStringLiteral("dic-20261103-090000.db"),
                                                QStringLiteral("dic-20261104-090000.db"),
                                                QStringLiteral("dic-old-20200101-090000.db-wal")}));
    }
};

QTEST_GUILESS_MAIN(TestBackupManager)
#include "tst_backupmanager.moc"
