#include "events/demodata.h"

#include "undo/changenotifier.h"
#include "events/eventrepository.h"
#include "exports/exportrepository.h"
#include "exports/exchangeraterepository.h"
#include "exports/exporttargetrepository.h"
#include "import/tablereader.h"
#include "invitees/invitationrepository.h"
#include "invitees/inviteerepository.h"
#include "sectors/sectorrepository.h"
#include "storage/settingsrepository.h"
#include "stalls/stallrepository.h"
#include "storage/transaction.h"

#include <QFile>
#include <QHash>
#include <QSqlQuery>

// The demo is data: the CSV files in resources/demo (sectors, events with their halls, the
// invitees with their statuses, the stalls, the export figures), read here with the program's
// own table reader. Changing the demo means editing those files, not this code.

namespace {

// Words of the data files that are shown in the user's language.
[[maybe_unused]] constexpr const char *Translatable[] = {
    QT_TRANSLATE_NOOP("DemoData", "Help desk"),
    QT_TRANSLATE_NOOP("DemoData", "demo: about the RBI reference rate, average of the year"),
};

// A note of a data file in the user's language (one of Translatable above), or as it is.
QString translatedNote(const QString &note)
{
    return note.isEmpty() ? QString() : QCoreApplication::translate("DemoData", note.toUtf8().constData());
}

// One of the demo's files, by column name.
class DemoTable
{
public:
    DemoTable(const QString &name, QString *error)
    {
        QFile file(QStringLiteral(":/demo/%1.csv").arg(name));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = DemoData::tr("the demo file %1 is missing from the program").arg(name);
            return;
        }
        if (auto table = TableReader::parseText(file.readAll(), error))
            m_table = std::move(*table);
    }
    bool ok() const { return !m_table.headers.isEmpty(); }
    int rows() const { return int(m_table.rows.size()); }
    QString at(int row, const char *column) const
    {
        const int c = int(m_table.headers.indexOf(QLatin1String(column)));
        return c < 0 ? QString() : m_table.rows.at(row).value(c).trimmed();
    }

private:
    Table m_table;
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
    QString why;
    auto failed = [&](const QString &reason) {
        if (error)
            *error = tr("The demo conclave could not be loaded: %1").arg(reason);
        return Result::Failed;
    };
    const DemoTable sectorRows(QStringLiteral("sectors"), &why), eventRows(QStringLiteral("events"), &why),
        inviteeRows(QStringLiteral("invitees"), &why), stallRows(QStringLiteral("stalls"), &why),
        exportRows(QStringLiteral("exports"), &why), rateRows(QStringLiteral("rates"), &why),
        targetRows(QStringLiteral("targets"), &why);
    if (!sectorRows.ok() || !eventRows.ok() || !inviteeRows.ok() || !stallRows.ok() || !exportRows.ok()
        || !rateRows.ok() || !targetRows.ok())
        return failed(why);

    QSqlDatabase db = QSqlDatabase::database(connection);
    Transaction transaction(db);
    // Model refreshes wait until the whole demo is in: one reset at the end.
    QSignalBlocker quiet(ChangeNotifier::instance());
    if (!transaction.isActive())
        return failed(transaction.errorText());

    SectorRepository sectors(connection);
    QHash<QString, qint64> sectorIds; // by English name
    for (int r = 0; r < sectorRows.rows(); ++r) {
        const QString name = sectorRows.at(r, "name_en");
        const qint64 id = sectors.ensure(name, sectorRows.at(r, "name_hi"), sectorRows.at(r, "color"), &why);
        if (!id)
            return failed(why);
        sectorIds.insert(name, id);
    }

    SettingsRepository settings(connection);
    if (settings.value(SettingsRepository::District).isEmpty()
        && (!settings.setValue(SettingsRepository::District, QStringLiteral("Gorakhpur"), &why)
            || !settings.setValue(SettingsRepository::DistrictHi, QStringLiteral("गोरखपुर"), &why)))
        return failed(why);

    EventRepository events(connection);
    StallRepository stalls(connection);
    QHash<QString, qint64> eventIds; // by the files' key ("gorakhpur", "lucknow")
    for (int r = 0; r < eventRows.rows(); ++r) {
        Event e;
        e.nameEn = eventRows.at(r, "name_en");
        e.nameHi = eventRows.at(r, "name_hi");
        e.startDate = QDate::fromString(eventRows.at(r, "start"), Qt::ISODate);
        e.endDate = QDate::fromString(eventRows.at(r, "end"), Qt::ISODate);
        e.venue = eventRows.at(r, "venue");
        e.organiser = eventRows.at(r, "organiser");
        e.notes = tr("Demo data: the people, firms and figures are fictional.");
        e.isDemo = true;
        const qint64 id = events.insert(e, &why);
        if (!id)
            return failed(why);
        eventIds.insert(eventRows.at(r, "event"), id);
        if (!eventRows.at(r, "hall_width").isEmpty()
            && !stalls.setHall(Hall{0, id, eventRows.at(r, "hall"), eventRows.at(r, "hall_width").toDouble(),
                                    eventRows.at(r, "hall_depth").toDouble()},
                               &why))
            return failed(why);
    }

    // The invitees, half written in Devanagari and half in Latin script, as real lists are,
    // with their status at each event.
    InviteeRepository invitees(connection);
    InvitationRepository invitations(connection);
    QHash<QString, qint64> inviteeIds; // by mobile, for the stalls
    for (int r = 0; r < inviteeRows.rows(); ++r) {
        Invitee v;
        v.name = inviteeRows.at(r, "name");
        v.designation = inviteeRows.at(r, "designation");
        v.enterprise = inviteeRows.at(r, "enterprise");
        v.sectorId = sectorIds.value(inviteeRows.at(r, "sector"));
        v.mobile = inviteeRows.at(r, "mobile");
        v.email = inviteeRows.at(r, "email");
        v.address = inviteeRows.at(r, "address");
        v.pin = inviteeRows.at(r, "pin");
        v.gstin = inviteeRows.at(r, "gstin");
        v.udyam = inviteeRows.at(r, "udyam");
        v.iec = inviteeRows.at(r, "iec");
        v.exporterStatus = ExporterStatus(inviteeRows.at(r, "exporter_status").toInt());
        v.exportShare = inviteeRows.at(r, "export_share").isEmpty() ? -1 : inviteeRows.at(r, "export_share").toInt();
        v.notes = tr("Demo record (fictional).");
        v.isDemo = true;
        const qint64 id = invitees.insert(v, &why);
        if (!id)
            return failed(why);
        inviteeIds.insert(v.mobile, id);
        for (const auto &[event, column] : {std::pair{"gorakhpur", "status_gorakhpur"}, std::pair{"lucknow", "status_lucknow"}}) {
            const QString key = inviteeRows.at(r, column);
            if (key.isEmpty())
                continue;
            const InvitationStatus status = InvitationStatuses::fromKey(key);
            const qint64 nominatedTo = status == InvitationStatus::Nominated
                                           ? eventIds.value(inviteeRows.at(r, "nominated_to"))
                                           : 0;
            if (!invitations.setStatus(eventIds.value(QLatin1String(event)), id, status, nominatedTo, &why))
                return failed(why);
        }
    }

    // The stalls of the Gorakhpur conclave's hall, allotted by the holder's mobile.
    for (int r = 0; r < stallRows.rows(); ++r) {
        Stall s;
        s.eventId = eventIds.value(QStringLiteral("gorakhpur"));
        s.code = stallRows.at(r, "code");
        s.x = stallRows.at(r, "x").toDouble();
        s.y = stallRows.at(r, "y").toDouble();
        s.width = stallRows.at(r, "width").toDouble();
        s.depth = stallRows.at(r, "depth").toDouble();
        s.sectorId = sectorIds.value(stallRows.at(r, "category"));
        s.status = StallStatuses::fromKey(stallRows.at(r, "status"));
        s.inviteeId = inviteeIds.value(stallRows.at(r, "holder_mobile"));
        s.notes = translatedNote(stallRows.at(r, "notes"));
        if (!stalls.insert(s, &why))
            return failed(why);
    }

    // The district's exports, 2018-19 to 2020-21 (about ₹300 crore in 2020-21).
    ExportRepository exportsRepo(connection);
    for (int r = 0; r < exportRows.rows(); ++r) {
        ExportRecord e;
        e.fyStart = exportRows.at(r, "year").toInt();
        e.countryCode = exportRows.at(r, "country");
        e.sectorId = sectorIds.value(exportRows.at(r, "product"));
        e.valueCrore = exportRows.at(r, "value_crore").toDouble();
        e.isDemo = true;
        if (!exportsRepo.upsert(e, nullptr, &why))
            return failed(why);
    }

    // The exchange rates of those years, and the District Export Action Plan's targets (the
    // Gorakhpur conclave spoke of ₹1,000 crore).
    for (int r = 0; r < rateRows.rows(); ++r)
        if (!ExchangeRateRepository(connection).set({rateRows.at(r, "year").toInt(), rateRows.at(r, "inr_per_usd").toDouble(),
                                                     translatedNote(rateRows.at(r, "note"))}, &why))
            return failed(why);
    for (int r = 0; r < targetRows.rows(); ++r) {
        ExportTarget t;
        t.fyStart = targetRows.at(r, "year").toInt();
        t.countryCode = targetRows.at(r, "country");
        t.sectorId = sectorIds.value(targetRows.at(r, "product"));
        t.targetCrore = targetRows.at(r, "target_crore").toDouble();
        if (!ExportTargetRepository(connection).insert(t, &why))
            return failed(why);
    }

    if (!transaction.commit())
        return failed(transaction.errorText());
    quiet.unblock();
    ChangeNotifier::instance()->announceReset();
    return Result::Loaded;
}
