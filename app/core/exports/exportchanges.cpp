#include "exports/exportchanges.h"

#include "exports/countries.h"
#include "exports/exportrecord.h"
#include "sectors/sectorrepository.h"

namespace ExportChanges {

void compare(QList<FieldChange> &changes, const char *column, const QString &a, const QString &b)
{
    if (a != b)
        changes << FieldChange{QLatin1String(column), a, b};
}

QList<FieldChange> keyChanges(const Key &before, const Key &after, const QString &connection)
{
    auto sectorName = [&](qint64 sectorId) -> QString {
        const auto sector = sectorId ? SectorRepository(connection).find(sectorId) : std::nullopt;
        return sector ? sector->nameEn : QString();
    };
    auto country = [](const QString &code) -> QString {
        if (code.isEmpty())
            return {};
        const auto c = Countries::instance().byCode(code);
        return c ? c->nameEn : code;
    };
    auto year = [](int fyStart) { return fyStart ? ExportRecord::financialYear(fyStart) : QString(); };
    QList<FieldChange> changes;
    compare(changes, "fy_start", year(before.fyStart), year(after.fyStart));
    compare(changes, "country_code", country(before.countryCode), country(after.countryCode));
    if (before.sectorId != after.sectorId)
        changes << FieldChange{QStringLiteral("sector_id"), sectorName(before.sectorId), sectorName(after.sectorId)};
    return changes;
}

} // namespace ExportChanges
