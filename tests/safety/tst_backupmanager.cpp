#include "backupmanager.h"
#include "eventrepository.h"
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
};

QTEST_GUILESS_MAIN(TestBackupManager)
#include "tst_backupmanager.moc"
