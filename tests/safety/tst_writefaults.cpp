#include "checkin/checkincommand.h"
#include "storage/database.h"
#include "events/demodata.h"
#include "undo/errorchannel.h"
#include "events/eventcommands.h"
#include "events/eventrepository.h"
#include "exports/exportrepository.h"
#include "exports/exportcommands.h"
#include "import/exportimport.h"
#include "import/inviteeimport.h"
#include "import/tablereader.h"
#include "invitees/inviteecommands.h"
#include "invitees/invitationrepository.h"
#include "invitees/inviteebulkloader.h"
#include "invitees/inviteerepository.h"
#include "sectors/sectorrepository.h"
#include "storage/settingsrepository.h"
#include "stalls/stallrepository.h"
#include "stalls/stallcommands.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <functional>

#include <unistd.h>

// Fault injection: every repository write and every undo command, against a file that cannot
// be written in each way it happens at an office (a trigger refusing the values, a read-only
// file, a full disk, the file removed while open). Each write must fail with the cause in words,
// the error must reach the user (the ErrorChannel, for commands), and the file must hold exactly
// what it held before: nothing is reported saved that is not.
class TestWriteFaults : public QObject
{
    Q_OBJECT

    enum class Fault { Trigger, ReadOnly, FileRemoved, DiskFull };

    // What the seed put in, for the writes to work on.
    struct Seed {
        qint64 event = 0, otherEvent = 0, invitee = 0, stall = 0, exportRecord = 0, sector = 0;
        RowSnapshot removedEvent, removedInvitee; // deleted before the fault, for restore()
    };

    QTemporaryDir m_dir;
    QTemporaryDir m_small; // mount point of the small disk
    bool m_smallDisk = false;
    QString m_path;
    Seed m_seed;

    // Longer than a page (8 KiB) and within the notes' limit: needs new pages wherever it goes.
    static QString big(QChar c) { return QString(9000, c); }

    static Event event(const QString &name)
    {
        Event e;
        e.nameEn = name;
        e.startDate = e.endDate = QDate(2021, 9, 24);
        e.notes = big(QLatin1Char('e'));
        return e;
    }
    static Invitee invitee(const QString &name, const QString &mobile)
    {
        Invitee i;
        i.name = name;
        i.mobile = mobile;
        i.enterprise = QStringLiteral("निषाद टेराकोटा");
        i.notes = big(QLatin1Char('i'));
        return i;
    }
    static ExportRecord exportRecord(int year, const char *country, double crore)
    {
        ExportRecord r;
        r.fyStart = year;
        r.countryCode = QLatin1String(country);
        r.valueCrore = crore;
        return r;
    }
    static Stall stall(qint64 eventId, const QString &code, double x)
    {
        Stall s;
        s.eventId = eventId;
        s.code = code;
        s.x = x;
        s.notes = big(QLatin1Char('s'));
        return s;
    }
    Stall seededStall() const { return StallRepository().stalls(m_seed.event).constFirst(); }

    // Everything the file holds, as one hash (read through the connection under test).
    static QByteArray contents()
    {
        QSqlDatabase db = QSqlDatabase::database(Database::defaultConnectionName());
        QSqlQuery tables(db);
        tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        while (tables.next()) {
            QSqlQuery rows(db);
            rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(tables.value(0).toString()));
            while (rows.next())
                for (int c = 0; c < rows.record().count(); ++c)
                    hash.addData(rows.value(c).toString().toUtf8() + '\x1f');
        }
        return hash.result();
    }

    void seed()
    {
        QString error;
        m_seed = Seed{};
        m_seed.sector = SectorRepository().ensure(QStringLiteral("Textiles"), QStringLiteral("वस्त्र"));
        m_seed.event = EventRepository().insert(event(QStringLiteral("Gorakhpur Export Conclave")), &error);
        m_seed.otherEvent = EventRepository().insert(event(QStringLiteral("Lucknow State Conclave")), &error);
        const qint64 gone = EventRepository().insert(event(QStringLiteral("Cancelled")), &error);
        QVERIFY(EventRepository().remove(gone, &m_seed.removedEvent, &error));
        m_seed.invitee = InviteeRepository().insert(invitee(QStringLiteral("गीता निषाद"), QStringLiteral("9415000001")), &error);
        const qint64 goneInvitee = InviteeRepository().insert(invitee(QStringLiteral("Arif"), QStringLiteral("9415000009")), &error);
        QVERIFY(InviteeRepository().remove({goneInvitee}, &m_seed.removedInvitee, &error));
        QVERIFY(InvitationRepository().setStatus(m_seed.event, m_seed.invitee, InvitationStatus::Invited, 0, &error));
        Hall hall;
        hall.eventId = m_seed.event;
        QVERIFY(StallRepository().setHall(hall, &error));
        m_seed.stall = StallRepository().insert(stall(m_seed.event, QStringLiteral("A-01"), 0), &error);
        m_seed.exportRecord = ExportRepository().insert(exportRecord(2020, "ZA", 54.0), &error);
        QVERIFY(SettingsRepository().setValue(SettingsRepository::District, QStringLiteral("Gorakhpur")));
        QVERIFY2(m_seed.event && m_seed.invitee && m_seed.stall && m_seed.exportRecord && m_seed.sector, qPrintable(error));
    }

    // A fresh seeded file, then the fault.
    bool prepare(Fault fault)
    {
        Database::close();
        const QString folder = fault == Fault::DiskFull ? m_small.path() : m_dir.path();
        for (const QString &f : QDir(folder).entryList(QDir::Files | QDir::Hidden))
            QFile::remove(folder + QLatin1Char('/') + f);
        m_path = folder + QStringLiteral("/faults.db");
        if (!Database::open(m_path, Database::Mode::CreateIfMissing).ok())
            return false;
        seed();
        QSqlQuery q(QSqlDatabase::database(Database::defaultConnectionName()));
        switch (fault) {
        case Fault::Trigger:
            // Every change of every table refused, as a damaged or hostile file's trigger would.
            for (const char *table : {"events", "invitees", "invitations", "invitation_changes", "halls",
                                      "stalls", "export_records", "sectors", "settings", "checkins"})
                for (const char *when : {"INSERT", "UPDATE", "DELETE"})
                    if (!q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_%1_%2 BEFORE %2 ON %1"
                                               " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
                                    .arg(QLatin1String(table), QLatin1String(when))))
                        return false;
            return true;
        case Fault::ReadOnly: {
            // The same file through a connection that cannot write, as a read-only file or
            // medium gives it.
            Database::close();
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), Database::defaultConnectionName());
            db.setDatabaseName(m_path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            return db.open() && QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        }
        case Fault::FileRemoved:
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(m_path + suffix);
            return true;
        case Fault::DiskFull: {
            QFile filler(folder + QStringLiteral("/filler"));
            if (!filler.open(QIODevice::WriteOnly))
                return false;
            const QByteArray block(4096, 'x');
            while (filler.write(block) == block.size() && filler.flush()) {
            }
            return true;
        }
        }
        return false;
    }

    static QString cause(Fault fault)
    {
        switch (fault) {
        case Fault::Trigger: return QStringLiteral("refused by the test");
        case Fault::ReadOnly: return QStringLiteral("The database file is read-only.");
        case Fault::FileRemoved: return QStringLiteral("The database file is missing");
        case Fault::DiskFull: return QStringLiteral("The disk is full.");
        }
        return {};
    }

    void addFaultRows(const QStringList &names)
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("name");
        const QList<QPair<Fault, const char *>> faults{{Fault::Trigger, "trigger"}, {Fault::ReadOnly, "read-only"},
                                                       {Fault::FileRemoved, "file removed"}, {Fault::DiskFull, "disk full"}};
        for (const auto &[fault, label] : faults)
            for (const QString &name : names)
                QTest::addRow("%s: %s", label, qPrintable(name)) << int(fault) << name;
    }

    // Every write of every repository, by name.
    QMap<QString, std::function<bool(QString *)>> repositoryWrites()
    {
        QMap<QString, std::function<bool(QString *)>> w;
        const Seed &s = m_seed;
        w[QStringLiteral("event insert")] = [](QString *e) { return EventRepository().insert(event(QStringLiteral("New")), e) != 0; };
        w[QStringLiteral("event update")] = [s](QString *e) {
            Event ev = *EventRepository().find(s.event);
            ev.notes = big(QLatin1Char('u'));
            return EventRepository().update(ev, e);
        };
        w[QStringLiteral("event remove")] = [s](QString *e) { RowSnapshot r; return EventRepository().remove(s.event, &r, e); };
        w[QStringLiteral("event restore")] = [s](QString *e) { return EventRepository().restore(s.removedEvent, e); };
        w[QStringLiteral("invitee insert")] = [](QString *e) {
            return InviteeRepository().insert(invitee(QStringLiteral("Neha Singh"), QStringLiteral("9415000002")), e) != 0;
        };
        w[QStringLiteral("invitee update")] = [s](QString *e) {
            Invitee i = *InviteeRepository().find(s.invitee);
            i.notes = big(QLatin1Char('u'));
            return InviteeRepository().update(i, e);
        };
        w[QStringLiteral("invitee remove")] = [s](QString *e) { RowSnapshot r; return InviteeRepository().remove({s.invitee}, &r, e); };
        w[QStringLiteral("invitee restore")] = [s](QString *e) { return InviteeRepository().restore(s.removedInvitee, e); };
        w[QStringLiteral("invitation status")] = [s](QString *e) {
            return InvitationRepository().setStatus(s.event, s.invitee, InvitationStatus::Confirmed, 0, e) != 0;
        };
        w[QStringLiteral("invitation restore")] = [s](QString *e) {
            return InvitationRepository().restoreInvitation(s.event, s.invitee, InvitationState{}, 0, e);
        };
        w[QStringLiteral("invitee bulk insert")] = [](QString *e) {
            return Transaction::run(QSqlDatabase::database(Database::defaultConnectionName()), e,
                                    QStringLiteral("bulk: %1"), [&] {
                InviteeBulkLoader::BulkInserter inserter(Database::defaultConnectionName());
                return inserter.insert(invitee(QStringLiteral("Deepak Gupta"), QStringLiteral("9415000003")), e) != 0;
            });
        };
        w[QStringLiteral("hall")] = [s](QString *e) {
            Hall h;
            h.eventId = s.event;
            h.width = 60;
            h.name = QStringLiteral("Hall B");
            return StallRepository().setHall(h, e);
        };
        w[QStringLiteral("stall insert")] = [s](QString *e) { return StallRepository().insert(stall(s.event, QStringLiteral("B-01"), 10), e) != 0; };
        w[QStringLiteral("stall update")] = [this](QString *e) {
            Stall st = seededStall();
            st.notes = big(QLatin1Char('u'));
            return StallRepository().update(st, e);
        };
        w[QStringLiteral("stall remove")] = [s](QString *e) { return StallRepository().remove(s.stall, e); };
        w[QStringLiteral("stalls insert")] = [s](QString *e) {
            return StallRepository().insertAll({stall(s.event, QStringLiteral("C-01"), 10), stall(s.event, QStringLiteral("C-02"), 20)}, nullptr, e);
        };
        w[QStringLiteral("stalls update")] = [this](QString *e) {
            Stall st = seededStall();
            st.x = 5;
            st.notes = big(QLatin1Char('v'));
            return StallRepository().updateAll({st}, e);
        };
        w[QStringLiteral("stalls remove")] = [s](QString *e) { return StallRepository().removeAll({s.stall}, e); };
        w[QStringLiteral("export upsert")] = [](QString *e) { return ExportRepository().upsert(exportRecord(2020, "PE", 44.8), nullptr, e) != 0; };
        w[QStringLiteral("export insert")] = [](QString *e) { return ExportRepository().insert(exportRecord(2020, "EG", 23.0), e) != 0; };
        w[QStringLiteral("export update")] = [s](QString *e) {
            ExportRecord r = *ExportRepository().find(s.exportRecord);
            r.valueCrore = 60;
            return ExportRepository().update(r, e);
        };
        w[QStringLiteral("exports insert")] = [](QString *e) {
            return ExportRepository().insertAll({exportRecord(2021, "EG", 1), exportRecord(2021, "PE", 2)}, e);
        };
        w[QStringLiteral("exports update")] = [s](QString *e) {
            ExportRecord r = *ExportRepository().find(s.exportRecord);
            r.valueCrore = 61;
            return ExportRepository().updateAll({r}, e);
        };
        w[QStringLiteral("exports remove")] = [s](QString *e) { return ExportRepository().remove({s.exportRecord}, e); };
        w[QStringLiteral("sector")] = [](QString *e) { return SectorRepository().ensure(QStringLiteral("Bamboo crafts"), {}, {}, e) != 0; };
        w[QStringLiteral("setting")] = [](QString *e) {
            return SettingsRepository().setValue(SettingsRepository::DistrictHi, big(QLatin1Char('g')), e);
        };
        w[QStringLiteral("invitee import")] = [](QString *e) {
            QString why;
            auto source = TableReader::openText("name,mobile,sector,notes\nRam Prasad,9415000004,Yarn," + big(QLatin1Char('n')).toUtf8() + "\n", &why);
            if (!source)
                return false;
            return InviteeImport::importSource(*source, {}, e).has_value();
        };
        w[QStringLiteral("export import")] = [](QString *e) {
            QString why;
            const auto table = TableReader::parseText("year,country,product,value\n2020-21,Peru,Terracotta,12\n", &why);
            return table && ExportImport::import(*table, e).has_value();
        };
        w[QStringLiteral("demo")] = [](QString *e) { return DemoData::load(Database::defaultConnectionName(), e) == DemoData::Result::Loaded; };
        return w;
    }

    // Every undo command, made ready to push.
    QMap<QString, std::function<QUndoCommand *()>> commands()
    {
        QMap<QString, std::function<QUndoCommand *()>> c;
        const QString db = Database::defaultConnectionName();
        const Seed &s = m_seed;
        c[QStringLiteral("add event")] = [db] { return new AddEventCommand(db, event(QStringLiteral("New"))); };
        c[QStringLiteral("edit event")] = [db, s] {
            const Event before = *EventRepository().find(s.event);
            Event after = before;
            after.notes = big(QLatin1Char('u'));
            return new EditEventCommand(db, before, after);
        };
        c[QStringLiteral("delete event")] = [db, s] { return new DeleteEventCommand(db, *EventRepository().find(s.event)); };
        c[QStringLiteral("add invitee")] = [db, s] {
            return new AddInviteeCommand(db, invitee(QStringLiteral("Walk-in"), QStringLiteral("9415000005")), s.event,
                                         InvitationStatus::Attended);
        };
        c[QStringLiteral("edit invitee")] = [db, s] {
            const Invitee before = *InviteeRepository().find(s.invitee);
            Invitee after = before;
            after.notes = big(QLatin1Char('u'));
            return new EditInviteeCommand(db, before, after);
        };
        c[QStringLiteral("delete invitees")] = [db, s] { return new DeleteInviteesCommand(db, {s.invitee}, QStringLiteral("गीता")); };
        c[QStringLiteral("set status")] = [db, s] {
            return new SetStatusCommand(db, s.event, {s.invitee}, QList<InvitationStatus>{InvitationStatus::Attended});
        };
        c[QStringLiteral("check in")] = [db, s] {
            return new CheckInCommand(db, s.event, s.invitee, QDate(2021, 9, 24), {InvitationStatus::Attended},
                                      QStringLiteral("गीता"), QStringLiteral("desk 1"));
        };
        c[QStringLiteral("add export")] = [db] { return new AddExportCommand(db, exportRecord(2020, "EG", 23.0)); };
        c[QStringLiteral("edit export")] = [db, s] {
            const ExportRecord before = *ExportRepository().find(s.exportRecord);
            ExportRecord after = before;
            after.valueCrore = 55;
            return new EditExportCommand(db, before, after);
        };
        c[QStringLiteral("delete exports")] = [db, s] { return new DeleteExportsCommand(db, {*ExportRepository().find(s.exportRecord)}); };
        c[QStringLiteral("add stalls")] = [db, s] { return new AddStallsCommand(db, {stall(s.event, QStringLiteral("D-01"), 12)}, QStringLiteral("add")); };
        c[QStringLiteral("remove stalls")] = [db, this] { return new RemoveStallsCommand(db, {seededStall()}); };
        c[QStringLiteral("change stalls")] = [db, this] {
            const Stall before = seededStall();
            Stall after = before;
            after.x = 7;
            after.notes = big(QLatin1Char('m'));
            return new ChangeStallsCommand(db, {before}, {after}, ChangeStallsCommand::Move);
        };
        c[QStringLiteral("set hall")] = [db, s] {
            Hall before = *StallRepository().hall(s.event);
            Hall after = before;
            after.width = 70;
            after.name = QStringLiteral("Hall C");
            return new SetHallCommand(db, before, after);
        };
        c[QStringLiteral("replace stalls")] = [db, s, this] {
            return new ReplaceStallsCommand(db, {seededStall()}, {stall(s.event, QStringLiteral("E-01"), 1)}, QStringLiteral("generate"));
        };
        return c;
    }

private slots:
    void initTestCase()
    {
        // The full disk is a small tmpfs; mounting one needs root (CI runs as root).
        m_smallDisk = ::geteuid() == 0
                      && QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                                     QStringLiteral("size=4m"), QStringLiteral("tmpfs"), m_small.path()}) == 0;
    }
    void cleanupTestCase()
    {
        Database::close();
        if (m_smallDisk)
            QProcess::execute(QStringLiteral("umount"), {m_small.path()});
    }

    void everyRepositoryWrite_data() { addFaultRows(repositoryWrites().keys()); }
    void everyRepositoryWrite()
    {
        QFETCH(int, fault);
        QFETCH(QString, name);
        if (Fault(fault) == Fault::DiskFull && !m_smallDisk)
            QSKIP("no small disk could be mounted here");
        QVERIFY(prepare(Fault(fault)));
        const QByteArray before = contents();
        QString error;
        QVERIFY2(!repositoryWrites().value(name)(&error), "the write claims to have succeeded");
        QVERIFY2(error.contains(cause(Fault(fault))), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("Unable to fetch row")), qPrintable(error));
        QCOMPARE(contents(), before);
    }

    // Redo (the first push) fails: the user hears why, the stack keeps nothing, the file is as it was.
    void everyCommandRedo_data() { addFaultRows(commands().keys()); }
    void everyCommandRedo()
    {
        QFETCH(int, fault);
        QFETCH(QString, name);
        if (Fault(fault) == Fault::DiskFull && !m_smallDisk)
            QSKIP("no small disk could be mounted here");
        QVERIFY(prepare(Fault(fault)));
        QUndoCommand *command = commands().value(name)();
        const QByteArray before = contents();
        QUndoStack stack;
        QSignalSpy errors(ErrorChannel::instance(), &ErrorChannel::writeFailed);
        QVERIFY(!pushWritten(&stack, command));
        QCOMPARE(errors.count(), 1);
        QVERIFY2(errors.constFirst().constFirst().toString().contains(cause(Fault(fault))),
                 qPrintable(errors.constFirst().constFirst().toString()));
        QCOMPARE(stack.count(), 0);
        QCOMPARE(contents(), before);
    }

    // Undo fails (the fault comes after the edit): the user hears why, the step leaves the stack
    // (it can be neither undone nor redone now), and the file keeps the edit.
    void everyCommandUndo_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("name");
        for (const QString &name : commands().keys())
            QTest::addRow("trigger: %s", qPrintable(name)) << int(Fault::Trigger) << name;
        for (const QString &name : commands().keys())
            QTest::addRow("file removed: %s", qPrintable(name)) << int(Fault::FileRemoved) << name;
    }
    void everyCommandUndo()
    {
        QFETCH(int, fault);
        QFETCH(QString, name);
        Database::close();
        m_path = m_dir.filePath(QStringLiteral("undo.db"));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_path + suffix);
        QVERIFY(Database::open(m_path, Database::Mode::CreateIfMissing).ok());
        seed();
        QUndoStack stack;
        QVERIFY(pushWritten(&stack, commands().value(name)()));
        QCOMPARE(stack.count(), 1);
        const QByteArray after = contents();
        if (Fault(fault) == Fault::Trigger) {
            QSqlQuery q(QSqlDatabase::database(Database::defaultConnectionName()));
            for (const char *table : {"events", "invitees", "invitations", "invitation_changes", "halls", "stalls", "export_records", "checkins"})
                for (const char *when : {"INSERT", "UPDATE", "DELETE"})
                    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_%1_%2 BEFORE %2 ON %1"
                                                  " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
                                       .arg(QLatin1String(table), QLatin1String(when))));
        } else {
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(m_path + suffix);
        }
        QSignalSpy errors(ErrorChannel::instance(), &ErrorChannel::writeFailed);
        stack.undo();
        QCOMPARE(errors.count(), 1);
        QVERIFY2(errors.constFirst().constFirst().toString().contains(cause(Fault(fault))),
                 qPrintable(errors.constFirst().constFirst().toString()));
        QCOMPARE(stack.count(), 0);
        QVERIFY(!stack.canRedo());
        QCOMPARE(contents(), after);
    }

    // The two imports are commands made after the fact: their undo and their redo fail alike.
    void importCommandsReportFailure()
    {
        Database::close();
        m_path = m_dir.filePath(QStringLiteral("imports.db"));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_path + suffix);
        QVERIFY(Database::open(m_path, Database::Mode::CreateIfMissing).ok());
        QString error;
        const auto table = TableReader::parseText("name,mobile\nRam Prasad,9415000004\nनेहा सिंह,9415000006\n", &error);
        QVERIFY(table);
        const InviteeImport::Options options;
        const auto plan = InviteeImport::analyse(*table, InviteeImport::mapColumns(table->headers), options, &error);
        QVERIFY(plan);
        const auto applied = InviteeImport::apply(*plan, options, &error);
        QVERIFY(applied);
        const auto figures = TableReader::parseText("year,country,value\n2020-21,Egypt,23\n", &error);
        const auto imported = ExportImport::import(*figures, &error);
        QVERIFY(imported);
        QUndoStack stack;
        QVERIFY(pushWritten(&stack, new ImportInviteesCommand(Database::defaultConnectionName(), *plan, options, *applied,
                                                              QStringLiteral("list.csv"))));
        QVERIFY(pushWritten(&stack, new ImportExportsCommand(Database::defaultConnectionName(), *imported,
                                                             QStringLiteral("figures.csv"))));
        QSqlQuery q(QSqlDatabase::database(Database::defaultConnectionName()));
        for (const char *table : {"invitees", "export_records"})
            QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_%1 BEFORE DELETE ON %1"
                                          " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END").arg(QLatin1String(table))));
        const QByteArray before = contents();
        QSignalSpy errors(ErrorChannel::instance(), &ErrorChannel::writeFailed);
        stack.undo();
        stack.undo();
        QCOMPARE(errors.count(), 2);
        QCOMPARE(stack.count(), 0);
        QCOMPARE(contents(), before);
    }
};

QTEST_GUILESS_MAIN(TestWriteFaults)
#include "tst_writefaults.moc"
