#include "targetprogress.h"

#include "exports/countries.h"
#include "text/languagemanager.h"

#include <QSet>

double TargetProgress::actualFor(const ExportTarget &target, const QList<ExportRecord> &records, int fyStart)
{
    double sum = 0;
    for (const ExportRecord &r : records) {
        if (r.fyStart != fyStart)
            continue;
        if (!target.countryCode.isEmpty() && r.countryCode != target.countryCode)
            continue;
        if (target.sectorId && r.sectorId != target.sectorId)
            continue;
        sum += r.valueCrore;
    }
    return sum;
}

double TargetProgress::growth(double from, double to, int years)
{
    if (!(from > 0) || !(to > 0) || years <= 0)
        return std::nan("");
    return std::pow(to / from, 1.0 / years) - 1.0;
}

TargetProgress TargetProgress::of(const ExportTarget &target, const QList<ExportRecord> &records)
{
    QSet<int> years;
    for (const ExportRecord &r : records)
        years.insert(r.fyStart);
    TargetProgress p;
    p.target = target;
    p.hasActual = years.contains(target.fyStart);
    if (p.hasActual)
        p.actual = actualFor(target, records, target.fyStart);
    for (int y : std::as_const(years))
        if (y < target.fyStart && y > p.baseYear)
            p.baseYear = y;
    if (p.baseYear) {
        p.baseValue = actualFor(target, records, p.baseYear);
        p.growthNeeded = growth(p.baseValue, target.targetCrore, p.yearsToGo());
    }
    return p;
}

QList<TargetProgress> TargetProgress::of(const QList<ExportTarget> &targets, const QList<ExportRecord> &records)
{
    QList<TargetProgress> out;
    out.reserve(targets.size());
    for (const ExportTarget &t : targets)
        out << of(t, records);
    return out;
}

QString TargetTexts::percent(double fraction)
{
    return LanguageManager::number(100.0 * fraction, 1) + QStringLiteral("%");
}

QString TargetTexts::scope(const ExportTarget &target, const QString &productName)
{
    switch (target.scope()) {
    case ExportTarget::Scope::Overall:
        return tr("All exports");
    case ExportTarget::Scope::Country: {
        const auto country = Countries::instance().byCode(target.countryCode);
        return country ? country->name(LanguageManager::currentLanguage()) : target.countryCode;
    }
    case ExportTarget::Scope::Product:
        return productName;
    }
    return {};
}

QString TargetTexts::progress(const TargetProgress &p)
{
    if (p.hasActual) {
        const double achieved = p.achieved();
        return achieved >= 1 ? tr("target reached (%1)").arg(percent(achieved))
                             : tr("%1 of the target reached").arg(percent(achieved));
    }
    if (!p.baseYear)
        return tr("no figures before this year to measure from");
    const QString base = LanguageManager::digits(ExportRecord::financialYear(p.baseYear));
    if (std::isnan(p.growthNeeded))
        return tr("no figure in %1 to grow from").arg(base);
    if (p.growthNeeded <= 0)
        return tr("already above the target in %1").arg(base);
    return tr("needs %1 growth a year from %2 (%n year(s))", nullptr, p.yearsToGo()).arg(percent(p.growthNeeded), base);
}
