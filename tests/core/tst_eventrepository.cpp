#include "undo/changenotifier.h"
#include "events/eventcommands.h"
#include "events/eventmodel.h"
#include "events/eventrepository.h"
#include "invitees/invitationrepository.h"
#include "invitees/inviteerepository.h"
#include "stalls/stallrepository.h"
#include "testdb.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QUndoStack>

namespace {
Event sampleEvent(const QString &name = QStringLiteral("Gorakhpur Export Conclave"))
{
    Event e;
    e.nameEn = name;
    e.nameHi = QStringLiteral("गोरखपुर एक्सपोर्ट कांक्लेव");
    e.startDate = QDate(2021, 9, 24);
    e.endDate = QDate(2021, 9, 24);
    e.venue = QStringLiteral("Industrial Estate, Nathmalpur");
    return e;
}

int count(const QString &table)
{
    QSqlQuery q(QSqlDatabase::database(Database::defaultConnectionName()));
    q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return q.next() ? q.value(0).toInt() : -1;
}
} // namespace

class TestEventRepository : public QObject
{
    Q_OBJECT
private slots:
    void validate_data()
    {
        QTest::addColumn<QString>("nameEn");
        QTest::addColumn<QString>("nameHi");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<bool>("valid");
        const QDate d(2021, 9, 21);
        QTest::newRow("english name") << "Conclave" << "" << d << d << true;
        QTest::newRow("hindi name only") << "" << "कांक्लेव" << d << d << true;
        QTest::newRow("no name") << "  " << "" << d << d << false;
        QTest::newRow("two days") << "Lucknow" << "" << d << d.addDays(1) << true;
        QTest::newRow("ends before it starts") << "Lucknow" << "" << d << d.addDays(-1) << false;
        QTest::newRow("no start") << "Lucknow" << "" << QDate() << d << false;
        QTest::newRow("no end") << "Lucknow" << "" << d << QDate() << false;
    }
    void validate()
    {
        QFETCH(QString, nameEn);
        QFETCH(QString, nameHi);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(bool, valid);
        Event e;
        e.nameEn = nameEn;
        e.nameHi = nameHi;
        e.startDate = start;
        e.endDate = end;
        QCOMPARE(EventRepository::validate(e).isEmpty(), valid);
        TestDb db;
        QString error;
        QCOMPARE(EventRepository().insert(e, &error) != 0, valid);
        QCOMPARE(error.isEmpty(), valid);
    }

    void insertFindUpdate()
    {
        TestDb db;
        EventRepository repo;
        QSignalSpy changed(ChangeNotifier::instance(), &ChangeNotifier::changed);
        const qint64 id = repo.insert(sampleEvent());
        QVERIFY(id > 0);
        QCOMPARE(changed.count(), 1);
        auto found = repo.find(id);
        QVERIFY(found);
        QCOMPARE(found->nameHi, QStringLiteral("गोरखपुर एक्सपोर्ट कांक्लेव"));
        QCOMPARE(found->startDate, QDate(2021, 9, 24));
        found->venue = QStringLiteral("Gorakhnath");
        QVERIFY(repo.update(*found));
        QCOMPARE(repo.find(id)->venue, QStringLiteral("Gorakhnath"));
        Event bad = *found;
        bad.endDate = QDate(2021, 9, 1);
        QVERIFY(!repo.update(bad));
        QCOMPARE(repo.find(id)->endDate, QDate(2021, 9, 24));
    }

    void undoRedoAddEditDelete()
    {
        TestDb db;
        EventModel model;
        QUndoStack stack;
        auto *add = new AddEventCommand(Database::defaultConnectionName(), sampleEvent());
        stack.push(add);
        QCOMPARE(model.rowCount(), 1);
        const qint64 id = add->eventId();

        Event edited = *EventRepository().find(id);
        const Event before = edited;
        edited.nameEn = QStringLiteral("Export Conclave 2021");
        stack.push(new EditEventCommand(Database::defaultConnectionName(), before, edited));
        QCOMPARE(model.eventAt(0).nameEn, QStringLiteral("Export Conclave 2021"));
        stack.undo();
        QCOMPARE(model.eventAt(0).nameEn, QStringLiteral("Gorakhpur Export Conclave"));
        stack.redo();
        QCOMPARE(model.eventAt(0).nameEn, QStringLiteral("Export Conclave 2021"));

        stack.undo();
        stack.undo(); // the add
        QCOMPARE(model.rowCount(), 0);
        stack.redo(); // back, with the same id
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.eventAt(0).id, id);
    }

    void deleteRestoresEverythingOnUndo()
    {
        TestDb db;
        EventRepository events;
        const qint64 conclave = events.insert(sampleEvent());
        Event lucknowEvent = sampleEvent(QStringLiteral("State Export Conclave"));
        lucknowEvent.startDate = QDate(2021, 9, 21);
        const qint64 lucknow = events.insert(lucknowEvent);
        InviteeRepository invitees;
        InvitationRepository invitations;
        Invitee person;
        person.name = QStringLiteral("आलोक त्रिपाठी");
        person.mobile = QStringLiteral("9839012345");
        const qint64 personId = invitees.insert(person);
        QVERIFY(personId);
        QVERIFY(invitations.setStatus(conclave, personId, InvitationStatus::Invited));
        QVERIFY(invitations.setStatus(conclave, personId, InvitationStatus::Nominated, lucknow));
        QVERIFY(invitations.setStatus(lucknow, personId, InvitationStatus::Confirmed));
        StallRepository stalls;
        QVERIFY(stalls.setHall(Hall{0, lucknow, QStringLiteral("Hall"), 30, 20}));
        Stall s;
        s.eventId = lucknow;
        s.code = QStringLiteral("A-01");
        s.inviteeId = personId;
        s.status = StallStatus::Allotted;
        QVERIFY(stalls.insert(s));
        QCOMPARE(count(QStringLiteral("invitation_changes")), 3);

        QUndoStack stack;
        stack.push(new DeleteEventCommand(Database::defaultConnectionName(), *events.find(lucknow)));
        QVERIFY(!events.find(lucknow));
        QCOMPARE(count(QStringLiteral("stalls")), 0);
        QCOMPARE(count(QStringLiteral("halls")), 0);
        QCOMPARE(count(QStringLiteral("invitations")), 1);
        QCOMPARE(invitations.status(conclave, personId), InvitationStatus::Nominated);
        QSqlQuery q(QSqlDatabase::database(Database::defaultConnectionName()));
        q.exec(QStringLiteral("SELECT nominated_event_id FROM invitations WHERE event_id = %1").arg(conclave));
        QVERIFY(q.next());
        QVERIFY(q.value(0).isNull()); // the nomination lost its target

        stack.undo();
        QVERIFY(events.find(lucknow));
        QCOMPARE(events.find(lucknow)->nameEn, QStringLiteral("State Export Conclave"));
        QCOMPARE(count(QStringLiteral("stalls")), 1);
        QCOMPARE(stalls.stalls(lucknow).constFirst().inviteeId, personId);
        QCOMPARE(stalls.hall(lucknow)->width, 30.0);
        QCOMPARE(invitations.status(lucknow, personId), InvitationStatus::Confirmed);
        QCOMPARE(count(QStringLiteral("invitation_changes")), 3);
        q.exec(QStringLiteral("SELECT nominated_event_id FROM invitations WHERE event_id = %1").arg(conclave));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), lucknow);
        QVERIFY(Database::check().isEmpty());

        stack.redo();
        QVERIFY(!events.find(lucknow));
        QVERIFY(Database::check().isEmpty());
    }

    void modelFollowsLanguage()
    {
        TestDb db;
        EventModel model;
        EventRepository().insert(sampleEvent());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.headerData(EventModel::NameColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Event"));
        QCOMPARE(model.data(model.index(0, EventModel::NameColumn)).toString(),
                 QStringLiteral("Gorakhpur Export Conclave"));
    }
};

QTEST_GUILESS_MAIN(TestEventRepository)
#include "tst_eventrepository.moc"
