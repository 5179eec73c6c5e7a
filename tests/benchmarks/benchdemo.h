#pragma once

#include "events/demodata.h"
#include "events/eventrepository.h"
#include "invitees/inviteelistquery.h"
#include "invitees/inviteerepository.h"
#include "storage/database.h"

#include <QDate>
#include <QList>
#include <QString>

// The demo conclave as the benchmarks grow it: opened in a new file, and its invitees copied
// with new names and numbers.
namespace Bench {

struct DemoConclave {
    qint64 eventId = 0;     // the Gorakhpur conclave
    QList<qint64> invitees; // the demo's invitees, in the list's order
};

// A new database at `path` with the demo loaded, left open; the program stops if it cannot.
inline DemoConclave openDemo(const QString &path)
{
    if (!Database::open(path, Database::Mode::CreateIfMissing).ok() || DemoData::load() != DemoData::Result::Loaded)
        qFatal("cannot create %s", qPrintable(path));
    DemoConclave demo;
    for (const Event &e : EventRepository().all())
        if (e.startDate == QDate(2021, 9, 24))
            demo.eventId = e.id;
    InviteeFilter filter;
    filter.eventId = demo.eventId;
    demo.invitees = InviteeListQuery().ids(filter);
    return demo;
}

// Invitee number `i` (`i` ≥ the demo's 200): a copy of one of the demo's with the number in its
// name, a mobile of its own, and no e-mail, GSTIN or Udyam (they must be unique). Its id, 0 if
// it could not be written.
inline qint64 addCopy(const DemoConclave &demo, int i)
{
    InviteeRepository invitees;
    Invitee v = *invitees.find(demo.invitees.at(i % demo.invitees.size()));
    v.id = 0;
    v.name += QStringLiteral(" %1").arg(i);
    v.mobile = QStringLiteral("9%1").arg(i, 9, 10, QLatin1Char('0'));
    v.email.clear();
    v.gstin.clear();
    v.udyam.clear();
    return invitees.insert(v);
}

} // namespace Bench
