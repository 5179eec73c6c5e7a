#include "text/textfold.h"
#include "exporttablelayout.h"

#include "exports/exportrecord.h"
#include "exports/countries.h"
#include "exports/hschapters.h"
#include "import/formulaguard.h"
#include "text/languagemanager.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace {

// How many rows from the top may stand above the header (titles, the scale, the date).
constexpr int MaxRowsAboveHeader = 25;

QString lowerLatin(const QString &text)
{
    QString out = text.toCaseFolded();
    for (QChar &c : out)
        if (c.isDigit() && c.unicode() > 0x7f)
            c = QChar(u'0' + c.digitValue());
    return out;
}

bool hasWord(const QString &folded, const char *pattern)
{
    return QRegularExpression(QStringLiteral("(^|[^a-z])(%1)($|[^a-z])").arg(QLatin1String(pattern)))
        .match(folded).hasMatch();
}

// The headings of a value column without its scale: "Value", "Export value", "मूल्य", or none
// (a heading that is only the scale, "Rs. Lacs").
const QStringList &valueNames()
{
    static const QStringList names{QStringLiteral("value"), QStringLiteral("values"), QStringLiteral("exportvalue"),
                                   QStringLiteral("exports"), QStringLiteral("export"),
                                   QStringLiteral("fobvalue"), QStringLiteral("valuefob"), QStringLiteral("valuein"),
                                   QStringLiteral("valuesin"), QStringLiteral("मूल्य"), QStringLiteral("निर्यातमूल्य")};
    return names;
}

// The program's own value headings (ExportImport before the ministry's layout): ₹ crore, and
// these three and "usd" for US$ million, whatever a scale reading would make of "usd".
bool isOldUsdHeading(const QString &normalised)
{
    return normalised == QLatin1String("valueusdmillion") || normalised == QLatin1String("usdmillion")
           || normalised == QLatin1String("usmillion") || normalised == QLatin1String("usd");
}

bool isShareOrGrowth(const QString &folded)
{
    return folded.contains(QLatin1Char('%')) || hasWord(folded, "share|growth|change|rank");
}

bool isQuantityHeading(const QString &folded)
{
    return hasWord(folded, "qty|quantity|quantities") || folded.contains(QStringLiteral("मात्रा"));
}

// A heading with its scale words, digits and punctuation taken out: "Value (Rs. Lacs)" → "value".
QString withoutScale(const QString &header)
{
    static const QRegularExpression words(QStringLiteral(
        "(?<![a-z])(rs|inr|rupees?|usd|us|dollars?|million|mn|mln|billion|bn|thousands?|lakhs?|lacs?|crores?|cr|in|fob)"
        "(?![a-z])"));
    QString folded = lowerLatin(header);
    folded.remove(QRegularExpression(QStringLiteral("\\(.*\\)")));
    folded.replace(words, QString());
    for (const QString &hindi : {QStringLiteral("रुपये"), QStringLiteral("रुपए"), QStringLiteral("रु"),
                                 QStringLiteral("लाख"), QStringLiteral("करोड़"), QStringLiteral("करोड"),
                                 QStringLiteral("डॉलर"), QStringLiteral("मिलियन"), QStringLiteral("में")})
        folded.remove(hindi);
    return TextFold::matchKey(folded);
}

} // namespace

QList<FieldSpec> ExportTableLayout::fields()
{
    return {
        {QStringLiteral("year"), {QStringLiteral("year"), QStringLiteral("financial year"), QStringLiteral("fy"),
                                  QStringLiteral("वर्ष"), QStringLiteral("वित्तीय वर्ष")}, true},
        {QStringLiteral("country"), {QStringLiteral("country"), QStringLiteral("destination"), QStringLiteral("देश"),
                                     QStringLiteral("country / region"), QStringLiteral("country name"),
                                     QStringLiteral("destination country"), QStringLiteral("partner country"),
                                     QStringLiteral("country of destination"), QStringLiteral("गंतव्य देश")}, true},
        {QStringLiteral("product"), {QStringLiteral("product"), QStringLiteral("product category"), QStringLiteral("category"),
                                     QStringLiteral("sector"), QStringLiteral("उत्पाद"), QStringLiteral("श्रेणी"),
                                     QStringLiteral("क्षेत्र")}, false},
        {QStringLiteral("hs code"), {QStringLiteral("hs code"), QStringLiteral("hscode"), QStringLiteral("itc(hs)"),
                                     QStringLiteral("itc hs code"), QStringLiteral("itc(hs) code"), QStringLiteral("hs"),
                                     QStringLiteral("itchs"), QStringLiteral("commodity code"), QStringLiteral("tariff code"),
                                     QStringLiteral("hs code (8 digit)"), QStringLiteral("एचएस कोड"),
                                     QStringLiteral("आईटीसी (एचएस) कोड")}, false},
        {QStringLiteral("quantity"), {QStringLiteral("quantity"), QStringLiteral("qty"), QStringLiteral("मात्रा")}, false},
        {QStringLiteral("unit"), {QStringLiteral("unit"), QStringLiteral("units"), QStringLiteral("uqc"),
                                  QStringLiteral("unit of quantity"), QStringLiteral("इकाई")}, false},
        {QStringLiteral("iec"), {QStringLiteral("iec"), QStringLiteral("iec code"), QStringLiteral("exporter iec"),
                                 QStringLiteral("iec no"), QStringLiteral("आईईसी")}, false},
    };
}

std::optional<ExportTableLayout::Scale> ExportTableLayout::parseScale(const QString &text)
{
    const QString t = lowerLatin(text);
    const bool usd = t.contains(QLatin1Char('$')) || hasWord(t, "usd|dollars?|us") || t.contains(QStringLiteral("डॉलर"));
    const bool inr = t.contains(QChar(0x20b9)) || hasWord(t, "rs|inr|rupees?") || t.contains(QStringLiteral("रुपये"))
                     || t.contains(QStringLiteral("रुपए")) || t.contains(QStringLiteral("रु."));
    enum { None, Thousand, Lakh, Million, Crore, Billion } unit = None;
    if (hasWord(t, "lakhs?|lacs?") || t.contains(QStringLiteral("लाख")))
        unit = Lakh;
    else if (hasWord(t, "crores?|cr") || t.contains(QStringLiteral("करोड")))
        unit = Crore;
    else if (hasWord(t, "million|mn|mln") || t.contains(QStringLiteral("मिलियन")))
        unit = Million;
    else if (hasWord(t, "billion|bn"))
        unit = Billion;
    else if (hasWord(t, "thousands?") || t.contains(QStringLiteral("'000")) || t.contains(QStringLiteral("हज़ार"))
             || t.contains(QStringLiteral("हजार")))
        unit = Thousand;
    if (!usd && !inr && unit == None)
        return std::nullopt;
    // Lakh and crore are Indian units, million and billion the dollar tables' (DGCI&S).
    const Currency currency = usd && !inr ? Currency::Usd
                            : inr         ? Currency::Inr
                            : (unit == Million || unit == Billion) ? Currency::Usd
                                                                   : Currency::Inr;
    // Powers of ten of one unit in ₹ crore (10^7 rupees) or US$ million (10^6 dollars).
    const int base = currency == Currency::Inr ? 7 : 6;
    int power = 0;
    switch (unit) {
    case None: power = 0; break;
    case Thousand: power = 3; break;
    case Lakh: power = 5; break;
    case Million: power = 6; break;
    case Crore: power = 7; break;
    case Billion: power = 9; break;
    }
    return Scale{currency, power - base};
}

QString ExportTableLayout::scaleName(const Scale &scale)
{
    if (scale.currency == Currency::Inr) {
        switch (scale.exponent) {
        case 0: return tr("₹ crore");
        case -2: return tr("₹ lakh");
        case -4: return tr("₹ thousand");
        case -7: return tr("rupees");
        case -1: return tr("₹ million");
        case 2: return tr("₹ billion");
        }
    } else {
        switch (scale.exponent) {
        case 0: return tr("US$ million");
        case -3: return tr("US$ thousand");
        case -6: return tr("US dollars");
        case 3: return tr("US$ billion");
        case -1: return tr("US$ lakh");
        case 1: return tr("US$ crore");
        }
    }
    return {};
}

double ExportTableLayout::scaled(const QString &text, int exponent)
{
    QString t;
    for (const QChar c : text.trimmed()) {
        if (c == u',' || c == u' ' || c == QChar(0x20b9) || c == QChar(0xa0))
            continue;
        t += (c.isDigit() && c.unicode() > 0x7f) ? QChar(u'0' + c.digitValue()) : c;
    }
    static const QRegularExpression number(QStringLiteral("^(\\d+(\\.\\d*)?|\\.\\d+)$"));
    if (!number.match(t).hasMatch())
        return -1;
    // strtod rounds a decimal once, correctly: shifting the decimal point in the text keeps
    // ₹ 12,345.67 lakh exactly ₹ 123.4567 crore, where × 0.01 might miss by an ulp.
    if (exponent != 0)
        t += QStringLiteral("e%1").arg(exponent);
    bool ok = false;
    const double value = t.toDouble(&ok);
    return ok && std::isfinite(value) ? value : -1;
}

std::optional<::Country> ExportTableLayout::country(const QString &text)
{
    if (auto found = Countries::instance().find(text))
        return found;
    static const QHash<QString, QString> aliases = [] {
        QHash<QString, QString> map;
        QFile file(QStringLiteral(":/hs/dgcis-countries.csv"));
        QString error;
        if (file.open(QIODevice::ReadOnly))
            if (const auto table = TableReader::parseText(file.readAll(), &error))
                for (const QStringList &row : table->rows)
                    map.insert(TextFold::matchKey(row.value(0)), row.value(1).trimmed());
        return map;
    }();
    const QString code = aliases.value(TextFold::matchKey(text));
    return code.isEmpty() ? std::nullopt : Countries::instance().byCode(code);
}

int ExportTableLayout::yearIn(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("(\\d{4})\\s*[-–—/]\\s*(\\d{4}|\\d{2})(?!\\d)"));
    const QString t = lowerLatin(text);
    auto it = form.globalMatch(t);
    while (it.hasNext()) {
        const auto m = it.next();
        if (const int year = ExportRecord::parseFinancialYear(m.captured(0)))
            return year;
    }
    return 0;
}

bool ExportTableLayout::describesScale(const QString &header)
{
    const QString bare = withoutScale(header);
    return bare.isEmpty() || valueNames().contains(bare);
}

ExportTableLayout ExportTableLayout::analyse(const Table &table)
{
    const QList<FieldSpec> specs = fields();
    auto gridRow = [&](int i) -> QStringList {
        QStringList cells = i == 0 ? table.headers : table.rows.value(i - 1);
        for (QString &c : cells)
            c = FormulaGuard::restore(c).trimmed();
        return cells;
    };
    const int candidates = int(std::min<qsizetype>(table.rows.size() + 1, MaxRowsAboveHeader));

    ExportTableLayout best;
    std::optional<Scale> noted;
    int notedYear = 0;
    bool found = false;
    for (int r = 0; r < candidates && !found; ++r) {
        const QStringList cells = gridRow(r);
        ExportTableLayout layout;
        layout.headerRow = r;
        layout.headers = cells;
        layout.noted = noted;
        layout.defaultYear = notedYear;
        QStringList rest = cells; // the headings left for ColumnMapper
        YearColumns own; // the row's year's value columns
        QMap<int, YearColumns> byYear;
        for (int c = 0; c < cells.size(); ++c) {
            const QString &h = cells.at(c);
            if (h.isEmpty())
                continue;
            const QString folded = lowerLatin(h);
            const QString normalised = TextFold::matchKey(h);
            if (const int year = yearIn(h)) {
                // A financial year as a heading: that year's value, quantity, or share/growth.
                rest[c].clear();
                if (isShareOrGrowth(folded))
                    continue;
                YearColumns &y = byYear[year];
                y.fyStart = year;
                if (isQuantityHeading(folded)) {
                    if (y.quantity < 0)
                        y.quantity = c;
                    continue;
                }
                const Scale scale = parseScale(h).value_or(noted.value_or(Scale{}));
                if (scale.currency == Currency::Usd && y.usd < 0) {
                    y.usd = c;
                    y.usdScale = scale;
                } else if (scale.currency == Currency::Inr && y.inr < 0) {
                    y.inr = c;
                    y.inrScale = scale;
                }
                continue;
            }
            if (isOldUsdHeading(normalised)) {
                if (own.usd < 0) {
                    own.usd = c;
                    own.usdScale = Scale{Currency::Usd, 0};
                    rest[c].clear();
                }
                continue;
            }
            const auto scale = parseScale(h);
            const bool valueHeading = valueNames().contains(normalised) || (scale && describesScale(h));
            if (!valueHeading || isShareOrGrowth(folded))
                continue;
            // Without a scale of its own, a value is in the scale named above the header, else
            // in ₹ crore (the program's own files).
            const Scale s = scale.value_or(noted.value_or(Scale{}));
            if (s.currency == Currency::Usd && own.usd < 0) {
                own.usd = c;
                own.usdScale = s;
                rest[c].clear();
            } else if (s.currency == Currency::Inr && own.inr < 0) {
                own.inr = c;
                own.inrScale = s;
                rest[c].clear();
            }
        }
        layout.mapping = ColumnMapper::map(rest, specs);
        // Empty headings claim nothing; value columns are not "unknown".
        if (!byYear.isEmpty()) {
            for (const YearColumns &y : std::as_const(byYear))
                if (y.inr >= 0 || y.usd >= 0)
                    layout.yearColumns << y;
        }
        if (layout.yearColumns.isEmpty() && (own.inr >= 0 || own.usd >= 0)) {
            own.quantity = layout.mapping.column(Quantity);
            layout.yearColumns << own;
        }
        const bool header = layout.mapping.column(Country) >= 0 && layout.hasValues();
        if (r == 0)
            best = layout; // the first row stays the header when no row qualifies (as before)
        if (header) {
            best = layout;
            found = true;
        }
        // A line above the header may name the scale and the financial year.
        const QString line = cells.join(QLatin1Char(' '));
        if (!noted)
            noted = parseScale(line);
        if (!notedYear)
            notedYear = yearIn(line);
    }
    best.headerRowNumber = best.headerRow == 0 ? std::max(1, table.rowNumbers.value(0, 2) - 1)
                                               : table.rowNumbers.value(best.headerRow - 1, best.headerRow + 1);
    return best;
}

ExportTableLayout::RowKind ExportTableLayout::kind(const QStringList &cells) const
{
    // The header again (a sheet printed page by page repeats it).
    bool same = true;
    int compared = 0;
    for (int c = 0; c < headers.size() && same; ++c) {
        if (headers.at(c).isEmpty())
            continue;
        ++compared;
        same = TextFold::matchKey(cells.value(c)) == TextFold::matchKey(headers.at(c));
    }
    if (same && compared > 1)
        return RowKind::RepeatedHeader;

    static const QRegularExpression totalWords(QStringLiteral(
        "^(grand\\s*total|sub\\s*-?\\s*total|total|india'?s\\s+total|district\\s+total|all\\s+countries)(?![a-z])"));
    for (const QString &cell : cells) {
        const QString folded = lowerLatin(cell.trimmed());
        if (totalWords.match(folded).hasMatch() || folded.startsWith(QStringLiteral("कुल"))
            || folded.startsWith(QStringLiteral("योग")) || folded.startsWith(QStringLiteral("सकल योग")))
            return RowKind::Total;
    }

    // A note: nothing of a figure in it (no value, no country, no code).
    bool anyValue = false;
    for (const YearColumns &y : yearColumns)
        for (int c : {y.inr, y.usd})
            if (c >= 0 && !cells.value(c).trimmed().isEmpty())
                anyValue = true;
    if (!anyValue) {
        const QString country = cells.value(column(Country)).trimmed();
        const QString code = cells.value(column(HsCode)).trimmed();
        const bool countryKnown = !country.isEmpty() && ExportTableLayout::country(country);
        const bool codeKnown = !code.isEmpty() && HsChapters::checkCode(code).ok;
        if (!countryKnown && !codeKnown)
            return RowKind::Note;
    }
    return RowKind::Data;
}

QString ExportTableLayout::description() const
{
    QStringList parts;
    if (headerRow > 0)
        parts << tr("the header on row %1").arg(headerRowNumber);
    QStringList scales;
    for (const YearColumns &y : yearColumns) {
        if (y.inr >= 0 && !scales.contains(scaleName(y.inrScale)))
            scales << scaleName(y.inrScale);
        if (y.usd >= 0 && !scales.contains(scaleName(y.usdScale)))
            scales << scaleName(y.usdScale);
    }
    if (!scales.isEmpty())
        parts << tr("values in %1").arg(scales.join(QStringLiteral(", ")));
    if (sideBySide()) {
        QStringList years;
        for (const YearColumns &y : yearColumns)
            years << LanguageManager::digits(ExportRecord::financialYear(y.fyStart));
        parts << tr("a column for each of the years %1").arg(years.join(QStringLiteral(", ")));
    } else if (defaultYear && column(Year) < 0) {
        parts << tr("the year %1 named above the header").arg(LanguageManager::digits(ExportRecord::financialYear(defaultYear)));
    }
    return parts.join(QStringLiteral("; "));
}
