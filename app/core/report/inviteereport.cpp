#include "inviteereport.h"

#include "checkin/checkinrepository.h"
#include "events/eventrepository.h"
#include "invitees/inviteelistquery.h"
#include "text/languagemanager.h"
#include "report/tablereport.h"
#include "storage/settingsrepository.h"

#include <QCollator>
#include <QHash>
#include <QLocale>

namespace {

const QColor Grey(0x55, 0x55, 0x55);

// What every page repeats, worked out once.
struct PageTexts {
    QString office;
    QString kind;
    QString eventName;
    QString datesAndVenue;
    QString day;
    QString filter;
    QString printed;
    QString certified;
    QString certifyingOfficer;
    bool signatureBlock = false;
};

qreal pageHeader(ReportPainter &p, const TableReport::PageInfo &info, const PageTexts &t)
{
    const QRectF band = info.band;
    qreal y = band.top();
    ReportTextStyle small;
    small.pointSize = 9;
    ReportTextStyle kind = small;
    kind.bold = true;
    kind.alignment = Qt::AlignRight;
    const qreal kindWidth = band.width() * 0.4;
    const qreal office = p.text(QRectF(band.left(), y, band.width() - kindWidth - 12, 0), t.office, small);
    const qreal title = p.text(QRectF(band.right() - kindWidth, y, kindWidth, 0), t.kind, kind);
    y += qMax(office, title) + 2;
    ReportTextStyle big;
    big.pointSize = 14;
    big.bold = true;
    y += p.text(QRectF(band.left(), y, band.width(), 0), t.eventName, big);
    y += p.text(QRectF(band.left(), y, band.width(), 0), t.datesAndVenue, small);
    if (!t.day.isEmpty()) {
        ReportTextStyle day;
        day.pointSize = 11;
        day.bold = true;
        y += 2 + p.text(QRectF(band.left(), y + 2, band.width(), 0), t.day, day);
    }
    if (!t.filter.isEmpty()) {
        ReportTextStyle note;
        note.pointSize = 8;
        y += 1 + p.text(QRectF(band.left(), y + 1, band.width(), 0), t.filter, note, Grey);
    }
    y += 4;
    p.line(QLineF(band.left(), y, band.right(), y), 0.8);
    return y + 0.4 - band.top();
}

qreal pageFooter(ReportPainter &p, const TableReport::PageInfo &info, const PageTexts &t)
{
    const QRectF band = info.band;
    qreal y = band.top();
    ReportTextStyle small;
    small.pointSize = 8;
    if (t.signatureBlock) {
        // Room to sign, the officer's line on the right, the certificate on the left.
        y += 28;
        const qreal lineWidth = qMin<qreal>(240, band.width() / 2.2);
        p.line(QLineF(band.right() - lineWidth, y, band.right(), y), 0.6);
        y += 2;
        ReportTextStyle centred = small;
        centred.alignment = Qt::AlignHCenter;
        const qreal left = p.text(QRectF(band.left(), y, band.width() - lineWidth - 18, 0), t.certified, small);
        const qreal right = p.text(QRectF(band.right() - lineWidth, y, lineWidth, 0), t.certifyingOfficer, centred);
        y += qMax(left, right) + 6;
    }
    p.line(QLineF(band.left(), y, band.right(), y), 0.4, Grey);
    y += 3;
    ReportTextStyle right = small;
    right.alignment = Qt::AlignRight;
    const QString page = info.pageCount > 0
                             ? InviteeReport::tr("Page %1 of %2")
                                   .arg(LanguageManager::number(info.page), LanguageManager::number(info.pageCount))
                             : InviteeReport::tr("Page %1 of %2").arg(QStringLiteral("888"), QStringLiteral("888"));
    const qreal h1 = p.text(QRectF(band.left(), y, band.width() * 0.65, 0), t.printed, small, Grey);
    const qreal h2 = p.text(QRectF(band.left() + band.width() * 0.65, y, band.width() * 0.35, 0), page, right);
    y += qMax(h1, h2);
    return y - band.top();
}

ReportColumn columnFor(InviteeColumn column)
{
    ReportColumn c;
    c.title = InviteeReport::columnTitle(column);
    switch (column) {
    case InviteeColumn::SerialNo: c.width = 34; c.alignment = Qt::AlignRight; break;
    case InviteeColumn::Name: c.stretch = 2.1; break;
    case InviteeColumn::Designation: c.stretch = 1.3; break;
    case InviteeColumn::Enterprise: c.stretch = 2.7; break;
    case InviteeColumn::Sector: c.stretch = 1.3; break;
    case InviteeColumn::Mobile: c.width = 64; break;
    case InviteeColumn::Email: c.stretch = 2.0; break;
    case InviteeColumn::Status: c.stretch = 1.1; break;
    case InviteeColumn::Stall: c.width = 42; c.alignment = Qt::AlignHCenter; break;
    case InviteeColumn::Signature: c.stretch = 3.2; break;
    }
    return c;
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

// Turns rows into cell texts; the status words and the locale are looked up once, not per row.
class CellText
{
public:
    explicit CellText(const QString &language) : m_language(language)
    {
        for (InvitationStatus status : InvitationStatuses::all())
            m_statuses.insert(status, capitalised(InvitationStatuses::displayName(status)));
    }

    QString operator()(InviteeColumn column, const InviteeRow &row, int serial) const
    {
        switch (column) {
        case InviteeColumn::SerialNo: return LanguageManager::digits(m_locale.toString(serial));
        case InviteeColumn::Name: return row.name;
        case InviteeColumn::Designation: return row.designation;
        case InviteeColumn::Enterprise: return row.enterprise;
        case InviteeColumn::Sector: return row.sector(m_language);
        case InviteeColumn::Mobile: return row.mobile;
        case InviteeColumn::Email: return row.email;
        case InviteeColumn::Status: return m_statuses.value(row.status);
        case InviteeColumn::Stall: return row.stallCode;
        case InviteeColumn::Signature: return QString();
        }
        return {};
    }

private:
    QString m_language;
    QLocale m_locale;
    QHash<InvitationStatus, QString> m_statuses;
};

} // namespace

QList<InviteeReportLayout> InviteeReport::layouts()
{
    return {InviteeReportLayout::List, InviteeReportLayout::Register, InviteeReportLayout::BySector};
}

QString InviteeReport::layoutName(InviteeReportLayout layout)
{
    switch (layout) {
    case InviteeReportLayout::List: return tr("Invitee list");
    case InviteeReportLayout::Register: return tr("Attendance register");
    case InviteeReportLayout::BySector: return tr("Invitees by sector");
    }
    return {};
}

QString InviteeReport::layoutKey(InviteeReportLayout layout)
{
    switch (layout) {
    case InviteeReportLayout::List: return QStringLiteral("list");
    case InviteeReportLayout::Register: return QStringLiteral("register");
    case InviteeReportLayout::BySector: return QStringLiteral("by-sector");
    }
    return {};
}

std::optional<InviteeReportLayout> InviteeReport::layoutFromKey(const QString &key)
{
    for (InviteeReportLayout layout : layouts())
        if (layoutKey(layout) == key)
            return layout;
    return std::nullopt;
}

QList<InviteeColumn> InviteeReport::allColumns()
{
    return {InviteeColumn::SerialNo, InviteeColumn::Name,   InviteeColumn::Designation,
            InviteeColumn::Enterprise, InviteeColumn::Sector, InviteeColumn::Mobile,
            InviteeColumn::Email,    InviteeColumn::Status, InviteeColumn::Stall,
            InviteeColumn::Signature};
}

QList<InviteeColumn> InviteeReport::defaultColumns(InviteeReportLayout layout)
{
    switch (layout) {
    case InviteeReportLayout::List:
        return {InviteeColumn::SerialNo, InviteeColumn::Name, InviteeColumn::Enterprise,
                InviteeColumn::Sector, InviteeColumn::Mobile, InviteeColumn::Status};
    case InviteeReportLayout::Register:
        return {InviteeColumn::SerialNo, InviteeColumn::Name, InviteeColumn::Enterprise,
                InviteeColumn::Mobile, InviteeColumn::Stall, InviteeColumn::Signature};
    case InviteeReportLayout::BySector:
        // The sector is the heading of each section.
        return {InviteeColumn::SerialNo, InviteeColumn::Name, InviteeColumn::Enterprise,
                InviteeColumn::Mobile, InviteeColumn::Status};
    }
    return {};
}

QString InviteeReport::columnTitle(InviteeColumn column)
{
    switch (column) {
    case InviteeColumn::SerialNo: return tr("S.No.");
    case InviteeColumn::Name: return tr("Name");
    case InviteeColumn::Designation: return tr("Designation");
    case InviteeColumn::Enterprise: return tr("Enterprise");
    case InviteeColumn::Sector: return tr("Sector");
    case InviteeColumn::Mobile: return tr("Mobile");
    case InviteeColumn::Email: return tr("Email");
    case InviteeColumn::Status: return tr("Status");
    case InviteeColumn::Stall: return tr("Stall no.");
    case InviteeColumn::Signature: return tr("Signature");
    }
    return {};
}

QString InviteeReport::columnKey(InviteeColumn column)
{
    switch (column) {
    case InviteeColumn::SerialNo: return QStringLiteral("serial");
    case InviteeColumn::Name: return QStringLiteral("name");
    case InviteeColumn::Designation: return QStringLiteral("designation");
    case InviteeColumn::Enterprise: return QStringLiteral("enterprise");
    case InviteeColumn::Sector: return QStringLiteral("sector");
    case InviteeColumn::Mobile: return QStringLiteral("mobile");
    case InviteeColumn::Email: return QStringLiteral("email");
    case InviteeColumn::Status: return QStringLiteral("status");
    case InviteeColumn::Stall: return QStringLiteral("stall");
    case InviteeColumn::Signature: return QStringLiteral("signature");
    }
    return {};
}

std::optional<InviteeColumn> InviteeReport::columnFromKey(const QString &key)
{
    for (InviteeColumn column : allColumns())
        if (columnKey(column) == key)
            return column;
    return std::nullopt;
}

QString InviteeReport::officeLine(const QString &connection)
{
    const QString district = SettingsRepository(connection).district(LanguageManager::currentLanguage());
    if (district.isEmpty())
        return tr("District Industries Centre");
    return tr("District Industries Centre, %1").arg(district);
}

QString InviteeReport::eventDates(const QDate &start, const QDate &end)
{
    const QLocale locale;
    const QString full = QStringLiteral("d MMMM yyyy");
    if (!start.isValid())
        return {};
    if (!end.isValid() || end <= start)
        return LanguageManager::digits(locale.toString(start, full));
    // Devanagari digits when the user chose them (Settings), as on screen.
    const auto date = [&locale](const QDate &d, const QString &format) {
        return LanguageManager::digits(locale.toString(d, format));
    };
    const QString dash = QStringLiteral("–");
    if (start.year() == end.year() && start.month() == end.month())
        return date(start, QStringLiteral("d")) + dash + date(end, full);
    if (start.year() == end.year())
        return date(start, QStringLiteral("d MMMM")) + QStringLiteral(" – ") + date(end, full);
    return date(start, full) + QStringLiteral(" – ") + date(end, full);
}

QString InviteeReport::filterSummary(const InviteeFilter &filter)
{
    QStringList parts;
    if (!filter.statuses.isEmpty()) {
        QStringList names;
        for (InvitationStatus status : InvitationStatuses::all()) // in the list's own order
            if (filter.statuses.contains(status))
                names << InvitationStatuses::displayName(status);
        parts << tr("Status: %1").arg(names.join(QStringLiteral(", ")));
    }
    if (!filter.exporterStatuses.isEmpty()) {
        QStringList names;
        for (ExporterStatus status : filter.exporterStatuses)
            names << ExporterStatuses::displayName(status);
        parts << tr("Exporter: %1").arg(names.join(QStringLiteral(", ")));
    }
    if (!filter.sectorIds.isEmpty())
        parts << tr("Sectors: %1 selected").arg(LanguageManager::number(filter.sectorIds.size()));
    if (!filter.search.trimmed().isEmpty())
        parts << tr("Search: “%1”").arg(filter.search.trimmed());
    return parts.join(QStringLiteral(" · "));
}

QString InviteeReport::dayHeading(const Event &event, const QDate &day)
{
    const QString date = LanguageManager::digits(QLocale().toString(day, QStringLiteral("d MMMM yyyy")));
    const qint64 days = event.startDate.daysTo(event.endDate) + 1;
    const qint64 index = event.startDate.daysTo(day) + 1;
    if (days <= 1 || index < 1 || index > days)
        return date;
    return tr("Day %1 of %2 · %3").arg(LanguageManager::number(index), LanguageManager::number(days), date);
}

InviteeDayCounts InviteeReport::dayCounts(qint64 eventId, const QString &connection)
{
    InviteeDayCounts counts;
    InviteeFilter filter;
    filter.eventId = eventId;
    const QMap<InvitationStatus, int> statuses = InviteeListQuery(connection).statusCounts(filter);
    for (InvitationStatus status : InvitationStatuses::expected())
        counts.expected += statuses.value(status);
    counts.arrived = CheckinRepository(connection).countsByDay(eventId);
    return counts;
}

ReportDocument InviteeReport::build(const InviteeFilter &filter, const InviteeSort &sort,
                                    const InviteeReportOptions &given, const QString &connection,
                                    QString *error)
{
    InviteeReportOptions options = given;
    if (options.countsByDay)
        options.dayCounts = dayCounts(filter.eventId, connection);
    const std::optional<Event> event = EventRepository(connection).find(filter.eventId);
    if (!event) {
        if (error)
            *error = tr("There is no event with the number %1.").arg(filter.eventId);
        return {};
    }
    const QList<InviteeRow> rows = InviteeListQuery(connection).list(filter, sort);
    return build(*event, officeLine(connection), rows, filter, options);
}

ReportDocument InviteeReport::build(const Event &event, const QString &officeLine,
                                    const QList<InviteeRow> &rows, const InviteeFilter &filter,
                                    const InviteeReportOptions &options)
{
    const QString language = LanguageManager::currentLanguage();
    const QLocale locale;
    QList<InviteeColumn> columns;
    const QList<InviteeColumn> wanted = options.columns.isEmpty() ? defaultColumns(options.layout) : options.columns;
    for (InviteeColumn column : allColumns())
        if (wanted.contains(column))
            columns << column;
    const bool signature = columns.contains(InviteeColumn::Signature);

    PageTexts texts;
    texts.office = officeLine;
    texts.kind = layoutName(options.layout);
    texts.eventName = event.name(language);
    const QString dates = eventDates(event.startDate, event.endDate);
    texts.datesAndVenue = event.venue.trimmed().isEmpty()
                              ? dates
                              : tr("%1 · %2", "event dates · venue").arg(dates, event.venue.trimmed());
    if (options.day.isValid())
        texts.day = dayHeading(event, options.day);
    texts.filter = filterSummary(filter);
    const QDateTime printed = options.printedAt.isValid() ? options.printedAt : QDateTime::currentDateTime();
    texts.printed = tr("Printed on %1 at %2")
                        .arg(LanguageManager::digits(locale.toString(printed.date(), QStringLiteral("d MMMM yyyy"))),
                             LanguageManager::digits(locale.toString(printed.time(), QStringLiteral("HH:mm"))));
    texts.signatureBlock = options.layout == InviteeReportLayout::Register;
    texts.certified = tr("Certified that the invitees who have signed above attended the event.");
    texts.certifyingOfficer = tr("Signature, name and designation of the certifying officer");

    TableReport table;
    table.setPage(QPageSize::A4, options.orientation, QMarginsF(40, 34, 40, 30));
    QList<ReportColumn> reportColumns;
    for (InviteeColumn column : columns)
        reportColumns << columnFor(column);
    table.setColumns(reportColumns);
    TableReport::Style style = table.style();
    if (signature) {
        // Tall, ruled rows: room for a signature, and lines dark enough to sign on.
        style.minimumRowHeight = 30;
        style.centerVertically = true;
        style.ruleColor = QColor(0x44, 0x44, 0x44);
        style.ruleWidth = 0.5;
    }
    table.setStyle(style);
    table.setPageHeader([texts](ReportPainter &p, const TableReport::PageInfo &info) { return pageHeader(p, info, texts); });
    table.setPageFooter([texts](ReportPainter &p, const TableReport::PageInfo &info) { return pageFooter(p, info, texts); });
    table.setMetadata(tr("%1: %2").arg(texts.kind, texts.eventName), officeLine, texts.eventName);
    table.reserve(int(rows.size()) + 64);

    const CellText cellText(language);
    auto addRow = [&](const InviteeRow &row, int serial) {
        QStringList cells;
        cells.reserve(columns.size());
        for (InviteeColumn column : columns)
            cells << cellText(column, row, serial);
        table.addRow(cells);
    };

    if (options.layout == InviteeReportLayout::BySector) {
        // Sections in the order of their names in this language; "no sector" last. Within a
        // section the rows keep the page's order.
        QList<qint64> order;
        QHash<qint64, QList<int>> members;
        QHash<qint64, QString> names;
        for (int i = 0; i < rows.size(); ++i) {
            const InviteeRow &row = rows.at(i);
            if (!members.contains(row.sectorId)) {
                order << row.sectorId;
                names.insert(row.sectorId, row.sectorId ? row.sector(language) : tr("No sector"));
            }
            members[row.sectorId] << i;
        }
        QCollator collator(locale);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::stable_sort(order.begin(), order.end(), [&](qint64 a, qint64 b) {
            if ((a == 0) != (b == 0))
                return b == 0;
            return collator.compare(names.value(a), names.value(b)) < 0;
        });
        int serial = 0;
        for (qint64 sector : std::as_const(order)) {
            const QList<int> &indexes = members[sector];
            const QString name = names.value(sector);
            table.addGroupHeading(tr("%1 (invitees: %2)").arg(name, LanguageManager::number(indexes.size())),
                                  tr("%1 (continued)").arg(name));
            for (int i : indexes)
                addRow(rows.at(i), ++serial);
        }
    } else {
        for (int i = 0; i < rows.size(); ++i)
            addRow(rows.at(i), i + 1);
    }
    // Plural-free wording: English has no plural forms in its catalogue.
    table.addSummary(tr("Total invitees: %1").arg(LanguageManager::number(rows.size())));
    if (options.countsByDay && event.startDate.isValid()) {
        // Every day of the event, also those no one has come on yet.
        table.addGroupHeading(tr("Counts by day (expected: %1)").arg(LanguageManager::number(options.dayCounts.expected)),
                              tr("Counts by day (continued)"));
        const QDate last = qMax(event.startDate, event.endDate);
        for (QDate day = event.startDate; day <= last; day = day.addDays(1))
            table.addSummary(tr("%1: arrived %2 of %3 expected")
                                 .arg(dayHeading(event, day),
                                      LanguageManager::number(options.dayCounts.arrived.value(day)),
                                      LanguageManager::number(options.dayCounts.expected)));
    }
    return table.layout();
}
