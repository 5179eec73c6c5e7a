#include "database.h"
#include "databasesession.h"
#include "eventrepository.h"
#include "mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QFrame>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// The desktop program's hold on its file: recent files, and what happens when the file goes
// away while the program runs (a USB stick pulled out): the user is told, nothing done so far
// is lost, and work continues on a copy saved elsewhere.
class TestDatabaseSession : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

    static void closeModal()
    {
        QTimer::singleShot(0, [] {
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
        });
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

    void fileRemovedWhileOpen()
    {
        MainWindow w;
        w.show();
        DatabaseSession *session = w.session();
        QTemporaryDir usb;
        const QString onStick = usb.filePath(QStringLiteral("conclave.db"));
        QVERIFY(session->open(onStick, Database::Mode::CreateIfMissing));
        Event e;
        e.nameEn = QStringLiteral("Before the stick was pulled");
        e.startDate = e.endDate = QDate(2021, 9, 24);
        QVERIFY(EventRepository().insert(e));
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

        // Work done meanwhile lives in the open connection…
        e.nameEn = QStringLiteral("Added while the stick was out");
        QVERIFY(EventRepository().insert(e));
        // …and goes into the copy saved elsewhere, which becomes the open file.
        const QString rescued = m_home.filePath(QStringLiteral("rescued.db"));
        QVERIFY(session->saveCopyTo(rescued));
        QCOMPARE(back.count(), 1);
        QVERIFY(session->fileOk());
        QVERIFY(!banner->isVisible());
        QCOMPARE(session->currentPath(), rescued);
        QCOMPARE(EventRepository().count(), 2);
        QVERIFY(Database::check().isEmpty());
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
