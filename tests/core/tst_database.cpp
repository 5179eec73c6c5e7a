#include "storage/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

int scalar(const QString &sql, const QString &connection = Database::defaultConnectionName())
{
    QSqlQuery q(QSqlDatabase::database(connection));
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QString text(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(Database::defaultConnectionName()));
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0).toString();
}

// Makes a plain SQLite file with `statements`, not through Database.
void makeSqlite(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

// Copies with another process: a database this process has open is never opened a second time
// here (see the rule in database.cpp).
bool copyOutside(const QString &from, const QString &to)
{
    return QProcess::execute(QStringLiteral("cp"), {from, to}) == 0;
}

// `path` with a -wal beside it that holds changes the file itself lacks, as a program that
// was killed leaves it: `statements` run on a copy of `source` whose -wal is never folded in.
void withPendingWal(const QString &source, const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(source);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(q.lastError().text()));
        QVERIFY(copyOutside(source, path));
        QVERIFY(copyOutside(source + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
}

void insertEvent(const QString &name)
{
    QSqlQuery q(QSqlDatabase::database(Database::defaultConnectionName()));
    q.prepare(QStringLiteral("INSERT INTO events (name_en, start_date, end_date, created_at, updated_at)"
                             " VALUES (?, '2021-09-24', '2021-09-24', 'now', 'now')"));
    q.addBindValue(name);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { Database::close(); }

    void createsAndMigratesFromEmpty()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.db"));
        const auto result = Database::open(path, Database::Mode::CreateIfMissing);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(result.created);
        QCOMPARE(result.fromVersion, 0);
        QVERIFY(result.backupPath.isEmpty()); // nothing to back up in a new file
        QCOMPARE(Database::schemaVersion(), Database::currentVersion());
        QCOMPARE(scalar(QStringLiteral("PRAGMA application_id")), Database::ApplicationId);
        QCOMPARE(scalar(QStringLiteral("PRAGMA foreign_keys")), 1);
        QCOMPARE(text(QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        QVERIFY(scalar(QStringLiteral("PRAGMA busy_timeout")) >= 5000);
        for (const char *table : {"events", "invitees", "invitations", "invitation_changes", "halls",
                                  "stalls", "export_records", "sectors", "settings"}) {
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                                .arg(QLatin1String(table))), 1);
        }
        QVERIFY(Database::check().isEmpty());
    }

    void openExistingRequiresFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing.db"));
        const auto result = Database::open(path, Database::Mode::OpenExisting);
        QCOMPARE(result.error, Database::Error::NotFound);
        QVERIFY(!result.message.isEmpty());
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QSqlDatabase::contains(Database::defaultConnectionName()));
    }

    void reopenKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keep.db"));
        QVERIFY(Database::open(path, Database::Mode::CreateIfMissing).ok());
        insertEvent(QStringLiteral("Gorakhpur Export Conclave"));
        Database::close();
        const auto again = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY2(again.ok(), qPrintable(again.message));
        QVERIFY(!again.created);
        QCOMPARE(again.fromVersion, Database::currentVersion());
        QCOMPARE(text(QStringLiteral("SELECT name_en FROM events")), QStringLiteral("Gorakhpur Export Conclave"));
        QCOMPARE(scalar(QStringLiteral("PRAGMA foreign_keys")), 1); // on for every connection
    }

    void badFilesAreRefusedUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("expected");
        QTest::newRow("zero bytes") << "empty" << int(Database::Error::Empty);
        QTest::newRow("text file") << "text" << int(Database::Error::NotSqlite);
        QTest::newRow("random bytes") << "random" << int(Database::Error::NotSqlite);
        QTest::newRow("another program's database") << "foreign" << int(Database::Error::NotSammelan);
        QTest::newRow("empty sqlite file") << "blank-sqlite" << int(Database::Error::Empty);
        QTest::newRow("corrupt") << "corrupt" << int(Database::Error::Corrupt);
        QTest::newRow("newer version") << "newer" << int(Database::Error::NewerVersion);
        // A -wal beside the file must not be folded into it (and deleted) just to find out.
        QTest::newRow("newer version in its -wal") << "newer-wal" << int(Database::Error::NewerVersion);
        QTest::newRow("another program's database with a -wal") << "foreign-wal" << int(Database::Error::NotSammelan);
        QTest::newRow("corrupt with a -wal") << "corrupt-wal" << int(Database::Error::Corrupt);
        QTest::newRow("folder") << "folder" << int(Database::Error::NotSqlite);
    }

    void badFilesAreRefusedUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(int, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.db"));
        if (kind == QLatin1String("empty")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        } else if (kind == QLatin1String("text")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("name,mobile\nआलोक,9839012345\n");
        } else if (kind == QLatin1String("random")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray junk(8192, '\0');
            for (int i = 0; i < junk.size(); ++i)
                junk[i] = char((i * 7919) % 251);
            f.write(junk);
        } else if (kind == QLatin1String("foreign")) {
            makeSqlite(path, {QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)"),
                              QStringLiteral("INSERT INTO moz_places (url) VALUES ('https://example.in')")});
        } else if (kind == QLatin1String("blank-sqlite")) {
            makeSqlite(path, {QStringLiteral("PRAGMA page_size = 4096"), QStringLiteral("VACUUM")});
        } else if (kind == QLatin1String("corrupt")) {
            QVERIFY(Database::open(path, Database::Mode::CreateIfMissing).ok());
            for (int i = 0; i < 300; ++i)
                insertEvent(QStringLiteral("Event %1 with a long enough name to fill pages").arg(i));
            QSqlQuery(QSqlDatabase::database(Database::defaultConnectionName()))
                .exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            Database::close();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 3 * 4096);
            // Everything after the first page (the header and schema) becomes garbage.
            const qint64 size = f.size();
            f.seek(4096);
            f.write(QByteArray(size - 4096, '\x5a'));
        } else if (kind == QLatin1String("newer")) {
            QVERIFY(Database::open(path, Database::Mode::CreateIfMissing).ok());
            QSqlQuery(QSqlDatabase::database(Database::defaultConnectionName()))
                .exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::currentVersion() + 1));
            Database::close();
        } else if (kind == QLatin1String("folder")) {
            QVERIFY(QDir().mkpath(path));
        } else if (kind == QLatin1String("newer-wal")) {
            const QString source = dir.filePath(QStringLiteral("source/s.db"));
            QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("source"))));
            QVERIFY(Database::open(source, Database::Mode::CreateIfMissing).ok());
            Database::close();
            withPendingWal(source, path, {QStringLiteral("PRAGMA user_version = %1").arg(Database::currentVersion() + 1)});
        } else if (kind == QLatin1String("foreign-wal")) {
            const QString source = dir.filePath(QStringLiteral("source/s.db"));
            QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("source"))));
            makeSqlite(source, {QStringLiteral("PRAGMA journal_mode = WAL"),
                                QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")});
            withPendingWal(source, path, {QStringLiteral("INSERT INTO moz_places (url) VALUES ('https://example.in')")});
        } else if (kind == QLatin1String("corrupt-wal")) {
            const QString source = dir.filePath(QStringLiteral("source/s.db"));
            QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("source"))));
            QVERIFY(Database::open(source, Database::Mode::CreateIfMissing).ok());
            for (int i = 0; i < 300; ++i)
                insertEvent(QStringLiteral("Event %1 with a long enough name to fill pages").arg(i));
            Database::close();
            // The -wal holds page 1 only; every page after it in the file becomes garbage.
            withPendingWal(source, path, {QStringLiteral("PRAGMA user_version = %1").arg(Database::currentVersion())});
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            QVERIFY(size > 3 * 8192);
            f.seek(8192);
            f.write(QByteArray(size - 8192, '\x5a'));
        }
        if (QFileInfo::exists(dir.filePath(QStringLiteral("source"))))
            QVERIFY(QDir(dir.filePath(QStringLiteral("source"))).removeRecursively());
        const QByteArray walBefore = digest(path + QStringLiteral("-wal"));
        const QByteArray before = digest(path);
        const QStringList filesBefore = filesIn(dir.path());

        for (Database::Mode mode : {Database::Mode::OpenExisting, Database::Mode::CreateIfMissing}) {
            const auto result = Database::open(path, mode);
            QCOMPARE(int(result.error), expected);
            QVERIFY(!result.message.isEmpty());
            QVERIFY2(result.message.contains(QDir::toNativeSeparators(path)), qPrintable(result.message));
            QVERIFY(!QSqlDatabase::contains(Database::defaultConnectionName()));
        }
        QCOMPARE(digest(path), before);           // byte for byte
        QCOMPARE(digest(path + QStringLiteral("-wal")), walBefore);
        QCOMPARE(filesIn(dir.path()), filesBefore); // no journal, WAL, -shm or backup left behind
    }

    void unwritableFileIsRefused()
    {
        if (geteuid() == 0)
            QSKIP("root can write any file; tst_cli covers this case as an unprivileged user");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.db"));
        QVERIFY(Database::open(path, Database::Mode::CreateIfMissing).ok());
        insertEvent(QStringLiteral("Read-only"));
        Database::close();
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        const QByteArray before = digest(path);
        const auto result = Database::open(path, Database::Mode::OpenExisting);
        QCOMPARE(result.error, Database::Error::ReadOnly);
        QCOMPARE(digest(path), before);
    }

    void foreignKeysAreEnforced()
    {
        QTemporaryDir dir;
        QVERIFY(Database::open(dir.filePath(QStringLiteral("fk.db")), Database::Mode::CreateIfMissing).ok());
        QSqlQuery q(QSqlDatabase::database(Database::defaultConnectionName()));
        q.prepare(QStringLiteral("INSERT INTO invitations (event_id, invitee_id, status, status_changed_at)"
                                 " VALUES (4711, 4712, 'invited', 'now')"));
        QVERIFY(!q.exec());
        QVERIFY(q.lastError().text().contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive));
        // A cascade works: deleting an event removes its hall.
        insertEvent(QStringLiteral("E"));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO halls (event_id, width_m, depth_m) SELECT id, 40, 25 FROM events")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM events")));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM halls")), 0);
    }

    void uniqueIndexesRefuseDuplicates()
    {
        QTemporaryDir dir;
        QVERIFY(Database::open(dir.filePath(QStringLiteral("u.db")), Database::Mode::CreateIfMissing).ok());
        QSqlQuery q(QSqlDatabase::database(Database::defaultConnectionName()));
        const QString insert = QStringLiteral(
            "INSERT INTO invitees (name, mobile, email, created_at, updated_at) VALUES ('%1', '%2', %3, 'now', 'now')");
        QVERIFY(q.exec(insert.arg(QStringLiteral("A"), QStringLiteral("9839012345"), QStringLiteral("'a@example.in'"))));
        QVERIFY(!q.exec(insert.arg(QStringLiteral("B"), QStringLiteral("9839012345"), QStringLiteral("NULL"))));
        QVERIFY(!q.exec(insert.arg(QStringLiteral("C"), QStringLiteral("9415012345"), QStringLiteral("'A@Example.in'"))));
        QVERIFY(q.exec(insert.arg(QStringLiteral("D"), QStringLiteral("9415012345"), QStringLiteral("NULL"))));
        QVERIFY(q.exec(insert.arg(QStringLiteral("E"), QStringLiteral("7007001234"), QStringLiteral("NULL"))));
    }

    void checkFindsForeignKeyViolations()
    {
        QTemporaryDir dir;
        QVERIFY(Database::open(dir.filePath(QStringLiteral("c.db")), Database::Mode::CreateIfMissing).ok());
        QVERIFY(Database::check().isEmpty());
        QSqlQuery q(QSqlDatabase::database(Database::defaultConnectionName()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO halls (event_id, width_m, depth_m) VALUES (99, 10, 10)")));
        const QStringList findings = Database::check();
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings.constFirst().contains(QLatin1String("halls")));
    }

    void backupRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("main.db"));
        QVERIFY(Database::open(path, Database::Mode::CreateIfMissing).ok());
        insertEvent(QStringLiteral("गोरखपुर एक्सपोर्ट कांक्लेव"));
        const QString copy = dir.filePath(QStringLiteral("copies/backup.db"));
        QString error;
        QVERIFY2(Database::backup(copy, &error), qPrintable(error));
        QVERIFY(QFile::exists(copy));
        // No temporary file is left beside the copy.
        QCOMPARE(filesIn(dir.filePath(QStringLiteral("copies"))), QStringList{QStringLiteral("backup.db")});
        // A second backup to the same name is refused and leaves the first intact.
        const QByteArray first = digest(copy);
        QVERIFY(!Database::backup(copy, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(digest(copy), first);
        // Unless replacing was confirmed.
        insertEvent(QStringLiteral("Second"));
        QVERIFY2(Database::backup(copy, &error, Database::defaultConnectionName(), true), qPrintable(error));
        Database::close();

        const auto reopened = Database::open(copy, Database::Mode::OpenExisting);
        QVERIFY2(reopened.ok(), qPrintable(reopened.message));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM events")), 2);
        QCOMPARE(text(QStringLiteral("SELECT name_en FROM events ORDER BY id LIMIT 1")),
                 QStringLiteral("गोरखपुर एक्सपोर्ट कांक्लेव"));
        QVERIFY(Database::check().isEmpty());
    }

    void migrationBacksUpFileWithData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        QVERIFY(Database::open(path, Database::Mode::CreateIfMissing).ok());
        insertEvent(QStringLiteral("Before the update"));
        Database::close();

        QList<Migration> steps = Database::migrations();
        steps << Migration{Database::currentVersion() + 1,
                           {QStringLiteral("ALTER TABLE events ADD COLUMN website TEXT NOT NULL DEFAULT ''"),
                            QStringLiteral("UPDATE events SET website = 'https://example.in'")}, {}};
        const auto result = Database::open(path, Database::Mode::OpenExisting,
                                           Database::defaultConnectionName(), steps);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.fromVersion, Database::currentVersion());
        QCOMPARE(Database::schemaVersion(), Database::currentVersion() + 1);
        QCOMPARE(text(QStringLiteral("SELECT website FROM events")), QStringLiteral("https://example.in"));
        QVERIFY(!result.backupPath.isEmpty());
        QVERIFY(QFile::exists(result.backupPath));
        Database::close();

        // The backup is the file as it was: the old version, with the data, without the column.
        QVERIFY(Database::open(result.backupPath, Database::Mode::OpenExisting).ok());
        QCOMPARE(Database::schemaVersion(), Database::currentVersion());
        QCOMPARE(text(QStringLiteral("SELECT name_en FROM events")), QStringLiteral("Before the update"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM pragma_table_info('events') WHERE name = 'website'")), 0);
    }

    // Version 2 recomputes every invitee's search text with the phonetic key of the name, so a
    // file from version 1 finds गीता निषाद by "Geeta" after the update.
    void versionTwoFindsNamesAcrossScripts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.db"));
        QVERIFY(Database::open(path, Database::Mode::CreateIfMissing, Database::defaultConnectionName(),
                               Database::migrations().mid(0, 1)).ok());
        QSqlQuery q(QSqlDatabase::database(Database::defaultConnectionName()));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO invitees (name, mobile, search_text, created_at, updated_at)"
                                      " VALUES ('गीता निषाद', '9415000002', 'गीता निषाद', 'now', 'now')")));
        q.finish();
        Database::close();
        const auto result = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.fromVersion, 1);
        QVERIFY(Database::currentVersion() >= 2);
        const QString searchText = text(QStringLiteral("SELECT search_text FROM invitees"));
        QVERIFY2(searchText.endsWith(QStringLiteral("\x1egit\x1enisad")), qPrintable(searchText));
    }

    void failedMigrationChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        QVERIFY(Database::open(path, Database::Mode::CreateIfMissing).ok());
        insertEvent(QStringLiteral("Keep me"));
        Database::close();

        QList<Migration> steps = Database::migrations();
        steps << Migration{Database::currentVersion() + 1,
                           {QStringLiteral("ALTER TABLE events ADD COLUMN website TEXT"),
                            QStringLiteral("THIS IS NOT SQL")}, {}};
        const auto result = Database::open(path, Database::Mode::OpenExisting,
                                           Database::defaultConnectionName(), steps);
        QCOMPARE(result.error, Database::Error::Failed);
        QVERIFY(!QSqlDatabase::contains(Database::defaultConnectionName()));

        QVERIFY(Database::open(path, Database::Mode::OpenExisting).ok());
        QCOMPARE(Database::schemaVersion(), Database::currentVersion());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM pragma_table_info('events') WHERE name = 'website'")), 0);
        QCOMPARE(text(QStringLiteral("SELECT name_en FROM events")), QStringLiteral("Keep me"));
    }

    void secondConnectionWorksAlongside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.db"));
        QVERIFY(Database::open(path, Database::Mode::CreateIfMissing).ok());
        const QString other = QStringLiteral("second-instance");
        const auto second = Database::open(path, Database::Mode::OpenExisting, other);
        QVERIFY2(second.ok(), qPrintable(second.message));
        // A reader holding an unfinished query does not block the writer (WAL).
        QSqlQuery reader(QSqlDatabase::database(other));
        QVERIFY(reader.exec(QStringLiteral("SELECT count(*) FROM events")));
        QVERIFY(reader.next());
        insertEvent(QStringLiteral("Written while the other instance reads"));
        reader.finish();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM events"), other), 1);
        Database::close(other);
        QVERIFY(Database::check().isEmpty());
    }

    // A large load writes through a rollback journal while nothing else has the file; when it
    // ends the file is in WAL again, with the commit guard watching the new -wal.
    void aLoadWritesThroughARollbackJournal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("load.db"));
        const QString wal = path + QStringLiteral("-wal");
        QVERIFY(Database::open(path, Database::Mode::CreateIfMissing).ok());
        insertEvent(QStringLiteral("Before the load"));
        {
            Database::LoadJournal journal;
            QVERIFY(journal.active());
            QCOMPARE(text(QStringLiteral("PRAGMA journal_mode")), QStringLiteral("delete"));
            QVERIFY(!QFileInfo::exists(wal));
            QCOMPARE(Database::fileState(), Database::FileState::Ok);
            QCOMPARE(scalar(QStringLiteral("PRAGMA mmap_size")), 0); // read back through the cache
            QSqlDatabase db = QSqlDatabase::database(Database::defaultConnectionName());
            QVERIFY(db.transaction());
            for (int i = 0; i < 50; ++i)
                insertEvent(QStringLiteral("Loaded %1").arg(i));
            QVERIFY(QFileInfo::exists(path + QStringLiteral("-journal")));
            QVERIFY2(db.commit(), qPrintable(db.lastError().text()));
            QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
            QVERIFY(!QFileInfo::exists(wal)); // nothing of the load went through a WAL
        }
        QCOMPARE(text(QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        QVERIFY(QFileInfo::exists(wal));
        QCOMPARE(scalar(QStringLiteral("PRAGMA mmap_size")), 64 * 1024 * 1024); // as opened
        insertEvent(QStringLiteral("After the load"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM events")), 52);
        QVERIFY(Database::check().isEmpty());
        QCOMPARE(Database::fileState(), Database::FileState::Ok);
        // The guard knows the new -wal: deleted, it is missed, and nothing more is committed.
        QVERIFY(QFile::remove(wal));
        QCOMPARE(Database::fileState(), Database::FileState::WalMissing);
        QSqlQuery q(QSqlDatabase::database(Database::defaultConnectionName()));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO events (name_en, start_date, end_date, created_at, updated_at)"
                                       " VALUES ('Lost', '2021-09-24', '2021-09-24', 'now', 'now')")));
        Database::closeStale();
    }

    // Another connection on the file (here of this process; another program's alike) keeps it
    // in WAL, so it goes on reading beside the load; so does a transaction already open.
    void aLoadBesideAnotherConnectionKeepsTheWal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.db"));
        QVERIFY(Database::open(path, Database::Mode::CreateIfMissing).ok());
        const QString other = QStringLiteral("second-instance");
        QVERIFY(Database::open(path, Database::Mode::OpenExisting, other).ok());
        {
            Database::LoadJournal journal;
            QVERIFY(!journal.active());
            QCOMPARE(text(QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
            insertEvent(QStringLiteral("Written beside the other"));
        }
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM events"), other), 1);
        Database::close(other);
        QSqlDatabase db = QSqlDatabase::database(Database::defaultConnectionName());
        QVERIFY(db.transaction());
        {
            Database::LoadJournal journal;
            QVERIFY(!journal.active());
        }
        insertEvent(QStringLiteral("In the open transaction"));
        QVERIFY(db.commit());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM events")), 2);
        QCOMPARE(text(QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        QCOMPARE(Database::fileState(), Database::FileState::Ok);
    }

    // The computer stops in the middle of a large load: the file, part-written, and its journal
    // are what is left. Opening the file puts it back as it was before the load.
    void aLoadCutShortIsRolledBackAtOpening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("load.db"));
        const QString before = dir.filePath(QStringLiteral("before.db"));
        const QString crashed = dir.filePath(QStringLiteral("crashed.db"));
        QVERIFY(Database::open(path, Database::Mode::CreateIfMissing).ok());
        insertEvent(QStringLiteral("Before the load"));
        {
            Database::LoadJournal journal;
            QVERIFY(journal.active());
            QVERIFY(copyOutside(path, before)); // the WAL was folded into the file by the switch
            QSqlDatabase db = QSqlDatabase::database(Database::defaultConnectionName());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA cache_size = 10"))); // pages reach the file early
            QVERIFY(db.transaction());
            QVERIFY(q.exec(QStringLiteral("UPDATE events SET name_en = 'Changed by the load'")));
            for (int i = 0; i < 2000; ++i)
                insertEvent(QStringLiteral("Loaded %1 ").arg(i) + QString(200, QLatin1Char('x')));
            // What is on the disk at this moment.
            QVERIFY(copyOutside(path, crashed));
            QVERIFY(copyOutside(path + QStringLiteral("-journal"), crashed + QStringLiteral("-journal")));
            QVERIFY(db.rollback());
        }
        Database::close();
        QVERIFY(digest(crashed) != digest(before)); // the load had reached the file
        QVERIFY(QFileInfo(crashed + QStringLiteral("-journal")).size() > 0);
        const auto opened = Database::open(crashed, Database::Mode::OpenExisting);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM events")), 1);
        QCOMPARE(text(QStringLiteral("SELECT name_en FROM events")), QStringLiteral("Before the load"));
        QCOMPARE(text(QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        QVERIFY(QFileInfo(crashed + QStringLiteral("-journal")).size() == 0);
        QVERIFY(Database::check().isEmpty());
        insertEvent(QStringLiteral("After"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM events")), 2);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
