#include "demodata.h"

#include "changenotifier.h"
#include "databaseerrors.h"
#include "eventrepository.h"
#include "exportrepository.h"
#include "inviteerepository.h"
#include "sectorrepository.h"
#include "settingsrepository.h"
#include "stallrepository.h"
#include "transaction.h"
#include "validators.h"

#include <QSqlError>
#include <QSqlQuery>

#include <cmath>
#include <iterator>

namespace {

struct SectorSeed {
    const char *en;
    const char16_t *hi;
    const char *color;
    const char16_t *wordHi; // as it appears in a firm's Hindi name
    const char *wordEn;
};

const SectorSeed Sectors[] = {
    {"Textiles", u"वस्त्र", "#4e79a7", u"वस्त्र", "Textiles"},
    {"Chemicals", u"रसायन", "#f28e2b", u"केमिकल्स", "Chemicals"},
    {"Medical equipment", u"चिकित्सा उपकरण", "#e15759", u"मेडिकल", "Meditech"},
    {"Yarn", u"धागा", "#76b7b2", u"यार्न", "Yarns"},
    {"Terracotta", u"टेराकोटा", "#b5651d", u"टेराकोटा", "Terracotta"},
    {"Readymade garments", u"रेडीमेड वस्त्र", "#59a14f", u"गारमेंट्स", "Garments"},
    {"Food processing", u"खाद्य प्रसंस्करण", "#edc948", u"फूड्स", "Foods"},
    {"Rubber", u"रबर", "#7f7f7f", u"रबर", "Rubber"},
    {"Engineering", u"इंजीनियरिंग", "#9c755f", u"इंजीनियरिंग", "Engineering"},
    {"Handicrafts", u"हस्तशिल्प", "#ff9da7", u"हस्तशिल्प", "Handicrafts"},
};

const char16_t *const FirstHi[] = {u"राजेश", u"सुनील", u"अनीता", u"प्रदीप", u"कविता", u"विनोद",
                                   u"पूनम", u"अशोक", u"रेखा", u"मनोज", u"संजय", u"नीलम",
                                   u"दिनेश", u"सरिता", u"राकेश", u"उमेश", u"ममता", u"अजय",
                                   u"शालिनी", u"विजय"};
const char16_t *const LastHi[] = {u"श्रीवास्तव", u"त्रिपाठी", u"मिश्र", u"यादव", u"गुप्ता",
                                  u"सिंह", u"पाण्डेय", u"वर्मा", u"जायसवाल", u"शुक्ल"};
const char *const FirstEn[] = {"Rajesh", "Sunil", "Anita", "Pradeep", "Kavita", "Vinod", "Poonam",
                               "Ashok", "Rekha", "Manoj", "Sanjay", "Neelam", "Dinesh", "Sarita",
                               "Rakesh", "Umesh", "Mamta", "Ajay", "Shalini", "Vijay"};
const char *const LastEn[] = {"Srivastava", "Tripathi", "Mishra", "Yadav", "Gupta",
                              "Singh", "Pandey", "Verma", "Jaiswal", "Shukla"};
const char16_t *const DesignationHi[] = {u"प्रोपराइटर", u"निदेशक", u"प्रबंध निदेशक", u"साझेदार"};
const char *const DesignationEn[] = {"Proprietor", "Director", "Managing Director", "Partner"};
const char16_t *const PlaceHi[] = {u"गीडा सेक्टर 13, गोरखपुर", u"औद्योगिक आस्थान, गोरखनाथ, गोरखपुर",
                                   u"नथमलपुर, गोरखनाथ, गोरखपुर", u"बरगदवा, गोरखपुर"};
const char *const PlaceEn[] = {"GIDA Sector 13, Gorakhpur", "Industrial Estate, Gorakhnath, Gorakhpur",
                               "Nathmalpur, Gorakhnath, Gorakhpur", "Bargadwa, Gorakhpur"};
const char *const Pins[] = {"273209", "273015", "273015", "273003"};

// A small deterministic generator, so the demo is the same on every machine.
struct Lcg {
    quint32 state = 20210924;
    quint32 next(quint32 bound)
    {
        state = state * 1664525u + 1013904223u;
        return (state >> 8) % bound;
    }
};

QString letters(Lcg &rng, int n)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s += QChar(u'A' + rng.next(26));
    return s;
}

struct ExportSeed {
    const char *country;
    int sector; // index in Sectors
    double crore2020;
};

// 2020-21 figures (₹ crore); earlier years are scaled down. Total about 300.
const ExportSeed Exports[] = {
    {"ZA", 0, 42.0}, {"ZA", 1, 12.0}, {"PE", 3, 21.5}, {"PE", 0, 8.4},  {"EG", 1, 26.0},
    {"EG", 3, 9.6},  {"US", 5, 38.0}, {"US", 4, 6.8},  {"AE", 6, 18.4}, {"AE", 0, 9.9},
    {"NP", 6, 15.3}, {"NP", 1, 7.7},  {"BD", 3, 14.6}, {"BD", 0, 6.1},  {"GB", 5, 12.9},
    {"GB", 9, 4.2},  {"DE", 2, 11.8}, {"LK", 2, 7.4},  {"KE", 2, 6.9},  {"NG", 7, 8.3},
    {"SA", 6, 5.6},  {"AU", 4, 3.9},  {"NL", 9, 3.2},
};

} // namespace

bool DemoData::isLoaded(const QString &connection)
{
    QSqlQuery q(QSqlDatabase::database(connection));
    return q.exec(QStringLiteral("SELECT 1 FROM events WHERE is_demo = 1 LIMIT 1")) && q.next();
}

DemoData::Result DemoData::load(const QString &connection, QString *error)
{
    if (isLoaded(connection))
        return Result::AlreadyLoaded;
    QSqlDatabase db = QSqlDatabase::database(connection);
    Transaction transaction(db);
    // Model refreshes wait until the whole demo is in: one reset at the end.
    QSignalBlocker quiet(ChangeNotifier::instance());
    auto failed = [&](const QString &why) {
        if (error)
            *error = tr("The demo conclave could not be loaded: %1").arg(why);
        return Result::Failed;
    };
    if (!transaction.isActive())
        return failed(transaction.errorText());
    QString why;

    SectorRepository sectors(connection);
    QList<qint64> sectorIds;
    for (const SectorSeed &s : Sectors) {
        const qint64 id = sectors.ensure(QString::fromLatin1(s.en), QString::fromUtf16(s.hi),
                                         QString::fromLatin1(s.color), &why);
        if (!id)
            return failed(why);
        sectorIds << id;
    }

    SettingsRepository settings(connection);
    if (settings.value(SettingsRepository::District).isEmpty()
        && (!settings.setValue(SettingsRepository::District, QStringLiteral("Gorakhpur"), &why)
            || !settings.setValue(SettingsRepository::DistrictHi, QStringLiteral("गोरखपुर"), &why)))
        return failed(why);

    EventRepository events(connection);
    Event lucknow;
    lucknow.nameEn = QStringLiteral("State Export Conclave, Lucknow");
    lucknow.nameHi = QStringLiteral("प्रदेश स्तरीय एक्सपोर्ट कांक्लेव, लखनऊ");
    lucknow.startDate = QDate(2021, 9, 21);
    lucknow.endDate = QDate(2021, 9, 22);
    lucknow.venue = QStringLiteral("Lucknow");
    lucknow.organiser = QStringLiteral("Department of MSME and Export Promotion, Uttar Pradesh");
    lucknow.notes = tr("Demo data: fictional participants.");
    lucknow.isDemo = true;
    const qint64 lucknowId = events.insert(lucknow, &why);
    if (!lucknowId)
        return failed(why);

    Event conclave;
    conclave.nameEn = QStringLiteral("Gorakhpur Export Conclave");
    conclave.nameHi = QStringLiteral("गोरखपुर एक्सपोर्ट कांक्लेव (निर्यात सम्मेलन)");
    conclave.startDate = QDate(2021, 9, 24);
    conclave.endDate = QDate(2021, 9, 24);
    conclave.venue = QStringLiteral("Industrial Estate, Nathmalpur, Gorakhnath, Gorakhpur");
    conclave.organiser = QStringLiteral("District Industries Centre, Gorakhpur");
    conclave.notes = tr("Demo data: the people, firms and figures are fictional.");
    conclave.isDemo = true;
    const qint64 conclaveId = events.insert(conclave, &why);
    if (!conclaveId)
        return failed(why);

    // 200 invitees, half written in Devanagari and half in Latin script, as real lists are.
    InviteeRepository invitees(connection);
    Lcg rng;
    QList<qint64> confirmedIds;
    QList<qint64> confirmedSector;
    const int sectorCount = int(std::size(Sectors));
    for (int i = 0; i < InviteeCount; ++i) {
        Invitee v;
        const bool hindi = i % 2 == 0;
        const int first = int(rng.next(std::size(FirstEn)));
        const int last = int(rng.next(std::size(LastEn)));
        const int sector = int(rng.next(quint32(sectorCount)));
        const int designation = int(rng.next(std::size(DesignationEn)));
        const int place = int(rng.next(std::size(PlaceEn)));
        const SectorSeed &seed = Sectors[sector];
        if (hindi) {
            v.name = QString::fromUtf16(FirstHi[first]) + QLatin1Char(' ') + QString::fromUtf16(LastHi[last]);
            v.designation = QString::fromUtf16(DesignationHi[designation]);
            v.enterprise = QString::fromUtf16(LastHi[last]) + QLatin1Char(' ')
                           + QString::fromUtf16(seed.wordHi) + QStringLiteral(" उद्योग");
            v.address = QString::fromUtf16(PlaceHi[place]);
        } else {
            v.name = QLatin1String(FirstEn[first]) + QLatin1Char(' ') + QLatin1String(LastEn[last]);
            v.designation = QLatin1String(DesignationEn[designation]);
            v.enterprise = QLatin1String(LastEn[last]) + QLatin1Char(' ')
                           + QLatin1String(seed.wordEn)
                           + (i % 3 == 0 ? QStringLiteral(" Pvt. Ltd.") : QStringLiteral(" Industries"));
            v.address = QLatin1String(PlaceEn[place]);
        }
        v.enterprise += QStringLiteral(" %1").arg(i + 1); // keeps firms apart in the demo
        v.sectorId = sectorIds.at(sector);
        v.mobile = QStringLiteral("%1%2").arg(QChar(u'6' + (i % 4))).arg(100000000 + i * 4567 % 900000000, 9, 10, QLatin1Char('0'));
        v.email = i % 4 == 3 ? QString() : QStringLiteral("demo%1@example.in").arg(i + 1, 3, 10, QLatin1Char('0'));
        v.pin = QLatin1String(Pins[place]);
        if (i % 3 != 2) {
            const QString first14 = QStringLiteral("09") + letters(rng, 5)
                                    + QStringLiteral("%1").arg(1000 + rng.next(9000))
                                    + letters(rng, 1) + QStringLiteral("1Z");
            v.gstin = first14 + Validators::gstinCheckCharacter(first14);
            v.iec = v.gstin.mid(2, 10);
        }
        if (i % 2 == 1)
            v.udyam = QStringLiteral("UDYAM-UP-29-%1").arg(10000 + i, 7, 10, QLatin1Char('0'));
        v.exporterStatus = ExporterStatus(i % 3);
        v.exportShare = v.exporterStatus == ExporterStatus::NotExporting ? 0 : int(10 + rng.next(80));
        v.notes = tr("Demo record (fictional).");
        v.isDemo = true;
        const qint64 id = invitees.insert(v, &why);
        if (!id)
            return failed(why);

        // Status at the Gorakhpur conclave: 2 nominated to Lucknow, then a realistic mix.
        InvitationStatus status;
        if (i < 2)
            status = InvitationStatus::Nominated;
        else if (i % 10 < 7)
            status = InvitationStatus::Confirmed;
        else if (i % 10 == 7)
            status = InvitationStatus::Declined;
        else if (i % 10 == 8)
            status = InvitationStatus::Invited;
        else
            status = i % 20 == 9 ? InvitationStatus::NotInvited : InvitationStatus::Invited;
        if (status != InvitationStatus::NotInvited
            && !invitees.setStatus(conclaveId, id, status,
                                   status == InvitationStatus::Nominated ? lucknowId : 0, &why))
            return failed(why);
        if (status == InvitationStatus::Nominated
            && !invitees.setStatus(lucknowId, id, InvitationStatus::Invited, 0, &why))
            return failed(why);
        if (status == InvitationStatus::Confirmed) {
            confirmedIds << id;
            confirmedSector << sectorIds.at(sector);
        }
    }

    // A 40 m × 25 m hall with two blocks of twelve 3 m × 3 m stalls along 3 m aisles.
    StallRepository stalls(connection);
    if (!stalls.setHall(Hall{0, conclaveId, QStringLiteral("Exhibition hall"), 40, 25}, &why))
        return failed(why);
    for (int n = 0; n < StallCount; ++n) {
        Stall s;
        s.eventId = conclaveId;
        const int row = n / 6;        // four rows of six
        const int column = n % 6;
        s.code = QStringLiteral("%1-%2").arg(QChar(u'A' + row)).arg(column + 1, 2, 10, QLatin1Char('0'));
        s.x = 4 + column * 5.5;
        s.y = 2.5 + row * 5.5;
        s.width = 3;
        s.depth = 3;
        if (n < 18 && n < confirmedIds.size()) {
            s.inviteeId = confirmedIds.at(n * 5 % confirmedIds.size());
            s.sectorId = confirmedSector.at(n * 5 % confirmedIds.size());
            s.status = StallStatus::Allotted;
        } else if (n < 21) {
            s.sectorId = sectorIds.at(n % sectorCount);
            s.status = StallStatus::Reserved;
        } else if (n == 23) {
            s.status = StallStatus::Blocked;
            s.notes = tr("Help desk");
        }
        if (!stalls.insert(s, &why))
            return failed(why);
    }

    // District exports for 2018-19 to 2020-21.
    ExportRepository exportsRepo(connection);
    const double scale[] = {0.82, 0.93, 1.0};
    for (int y = 0; y < 3; ++y) {
        for (const ExportSeed &e : Exports) {
            ExportRecord r;
            r.fyStart = 2018 + y;
            r.countryCode = QLatin1String(e.country);
            r.sectorId = sectorIds.at(e.sector);
            r.valueCrore = std::round(e.crore2020 * scale[y] * 10.0) / 10.0;
            r.isDemo = true;
            if (!exportsRepo.upsert(r, nullptr, &why))
                return failed(why);
        }
    }

    if (!transaction.commit())
        return failed(transaction.errorText());
    quiet.unblock();
    ChangeNotifier::instance()->announceReset();
    return Result::Loaded;
}
