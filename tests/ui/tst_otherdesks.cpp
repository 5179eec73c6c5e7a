#include "undo/changenotifier.h"
#include "clirunner.h"
#include "storage/database.h"
#include "databasesession.h"
#include "events/eventmodel.h"
#include "events/eventrepository.h"
#include "eventselector.h"
#include "invitees/inviteerepository.h"
#include "invitees/inviteetablemodel.h"
#include "invitees/inviteespage.h"
#include "mainwindow.h"
#include "stalls/stallrepository.h"
#include "stalls/stallscene.h"
#include "stalls/stallspage.h"
#include "storage/remotechanges.h"
#include "testdb.h"
#include "storage/transaction.h"

#include <QApplication>
#include <QFile>
#include <QSignalBlocker>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

// Several desks on one database: what another desk changes (another connection, another
// process) shows on this window's pages without anybody touching this window, on the office
// server (its announcements) and on a file (PRAGMA data_version); and another desk's import is
// a handful of reloads, not one per row.
class TestOtherDesks : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    CliRunner m_cli;
    std::unique_ptr<TestDb> m_db;

    static inline const QString Desk2 = QStringLiteral("desk2");

    static Event event(const QString &name)
    {
        Event e;
        e.nameEn = name;
        e.startDate = e.endDate = QDate(2025, 11, 14);
        return e;
    }

    static Invitee person(const QString &name, int n)
    {
        Invitee v;
        v.name = name;
        v.mobile = QStringLiteral("94150%1").arg(n, 5, 10, QLatin1Char('0'));
        v.enterprise = QStringLiteral("Firm %1").arg(n);
        return v;
    }

    // The other desk lives in this process (a second connection): its repositories' direct
    // announcements are held back, so the window learns of its writes only as another desk's.
    template<typename F>
    static auto atDesk2(F write)
    {
        const QSignalBlocker quiet(ChangeNotifier::instance());
        return write();
    }

    static QAbstractItemModel *eventsModel(MainWindow &w)
    {
        for (QTableView *view : w.findChildren<QTableView *>())
            if (qobject_cast<EventModel *>(view->model()))
                return view->model();
        return nullptr;
    }

    static QStringList eventNames(QAbstractItemModel *model)
    {
        QStringList names;
        for (int row = 0; row < model->rowCount(); ++row)
            names << model->index(row, 0).data().toString();
        return names;
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    }

    void init()
    {
        m_db = std::make_unique<TestDb>();
        Database::close(); // the window's session opens it
    }
    void cleanup()
    {
        Database::close(Desk2);
        m_db.reset();
    }

    // A second connection adds an event, an invitee and a stall, and edits the invitee: the
    // Events, Invitees and Stalls pages show each without any action here.
    void anotherConnectionsChangesShow()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.session()->open(m_db->path, Database::Mode::OpenExisting));
        QCOMPARE(w.session()->remoteChanges()->isListening(), TestDb::onServer());
        QVERIFY(Database::open(m_db->path, Database::Mode::OpenExisting, Desk2).ok());
        QAbstractItemModel *events = eventsModel(w);
        QVERIFY(events);
        InviteeTableModel *invitees = w.findChild<InviteesPage *>()->model();
        QCOMPARE(events->rowCount(), 0);
        QCOMPARE(invitees->rowCount(), 0);

        const qint64 eventId = atDesk2([] { return EventRepository(Desk2).insert(event(QStringLiteral("Gorakhpur Export Conclave"))); });
        QVERIFY(eventId > 0);
        QTRY_COMPARE(eventNames(events), QStringList{QStringLiteral("Gorakhpur Export Conclave")});

        const qint64 inviteeId = atDesk2([] { return InviteeRepository(Desk2).insert(person(QStringLiteral("Neha Singh"), 1)); });
        QVERIFY(inviteeId > 0);
        QTRY_COMPARE(invitees->rowCount(), 1);
        QCOMPARE(invitees->rowAt(0).name, QStringLiteral("Neha Singh"));

        Invitee edited = *InviteeRepository(Desk2).find(inviteeId);
        edited.name = QStringLiteral("नेहा सिंह");
        QVERIFY(atDesk2([&] { return InviteeRepository(Desk2).update(edited); }));
        QTRY_COMPARE(invitees->rowAt(0).name, QStringLiteral("नेहा सिंह"));

        w.eventSelector()->setCurrentEventId(eventId);
        auto *stalls = w.findChild<StallsPage *>();
        QCOMPARE(stalls->currentEvent(), eventId);
        Hall hall;
        hall.eventId = eventId;
        hall.name = QStringLiteral("Hall A");
        Stall stall;
        stall.eventId = eventId;
        stall.code = QStringLiteral("A-01");
        const qint64 stallId = atDesk2([&] {
            return StallRepository(Desk2).setHall(hall) ? StallRepository(Desk2).insert(stall) : 0;
        });
        QVERIFY(stallId > 0);
        QTRY_VERIFY(stalls->scene()->itemFor(stallId));
        QCOMPARE(stalls->scene()->itemFor(stallId)->stall().code, QStringLiteral("A-01"));
    }

    // Another process (sammelan-cli at another desk) adds an event and imports invitees.
    void anotherProcessesChangesShow()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.session()->open(m_db->path, Database::Mode::OpenExisting));
        QAbstractItemModel *events = eventsModel(w);
        InviteeTableModel *invitees = w.findChild<InviteesPage *>()->model();

        CliResult r = m_cli.run({QStringLiteral("--db"), m_db->path, QStringLiteral("events"), QStringLiteral("add"),
                                 QStringLiteral("From the other desk"), QStringLiteral("--start"), QStringLiteral("2025-11-14")});
        QCOMPARE(r.exitCode, 0);
        QTRY_COMPARE(eventNames(events), QStringList{QStringLiteral("From the other desk")});

        const QString csv = m_cli.path(QStringLiteral("three.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,mobile,enterprise\n"
                "Neha Singh,9415000001,Singh Textiles\n"
                "\xe0\xa4\x97\xe0\xa5\x80\xe0\xa4\xa4\xe0\xa4\xbe \xe0\xa4\xa8\xe0\xa4\xbf\xe0\xa4\xb7\xe0\xa4\xbe\xe0\xa4\xa6,9415000002,Nishad Terracotta\n"
                "Deepak Gupta,9415000003,Gupta Yarns\n");
        f.close();
        r = m_cli.run({QStringLiteral("--db"), m_db->path, QStringLiteral("import"), QStringLiteral("invitees"), csv});
        QCOMPARE(r.exitCode, 0);
        QTRY_COMPARE(invitees->rowCount(), 3);
    }

    // Another desk writes 2,000 invitees, row by row (the window hearing them as they come, in
    // four parts), and another process imports 2,000 more: the Invitees page reloads a handful
    // of times, not once per row.
    void burstIsAHandfulOfReloads()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.session()->open(m_db->path, Database::Mode::OpenExisting));
        QVERIFY(Database::open(m_db->path, Database::Mode::OpenExisting, Desk2).ok());
        InviteeTableModel *invitees = w.findChild<InviteesPage *>()->model();
        QSignalSpy resets(invitees, &QAbstractItemModel::modelReset);

        // On the server each row commits by itself; a file commits (and syncs) a hundred at a
        // time, as an import does.
        const int perCommit = TestDb::onServer() ? 1 : 100;
        for (int n = 0; n < 2000; n += perCommit) {
            QString error;
            const bool written = atDesk2([&] {
                return Transaction::run(QSqlDatabase::database(Desk2), &error, QStringLiteral("%1"), [&] {
                    for (int i = n; i < n + perCommit; ++i)
                        if (InviteeRepository(Desk2).insert(person(QStringLiteral("Desk Two %1").arg(i), i), &error) == 0)
                            return false;
                    return true;
                });
            });
            QVERIFY2(written, qPrintable(error));
            // The window hears what came so far now and then, as when it is busy drawing.
            if (n % 500 == 0)
                QApplication::processEvents();
        }
        QTRY_COMPARE_WITH_TIMEOUT(invitees->rowCount(), 2000, 10000);
        QTRY_VERIFY(!w.session()->remoteChanges()->isListening() || resets.count() > 0);
        qInfo("2,000 rows written one by one at another desk: %lld reloads", qlonglong(resets.count()));
        QVERIFY2(resets.count() <= 5, qPrintable(QString::number(resets.count())));

        resets.clear();
        const QString csv = m_cli.path(QStringLiteral("big.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,mobile,enterprise\n");
        for (int i = 0; i < 2000; ++i)
            f.write(QStringLiteral("Imported %1,96150%2,Firm %1\n").arg(i).arg(i, 5, 10, QLatin1Char('0')).toUtf8());
        f.close();
        const CliResult r = m_cli.run({QStringLiteral("--db"), m_db->path, QStringLiteral("import"), QStringLiteral("invitees"), csv});
        QCOMPARE(r.exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(invitees->rowCount(), 4000, 10000);
        qInfo("2,000 rows imported by another process: %lld reloads", qlonglong(resets.count()));
        QVERIFY2(resets.count() <= 5, qPrintable(QString::number(resets.count())));
    }
};

QTEST_MAIN(TestOtherDesks)
#include "tst_otherdesks.moc"
