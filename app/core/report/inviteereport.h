#pragma once

#include "storage/database.h"
#include "events/event.h"
#include "invitees/inviteelist.h"
#include "report/reportdocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <optional>

// The three printouts of the invitee list.
enum class InviteeReportLayout {
    List,     // आमंत्रण सूची: the desk checks names off it
    Register, // उपस्थिति पंजिका: guests sign it, the officer certifies it
    BySector, // the list in sections by sector, with a count per sector
};

// The columns a printout can have, in the order they are printed.
enum class InviteeColumn { SerialNo, Name, Designation, Enterprise, Sector, Mobile, Email, Status, Stall, Signature };

// How many came on each day of an event, against how many are expected.
struct InviteeDayCounts {
    int expected = 0;         // invitees at InvitationStatuses::expected()
    QMap<QDate, int> arrived; // CheckinRepository::countsByDay()
};

struct InviteeReportOptions {
    InviteeReportLayout layout = InviteeReportLayout::List;
    QList<InviteeColumn> columns; // empty: the layout's defaults; printed in the enum's order
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QDateTime printedAt;          // invalid: now
    // One day of an event of several days (a register signed each day): its date in the
    // heading. Invalid: the event as a whole.
    QDate day;
    // End with a "Counts by day" section: expected and arrived on each day of the event.
    bool countsByDay = false;
    InviteeDayCounts dayCounts;   // what that section shows; build(filter, ...) reads it
};

// Lays out invitee lists and attendance registers with the report engine, in the current
// language (headings, status words, dates, Indian digit grouping). The rows are exactly those
// of the Invitees page: InviteeListQuery::list() with the page's filter and sort.
class InviteeReport final
{
    Q_DECLARE_TR_FUNCTIONS(InviteeReport)
public:
    static QList<InviteeReportLayout> layouts();
    static QString layoutName(InviteeReportLayout layout);            // translated
    static QString layoutKey(InviteeReportLayout layout);             // "list", "register", "by-sector"
    static std::optional<InviteeReportLayout> layoutFromKey(const QString &key);

    static QList<InviteeColumn> allColumns();
    static QList<InviteeColumn> defaultColumns(InviteeReportLayout layout);
    static QString columnTitle(InviteeColumn column);                 // translated
    static QString columnKey(InviteeColumn column);                   // "serial", "name", ...
    static std::optional<InviteeColumn> columnFromKey(const QString &key);

    // "District Industries Centre, Gorakhpur" in the current language, from the settings.
    static QString officeLine(const QString &connection = Database::defaultConnectionName());
    // "24 September 2021", "21–22 September 2021", ... in the current language.
    static QString eventDates(const QDate &start, const QDate &end);
    // What the filter leaves out, in words ("Status: confirmed, attended · Search: “kumar”").
    static QString filterSummary(const InviteeFilter &filter);
    // "Day 2 of 2 · 22 September 2021" for a day of the event (just the date for a one-day event).
    static QString dayHeading(const Event &event, const QDate &day);
    // Expected and arrived per day for the event, read from the database.
    static InviteeDayCounts dayCounts(qint64 eventId, const QString &connection = Database::defaultConnectionName());

    // Reads the event, the office line and the rows, and lays them out. On failure (no such
    // event) returns an empty document and says why.
    static ReportDocument build(const InviteeFilter &filter, const InviteeSort &sort,
                                const InviteeReportOptions &options,
                                const QString &connection = Database::defaultConnectionName(),
                                QString *error = nullptr);
    // Lays out rows already read.
    static ReportDocument build(const Event &event, const QString &officeLine, const QList<InviteeRow> &rows,
                                const InviteeFilter &filter, const InviteeReportOptions &options);
};
