#pragma once

#include "undo/changenotifier.h"
#include "storage/database.h"
#include "invitees/invitee.h"
#include "invitees/invitationrepository.h"
#include "invitees/inviteerepository.h"

#include <QSignalBlocker>
#include <QSqlDatabase>
#include <QStringList>

namespace Bench {

// Invitee number `i` of a district's register as the benchmarks write it: every field filled,
// half the names (and enterprises) in Devanagari, many different first names and surnames.
inline Invitee realisticInvitee(int i, const QList<qint64> &sectors)
{
    static const QStringList firstHi{QStringLiteral("आलोक"), QStringLiteral("मीरा"), QStringLiteral("राजेश"), QStringLiteral("गीता"),
                              QStringLiteral("राम प्रसाद"), QStringLiteral("कमलेश"), QStringLiteral("सुनीता"), QStringLiteral("मोहम्मद"),
                              QStringLiteral("दीपक"), QStringLiteral("नेहा"), QStringLiteral("अजय"), QStringLiteral("लक्ष्मी")};
    static const QStringList lastHi{QStringLiteral("त्रिपाठी"), QStringLiteral("श्रीवास्तव"), QStringLiteral("गुप्ता"), QStringLiteral("निषाद"),
                             QStringLiteral("सिंह"), QStringLiteral("यादव"), QStringLiteral("आरिफ"), QStringLiteral("पांडेय"),
                             QStringLiteral("मिश्रा"), QStringLiteral("वर्मा"), QStringLiteral("चौरसिया"), QStringLiteral("शुक्ला")};
    static const QStringList firstEn{QStringLiteral("Farhan"), QStringLiteral("Sunita"), QStringLiteral("Amit"), QStringLiteral("Neha"),
                              QStringLiteral("Deepak"), QStringLiteral("Priya"), QStringLiteral("Vinod"), QStringLiteral("Anjali"),
                              QStringLiteral("Sanjay"), QStringLiteral("Rekha"), QStringLiteral("Imran"), QStringLiteral("Kavita")};
    static const QStringList lastEn{QStringLiteral("Siddiqui"), QStringLiteral("Yadav"), QStringLiteral("Verma"), QStringLiteral("Gupta"),
                             QStringLiteral("Singh"), QStringLiteral("Tripathi"), QStringLiteral("Khan"), QStringLiteral("Mishra"),
                             QStringLiteral("Pandey"), QStringLiteral("Chaurasia"), QStringLiteral("Shukla"), QStringLiteral("Nishad")};
    Invitee v;
    const bool hindi = i % 2 == 0;
    const int a = (i / 2) % 12, b = (i / 24) % 12;
    v.name = (hindi ? firstHi.at(a) + QLatin1Char(' ') + lastHi.at(b)
                    : firstEn.at(a) + QLatin1Char(' ') + lastEn.at(b))
             + QLatin1Char(' ') + QString::number(i);
    v.designation = hindi ? QStringLiteral("प्रबंध निदेशक") : QStringLiteral("Proprietor");
    v.enterprise = hindi ? QStringLiteral("पूर्वांचल उद्योग इकाई %1").arg(i) : QStringLiteral("Unit %1 Industries").arg(i);
    v.mobile = QStringLiteral("9%1").arg(i, 9, 10, QLatin1Char('0'));
    v.altPhone = QStringLiteral("0551-2%1").arg(i % 1000000, 6, 10, QLatin1Char('0'));
    v.email = QStringLiteral("unit%1@example.in").arg(i);
    v.address = hindi ? QStringLiteral("इंडस्ट्रियल एस्टेट, गीडा सेक्टर %1, गोरखपुर").arg(i % 30)
                      : QStringLiteral("GIDA Sector %1, Gorakhpur").arg(i % 30);
    v.pin = QStringLiteral("2730%1").arg(i % 100, 2, 10, QLatin1Char('0'));
    v.gstin = QStringLiteral("09AAFC%1K1Z6").arg(i, 5, 10, QLatin1Char('0')).left(15);
    v.udyam = QStringLiteral("UDYAM-UP-29-%1").arg(i, 7, 10, QLatin1Char('0'));
    v.iec = QStringLiteral("AAFC%1K").arg(i, 5, 10, QLatin1Char('0'));
    v.exporterStatus = ExporterStatus(i % 3);
    v.exportShare = i % 3 ? i % 101 : -1;
    v.notes = hindi ? QStringLiteral("जिला उद्योग केंद्र द्वारा सत्यापित") : QStringLiteral("Verified by DIC");
    v.sectorId = sectors.at(i % sectors.size());
    return v;
}

// Writes `count` of them into the open default database in one transaction, every third one
// invited to `eventId` (invited or confirmed). Shared by the page and check-in benchmarks so
// both measure the same rows.
inline bool fillInvitees(int count, qint64 eventId, const QList<qint64> &sectors)
{
    const QSignalBlocker quiet(ChangeNotifier::instance());
    QSqlDatabase db = QSqlDatabase::database(Database::defaultConnectionName());
    if (!db.transaction())
        return false;
    InviteeRepository repo;
    InvitationRepository invitations;
    for (int i = 0; i < count; ++i) {
        const Invitee v = realisticInvitee(i, sectors);
        const qint64 id = repo.insert(v);
        if (i % 3 == 0)
            invitations.setStatus(eventId, id, i % 2 ? InvitationStatus::Confirmed : InvitationStatus::Invited);
    }
    return db.commit();
}

} // namespace Bench
