// OutputPath: which paths an export, print, picture, rejects file or backup may be written to.
#include "storage/backupmanager.h"
#include "events/eventrepository.h"
#include "storage/outputpath.h"
#include "testdb.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <unistd.h>

namespace {
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

bool hardLink(const QString &from, const QString &to)
{
    return ::link(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

// Runs sqlite3 on `db` with `sql` and returns its output.
QString runSqlite3(const QString &db, const QString &sql)
{
    QProcess p;
    p.start(QStringLiteral(SAMMELAN_SQLITE3), {db, sql});
    if (!p.waitForFinished(20000))
        return QStringLiteral("timeout");
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).trimmed();
}
} // namespace

class TestOutputPath : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(QStringLiteral(SAMMELAN_SQLITE3)).isExecutable(),
                 "the sqlite3 program (Debian package sqlite3) is needed for this test");
    }

    void refusesTheOpenDatabaseByAnyName_data()
    {
        QTest::addColumn<QString>("name"); // relative to the database's folder
        QTest::addColumn<QString>("says");
        QTest::newRow("the database") << QStringLiteral("dic.db") << QStringLiteral("is the database itself");
        QTest::newRow("with ./ and ..") << QStringLiteral("sub/../dic.db") << QStringLiteral("is the database itself");
        QTest::newRow("-wal") << QStringLiteral("dic.db-wal") << QStringLiteral("belongs to the database");
        QTest::newRow("-shm") << QStringLiteral("dic.db-shm") << QStringLiteral("belongs to the database");
        QTest::newRow("-journal (absent)") << QStringLiteral("dic.db-journal") << QStringLiteral("belongs to the database");
        QTest::newRow("hard link") << QStringLiteral("hard.csv") << QStringLiteral("another name for the database");
        QTest::newRow("symbolic link") << QStringLiteral("soft.pdf") << QStringLiteral("another name for the database");
        QTest::newRow("link to the -wal") << QStringLiteral("wal-link.csv") << QStringLiteral("belongs to the database");
        QTest::newRow("dangling link to -journal") << QStringLiteral("journal-link.csv") << QStringLiteral("belongs to the database");
        QTest::newRow("hard link's -wal") << QStringLiteral("hard.csv-wal") << QStringLiteral("belongs to the Sammelan database");
        QTest::newRow("backup") << QStringLiteral("backups/dic-20260101-090000.db") << QStringLiteral("is a backup of the database");
        QTest::newRow("labelled backup") << QStringLiteral("backups/dic-20260101-090000-before-restore.db") << QStringLiteral("is a backup of the database");
        QTest::newRow("old-style labelled backup") << QStringLiteral("backups/dic-before-restore-20260101-090000.db") << QStringLiteral("is a backup of the database");
        QTest::newRow("backup's -shm") << QStringLiteral("backups/dic-20260101-090000.db-shm") << QStringLiteral("is a backup of the database");
        QTest::newRow("backup's name, not made yet") << QStringLiteral("backups/dic-20300101-090000.db") << QStringLiteral("is a backup of the database");
        QTest::newRow("hard link to a backup") << QStringLiteral("old-copy.xlsx") << QStringLiteral("is a backup of the database");
        QTest::newRow("migration copy") << QStringLiteral("dic.db.v1-20260101-090000.bak") << QStringLiteral("is a backup of the database");
        QTest::newRow("another Sammelan database") << QStringLiteral("elsewhere/other.db") << QStringLiteral("is a Sammelan database");
        QTest::newRow("its -wal") << QStringLiteral("elsewhere/other.db-wal") << QStringLiteral("belongs to the Sammelan database");
        QTest::newRow("no name") << QString() << QStringLiteral("No file name");
    }
    void refusesTheOpenDatabaseByAnyName()
    {
        QFETCH(QString, name);
        QFETCH(QString, says);
        TestDb db(QStringLiteral("dic.db"));
        const QDir dir(db.dir.path());
        QVERIFY(dir.mkpath(QStringLiteral("sub")));
        QVERIFY(hardLink(db.path, dir.filePath(QStringLiteral("hard.csv"))));
        QVERIFY(QFile::link(db.path, dir.filePath(QStringLiteral("soft.pdf"))));
        QVERIFY(QFile::link(db.path + QStringLiteral("-wal"), dir.filePath(QStringLiteral("wal-link.csv"))));
        QVERIFY(QFile::link(db.path + QStringLiteral("-journal"), dir.filePath(QStringLiteral("journal-link.csv"))));
        QString error;
        const auto backup = BackupManager::backupNow(db.path, {}, &error, QDateTime(QDate(2026, 1, 1), QTime(9, 0)));
        QVERIFY2(backup, qPrintable(error));
        QVERIFY(hardLink(*backup, dir.filePath(QStringLiteral("old-copy.xlsx"))));
        QVERIFY(BackupManager::backupNow(db.path, QStringLiteral("before-restore"), &error, QDateTime(QDate(2026, 1, 1), QTime(9, 0))));
        QVERIFY(Database::backup(dir.filePath(QStringLiteral("dic.db.v1-20260101-090000.bak")), &error));
        QVERIFY(Database::backup(dir.filePath(QStringLiteral("elsewhere/other.db")), &error));

        const QString path = name.isEmpty() ? QString() : dir.filePath(name);
        const QString refused = OutputPath::refusal(path);
        QVERIFY2(refused.contains(says), qPrintable(refused));
        if (!name.isEmpty())
            QVERIFY2(refused.startsWith(QDir::toNativeSeparators(path)), qPrintable(refused));
    }

    void allowsOrdinaryFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("new file") << QStringLiteral("invitees.csv");
        QTest::newRow("existing export") << QStringLiteral("old.csv");
        QTest::newRow("new folder") << QStringLiteral("new/folder/plan.pdf");
        QTest::newRow("someone else's SQLite file") << QStringLiteral("firefox.sqlite");
        QTest::newRow("a name like the database's") << QStringLiteral("dic.db.csv");
        QTest::newRow("another database's backup name") << QStringLiteral("backups/dic-old-20260101-090000.db");
        QTest::newRow("a backup's name elsewhere") << QStringLiteral("copies/dic-20260101-090000.db");
        QTest::newRow("our backup name beside the database") << QStringLiteral("dic-backup-2026-01-01.db");
    }
    void allowsOrdinaryFiles()
    {
        QFETCH(QString, name);
        TestDb db(QStringLiteral("dic.db"));
        const QDir dir(db.dir.path());
        QVERIFY(writeFile(dir.filePath(QStringLiteral("old.csv")), "a,b\n"));
        QCOMPARE(runSqlite3(dir.filePath(QStringLiteral("firefox.sqlite")), QStringLiteral("CREATE TABLE t(x);")), QString());
        QCOMPARE(OutputPath::refusal(dir.filePath(name)), QString());
    }

    void refusesInputs()
    {
        TestDb db;
        const QString input = db.dir.filePath(QStringLiteral("in.csv"));
        QVERIFY(writeFile(input, "name,mobile\n"));
        QVERIFY(hardLink(input, db.dir.filePath(QStringLiteral("same.csv"))));
        QVERIFY(OutputPath::refusal(input, {input}).contains(QStringLiteral("the file being imported")));
        QVERIFY(OutputPath::refusal(db.dir.filePath(QStringLiteral("same.csv")), {input})
                    .contains(QStringLiteral("the file being imported")));
        QCOMPARE(OutputPath::refusal(db.dir.filePath(QStringLiteral("rejects.csv")), {input}), QString());
    }

    // sammelan-cli checks before it opens the database: the database named is enough.
    void refusesTheNamedDatabaseBeforeItIsOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dic.db"));
        QVERIFY(!Database::isOpen());
        QVERIFY(OutputPath::refusal(path, {}, path).contains(QStringLiteral("is the database itself")));
        QVERIFY(OutputPath::refusal(path + QStringLiteral("-wal"), {}, path).contains(QStringLiteral("belongs to the database")));
        QVERIFY(OutputPath::refusal(dir.filePath(QStringLiteral("backups/dic-20260101-090000.db")), {}, path)
                    .contains(QStringLiteral("is a backup")));
        QCOMPARE(OutputPath::refusal(dir.filePath(QStringLiteral("out.csv")), {}, path), QString());
    }

    // Any connection this process has open counts, not only the default one.
    void refusesEveryOpenConnection()
    {
        TestDb db;
        QTemporaryDir other;
        const QString second = other.filePath(QStringLiteral("second.db"));
        QVERIFY(Database::open(second, Database::Mode::CreateIfMissing, QStringLiteral("second")).ok());
        QVERIFY(OutputPath::refusal(second).contains(QStringLiteral("is the database itself")));
        QVERIFY(OutputPath::refusal(second + QStringLiteral("-shm")).contains(QStringLiteral("belongs to the database")));
        Database::close(QStringLiteral("second"));
    }

    // The rule only stats the open database, its -wal and -shm: opening and closing any of them
    // would drop this process's SQLite locks (POSIX), and another program would then take the
    // database for unused: checkpoint under a reader, or delete the live -wal.
    void neverOpensTheDatabaseFiles()
    {
        TestDb db(QStringLiteral("dic.db"));
        Event e;
        e.nameEn = QStringLiteral("Conclave");
        e.startDate = e.endDate = QDate(2021, 9, 24);
        QVERIFY(EventRepository().insert(e));
        QVERIFY(hardLink(db.path, db.dir.filePath(QStringLiteral("hard.csv"))));
        // A reader holds its snapshot (a read lock in the -shm, a shared lock on the file).
        QSqlQuery reader(QSqlDatabase::database(Database::defaultConnectionName()));
        QVERIFY(reader.exec(QStringLiteral("BEGIN")));
        QVERIFY(reader.exec(QStringLiteral("SELECT count(*) FROM events")) && reader.next());
        QVERIFY(QFile::exists(db.path + QStringLiteral("-wal")));

        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QVERIFY(!OutputPath::refusal(db.path + suffix).isEmpty());
        QVERIFY(!OutputPath::refusal(db.dir.filePath(QStringLiteral("hard.csv"))).isEmpty());
        QVERIFY(!OutputPath::refusal(db.dir.filePath(QStringLiteral("hard.csv-wal"))).isEmpty());

        // With the locks intact another program cannot truncate the -wal under the reader
        // (busy = 1), and leaves the -wal in place when it closes.
        QVERIFY(runSqlite3(db.path, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE);")).startsWith(QLatin1String("1|")));
        QVERIFY(QFile::exists(db.path + QStringLiteral("-wal")));
        reader.finish();
        QVERIFY(reader.exec(QStringLiteral("COMMIT")));
        QVERIFY(Database::check().isEmpty());
    }

    void replaceIsAtomicAndKeepsPermissions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(writeFile(path, "old"));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        QTemporaryFile temp(OutputPath::temporaryTemplate(path));
        QVERIFY(temp.open());
        temp.write("new");
        temp.close();
        QVERIFY(QFileInfo(temp.fileName()).fileName().startsWith(QLatin1String(".out.csv.")));
        QString error;
        QVERIFY2(OutputPath::replace(temp.fileName(), path, &error), qPrintable(error));
        temp.setAutoRemove(false);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("new"));
        QCOMPARE(QFile::permissions(path) & ~(QFile::ReadOther | QFile::ReadGroup),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("out.csv")});
        // A folder that is not there: the temporary file is removed, nothing else appears.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("t.tmp")), "x"));
        QVERIFY(!OutputPath::replace(dir.filePath(QStringLiteral("t.tmp")), dir.filePath(QStringLiteral("no/such/out.csv")), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("out.csv")});
    }
};

QTEST_GUILESS_MAIN(TestOutputPath)
#include "tst_outputpath.moc"
