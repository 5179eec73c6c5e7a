#pragma once

#include "storage/database.h"
#include "events/event.h"
#include "invitees/inviteelist.h"
#include "report/reportdocument.h"

#include <QCoreApplication>
#include <optional>

// How badges sit on an A4 sheet.
enum class BadgeLayout {
    A6,      // four A6 badges (105 × 148.5 mm, portrait) per A4 sheet: for lanyard holders
    EightUp, // eight 105 × 74.25 mm labels per A4 sheet: for self-adhesive label sheets
};

// Badges for the guests of an event: name (large), designation, enterprise, sector, stall code
// if any, the event's name and dates, and a QR code that holds the invitation's check-in code
// (CheckinCode), which the check-in desk reads with a USB scanner. The text is set by the report
// engine, so Hindi names stay searchable in the PDF; the QR code is drawn as vector squares so it
// stays sharp at any printer resolution. Cut marks show where to cut the sheet.
//
// Invitees who were never invited or who declined get no badge: they are counted in
// `skippedRows` instead.
class BadgeReport final
{
    Q_DECLARE_TR_FUNCTIONS(BadgeReport)
public:
    struct Result {
        ReportDocument document;
        int badges = 0;
        int skipped = 0; // not invited or declined
        QList<qint64> inviteeIds; // whose badge is in the document, in order (badge i: index i)
    };

    static QList<BadgeLayout> layouts();
    static QString layoutName(BadgeLayout layout);  // translated
    static QString layoutKey(BadgeLayout layout);   // "a6", "8up"
    static std::optional<BadgeLayout> layoutFromKey(const QString &key);
    static int badgesPerSheet(BadgeLayout layout);
    // The size of one badge in points, as it is cut from the sheet.
    static QSizeF badgeSize(BadgeLayout layout);

    static bool getsBadge(InvitationStatus status);

    // Reads the event, the office line and the invitees the filter leaves (its eventId names the
    // event), and lays them out. With no such event, an empty document and why.
    static Result build(const InviteeFilter &filter, const InviteeSort &sort, BadgeLayout layout,
                        const QString &connection = Database::defaultConnectionName(), QString *error = nullptr);
    // Lays out one badge per row that gets one, in the rows' order, in the current language.
    static Result build(const Event &event, const QString &officeLine, const QList<InviteeRow> &rows,
                        BadgeLayout layout);
    // One badge on an A6 page, for the desk's printer: a walk-in's badge printed there and then.
    // The row's texts are printed as they are (the desk may have edited them), whatever its status.
    static Result buildSingle(const Event &event, const QString &officeLine, const InviteeRow &row);
    // The layout recorded for a single badge (BadgePrintRepository).
    static QString singleLayoutKey() { return QStringLiteral("a6-single"); }

    // "12 of these badges were already printed (last on 20 Sep)." in the current language.
    static QString alreadyPrintedNote(int count, const QDateTime &last);
};
