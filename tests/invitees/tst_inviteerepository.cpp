#include "invitees/inviteecolumns.h"
#include "invitees/inviteelistquery.h"
#include "invitees/inviteerepository.h"
#include "stalls/stallrepository.h"
#include "inviteefixture.h"
#include "testdb.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace InviteeFixture;

// The invitee record: its columns, duplicates, update, delete and restore.
class TestInviteeRepository : public QObject, private WithPeople
{
    Q_OBJECT

private slots:
    void init() { setUpPeople(); }
    void cleanup() { tearDownPeople(); }

    // Every field is written and read back through the one column table (inviteecolumns.h),
    // and the optional ones are stored as NULL when empty (unique indexes ignore them).
    void everyFieldRoundTrips()
    {
        InviteeRepository repo;
        Invitee v = person(QStringLiteral("रेखा मौर्य"), QStringLiteral("9450011223"), QStringLiteral("Maurya Crafts"),
                           QStringLiteral("rekha@example.in"), QStringLiteral("09AAACM1234F1Z5"),
                           QStringLiteral("UDYAM-UP-43-0012345"));
        v.designation = QStringLiteral("Proprietor");
        v.sectorId = m_textiles;
        v.altPhone = QStringLiteral("0551-2200113");
        v.address = QStringLiteral("Bakshipur, Gorakhpur");
        v.pin = QStringLiteral("273001");
        v.iec = QStringLiteral("0512345678");
        v.exporterStatus = ExporterStatus::ThroughMerchant;
        v.exportShare = 35;
        v.notes = QStringLiteral("Terracotta");
        v.isDemo = true;
        v.id = repo.insert(v);
        QVERIFY(v.id);
        Invitee read = *repo.find(v.id);
        QCOMPARE(read, v);
        QCOMPARE(read.version, 1);

        read.email.clear();
        read.gstin.clear();
        read.udyam.clear();
        read.sectorId = 0;
        read.exportShare = -1;
        QVERIFY(repo.update(read));
        const Invitee updated = *repo.find(v.id);
        QCOMPARE(updated, read);
        QCOMPARE(updated.version, 2);
        QSqlQuery q(QSqlDatabase::database(Database::defaultConnectionName()));
        q.prepare(QStringLiteral("SELECT email IS NULL AND gstin IS NULL AND udyam IS NULL AND sector_id IS NULL"
                                 " AND export_share IS NULL FROM invitees WHERE id = ?"));
        q.addBindValue(v.id);
        QVERIFY(q.exec() && q.next());
        QVERIFY(q.value(0).toBool());
    }

    // The column table names every column of `invitees` but those the writers add themselves.
    void columnsCoverTheTable()
    {
        const QSqlRecord table = QSqlDatabase::database(Database::defaultConnectionName()).record(QStringLiteral("invitees"));
        QVERIFY(!table.isEmpty());
        QStringList described;
        for (const InviteeColumns::Column &column : InviteeColumns::all())
            described << column.name;
        const QStringList writersOwn{QStringLiteral("search_text"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                     QStringLiteral("changed_at"), QStringLiteral("changed_desk"),
                                     QStringLiteral("changed_user")};
        QStringList missing;
        for (int i = 0; i < table.count(); ++i)
            if (!described.contains(table.fieldName(i)) && !writersOwn.contains(table.fieldName(i)))
                missing << table.fieldName(i);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(", "))));
        for (const QString &name : std::as_const(described))
            QVERIFY2(table.contains(name), qPrintable(name));
    }

    void duplicates_data()
    {
        QTest::addColumn<QString>("mobile");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("gstin");
        QTest::addColumn<QString>("udyam");
        QTest::addColumn<QString>("field");
        QTest::newRow("mobile") << "9839012345" << "" << "" << "" << "mobile";
        QTest::newRow("email in another case") << "6000000001" << "FARHAN@example.IN" << "" << "" << "email";
        QTest::newRow("gstin") << "6000000001" << "" << "27AAPFU0939F1ZV" << "" << "gstin";
        QTest::newRow("udyam") << "6000000001" << "" << "" << "UDYAM-UP-29-0004567" << "udyam";
        QTest::newRow("none") << "6000000001" << "new@example.in" << "" << "" << "";
    }

    void duplicates()
    {
        QFETCH(QString, mobile);
        QFETCH(QString, email);
        QFETCH(QString, gstin);
        QFETCH(QString, udyam);
        QFETCH(QString, field);
        const auto matches = InviteeRepository().duplicates(person(QStringLiteral("New"), mobile, {}, email, gstin, udyam));
        if (field.isEmpty()) {
            QVERIFY(matches.isEmpty());
        } else {
            QCOMPARE(matches.size(), 1);
            QCOMPARE(matches.first().field, field);
        }
        // A record is not its own duplicate.
        const qint64 alok = m_ids.value(QStringLiteral("आलोक त्रिपाठी"));
        Invitee self = *InviteeRepository().find(alok);
        QVERIFY(InviteeRepository().duplicates(self).isEmpty());
    }

    void updateRefreshesSearch()
    {
        InviteeRepository repo;
        InviteeListQuery listQuery;
        Invitee v = *repo.find(m_ids.value(QStringLiteral("Sunita Yadav")));
        v.enterprise = QStringLiteral("Nathmalpur Looms");
        QVERIFY(repo.update(v));
        InviteeFilter filter;
        filter.search = QStringLiteral("looms");
        QCOMPARE(listQuery.count(filter), 1);
        QCOMPARE(repo.find(v.id)->enterprise, QStringLiteral("Nathmalpur Looms"));
    }

    void removeAndRestore()
    {
        InviteeRepository repo;
        InvitationRepository invitations;
        const qint64 sunita = m_ids.value(QStringLiteral("Sunita Yadav"));
        const qint64 farhan = m_ids.value(QStringLiteral("Farhan Siddiqui"));
        Stall s;
        s.eventId = m_event;
        s.code = QStringLiteral("A-01");
        s.inviteeId = sunita;
        const qint64 stall = StallRepository().insert(s);
        RowSnapshot snapshot;
        QVERIFY(repo.remove({sunita, farhan}, &snapshot));
        QCOMPARE(repo.count(), 2);
        QCOMPARE(StallRepository().stalls(m_event).first().inviteeId, 0); // freed
        QVERIFY(repo.restore(snapshot));
        QCOMPARE(repo.count(), 4);
        QCOMPARE(invitations.status(m_event, farhan), InvitationStatus::Confirmed);
        QCOMPARE(invitations.history(m_event, farhan).size(), 2);
        QCOMPARE(StallRepository().stalls(m_event).first().id, stall);
        QCOMPARE(StallRepository().stalls(m_event).first().inviteeId, sunita);
        QVERIFY(Database::check().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInviteeRepository)
#include "tst_inviteerepository.moc"
