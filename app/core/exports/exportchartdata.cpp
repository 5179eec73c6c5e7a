#include "exportchartdata.h"

#include "exports/countries.h"
#include "exports/hschapters.h"
#include "exports/targetprogress.h"
#include "text/languagemanager.h"

#include <QMap>

#include <algorithm>

namespace {

// Tableau 10: distinct, calm colours that survive a projector and a grey-scale photocopy.
const QColor Palette[] = {QColor(0x4e79a7), QColor(0xf28e2b), QColor(0xe15759), QColor(0x76b7b2), QColor(0x59a14f),
                          QColor(0xedc948), QColor(0xb07aa1), QColor(0xff9da7), QColor(0x9c755f), QColor(0xbab0ac)};
const QColor OtherColour(0xa0a0a0);
const QColor TargetColour(0xbab0ac);

struct Names {
    const QHash<qint64, Sector> &sectors;
    QString language = LanguageManager::currentLanguage();

    QString operator()(const QString &key, ExportStats::By by) const
    {
        if (key == ExportStats::Other)
            return ExportChartData::tr("Other");
        if (by == ExportStats::By::Country) {
            const auto country = Countries::instance().byCode(key);
            return country ? country->name(language) : key;
        }
        if (by == ExportStats::By::Chapter) {
            // Long headings would squeeze the bars: a label of some 40 characters at most.
            const QString label = HsChapters::instance().label(key, language);
            return label.size() > 42 ? label.left(40).trimmed() + QChar(0x2026) : label;
        }
        const auto it = sectors.constFind(key.toLongLong());
        return it == sectors.cend() ? ExportChartData::tr("Unspecified") : it->name(language);
    }
    // A product's own colour (the sector's), else the palette's.
    QColor colour(const QString &key, int index) const
    {
        if (key == ExportStats::Other)
            return OtherColour;
        const auto it = sectors.constFind(key.toLongLong());
        if (it != sectors.cend() && QColor::isValidColorName(it->color))
            return QColor::fromString(it->color);
        return ExportChartData::paletteColour(index);
    }
};

QString amount(double value)
{
    return LanguageManager::number(value, 2);
}

// "Exports against the target: ₹1,000.00 crore in 2026-27 needs 49.4% growth a year from
// 2023-24 (3 years)": the nearest overall target from the latest year with figures.
QString targetsTitle(const QList<ExportRecord> &records, const QList<ExportTarget> &targets)
{
    QList<ExportTarget> overall;
    for (const ExportTarget &t : targets)
        if (t.scope() == ExportTarget::Scope::Overall)
            overall << t;
    if (overall.isEmpty())
        return ExportChartData::tr("No export targets yet: set them with Targets…");
    std::sort(overall.begin(), overall.end(), [](const ExportTarget &a, const ExportTarget &b) { return a.fyStart < b.fyStart; });
    const QList<int> years = ExportStats::years(records);
    const int latest = years.isEmpty() ? 0 : years.constLast();
    ExportTarget shown = overall.constLast();
    for (const ExportTarget &t : std::as_const(overall))
        if (t.fyStart >= latest) {
            shown = t;
            break;
        }
    const TargetProgress progress = TargetProgress::of(shown, records);
    return ExportChartData::tr("Exports against the target: %1 in %2, %3")
        .arg(ExportChartData::crore(shown.targetCrore), LanguageManager::digits(ExportRecord::financialYear(shown.fyStart)),
             TargetTexts::progress(progress));
}

} // namespace

QColor ExportChartData::paletteColour(int index)
{
    return Palette[index % int(std::size(Palette))];
}

QColor ExportChartData::otherColour()
{
    return OtherColour;
}

QString ExportChartData::crore(double value)
{
    return tr("₹%1 crore").arg(LanguageManager::number(value, 2));
}

QString ExportChartData::percent(double part, double whole)
{
    return LanguageManager::number(whole > 0 ? 100.0 * part / whole : 0.0, 1) + QStringLiteral("%");
}

QString ExportChartData::pickKey(int category) const
{
    if ((kind != Kind::Bars && kind != Kind::Share) || category < 0 || category >= categories.size())
        return {};
    const QString &key = categories.at(category).key;
    return key == ExportStats::Other ? QString() : key;
}

int ExportChartData::yearShown(const QList<ExportRecord> &records, const ExportChartOptions &options)
{
    const QList<int> years = ExportStats::years(records);
    if (options.kind == Kind::Trend || options.kind == Kind::Targets)
        return years.isEmpty() ? 0 : years.constLast();
    if (options.fyStart)
        return years.contains(options.fyStart) ? options.fyStart : 0;
    return years.isEmpty() ? 0 : years.constLast();
}

QString ExportChartData::titleFor(const QList<ExportRecord> &records, const QString &district, const ExportChartOptions &options)
{
    const int year = yearShown(records, options);
    QString text;
    if (!year) {
        text = options.fyStart ? tr("No export figures for %1")
                                     .arg(LanguageManager::digits(ExportRecord::financialYear(options.fyStart)))
                               : tr("No export figures yet");
    } else if (options.kind == Kind::Targets) {
        text = targetsTitle(records, options.targets);
    } else if (options.kind == Kind::Trend) {
        const QList<int> years = ExportStats::years(records);
        text = tr("Exports over the years, %1 to %2: the leading countries")
                   .arg(LanguageManager::digits(ExportRecord::financialYear(years.constFirst())),
                        LanguageManager::digits(ExportRecord::financialYear(years.constLast())));
    } else {
        const QString fy = LanguageManager::digits(ExportRecord::financialYear(year));
        const QString total = crore(ExportStats::total(records, year));
        const bool byCountry = options.by == ExportStats::By::Country;
        const bool byChapter = options.by == ExportStats::By::Chapter;
        switch (options.kind) {
        case Kind::Stacked:
            text = tr("Exports by country and product, %1 (total %2)").arg(fy, total);
            break;
        case Kind::Share:
            text = byCountry   ? tr("Share of each country in exports, %1 (total %2)").arg(fy, total)
                   : byChapter ? tr("Share of each HS chapter in exports, %1 (total %2)").arg(fy, total)
                               : tr("Share of each product in exports, %1 (total %2)").arg(fy, total);
            break;
        default:
            text = byCountry   ? tr("Exports by country, %1 (total %2)").arg(fy, total)
                   : byChapter ? tr("Exports by HS chapter, %1 (total %2)").arg(fy, total)
                               : tr("Exports by product, %1 (total %2)").arg(fy, total);
        }
    }
    if (!district.isEmpty())
        text = tr("%1: %2", "district: chart title").arg(district, text);
    const bool demo = std::any_of(records.cbegin(), records.cend(), [&](const ExportRecord &r) {
        return r.isDemo && (options.kind == Kind::Trend || r.fyStart == year);
    });
    if (demo)
        text += QLatin1Char(' ') + tr("(demo figures)");
    return text;
}

ExportChartData ExportChartData::compute(const QList<ExportRecord> &records, const QHash<qint64, Sector> &sectors,
                                         const QString &district, const ExportChartOptions &options)
{
    ExportChartData d;
    d.kind = options.kind;
    d.by = options.kind == Kind::Bars || options.kind == Kind::Share ? options.by : ExportStats::By::Country;
    d.title = titleFor(records, district, options);
    d.valueTitle = tr("₹ crore");
    d.year = yearShown(records, options);
    if (!d.year)
        return d;
    d.total = ExportStats::total(records, d.year);

    const Names names{sectors};
    const int topN = std::max(options.topN, 1);

    if (options.kind == Kind::Bars) {
        const QList<ExportStats::Entry> entries = ExportStats::ranked(records, d.year, options.by, topN);
        Series set{options.by == ExportStats::By::Country   ? tr("Country")
                   : options.by == ExportStats::By::Chapter ? tr("HS chapter")
                                                            : tr("Product"),
                   paletteColour(0), {}};
        d.figures.headers = {set.name, tr("₹ crore")};
        for (const ExportStats::Entry &e : entries) {
            // Values at the bars' ends, all in one number format ("54.0", "44.8", "23.0"; Qt's
            // own labels drop a trailing zero: "54", "44.8", "23"), in the digits the user chose.
            d.categories << Category{e.key, names(e.key, options.by), QColor(), LanguageManager::number(e.value, 1)};
            set.values << e.value;
            d.figures.rows << QStringList{d.categories.constLast().name, amount(e.value)};
        }
        d.series << set;
    } else if (options.kind == Kind::Stacked) {
        const ExportStats::Stacked stacked = ExportStats::stacked(records, d.year, topN);
        for (const QString &country : stacked.countries)
            d.categories << Category{country, names(country, ExportStats::By::Country), QColor(), QString()};
        d.figures.headers << tr("Country");
        for (int p = 0; p < stacked.products.size(); ++p) {
            const QString &product = stacked.products.at(p);
            d.series << Series{names(product, ExportStats::By::Product), names.colour(product, p), stacked.values.at(p)};
            d.figures.headers << d.series.constLast().name;
        }
        d.figures.headers << tr("Total");
        for (int c = 0; c < d.categories.size(); ++c) {
            QStringList row{d.categories.at(c).name};
            double sum = 0;
            for (const Series &s : std::as_const(d.series)) {
                row << amount(s.values.value(c));
                sum += s.values.value(c);
            }
            row << amount(sum);
            d.figures.rows << row;
        }
    } else if (options.kind == Kind::Share) {
        const QList<ExportStats::Entry> entries = ExportStats::ranked(records, d.year, options.by, topN);
        Series slices{QString(), QColor(), {}};
        double sum = 0;
        for (const ExportStats::Entry &e : entries)
            sum += e.value;
        d.figures.headers = {tr("Name"), tr("₹ crore"), tr("Share")};
        for (int i = 0; i < entries.size(); ++i) {
            const ExportStats::Entry &e = entries.at(i);
            // The share only on the slice: the legend names the slices, and a name beside a
            // narrow slice would be elided ("संयु…").
            const QColor colour = options.by == ExportStats::By::Product ? names.colour(e.key, i)
                                  : e.key == ExportStats::Other          ? OtherColour
                                                                         : paletteColour(i);
            d.categories << Category{e.key, names(e.key, options.by), colour, percent(e.value, d.total),
                                     d.total > 0 && e.value / d.total >= 0.02};
            slices.values << e.value;
            d.figures.rows << QStringList{d.categories.constLast().name, amount(e.value), percent(e.value, sum)};
        }
        d.series << slices;
    } else if (options.kind == Kind::Targets) {
        // Actual and overall target side by side for every year that has either.
        QMap<int, double> targets;
        for (const ExportTarget &t : options.targets)
            if (t.scope() == ExportTarget::Scope::Overall)
                targets.insert(t.fyStart, t.targetCrore);
        const QList<int> withFigures = ExportStats::years(records);
        QList<int> years = withFigures;
        for (auto it = targets.cbegin(); it != targets.cend(); ++it)
            if (!years.contains(it.key()))
                years << it.key();
        std::sort(years.begin(), years.end());
        Series actual{tr("Actual"), paletteColour(0), {}};
        Series target{tr("Target"), TargetColour, {}};
        d.figures.headers = {tr("Financial year"), actual.name, target.name};
        for (int y : std::as_const(years)) {
            d.categories << Category{QString(), LanguageManager::digits(ExportRecord::financialYear(y)), QColor(), QString()};
            actual.values << (withFigures.contains(y) ? ExportStats::total(records, y) : 0.0);
            target.values << targets.value(y, 0.0);
            QStringList row{d.categories.constLast().name};
            for (double v : {actual.values.constLast(), target.values.constLast()})
                row << (v > 0 ? amount(v) : QStringLiteral("—"));
            d.figures.rows << row;
        }
        d.series << actual << target;
    } else { // Trend
        const ExportStats::Trend trend = ExportStats::trend(records, std::min(topN, 6));
        d.figures.headers << tr("Country");
        for (int y : trend.years) {
            d.categories << Category{QString(), LanguageManager::digits(ExportRecord::financialYear(y)), QColor(), QString()};
            d.figures.headers << d.categories.constLast().name;
        }
        for (int c = 0; c < trend.countries.size(); ++c) {
            d.series << Series{names(trend.countries.at(c), ExportStats::By::Country), paletteColour(c), trend.values.at(c)};
            QStringList row{d.series.constLast().name};
            for (double v : trend.values.at(c))
                row << amount(v);
            d.figures.rows << row;
        }
    }
    return d;
}
