#include "conclavereport.h"

#include "events/eventrepository.h"
#include "exports/exportrepository.h"
#include "exports/countries.h"
#include "exports/exportstats.h"
#include "exports/exporttargetrepository.h"
#include "exports/hschapters.h"
#include "exports/targetprogress.h"
#include "invitees/inviteelistquery.h"
#include "text/languagemanager.h"
#include "invitees/phonetickey.h"
#include "report/inviteereport.h"
#include "report/reportflow.h"
#include "sectors/sectorrepository.h"
#include "storage/settingsrepository.h"
#include "stalls/stallrepository.h"
#include "text/textfold.h"

#include <QLocale>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace {

const QColor Grey(0x55, 0x55, 0x55);
// How many countries, chapters, areas and names a section lists before "other".
constexpr int TopCountries = 10;
constexpr int TopChapters = 10;
constexpr int TopAreas = 15;
constexpr int MaxFirstTimers = 40;

QString num(qint64 value)
{
    return LanguageManager::number(value);
}

QString crore(double value)
{
    return LanguageManager::number(value, 2);
}

QString share(double part, double whole)
{
    return whole > 0 ? LanguageManager::number(100.0 * part / whole, 1) + QStringLiteral("%") : QStringLiteral("—");
}

// Status words are lower case in running text ("confirmed"); headings and legends start with
// a capital.
QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

// Places written in either script, or spelt two ways, count as one: the phonetic key with its
// vowels dropped after each word's first letter ("GIDA Sector" and "गीडा सेक्टर" both "gd sktr").
QString placeKey(const QString &place)
{
    QString out;
    for (QString word : PhoneticKey::of(place).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        // English spellings of loanwords: "sector" is "सेक्टर" (c as k, or s before e, i, y).
        for (int i = 0; i < word.size(); ++i)
            if (word.at(i) == u'c')
                word[i] = i + 1 < word.size() && QStringLiteral("eiy").contains(word.at(i + 1)) ? u's' : u'k';
            else if (word.at(i) == u'q')
                word[i] = u'k';
        for (int i = 0; i < word.size(); ++i)
            if (i == 0 || !QStringLiteral("aeiouy").contains(word.at(i)))
                out += word.at(i);
    }
    return out;
}

QString year(int fyStart)
{
    return LanguageManager::digits(ExportRecord::financialYear(fyStart));
}

// Invitations counted the way the committee asks: invited is everyone sent an invitation;
// confirmed those who said yes (and those who then came); attended, declined and nominated as
// they stand.
struct Counts {
    int invited = 0, confirmed = 0, attended = 0, declined = 0, nominated = 0;
    void add(InvitationStatus s)
    {
        ++invited;
        if (s == InvitationStatus::Confirmed || s == InvitationStatus::Attended)
            ++confirmed;
        if (s == InvitationStatus::Attended)
            ++attended;
        if (s == InvitationStatus::Declined)
            ++declined;
        if (s == InvitationStatus::Nominated)
            ++nominated;
    }
    Counts &operator+=(const Counts &o)
    {
        invited += o.invited;
        confirmed += o.confirmed;
        attended += o.attended;
        declined += o.declined;
        nominated += o.nominated;
        return *this;
    }
    QStringList cells(const QString &label) const
    {
        return {label, num(invited), num(confirmed), num(attended), num(declined), num(nominated)};
    }
};

QList<ReportColumn> countColumns(const QString &first)
{
    return {{first, 0, 1, Qt::AlignLeft},
            {ConclaveReport::tr("Invited"), 58, 0, Qt::AlignRight},
            {ConclaveReport::tr("Confirmed"), 62, 0, Qt::AlignRight},
            {ConclaveReport::tr("Attended"), 58, 0, Qt::AlignRight},
            {ConclaveReport::tr("Declined"), 58, 0, Qt::AlignRight},
            {ConclaveReport::tr("Nominated"), 62, 0, Qt::AlignRight}};
}

// The attendance chart of a grouping: each group's invitations stacked by where they stand.
ReportChart attendanceChart(const QList<QPair<QString, QList<InvitationStatus>>> &groups)
{
    using S = InvitationStatus;
    const QList<S> order{S::Attended, S::Confirmed, S::Invited, S::Nominated, S::Declined};
    ReportChart chart;
    chart.kind = ReportChart::Kind::StackedBars;
    chart.valueTitle = ConclaveReport::tr("people");
    for (S s : order) {
        chart.series << capitalised(InvitationStatuses::displayName(s));
        chart.colors << ConclaveReport::statusColor(s);
        chart.values << QList<double>();
    }
    for (const auto &group : groups) {
        chart.categories << group.first;
        for (int i = 0; i < order.size(); ++i)
            chart.values[i] << double(std::count(group.second.cbegin(), group.second.cend(), order.at(i)));
    }
    return chart;
}

// A chart's height for `categories` bars, within reason.
qreal barsHeight(int categories)
{
    return std::clamp<qreal>(60 + 22 * categories, 140, 330);
}

class Layout
{
public:
    Layout(const ConclaveReportData &data, const ReportChartRenderer &charts)
        : d(data), m_charts(charts), m_language(LanguageManager::currentLanguage()),
          flow(QPageSize::A4, QPageLayout::Portrait, QMarginsF(40, 36, 40, 34))
    {
    }

    ReportDocument run()
    {
        pageBands();
        event();
        attendance();
        firstTimers();
        nominations();
        stalls();
        exports();
        notes();
        return flow.finish();
    }

private:
    QString sectorName(qint64 id) const
    {
        const auto it = d.sectors.constFind(id);
        return it == d.sectors.cend() ? ConclaveReport::tr("No sector") : it->name(m_language);
    }
    QString countryName(const QString &code) const
    {
        if (code == ExportStats::Other)
            return ConclaveReport::tr("Other countries");
        const auto c = Countries::instance().byCode(code);
        return c ? c->name(m_language) : code;
    }
    QString office() const
    {
        const QString district = m_language == QLatin1String("hi") && !d.districtHi.isEmpty() ? d.districtHi
                                                                                               : d.districtEn;
        return district.isEmpty() ? InviteeReport::tr("District Industries Centre")
                                  : InviteeReport::tr("District Industries Centre, %1").arg(district);
    }

    void chart(const ReportChart &c, qreal height)
    {
        if (!m_charts || c.categories.isEmpty())
            return;
        // A chart a little shorter than asked rather than a page left half empty.
        if (flow.remaining() < height && flow.remaining() >= 0.65 * height)
            height = flow.remaining() - 6;
        const QSizeF size(flow.width(), height);
        const QImage image = m_charts(c, size);
        flow.picture(image, height);
    }

    void pageBands()
    {
        const QString officeText = office();
        const QString kind = ConclaveReport::title();
        const QString name = d.event.name(m_language);
        const QLocale locale;
        const QDateTime now = QDateTime::currentDateTime();
        const QString printed = InviteeReport::tr("Printed on %1 at %2")
                                    .arg(LanguageManager::digits(locale.toString(now.date(), QStringLiteral("d MMMM yyyy"))),
                                         LanguageManager::digits(locale.toString(now.time(), QStringLiteral("HH:mm"))));
        flow.setPageHeader([officeText, kind, name](ReportPainter &p, const TableReport::PageInfo &info) {
            const QRectF band = info.band;
            ReportTextStyle small;
            small.pointSize = 8.5;
            ReportTextStyle bold = small;
            bold.bold = true;
            bold.alignment = Qt::AlignRight;
            const qreal w = band.width() * 0.45;
            qreal y = band.top();
            const qreal a = p.text(QRectF(band.left(), y, band.width() - w - 10, 0), officeText, small, Grey);
            const qreal b = p.text(QRectF(band.right() - w, y, w, 0), kind + QStringLiteral(" · ") + name, bold, Grey);
            y += qMax(a, b) + 3;
            p.line(QLineF(band.left(), y, band.right(), y), 0.5, Grey);
            return y + 0.5 - band.top();
        });
        flow.setPageFooter([printed](ReportPainter &p, const TableReport::PageInfo &info) {
            const QRectF band = info.band;
            ReportTextStyle small;
            small.pointSize = 8;
            ReportTextStyle right = small;
            right.alignment = Qt::AlignRight;
            qreal y = band.top();
            p.line(QLineF(band.left(), y, band.right(), y), 0.4, Grey);
            y += 3;
            const QString page = info.pageCount > 0
                                     ? InviteeReport::tr("Page %1 of %2").arg(num(info.page), num(info.pageCount))
                                     : InviteeReport::tr("Page %1 of %2").arg(QStringLiteral("888"), QStringLiteral("888"));
            const qreal h1 = p.text(QRectF(band.left(), y, band.width() * 0.65, 0), printed, small, Grey);
            const qreal h2 = p.text(QRectF(band.left() + band.width() * 0.65, y, band.width() * 0.35, 0), page, right);
            return y + qMax(h1, h2) - band.top();
        });
        flow.setMetadata(kind + QStringLiteral(": ") + name, officeText, kind);
    }

    void event()
    {
        ReportTextStyle title;
        title.pointSize = 18;
        title.bold = true;
        title.alignment = Qt::AlignHCenter;
        flow.paragraph(ConclaveReport::title(), title);
        ReportTextStyle name;
        name.pointSize = 14;
        name.bold = true;
        name.alignment = Qt::AlignHCenter;
        flow.paragraph(d.event.name(m_language), name);
        ReportTextStyle centred;
        centred.pointSize = 10;
        centred.alignment = Qt::AlignHCenter;
        flow.paragraph(office(), centred, Grey);
        flow.space(6);

        QList<QStringList> rows;
        rows << QStringList{ConclaveReport::tr("Dates"), InviteeReport::eventDates(d.event.startDate, d.event.endDate)};
        rows << QStringList{ConclaveReport::tr("Venue"), d.event.venue.trimmed().isEmpty() ? QStringLiteral("—") : d.event.venue.trimmed()};
        rows << QStringList{ConclaveReport::tr("Organised by"),
                            d.event.organiser.trimmed().isEmpty() ? QStringLiteral("—") : d.event.organiser.trimmed()};
        Counts all;
        for (const InviteeRow &r : d.invitees)
            all.add(r.status);
        rows << QStringList{ConclaveReport::tr("Invitations"),
                            ConclaveReport::tr("%1 invited, %2 confirmed, %3 attended, %4 declined, %5 nominated to another event")
                                .arg(num(all.invited), num(all.confirmed), num(all.attended), num(all.declined),
                                     num(all.nominated))};
        flow.table({{QString(), 110, 0, Qt::AlignLeft}, {QString(), 0, 1, Qt::AlignLeft}}, rows);
    }

    void attendance()
    {
        flow.heading(ConclaveReport::tr("Invitations and attendance"));
        if (d.invitees.isEmpty()) {
            flow.paragraph(ConclaveReport::tr("No one has been invited to this event yet."));
            return;
        }
        // By sector, largest first.
        QMap<qint64, QList<InvitationStatus>> bySector;
        for (const InviteeRow &r : d.invitees)
            bySector[r.sectorId] << r.status;
        QList<qint64> sectors = bySector.keys();
        std::stable_sort(sectors.begin(), sectors.end(), [&](qint64 a, qint64 b) {
            return bySector.value(a).size() > bySector.value(b).size();
        });
        flow.heading(ConclaveReport::tr("By sector"), 2);
        QList<QStringList> rows;
        QList<QPair<QString, QList<InvitationStatus>>> groups;
        Counts total;
        for (qint64 s : std::as_const(sectors)) {
            Counts c;
            for (InvitationStatus st : bySector.value(s))
                c.add(st);
            total += c;
            rows << c.cells(sectorName(s));
            groups << qMakePair(sectorName(s), bySector.value(s));
        }
        rows << total.cells(ConclaveReport::tr("Total"));
        flow.table(countColumns(ConclaveReport::tr("Sector")), rows, 1);
        chart(attendanceChart(groups), barsHeight(int(groups.size())));

        // By block or tehsil, from the addresses; spellings in either script counted together.
        QStringList districtNames{d.districtEn, d.districtHi};
        // With no district in the settings, a last part nearly every address shares is the district.
        if (d.districtEn.isEmpty() && d.districtHi.isEmpty()) {
            QHash<QString, int> lastParts;
            int withParts = 0;
            for (const InviteeRow &r : d.invitees) {
                const QStringList parts = r.address.split(QRegularExpression(QStringLiteral("[,;\\n]")), Qt::SkipEmptyParts);
                if (parts.size() < 2)
                    continue;
                ++withParts;
                QString last = parts.constLast();
                last.remove(QRegularExpression(QStringLiteral("[-–\\s]*[0-9०-९]{6}\\s*$")));
                ++lastParts[PhoneticKey::of(last.trimmed())];
            }
            for (auto it = lastParts.cbegin(); it != lastParts.cend(); ++it)
                if (withParts >= 5 && it.value() * 10 >= withParts * 6)
                    districtNames << it.key();
        }
        struct Area {
            QHash<QString, int> spellings;
            QList<InvitationStatus> statuses;
        };
        QHash<QString, Area> areas;
        for (const InviteeRow &r : d.invitees) {
            const QString area = ConclaveReport::areaOf(r.address, districtNames);
            const QString key = area.isEmpty() ? QString() : placeKey(area);
            Area &a = areas[key];
            if (!area.isEmpty())
                ++a.spellings[area];
            a.statuses << r.status;
        }
        auto areaName = [&](const QString &key) {
            const Area &a = areas[key];
            if (key.isEmpty())
                return ConclaveReport::tr("Address not given");
            // The spelling in the report's script when there is one, else the most used.
            const bool hindi = m_language == QLatin1String("hi");
            QString best;
            int bestCount = -1;
            for (auto it = a.spellings.cbegin(); it != a.spellings.cend(); ++it) {
                const int score = it.value() + (TextFold::hasDevanagari(it.key()) == hindi ? 100000 : 0);
                if (score > bestCount || (score == bestCount && it.key() < best)) {
                    best = it.key();
                    bestCount = score;
                }
            }
            return best;
        };
        QStringList keys = areas.keys();
        std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
            if (a.isEmpty() != b.isEmpty())
                return b.isEmpty(); // "not given" last
            const int na = int(areas[a].statuses.size()), nb = int(areas[b].statuses.size());
            return na != nb ? na > nb : a < b;
        });
        flow.heading(ConclaveReport::tr("By block or tehsil (from the addresses)"), 2);
        rows.clear();
        groups.clear();
        Counts others;
        int otherAreas = 0;
        for (int i = 0; i < keys.size(); ++i) {
            Counts c;
            for (InvitationStatus st : areas[keys.at(i)].statuses)
                c.add(st);
            if (i >= TopAreas && !keys.at(i).isEmpty()) {
                others += c;
                ++otherAreas;
                continue;
            }
            rows << c.cells(areaName(keys.at(i)));
            if (!keys.at(i).isEmpty())
                groups << qMakePair(areaName(keys.at(i)), areas[keys.at(i)].statuses);
        }
        if (otherAreas)
            rows.insert(keys.constLast().isEmpty() ? rows.size() - 1 : rows.size(),
                        others.cells(ConclaveReport::tr("%n other place(s)", nullptr, otherAreas)));
        rows << total.cells(ConclaveReport::tr("Total"));
        flow.table(countColumns(ConclaveReport::tr("Block or tehsil")), rows, 1);
        chart(attendanceChart(groups), barsHeight(int(groups.size())));
    }

    void firstTimers()
    {
        flow.heading(ConclaveReport::tr("First-time participants"));
        QList<InviteeRow> participants;
        bool attendedYet = false;
        for (const InviteeRow &r : d.invitees)
            attendedYet = attendedYet || r.status == InvitationStatus::Attended;
        // Before the event has anyone checked in, those who confirmed are its participants.
        const InvitationStatus counted = attendedYet ? InvitationStatus::Attended : InvitationStatus::Confirmed;
        int all = 0;
        for (const InviteeRow &r : d.invitees) {
            if (r.status != counted)
                continue;
            ++all;
            if (!d.earlierParticipants.contains(r.id))
                participants << r;
        }
        if (!all) {
            flow.paragraph(ConclaveReport::tr("No one has attended or confirmed yet."));
            return;
        }
        flow.paragraph(attendedYet
                           ? ConclaveReport::tr("%1 of the %2 who attended had not attended an earlier event.")
                                 .arg(num(participants.size()), num(all))
                           : ConclaveReport::tr("%1 of the %2 who confirmed have not attended an earlier event (no one has checked in yet).")
                                 .arg(num(participants.size()), num(all)));
        if (participants.isEmpty())
            return;
        QList<QStringList> rows;
        for (int i = 0; i < participants.size() && i < MaxFirstTimers; ++i) {
            const InviteeRow &r = participants.at(i);
            rows << QStringList{num(i + 1), r.name, r.enterprise, r.sector(m_language)};
        }
        flow.table({{InviteeReport::columnTitle(InviteeColumn::SerialNo), 34, 0, Qt::AlignRight},
                    {InviteeReport::columnTitle(InviteeColumn::Name), 0, 2, Qt::AlignLeft},
                    {InviteeReport::columnTitle(InviteeColumn::Enterprise), 0, 2.5, Qt::AlignLeft},
                    {InviteeReport::columnTitle(InviteeColumn::Sector), 0, 1.3, Qt::AlignLeft}},
                   rows);
        if (participants.size() > MaxFirstTimers) {
            ReportTextStyle note;
            note.pointSize = 8.5;
            flow.paragraph(ConclaveReport::tr("… and %1 more (the invitee list printed with the status “attended” names them all).")
                               .arg(num(participants.size() - MaxFirstTimers)),
                           note, Grey);
        }
    }

    void nominations()
    {
        flow.heading(ConclaveReport::tr("Entrepreneurs nominated to another event"));
        QList<QStringList> rows;
        for (const InviteeRow &r : d.invitees) {
            if (r.status != InvitationStatus::Nominated)
                continue;
            const auto it = d.events.constFind(r.nominatedEventId);
            const QString to = it == d.events.cend() ? ConclaveReport::tr("(event not named)") : it->name(m_language);
            rows << QStringList{num(rows.size() + 1), r.name, r.enterprise, r.sector(m_language), to};
        }
        if (rows.isEmpty()) {
            flow.paragraph(ConclaveReport::tr("No one was nominated to another event."));
            return;
        }
        flow.table({{InviteeReport::columnTitle(InviteeColumn::SerialNo), 34, 0, Qt::AlignRight},
                    {InviteeReport::columnTitle(InviteeColumn::Name), 0, 2, Qt::AlignLeft},
                    {InviteeReport::columnTitle(InviteeColumn::Enterprise), 0, 2.2, Qt::AlignLeft},
                    {InviteeReport::columnTitle(InviteeColumn::Sector), 0, 1.2, Qt::AlignLeft},
                    {ConclaveReport::tr("Nominated to"), 0, 2.2, Qt::AlignLeft}},
                   rows);
    }

    void stalls()
    {
        flow.heading(ConclaveReport::tr("Stalls by category and occupancy"));
        if (d.stalls.isEmpty()) {
            flow.paragraph(ConclaveReport::tr("No stalls were laid out for this event."));
            return;
        }
        struct Line {
            int total = 0, allotted = 0, reserved = 0, free = 0, blocked = 0;
            void add(StallStatus s)
            {
                ++total;
                switch (s) {
                case StallStatus::Allotted: ++allotted; break;
                case StallStatus::Reserved: ++reserved; break;
                case StallStatus::Free: ++free; break;
                case StallStatus::Blocked: ++blocked; break;
                }
            }
            QStringList cells(const QString &label) const
            {
                // Occupied: allotted or reserved, of the stalls that can be let (not blocked).
                const int lettable = total - blocked;
                return {label, num(total), num(allotted), num(reserved), num(free), num(blocked),
                        lettable > 0 ? share(allotted + reserved, lettable) : QStringLiteral("—")};
            }
        };
        QMap<qint64, Line> byCategory;
        Line total;
        for (const Stall &s : d.stalls) {
            byCategory[s.sectorId].add(s.status);
            total.add(s.status);
        }
        QList<qint64> categories = byCategory.keys();
        std::stable_sort(categories.begin(), categories.end(), [&](qint64 a, qint64 b) {
            return byCategory.value(a).total > byCategory.value(b).total;
        });
        QList<QStringList> rows;
        for (qint64 c : std::as_const(categories))
            rows << byCategory.value(c).cells(c ? sectorName(c) : ConclaveReport::tr("No category"));
        rows << total.cells(ConclaveReport::tr("Total"));
        flow.table({{ConclaveReport::tr("Category"), 0, 1, Qt::AlignLeft},
                    {ConclaveReport::tr("Stalls"), 46, 0, Qt::AlignRight},
                    {capitalised(StallStatuses::displayName(StallStatus::Allotted)), 54, 0, Qt::AlignRight},
                    {capitalised(StallStatuses::displayName(StallStatus::Reserved)), 54, 0, Qt::AlignRight},
                    {capitalised(StallStatuses::displayName(StallStatus::Free)), 46, 0, Qt::AlignRight},
                    {capitalised(StallStatuses::displayName(StallStatus::Blocked)), 54, 0, Qt::AlignRight},
                    {ConclaveReport::tr("Occupied"), 58, 0, Qt::AlignRight}},
                   rows, 1);
    }

    void ranked(ExportStats::By by, int latest, int top)
    {
        const QList<ExportStats::Entry> entries = ExportStats::ranked(d.records, latest, by, top);
        const double total = ExportStats::total(d.records, latest);
        QList<QStringList> rows;
        ReportChart c;
        c.kind = ReportChart::Kind::Bars;
        c.valueTitle = ConclaveReport::tr("₹ crore");
        c.series << ConclaveReport::tr("₹ crore");
        c.values << QList<double>();
        const bool byCountry = by == ExportStats::By::Country;
        for (int i = 0; i < entries.size(); ++i) {
            const ExportStats::Entry &e = entries.at(i);
            QString name;
            if (byCountry)
                name = countryName(e.key);
            else if (e.key == ExportStats::Other)
                name = ConclaveReport::tr("Other chapters");
            else
                name = HsChapters::instance().label(e.key, m_language, true);
            rows << QStringList{num(i + 1), name, crore(e.value), share(e.value, total)};
            c.categories << (byCountry || e.key == ExportStats::Other ? name
                                                                      : HsChapters::instance().label(e.key, m_language));
            c.values[0] << e.value;
        }
        rows << QStringList{QString(), ConclaveReport::tr("Total"), crore(total), share(total, total)};
        flow.table({{QStringLiteral("#"), 26, 0, Qt::AlignRight},
                    {byCountry ? ConclaveReport::tr("Country") : ConclaveReport::tr("HS chapter"), 0, 1, Qt::AlignLeft},
                    {ConclaveReport::tr("₹ crore"), 80, 0, Qt::AlignRight},
                    {ConclaveReport::tr("Share"), 54, 0, Qt::AlignRight}},
                   rows, 1);
        chart(c, barsHeight(int(c.categories.size())));
    }

    void exports()
    {
        flow.heading(ConclaveReport::tr("The district's exports"));
        const QList<int> years = ExportStats::years(d.records);
        if (years.isEmpty()) {
            flow.paragraph(ConclaveReport::tr("No export figures are recorded yet."));
            return;
        }
        const int latest = years.constLast();
        const double total = ExportStats::total(d.records, latest);
        int inUsd = 0, unknown = 0, demo = 0, figures = 0;
        for (const ExportRecord &r : d.records) {
            if (r.fyStart != latest)
                continue;
            ++figures;
            if (r.inrUnknown())
                ++unknown;
            else if (r.inrDerived)
                ++inUsd;
            if (r.isDemo)
                ++demo;
        }
        QStringList said;
        said << ConclaveReport::tr("In %1 the district exported goods worth ₹%2 crore (%3 figures).")
                    .arg(year(latest), crore(total), num(figures));
        if (inUsd)
            said << ConclaveReport::tr("%1 of the figures were given in US$ and are converted at the year's rate of ₹%2 per US$.")
                        .arg(num(inUsd), LanguageManager::number(rateOf(latest), 2));
        if (unknown)
            said << ConclaveReport::tr("%1 figures given only in US$ are not counted: %2 has no exchange rate yet.")
                        .arg(num(unknown), year(latest));
        if (demo)
            said << ConclaveReport::tr("These are demo figures: replace them with the real ones.");
        flow.paragraph(said.join(QLatin1Char(' ')));

        flow.heading(ConclaveReport::tr("By country, %1").arg(year(latest)), 2);
        ranked(ExportStats::By::Country, latest, TopCountries);
        flow.heading(ConclaveReport::tr("By HS chapter, %1").arg(year(latest)), 2);
        ranked(ExportStats::By::Chapter, latest, TopChapters);

        // The trend: the total of each year and its growth over the year before.
        flow.heading(ConclaveReport::tr("Over the years"), 2);
        QList<QStringList> rows;
        ReportChart trend;
        trend.kind = ReportChart::Kind::Line;
        trend.valueTitle = ConclaveReport::tr("₹ crore");
        trend.series << ConclaveReport::tr("Exports");
        trend.values << QList<double>();
        double previous = -1;
        for (int y : years) {
            const double t = ExportStats::total(d.records, y);
            rows << QStringList{year(y), crore(t),
                                previous > 0 ? TargetTexts::percent(t / previous - 1) : QStringLiteral("—")};
            trend.categories << year(y);
            trend.values[0] << t;
            previous = t;
        }
        flow.table({{ConclaveReport::tr("Financial year"), 0, 1, Qt::AlignLeft},
                    {ConclaveReport::tr("₹ crore"), 100, 0, Qt::AlignRight},
                    {ConclaveReport::tr("Growth"), 80, 0, Qt::AlignRight}},
                   rows);
        if (years.size() > 1)
            chart(trend, 200);

        targets(years);
    }

    double rateOf(int fyStart) const
    {
        for (const ExportRecord &r : d.records)
            if (r.fyStart == fyStart && r.rate > 0)
                return r.rate;
        return 0;
    }

    void targets(const QList<int> &years)
    {
        flow.heading(ConclaveReport::tr("Targets and actuals"), 2);
        if (d.targets.isEmpty()) {
            flow.paragraph(ConclaveReport::tr("No export targets are set (Exports › Targets)."));
            return;
        }
        QList<QStringList> rows;
        for (const TargetProgress &p : TargetProgress::of(d.targets, d.records)) {
            const QString scope = TargetTexts::scope(p.target, sectorName(p.target.sectorId));
            rows << QStringList{year(p.target.fyStart), scope, crore(p.target.targetCrore),
                                p.hasActual ? crore(p.actual) : QStringLiteral("—"), TargetTexts::progress(p)};
        }
        flow.table({{ConclaveReport::tr("Year"), 56, 0, Qt::AlignLeft},
                    {ConclaveReport::tr("Target for"), 0, 1.2, Qt::AlignLeft},
                    {ConclaveReport::tr("Target, ₹ crore"), 74, 0, Qt::AlignRight},
                    {ConclaveReport::tr("Actual, ₹ crore"), 74, 0, Qt::AlignRight},
                    {ConclaveReport::tr("Progress"), 0, 2, Qt::AlignLeft}},
                   rows);
        // The overall targets against the actual of every year.
        QMap<int, double> overall;
        for (const ExportTarget &t : d.targets)
            if (t.scope() == ExportTarget::Scope::Overall)
                overall.insert(t.fyStart, t.targetCrore);
        if (overall.isEmpty())
            return;
        QList<int> span = years;
        for (int y : overall.keys())
            if (!span.contains(y))
                span << y;
        std::sort(span.begin(), span.end());
        ReportChart c;
        c.kind = ReportChart::Kind::Columns;
        c.valueTitle = ConclaveReport::tr("₹ crore");
        c.series << ConclaveReport::tr("Actual") << ConclaveReport::tr("Target");
        c.colors << QColor(0x4e79a7) << QColor(0xbab0ac);
        c.values << QList<double>() << QList<double>();
        for (int y : std::as_const(span)) {
            c.categories << year(y);
            c.values[0] << (years.contains(y) ? ExportStats::total(d.records, y) : 0.0);
            c.values[1] << overall.value(y, 0.0);
        }
        chart(c, 210);
    }

    void notes()
    {
        flow.heading(ConclaveReport::tr("Decisions"));
        if (d.notes.decisions.trimmed().isEmpty())
            flow.writingSpace(6);
        else
            flow.paragraph(d.notes.decisions.trimmed());
        flow.heading(ConclaveReport::tr("Follow-ups"));
        if (d.notes.followUps.trimmed().isEmpty())
            flow.writingSpace(6);
        else
            flow.paragraph(d.notes.followUps.trimmed());
    }

    const ConclaveReportData &d;
    ReportChartRenderer m_charts;
    QString m_language;
    ReportFlow flow;
};

} // namespace

QString ConclaveReport::title()
{
    return tr("Conclave report");
}

QColor ConclaveReport::statusColor(InvitationStatus status)
{
    switch (status) {
    case InvitationStatus::Attended: return QColor(0x59a14f);
    case InvitationStatus::Confirmed: return QColor(0x4e79a7);
    case InvitationStatus::Invited: return QColor(0xbab0ac);
    case InvitationStatus::Nominated: return QColor(0xf28e2b);
    case InvitationStatus::Declined: return QColor(0xe15759);
    case InvitationStatus::NotInvited: break;
    }
    return QColor(0xdddddd);
}

QString ConclaveReport::areaOf(const QString &address, const QStringList &districtNames)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\n]"));
    static const QRegularExpression areaWord(QStringLiteral(
        "^(.*?)\\s*\\b(block|tehsil|tahsil|tehsildar|vikas\\s*khand|development\\s*block)\\b\\.?\\s*(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QStringList hindiWords{QStringLiteral("विकास खण्ड"), QStringLiteral("विकास खंड"),
                                        QStringLiteral("विकासखण्ड"), QStringLiteral("विकासखंड"),
                                        QStringLiteral("ब्लॉक"), QStringLiteral("तहसील")};
    static const QStringList states{QStringLiteral("uttar pradesh"), QStringLiteral("up"), QStringLiteral("u p"),
                                    QStringLiteral("u0p0"), QStringLiteral("उत्तर प्रदेश"), QStringLiteral("उ0प्र0"),
                                    QStringLiteral("उ प्र"), QStringLiteral("india"), QStringLiteral("भारत")};
    QSet<QString> districts;
    for (const QString &d : districtNames)
        if (!d.trimmed().isEmpty()) {
            districts.insert(PhoneticKey::of(d));
            districts.insert(TextFold::fold(d));
        }
    QStringList kept;
    for (QString part : address.split(separators, Qt::SkipEmptyParts)) {
        // A PIN code, on its own or after the place ("Gorakhpur - 273015").
        part.remove(QRegularExpression(QStringLiteral("[-–\\s]*(pin|पिन)?[:\\s]*[0-9०-९]{6}\\s*$"),
                    QRegularExpression::CaseInsensitiveOption));
        part = part.simplified();
        while (part.endsWith(QLatin1Char('-')) || part.endsWith(QLatin1Char('.')))
            part.chop(1);
        part = part.trimmed();
        if (part.isEmpty())
            continue;
        // A part that names its block or tehsil is the answer.
        if (const auto m = areaWord.match(part); m.hasMatch()) {
            const QString name = (m.captured(3).isEmpty() ? m.captured(1) : m.captured(3)).trimmed();
            if (!name.isEmpty())
                return name;
        }
        for (const QString &w : hindiWords)
            if (part.contains(w)) {
                const QString name = QString(part).remove(w).simplified();
                if (!name.isEmpty())
                    return name;
            }
        QString folded = TextFold::fold(part);
        folded.remove(QLatin1Char('.'));
        if (states.contains(folded) || districts.contains(TextFold::fold(part)) || districts.contains(PhoneticKey::of(part))
            || folded.startsWith(QStringLiteral("district")) || folded.startsWith(QStringLiteral("जनपद"))
            || folded.startsWith(QStringLiteral("जिला")) || folded.startsWith(QStringLiteral("ज़िला")))
            continue;
        bool digitsOnly = true;
        for (const QChar c : part)
            digitsOnly = digitsOnly && (c.isDigit() || c.isSpace() || c == u'-' || c == u'/');
        if (!digitsOnly)
            kept << part;
    }
    return kept.isEmpty() ? QString() : kept.constLast();
}

std::optional<ConclaveReportData> ConclaveReport::gather(qint64 eventId, const QString &connection, QString *error)
{
    const auto event = EventRepository(connection).find(eventId);
    if (!event) {
        if (error)
            *error = tr("There is no event with the number %1.").arg(eventId);
        return std::nullopt;
    }
    ConclaveReportData d;
    d.event = *event;
    InviteeFilter filter;
    filter.eventId = eventId;
    filter.statuses = {InvitationStatus::Invited, InvitationStatus::Confirmed, InvitationStatus::Declined,
                       InvitationStatus::Attended, InvitationStatus::Nominated};
    d.invitees = InviteeListQuery(connection).list(filter);
    d.earlierParticipants = ConclaveReportRepository(connection).earlierParticipants(eventId);
    for (const Event &e : EventRepository(connection).all())
        d.events.insert(e.id, e);
    for (const Sector &s : SectorRepository(connection).all())
        d.sectors.insert(s.id, s);
    const StallRepository stalls(connection);
    d.stalls = stalls.stalls(eventId);
    d.hasHall = stalls.hall(eventId).has_value();
    d.records = ExportRepository(connection).all();
    d.targets = ExportTargetRepository(connection).all();
    d.notes = ConclaveReportRepository(connection).notes(eventId);
    const SettingsRepository settings(connection);
    d.districtEn = settings.value(SettingsRepository::District).trimmed();
    d.districtHi = settings.value(SettingsRepository::DistrictHi).trimmed();
    return d;
}

ReportDocument ConclaveReport::build(const ConclaveReportData &data, const ReportChartRenderer &charts)
{
    return Layout(data, charts).run();
}
