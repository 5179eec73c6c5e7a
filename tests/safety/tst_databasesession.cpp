#include "undo/changenotifier.h"
#include "clirunner.h"
#include "storage/database.h"
#include "databasesession.h"
#include "undo/errorchannel.h"
#include "events/eventcommands.h"
#include "events/eventrepository.h"
#include "invitees/inviteerepository.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

// The desktop program's hold on its file: recent files; other programs (sammelan-cli) working on
// the same file at the same time; and what happens when the file goes away while the program
// runs (a USB stick pulled out): the user is told, nothing is reported saved that is not, and
// work goes on with the file when it is back or with a copy saved elsewhere.
class TestDatabaseSession : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    CliRunner m_cli;

    static void closeModal()
    {
        QTimer::singleShot(0, [] {
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
        });
    }

    static Event event(const QString &name)
    {
        Event e;
        e.nameEn = name;
        e.startDate = e.endDate = QDate(2021, 9, 24);
        return e;
    }

    // Copies with another process, as a user's file manager does: this process must never open
    // a database file that its own SQLite connection has open (see the rule in database.cpp).
    static bool copyOutside(const QString &from, const QString &to)
    {
        return QProcess::execute(QStringLiteral("cp"), {from, to}) == 0;
    }

    // Rows of `table` in the file at `path`, read through a connection of its own.
    static int rowsIn(const QString &path, const QString &table)
    {
        int n = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("verify"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next()
                    && q.value(0).toString() == QLatin1String("ok") && q.exec(QStringLiteral("SELECT count(*) FROM ") + table)
                    && q.next())
                    n = q.value(0).toInt();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("verify"));
        return n;
    }

    // The POSIX locks this process holds on the file (from /proc/locks, read without opening
    // the database).
    static int locksHeldOn(const QString &path)
    {
        struct stat st;
        if (::stat(QFile::encodeName(path).constData(), &st) != 0)
            return -1;
        QFile locks(QStringLiteral("/proc/locks"));
        if (!locks.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray pid = QByteArray::number(::getpid());
        const QByteArray inode = ':' + QByteArray::number(qulonglong(st.st_ino));
        int n = 0;
        for (const QByteArray &line : locks.readAll().split('\n')) {
            const QList<QByteArray> f = line.simplified().split(' ');
            // "1: POSIX  ADVISORY  READ 4242 08:01:1234 128 128"
            if (f.size() >= 6 && f.at(1) == "POSIX" && f.at(4) == pid && f.at(5).endsWith(inode))
                ++n;
        }
        return n;
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    }

    void recentFiles()
    {
        MainWindow w;
        DatabaseSession *session = w.session();
        const QString a = m_home.filePath(QStringLiteral("a.db"));
        const QString b = m_home.filePath(QStringLiteral("b.db"));
        QVERIFY(session->open(a, Database::Mode::CreateIfMissing));
        QVERIFY(session->open(b, Database::Mode::CreateIfMissing));
        QCOMPARE(session->recentFiles().mid(0, 2), (QStringList{b, a}));
        // A recent file that has gone is explained and dropped from the list.
        QVERIFY(QFile::remove(a));
        closeModal();
        session->openRecent(a);
        QVERIFY(!session->recentFiles().contains(a));
        QCOMPARE(session->currentPath(), b);
    }

    // `sammelan FILE.db` (or a double click in the file manager) opens that file, not the last.
    void fileFromTheCommandLine()
    {
        const QString last = m_home.filePath(QStringLiteral("last.db"));
        const QString named = m_home.filePath(QStringLiteral("named.db"));
        {
            MainWindow w;
            QVERIFY(w.session()->open(named, Database::Mode::CreateIfMissing));
            QVERIFY(w.session()->open(last, Database::Mode::CreateIfMissing));
        }
        MainWindow w;
        QVERIFY(w.session()->openAtStart(named));
        QCOMPARE(w.session()->currentPath(), named);
        // A file that is not there: said, and the usual start follows (the last one).
        MainWindow again;
        closeModal();
        QVERIFY(again.session()->openAtStart(m_home.filePath(QStringLiteral("gone.db"))));
        QCOMPARE(again.session()->currentPath(), named);
    }

    // The rule: while the session has the file open, nothing in this process opens the file,
    // its -wal or its -shm with another handle (closing it would drop SQLite's locks, and
    // sammelan-cli would then delete the live -wal). Watched with inotify, and the locks
    // themselves in /proc/locks.
    void noSecondHandleOnTheDatabase()
    {
        MainWindow w;
        DatabaseSession *session = w.session();
        const QString path = m_home.filePath(QStringLiteral("watched.db"));
        QVERIFY(session->open(path, Database::Mode::CreateIfMissing));
        QVERIFY(EventRepository().insert(event(QStringLiteral("Gorakhpur Export Conclave"))));
        const int locks = locksHeldOn(path);
        QVERIFY2(locks > 0, "SQLite holds a lock on the database while it is open (WAL mode)");

        const int fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        QVERIFY(fd >= 0);
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QVERIFY(inotify_add_watch(fd, QFile::encodeName(path + suffix).constData(), IN_OPEN) >= 0);

        // Everything the window does on its own while the file is open.
        for (int i = 0; i < 3; ++i) {
            session->checkFile();
            session->checkForChanges();
            session->retryFile();
            QTest::qWait(10);
        }
        session->autoBackup();
        QVERIFY(session->fileOk());
        QVERIFY(EventRepository().insert(event(QStringLiteral("State conclave"))));

        char buffer[4096];
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        ::close(fd);
        QVERIFY2(got <= 0, "something opened the database, its -wal or its -shm a second time");
        QCOMPARE(locksHeldOn(path), locks);
    }

    // The window and sammelan-cli on one file, writing in turn, with the window's watch running
    // in between (the old watch opened the file, dropped SQLite's locks, and the CLI deleted
    // the window's -wal: rows vanished and the file was malformed on quit).
    void windowAndCliWriteInTurn()
    {
        const QString path = m_home.filePath(QStringLiteral("shared.db"));
        const QString csv = m_home.filePath(QStringLiteral("three.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("name,mobile,enterprise\n"
                    "Neha Singh,9415000001,Singh Textiles\n"
                    "\xe0\xa4\x97\xe0\xa5\x80\xe0\xa4\xa4\xe0\xa4\xbe \xe0\xa4\xa8\xe0\xa4\xbf\xe0\xa4\xb7\xe0\xa4\xbe\xe0\xa4\xa6,9415000002,Nishad Terracotta\n"
                    "Deepak Gupta,9415000003,Gupta Yarns\n");
        }
        {
            MainWindow w;
            DatabaseSession *session = w.session();
            QVERIFY(session->open(path, Database::Mode::CreateIfMissing));
            QSignalSpy refreshed(ChangeNotifier::instance(), &ChangeNotifier::reset);

            QVERIFY(EventRepository().insert(event(QStringLiteral("Window 1"))));
            session->checkFile();
            CliResult r = m_cli.run({QStringLiteral("--db"), path, QStringLiteral("events"), QStringLiteral("add"),
                                     QStringLiteral("CLI 1"), QStringLiteral("--start"), QStringLiteral("2021-09-24")});
            QCOMPARE(r.exitCode, 0);
            // The window sees the CLI's event on its next look, and tells its pages.
            refreshed.clear();
            session->checkForChanges();
            QCOMPARE(refreshed.count(), 1);
            QCOMPARE(EventRepository().count(), 2);
            session->checkForChanges(); // nothing new: no needless refresh
            QCOMPARE(refreshed.count(), 1);

            QVERIFY(EventRepository().insert(event(QStringLiteral("Window 2"))));
            session->checkFile();
            r = m_cli.run({QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("invitees"), csv});
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(r.out.trimmed(), QStringLiteral("imported 3, updated 0, skipped 0, rejected 0"));
            r = m_cli.run({QStringLiteral("--db"), path, QStringLiteral("events")});
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(r.out.trimmed().split(QLatin1Char('\n')).size(), 3); // the window's two are visible to the CLI
            session->checkFile();
            QVERIFY(session->fileOk()); // the -wal is still the one the window writes to
            QVERIFY(EventRepository().insert(event(QStringLiteral("Window 3"))));
            QCOMPARE(InviteeRepository().count(), 3);
        } // the window closes (File › Quit)…
        Database::close(); // …and the program ends (main.cpp)
        QCOMPARE(rowsIn(path, QStringLiteral("events")), 4);
        QCOMPARE(rowsIn(path, QStringLiteral("invitees")), 3);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal"))); // the last one out folded it in
    }

    // The watch itself runs every second, so another program's change shows within 2 s.
    void watchRefreshesByItself()
    {
        QVERIFY(DatabaseSession::WatchIntervalMs <= 1000);
        const QString path = m_home.filePath(QStringLiteral("watch.db"));
        MainWindow w;
        QVERIFY(w.session()->open(path, Database::Mode::CreateIfMissing));
        QSignalSpy refreshed(ChangeNotifier::instance(), &ChangeNotifier::reset);
        const CliResult r = m_cli.run({QStringLiteral("--db"), path, QStringLiteral("events"), QStringLiteral("add"),
                                       QStringLiteral("From the CLI"), QStringLiteral("--start"), QStringLiteral("2021-09-24")});
        QCOMPARE(r.exitCode, 0);
        QTRY_VERIFY(refreshed.count() >= 1);
        QCOMPARE(EventRepository().count(), 1);
        // The pages show it: the Events page's list and the event chooser in the toolbar.
        const QList<QTableView *> views = w.findChildren<QTableView *>();
        const auto eventsView = std::find_if(views.cbegin(), views.cend(), [](QTableView *v) {
            return v->model() && v->model()->inherits("EventModel");
        });
        QVERIFY(eventsView != views.cend());
        QCOMPARE((*eventsView)->model()->rowCount(), 1);
        QCOMPARE((*eventsView)->model()->index(0, 0).data().toString(), QStringLiteral("From the CLI"));
    }

    void fileRemovedWhileOpen()
    {
        MainWindow w;
        w.show();
        DatabaseSession *session = w.session();
        QTemporaryDir usb;
        const QString onStick = usb.filePath(QStringLiteral("conclave.db"));
        QVERIFY(session->open(onStick, Database::Mode::CreateIfMissing));
        QVERIFY(EventRepository().insert(event(QStringLiteral("Before the stick was pulled"))));
        QSignalSpy lost(session, &DatabaseSession::fileLost);
        QSignalSpy back(session, &DatabaseSession::fileBack);

        // The stick goes: the file and its WAL vanish from under the open connection.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(onStick + suffix);
        session->checkFile();
        QCOMPARE(lost.count(), 1);
        QVERIFY(!session->fileOk());
        auto *banner = w.findChild<QFrame *>(QStringLiteral("fileBanner"));
        QVERIFY(banner && banner->isVisible());
        session->checkFile(); // said once, not again
        QCOMPARE(lost.count(), 1);

        // Nothing can be saved meanwhile, and nothing says it was.
        QString error;
        QVERIFY(!EventRepository().insert(event(QStringLiteral("Added while the stick was out")), &error));
        QVERIFY2(error.contains(QStringLiteral("missing")), qPrintable(error));
        QUndoStack stack;
        QSignalSpy errors(ErrorChannel::instance(), &ErrorChannel::writeFailed);
        closeModal(); // the window's message box
        QVERIFY(!pushKept(&stack, new AddEventCommand(Database::defaultConnectionName(),
                                                      event(QStringLiteral("Also while out")))));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(stack.count(), 0);

        // Everything saved goes into the copy saved elsewhere, which becomes the open file.
        const QString rescued = m_home.filePath(QStringLiteral("rescued.db"));
        QVERIFY(session->saveCopyTo(rescued));
        QCOMPARE(back.count(), 1);
        QVERIFY(session->fileOk());
        QCOMPARE(session->currentPath(), rescued);
        QCOMPARE(EventRepository().count(), 1);
        QVERIFY(Database::check().isEmpty());
        QVERIFY(EventRepository().insert(event(QStringLiteral("After the rescue"))));
    }

    // Moved away, then copied back (a new file at the old path): writes are refused while it
    // is away, the session opens the copy (not the old one it still had), checks it, and says
    // what was not saved.
    void fileMovedAwayAndCopiedBack()
    {
        MainWindow w;
        w.show();
        DatabaseSession *session = w.session();
        QTemporaryDir usb;
        QTemporaryDir elsewhere;
        const QString path = usb.filePath(QStringLiteral("conclave.db"));
        const QString moved = elsewhere.filePath(QStringLiteral("conclave.db"));
        QVERIFY(session->open(path, Database::Mode::CreateIfMissing));
        QVERIFY(EventRepository().insert(event(QStringLiteral("Saved before"))));
        session->tick(); // the idle step folds the -wal into the file itself

        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QVERIFY(QFile::rename(path + suffix, moved + suffix));
        session->checkFile();
        QVERIFY(!session->fileOk());
        QSignalSpy back(session, &DatabaseSession::fileBack);
        closeModal();
        session->writeFailed(QStringLiteral("add event “Typed while away”"));
        QString error;
        QVERIFY(!EventRepository().insert(event(QStringLiteral("Typed while away")), &error));
        QVERIFY2(error.contains(QStringLiteral("missing")), qPrintable(error));

        // Only the file itself is copied back, not its -wal: it holds everything saved.
        QVERIFY(copyOutside(moved, path));
        session->checkFile();
        QVERIFY(session->fileOk());
        QCOMPARE(back.count(), 1);
        const QString report = back.constFirst().constFirst().toString();
        QVERIFY2(report.contains(QStringLiteral("Typed while away")), qPrintable(report));
        auto *banner = w.findChild<QFrame *>(QStringLiteral("fileBanner"));
        QVERIFY(banner->isVisible()); // now the notice of what was not saved
        QVERIFY(!banner->property("problem").toBool());

        // The connection is on the file at the path now, not on the moved one.
        QCOMPARE(EventRepository().count(), 1);
        QVERIFY(EventRepository().insert(event(QStringLiteral("After it came back"))));
        QCOMPARE(Database::fileState(), Database::FileState::Ok);
        Database::close();
        QCOMPARE(rowsIn(path, QStringLiteral("events")), 2);
        QCOMPARE(rowsIn(moved, QStringLiteral("events")), 1);
        // What the window held is also kept as a backup beside the file.
        QCOMPARE(QDir(usb.filePath(QStringLiteral("backups"))).entryList({QStringLiteral("*before-reopen*.db")}).size(), 1);
    }

    // Moved away and moved back (the same file): nothing to reopen, writes work again.
    void fileMovedAwayAndBack()
    {
        MainWindow w;
        DatabaseSession *session = w.session();
        QTemporaryDir usb;
        const QString path = usb.filePath(QStringLiteral("conclave.db"));
        const QString moved = usb.filePath(QStringLiteral("elsewhere.db"));
        QVERIFY(session->open(path, Database::Mode::CreateIfMissing));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QVERIFY(QFile::rename(path + suffix, moved + suffix));
        session->checkFile();
        QVERIFY(!session->fileOk());
        QVERIFY(!EventRepository().insert(event(QStringLiteral("Refused"))));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QVERIFY(QFile::rename(moved + suffix, path + suffix));
        session->checkFile();
        QVERIFY(session->fileOk());
        QVERIFY(EventRepository().insert(event(QStringLiteral("Saved"))));
        QCOMPARE(EventRepository().count(), 1);
    }

    // Another program deleted the -wal under the window (the old bug's effect): the window
    // says so and refuses to write, and the copy saved elsewhere has every saved row.
    void walDeletedByAnotherProgram()
    {
        MainWindow w;
        DatabaseSession *session = w.session();
        const QString path = m_home.filePath(QStringLiteral("walgone.db"));
        QVERIFY(session->open(path, Database::Mode::CreateIfMissing));
        QVERIFY(EventRepository().insert(event(QStringLiteral("Only in the -wal"))));
        QVERIFY(QFile::remove(path + QStringLiteral("-wal")));
        session->checkFile();
        QVERIFY(!session->fileOk());
        QVERIFY(session->fileProblem().contains(QStringLiteral("-wal")));
        QVERIFY(!EventRepository().insert(event(QStringLiteral("Refused"))));
        const QString rescued = m_home.filePath(QStringLiteral("walgone-rescued.db"));
        QVERIFY(session->saveCopyTo(rescued));
        QCOMPARE(EventRepository().count(), 1);
    }

    // A write that fails on a full disk (the disk shows room, SQLite finds none) raises the
    // bar with the cause in words; "Try again" clears it once writing works.
    void fullDiskRaisesTheBar()
    {
        MainWindow w;
        w.show();
        DatabaseSession *session = w.session();
        const QString path = m_home.filePath(QStringLiteral("full.db"));
        QVERIFY(session->open(path, Database::Mode::CreateIfMissing));
        QSqlQuery q(QSqlDatabase::database(Database::defaultConnectionName()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        const int pages = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        QUndoStack stack;
        QSignalSpy errors(ErrorChannel::instance(), &ErrorChannel::writeFailed);
        closeModal();
        Event big = event(QStringLiteral("Too big"));
        big.notes = QString(9000, QLatin1Char('x')); // more than a page
        QVERIFY(!pushKept(&stack, new AddEventCommand(Database::defaultConnectionName(), big)));
        QCOMPARE(errors.count(), 1);
        const QString message = errors.constFirst().constFirst().toString();
        QVERIFY2(message.contains(QStringLiteral("The disk is full.")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("Unable to fetch row")), qPrintable(message));
        QVERIFY(!session->fileOk());
        QVERIFY(session->fileProblem().contains(QStringLiteral("full")));
        auto *banner = w.findChild<QFrame *>(QStringLiteral("fileBanner"));
        QVERIFY(banner->isVisible() && banner->property("problem").toBool());
        QCOMPARE(EventRepository().count(), 0);
        // Space again: Try again.
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = 1000000")));
        session->retryFile();
        QVERIFY(session->fileOk());
        QVERIFY(pushKept(&stack, new AddEventCommand(Database::defaultConnectionName(), big)));
    }

    void automaticBackupOnStart()
    {
        MainWindow w;
        const QString path = m_home.filePath(QStringLiteral("daily.db"));
        QVERIFY(w.session()->open(path, Database::Mode::CreateIfMissing));
        w.session()->autoBackup();
        w.session()->autoBackup(); // once a day
        QCOMPARE(QDir(m_home.filePath(QStringLiteral("backups"))).entryList({QStringLiteral("daily-*.db")}).size(), 1);
    }
};

QTEST_MAIN(TestDatabaseSession)
#include "tst_databasesession.moc"
