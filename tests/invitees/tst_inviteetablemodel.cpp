#include "events/eventrepository.h"
#include "invitees/invitationrepository.h"
#include "invitees/inviteelistquery.h"
#include "invitees/inviteerepository.h"
#include "invitees/inviteetablemodel.h"
#include "text/languagemanager.h"
#include "testdb.h"

#include <QSignalSpy>
#include <QSqlDatabase>

// The model over 1,000 invitees: it counts without loading rows, loads the rows asked for in
// blocks, follows the filter and the sort, and refreshes when data changes.
class TestInviteeTableModel : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> m_db;
    qint64 m_event = 0;

private slots:
    void initTestCase() { QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en"))); }
    void init()
    {
        m_db = std::make_unique<TestDb>();
        Event e;
        e.nameEn = QStringLiteral("Conclave");
        e.startDate = e.endDate = QDate(2021, 9, 24);
        m_event = EventRepository().insert(e);
        InviteeRepository repo;
        InvitationRepository invitations;
        QSqlDatabase::database(Database::defaultConnectionName()).transaction();
        for (int i = 0; i < 1000; ++i) {
            Invitee v;
            v.name = QStringLiteral("Person %1").arg(i, 4, 10, QLatin1Char('0'));
            v.mobile = QStringLiteral("9%1").arg(i, 9, 10, QLatin1Char('0'));
            v.enterprise = i % 2 ? QStringLiteral("Odd Works") : QStringLiteral("Even Works");
            const qint64 id = repo.insert(v);
            if (i % 10 == 0)
                invitations.setStatus(m_event, id, InvitationStatus::Confirmed);
        }
        QSqlDatabase::database(Database::defaultConnectionName()).commit();
    }
    void cleanup() { m_db.reset(); }

    void countsAndBlocks()
    {
        InviteeTableModel model;
        InviteeFilter filter;
        filter.eventId = m_event;
        model.setFilter(filter);
        // The first screen is there at once; the count follows.
        QCOMPARE(model.rowCount(), InviteeTableModel::BlockSize);
        QVERIFY(!model.isCounted());
        model.countNow();
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.totalIgnoringStatus(), 1000);
        QCOMPARE(model.statusCounts().value(InvitationStatus::Confirmed), 100);
        // A row far down comes from its own block.
        QCOMPARE(model.data(model.index(777, InviteeTableModel::NameColumn)).toString(), QStringLiteral("Person 0777"));
        QCOMPARE(model.data(model.index(0, InviteeTableModel::StatusColumn)).toString(), QStringLiteral("confirmed"));
        QCOMPARE(model.data(model.index(1, InviteeTableModel::StatusColumn)).toString(), QStringLiteral("not yet invited"));
        QVERIFY(model.data(model.index(1000, 0)).isNull());
        QCOMPARE(model.headerData(3, Qt::Vertical, Qt::DisplayRole).toString(), QStringLiteral("4"));
    }

    void filterAndSort()
    {
        InviteeTableModel model;
        model.countNow();
        QSignalSpy counts(&model, &InviteeTableModel::countsChanged);
        InviteeFilter filter;
        filter.eventId = m_event;
        filter.search = QStringLiteral("odd");
        model.setFilter(filter);
        model.countNow();
        QCOMPARE(model.rowCount(), 500);
        QCOMPARE(counts.count(), 1);
        filter.statuses = {InvitationStatus::Confirmed};
        model.setFilter(filter);
        model.countNow();
        QCOMPARE(model.rowCount(), 0); // confirmed are the even ones
        QCOMPARE(model.totalIgnoringStatus(), 500);
        filter.search.clear();
        model.setFilter(filter);
        model.countNow();
        QCOMPARE(model.rowCount(), 100);
        model.sort(InviteeTableModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(model.idAt(0), model.allIds().constFirst());
        QCOMPARE(model.rowAt(0).name, QStringLiteral("Person 0990"));
        QCOMPARE(model.allIds().size(), 100);
    }

    void refreshesOnChanges()
    {
        InviteeTableModel model;
        InviteeFilter filter;
        filter.eventId = m_event;
        filter.statuses = {InvitationStatus::Confirmed};
        model.setFilter(filter);
        model.countNow();
        QCOMPARE(model.rowCount(), 100);
        const qint64 id = InviteeListQuery().ids(InviteeFilter{}).constLast();
        InvitationRepository().setStatus(m_event, id, InvitationStatus::Confirmed);
        QTRY_VERIFY(model.isCounted()); // the count comes from the event loop
        QCOMPARE(model.rowCount(), 101);
        QCOMPARE(model.statusCounts().value(InvitationStatus::Confirmed), 101);
    }

    void headersFollowLanguage()
    {
        InviteeTableModel model;
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        QCOMPARE(model.headerData(InviteeTableModel::NameColumn, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Name"));
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("hi")));
        QCOMPARE(headers.count(), 1);
        QCOMPARE(model.headerData(InviteeTableModel::NameColumn, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("नाम"));
        InviteeFilter filter;
        filter.eventId = m_event;
        model.setFilter(filter);
        model.countNow();
        QCOMPARE(model.data(model.index(0, InviteeTableModel::StatusColumn)).toString(), QStringLiteral("पुष्टि हुई"));
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
    }
};

QTEST_GUILESS_MAIN(TestInviteeTableModel)
#include "tst_inviteetablemodel.moc"
