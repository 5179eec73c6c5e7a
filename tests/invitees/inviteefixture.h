#pragma once

// The invitees the tests of InviteeRepository, InvitationRepository and InviteeListQuery start
// from: four people in both scripts, two in a sector, two with an invitation to one event.

#include "events/eventrepository.h"
#include "invitees/invitationrepository.h"
#include "invitees/inviteelist.h"
#include "invitees/inviteerepository.h"
#include "sectors/sectorrepository.h"
#include "testdb.h"

#include <QHash>
#include <QTest>
#include <memory>

namespace InviteeFixture {

inline Invitee person(const QString &name, const QString &mobile, const QString &enterprise = {},
                      const QString &email = {}, const QString &gstin = {}, const QString &udyam = {})
{
    Invitee v;
    v.name = name;
    v.mobile = mobile;
    v.enterprise = enterprise;
    v.email = email;
    v.gstin = gstin;
    v.udyam = udyam;
    return v;
}

inline qint64 makeEvent(const QString &name = QStringLiteral("Conclave"))
{
    Event e;
    e.nameEn = name;
    e.startDate = e.endDate = QDate(2021, 9, 24);
    return EventRepository().insert(e);
}

inline QStringList names(const QList<InviteeRow> &rows)
{
    QStringList out;
    for (const InviteeRow &r : rows)
        out << r.name;
    return out;
}

struct People {
    qint64 event = 0;
    qint64 textiles = 0;
    QHash<QString, qint64> ids; // by name
};

// Fails the running test (QVERIFY) when they cannot be written.
inline void addPeople(People &people)
{
    people.event = makeEvent();
    people.textiles = SectorRepository().ensure(QStringLiteral("Textiles"), QStringLiteral("वस्त्र"));
    InviteeRepository repo;
    InvitationRepository invitations;
    auto add = [&](Invitee v, qint64 sector = 0) {
        v.sectorId = sector;
        const qint64 id = repo.insert(v);
        QVERIFY(id);
        people.ids.insert(v.name, id);
    };
    add(person(QStringLiteral("आलोक त्रिपाठी"), QStringLiteral("9839012345"),
               QStringLiteral("पूर्वांचल रबर उद्योग, उ0प्र0"), QStringLiteral("alok@example.in"),
               QStringLiteral("27AAPFU0939F1ZV")));
    add(person(QStringLiteral("Farhan Siddiqui"), QStringLiteral("9415012345"),
               QStringLiteral("Gorakh Meditech Ltd"), QStringLiteral("Farhan@Example.in"), {},
               QStringLiteral("UDYAM-UP-29-0004567")));
    add(person(QStringLiteral("मीरा श्रीवास्तव"), QStringLiteral("7007001234"),
               QStringLiteral("गोरखपुर वस्त्र उद्यमी संघ")), people.textiles);
    add(person(QStringLiteral("Sunita Yadav"), QStringLiteral("8090123456"),
               QStringLiteral("Purvanchal Textiles")), people.textiles);
    QVERIFY(invitations.setStatus(people.event, people.ids.value(QStringLiteral("Farhan Siddiqui")), InvitationStatus::Invited));
    QVERIFY(invitations.setStatus(people.event, people.ids.value(QStringLiteral("Farhan Siddiqui")), InvitationStatus::Confirmed));
    QVERIFY(invitations.setStatus(people.event, people.ids.value(QStringLiteral("Sunita Yadav")), InvitationStatus::Invited));
}

// For a test class (after QObject among its bases): a new database with the people for each
// test function, from its init() (setUpPeople) to its cleanup() (tearDownPeople).
class WithPeople
{
protected:
    void setUpPeople()
    {
        m_db = std::make_unique<TestDb>();
        People people;
        addPeople(people);
        m_event = people.event;
        m_textiles = people.textiles;
        m_ids = people.ids;
    }
    void tearDownPeople() { m_db.reset(); }

    std::unique_ptr<TestDb> m_db;
    qint64 m_event = 0;
    qint64 m_textiles = 0;
    QHash<QString, qint64> m_ids; // by name
};

} // namespace InviteeFixture
