#include "clirunner.h"
#include "storage/database.h"
#include "databasesession.h"
#include "undo/errorchannel.h"
#include "events/eventcommands.h"
#include "events/eventrepository.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QSignalSpy>
#include <QTimer>
#include <QUndoStack>

#include <unistd.h>

// A really full disk (a small tmpfs): sammelan-cli and the window say "The disk is full" in
// words, write nothing, and leave no stray -wal or -shm behind.
class TestFullDisk : public QObject
{
    Q_OBJECT
    CliRunner m_cli;
    QTemporaryDir m_mountPoint;
    QString m_dir;
    bool m_mounted = false;

    static QByteArray digest(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                           : QByteArray();
    }
    QStringList files() const { return QDir(m_dir).entryList(QDir::Files | QDir::Hidden, QDir::Name); }
    QString filler() const { return m_dir + QStringLiteral("/filler"); }

    // Takes every byte left.
    void fill()
    {
        QFile f(filler());
        QVERIFY(f.open(QIODevice::Append));
        const QByteArray block(4096, 'x');
        while (f.write(block) == block.size() && f.flush()) {
        }
        f.close();
        QVERIFY(Database::fileState() == Database::FileState::DiskFull || !Database::isOpen());
    }
    void makeRoom() { QVERIFY(QFile::resize(filler(), 0)); }

    CliResult cli(const QStringList &args) { return m_cli.run(QStringList{QStringLiteral("--db"), m_dir + QStringLiteral("/office.db")} + args); }

private slots:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("a tmpfs can only be mounted by root (CI runs as root)");
        m_dir = m_mountPoint.path();
        const int rc = QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                                                   QStringLiteral("-o"), QStringLiteral("size=2m"),
                                                                   QStringLiteral("tmpfs"), m_dir});
        if (rc != 0)
            QSKIP("mounting a tmpfs was refused here (no CAP_SYS_ADMIN)");
        m_mounted = true;
        QCOMPARE(cli({QStringLiteral("init")}).exitCode, 0);
    }

    void cleanupTestCase()
    {
        Database::close();
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_dir});
    }

    void cliSaysTheDiskIsFull()
    {
        const QString db = m_dir + QStringLiteral("/office.db");
        fill();
        const QByteArray before = digest(db);
        const QStringList filesBefore = files();

        CliResult r = cli({QStringLiteral("events"), QStringLiteral("add"), QStringLiteral("Full"),
                           QStringLiteral("--start"), QStringLiteral("2021-09-24")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("The disk is full.")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("Unable to fetch row")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("disk I/O error")), qPrintable(r.err));
        QCOMPARE(files(), filesBefore); // no stray 0-byte -wal or -shm
        QCOMPARE(digest(db), before);

        // A new database on the full disk: refused, and nothing left behind.
        r = m_cli.run({QStringLiteral("--db"), m_dir + QStringLiteral("/new.db"), QStringLiteral("init")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("The disk is full.")), qPrintable(r.err));
        QCOMPARE(files(), filesBefore);

        makeRoom();
        r = cli({QStringLiteral("events"), QStringLiteral("add"), QStringLiteral("Room again"),
                 QStringLiteral("--start"), QStringLiteral("2021-09-24")});
        QCOMPARE(r.exitCode, 0);
    }

    void windowSaysTheDiskIsFull()
    {
        MainWindow w;
        w.show();
        DatabaseSession *session = w.session();
        QVERIFY(session->open(m_dir + QStringLiteral("/office.db"), Database::Mode::OpenExisting));
        const int events = EventRepository().count();
        fill();
        session->checkFile();
        QVERIFY(!session->fileOk());
        QVERIFY2(session->fileProblem().contains(QStringLiteral("full")), qPrintable(session->fileProblem()));
        QVERIFY(w.findChild<QFrame *>(QStringLiteral("fileBanner"))->isVisible());

        QUndoStack stack;
        QSignalSpy errors(ErrorChannel::instance(), &ErrorChannel::writeFailed);
        QTimer::singleShot(0, [] {
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
        });
        Event e;
        e.nameEn = QStringLiteral("Typed on a full disk");
        e.notes = QString(9000, QLatin1Char('n'));
        e.startDate = e.endDate = QDate(2021, 9, 24);
        QVERIFY(!pushKept(&stack, new AddEventCommand(Database::defaultConnectionName(), e)));
        QCOMPARE(errors.count(), 1);
        QVERIFY2(errors.constFirst().constFirst().toString().contains(QStringLiteral("The disk is full.")),
                 qPrintable(errors.constFirst().constFirst().toString()));
        QCOMPARE(EventRepository().count(), events);

        makeRoom();
        session->retryFile();
        QVERIFY(session->fileOk());
        QVERIFY(pushKept(&stack, new AddEventCommand(Database::defaultConnectionName(), e)));
        QCOMPARE(EventRepository().count(), events + 1);
        Database::close();
    }
};

QTEST_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
