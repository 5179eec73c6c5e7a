// sammelan-cli print invitees: the invitee list, attendance register or list by sector as PDF;
// sammelan-cli print badges: the guests' badges with their check-in QR codes as PDF.
#include "report/badgeprintrepository.h"
#include "cli.h"
#include "events/eventrepository.h"
#include "invitees/invitee.h"
#include "invitees/inviteelistquery.h"
#include "text/languagemanager.h"
#include "report/badgereport.h"
#include "report/inviteereport.h"
#include "report/reportrenderer.h"

#include <QCommandLineParser>
#include <QDir>
#include <QLocale>

#include <optional>

namespace {

class PrintCommands
{
    Q_DECLARE_TR_FUNCTIONS(PrintCommands)
public:
    // What both print commands begin with: the options parsed, one PDF file named (and one it
    // may write), and the --event option's value as an event number. Returns the exit status
    // when the command cannot go on (after telling why), otherwise nothing.
    static std::optional<int> pdfAndEvent(Cli::Context &c, QCommandLineParser &parser, QString *out, qint64 *eventId)
    {
        if (!c.cli.parse(c, parser))
            return Cli::UsageError;
        const QStringList files = parser.positionalArguments();
        if (files.size() != 1 || files.constFirst().isEmpty())
            return c.cli.usage(c, tr("Name the PDF file to write, once."));
        *out = files.constFirst();
        if (!parser.isSet(QStringLiteral("event")))
            return c.cli.usage(c, tr("--event ID is required."));
        bool ok = false;
        *eventId = parser.value(QStringLiteral("event")).toLongLong(&ok);
        if (!ok || *eventId <= 0)
            return c.cli.usage(c, tr("“%1” is not an event number.").arg(parser.value(QStringLiteral("event"))));
        if (!Cli::mayWrite(c, *out))
            return Cli::Failure;
        return std::nullopt;
    }

    static QCommandLineOption eventIdOption()
    {
        return {QStringLiteral("event"), tr("the event's number (see “events”)"), QStringLiteral("ID")};
    }

    static QCommandLineOption statusOption(const QList<InvitationStatus> &defaults)
    {
        QStringList keys;
        for (InvitationStatus status : defaults)
            keys << InvitationStatuses::key(status);
        return {QStringLiteral("status"), tr("only these statuses, comma-separated (default: %1)").arg(keys.join(QLatin1Char(','))),
                QStringLiteral("STATUS,...")};
    }

    static int printBadges(Cli::Context &c)
    {
        QCommandLineParser parser;
        parser.addOption(eventIdOption());
        parser.addOption({QStringLiteral("layout"), tr("a6 (four A6 badges per A4 sheet, the default) or 8up (eight labels per A4 sheet)"),
                          QStringLiteral("LAYOUT")});
        parser.addOption(Cli::languageOption());
        parser.addOption(statusOption(InvitationStatuses::expected()));
        parser.addOption({QStringLiteral("only-new"), tr("only the badges not printed yet (each printed badge is noted)")});
        QString out;
        qint64 eventId = 0;
        if (const auto status = pdfAndEvent(c, parser, &out, &eventId))
            return *status;
        BadgeLayout layout = BadgeLayout::A6;
        if (parser.isSet(QStringLiteral("layout"))) {
            const auto chosen = BadgeReport::layoutFromKey(parser.value(QStringLiteral("layout")));
            if (!chosen)
                return c.cli.usage(c, tr("Unknown layout “%1”: use a6 or 8up.").arg(parser.value(QStringLiteral("layout"))));
            layout = *chosen;
        }
        // Who the check-in desk expects, unless told otherwise.
        InviteeFilter filter;
        filter.eventId = eventId;
        filter.statuses = InvitationStatuses::expected();
        if (parser.isSet(QStringLiteral("status"))) {
            const auto statuses = c.cli.parseStatuses(c, parser.value(QStringLiteral("status")));
            if (!statuses)
                return Cli::UsageError;
            filter.statuses = *statuses;
        }
        if (!c.cli.applyLanguage(c, parser))
            return Cli::UsageError;

        QString error;
        if (!ReportTextEngine::fontsAvailable(&error))
            return Cli::fail(c, error);
        if (!Cli::openDatabase(c))
            return Cli::Failure;
        const std::optional<Event> event = EventRepository().find(eventId);
        if (!event)
            return Cli::fail(c, BadgeReport::tr("There is no event with the number %1.").arg(eventId));
        QList<InviteeRow> rows = InviteeListQuery().list(filter);
        rows.removeIf([](const InviteeRow &row) { return !BadgeReport::getsBadge(row.status); });

        // Badges printed before: say so, and leave them out when asked.
        const BadgePrintRepository prints;
        const QHash<qint64, QDateTime> printed = prints.lastPrinted(eventId, &error);
        if (!error.isEmpty())
            return Cli::fail(c, error);
        int already = 0;
        QDateTime last;
        for (const InviteeRow &row : std::as_const(rows))
            if (printed.contains(row.id)) {
                ++already;
                last = qMax(last, printed.value(row.id));
            }
        const bool onlyNew = parser.isSet(QStringLiteral("only-new"));
        if (already) {
            c.err << "sammelan-cli: " << BadgeReport::alreadyPrintedNote(already, last);
            if (!onlyNew)
                c.err << ' ' << tr("Add --only-new to print only the others.");
            c.err << Qt::endl;
        }
        if (onlyNew)
            rows.removeIf([&printed](const InviteeRow &row) { return printed.contains(row.id); });
        if (rows.isEmpty()) {
            if (already)
                return Cli::fail(c, tr("Every badge was printed already: there are no new badges to print."));
            return Cli::fail(c, tr("No one is invited to event %1 yet (declined invitees get no badge): there are no badges to print.")
                                    .arg(eventId));
        }
        const BadgeReport::Result badges = BadgeReport::build(*event, InviteeReport::officeLine(), rows, layout);
        if (!ReportRenderer::writePdf(badges.document, out, &error))
            return Cli::fail(c, error);
        if (!prints.record(eventId, badges.inviteeIds, BadgeReport::layoutKey(layout), QDateTime::currentDateTime(), &error))
            return Cli::fail(c, error);
        c.out << tr("Wrote %1 (pages: %2, badges: %3).")
                     .arg(QDir::toNativeSeparators(out), LanguageManager::number(badges.document.pageCount()),
                          LanguageManager::number(badges.badges))
              << Qt::endl;
        return Cli::Success;
    }

    static int printInvitees(Cli::Context &c)
    {
        QCommandLineParser parser;
        parser.addOption(eventIdOption());
        parser.addOption({QStringLiteral("layout"), tr("list, register or by-sector (default: list)"),
                          QStringLiteral("LAYOUT")});
        parser.addOption(Cli::languageOption());
        parser.addOption(statusOption(InvitationStatuses::listedByDefault()));
        parser.addOption({QStringLiteral("day"), tr("the register for this day of an event of several days: its date in the heading"),
                          QStringLiteral("YYYY-MM-DD")});
        parser.addOption({QStringLiteral("counts-by-day"), tr("end with the number expected and arrived on each day of the event")});
        QString out;
        qint64 eventId = 0;
        if (const auto status = pdfAndEvent(c, parser, &out, &eventId))
            return *status;

        InviteeReportOptions options;
        if (parser.isSet(QStringLiteral("layout"))) {
            const auto layout = InviteeReport::layoutFromKey(parser.value(QStringLiteral("layout")));
            if (!layout)
                return c.cli.usage(c, tr("Unknown layout “%1”: use list, register or by-sector.")
                                          .arg(parser.value(QStringLiteral("layout"))));
            options.layout = *layout;
        }

        // An event's list holds its invitations: invited, confirmed and attended unless told
        // otherwise (not everyone in the database).
        InviteeFilter filter;
        filter.eventId = eventId;
        filter.statuses = InvitationStatuses::listedByDefault();
        if (parser.isSet(QStringLiteral("status"))) {
            const auto statuses = c.cli.parseStatuses(c, parser.value(QStringLiteral("status")));
            if (!statuses)
                return Cli::UsageError;
            filter.statuses = *statuses;
        }
        if (parser.isSet(QStringLiteral("day"))) {
            options.day = QDate::fromString(parser.value(QStringLiteral("day")), Qt::ISODate);
            if (!options.day.isValid())
                return c.cli.usage(c, tr("“%1” is not a date: write it as YYYY-MM-DD.").arg(parser.value(QStringLiteral("day"))));
            if (options.layout != InviteeReportLayout::Register)
                return c.cli.usage(c, tr("--day is for the attendance register: add --layout register."));
        }
        options.countsByDay = parser.isSet(QStringLiteral("counts-by-day"));

        if (!c.cli.applyLanguage(c, parser))
            return Cli::UsageError;

        QString error;
        if (!ReportTextEngine::fontsAvailable(&error))
            return Cli::fail(c, error);
        if (!Cli::openDatabase(c))
            return Cli::Failure;
        if (options.day.isValid()) {
            const std::optional<Event> event = EventRepository().find(eventId);
            if (event && (options.day < event->startDate || options.day > qMax(event->startDate, event->endDate)))
                return Cli::fail(c, tr("%1 is not a day of event %2 (%3).")
                                        .arg(options.day.toString(Qt::ISODate), QString::number(eventId),
                                             InviteeReport::eventDates(event->startDate, event->endDate)));
        }
        const ReportDocument document = InviteeReport::build(filter, InviteeSort(), options,
                                                             Database::defaultConnectionName(), &error);
        if (document.pages.isEmpty())
            return Cli::fail(c, error);
        if (!ReportRenderer::writePdf(document, out, &error))
            return Cli::fail(c, error);
        const QLocale locale;
        c.out << tr("Wrote %1 (pages: %2, invitees: %3).")
                     .arg(QDir::toNativeSeparators(out), locale.toString(document.pageCount()),
                          locale.toString(document.rowCount))
              << Qt::endl;
        return Cli::Success;
    }
};

} // namespace

const Cli::Registration registration({
    Cli::Command{{QStringLiteral("print"), QStringLiteral("invitees")},
     QStringLiteral("print invitees OUT.pdf --event ID [--layout list|register|by-sector] [--lang en|hi] "
                    "[--status invited,confirmed,...] [--day YYYY-MM-DD] [--counts-by-day]"),
     [] {
         return PrintCommands::tr("print the invitee list, attendance register or list by sector as PDF")
                + QStringLiteral("\n      ")
                + PrintCommands::tr("--status: only these (default: invited, confirmed and attended: the event's "
                                    "invitations, without the declined)")
                + QStringLiteral("\n      ")
                + PrintCommands::tr("--day: the register for one day of an event of several days, its date in the heading")
                + QStringLiteral("\n      ")
                + PrintCommands::tr("--counts-by-day: end with the number expected and arrived on each day");
     },
     PrintCommands::printInvitees},
    Cli::Command{{QStringLiteral("print"), QStringLiteral("badges")},
     QStringLiteral("print badges OUT.pdf --event ID [--layout a6|8up] [--lang en|hi] "
                    "[--status invited,confirmed,...] [--only-new]"),
     [] {
         return PrintCommands::tr("print the guests' badges with their check-in QR codes as PDF")
                + QStringLiteral("\n      ")
                + PrintCommands::tr("--status: only these (default: everyone the check-in desk expects: invited, "
                                    "confirmed, nominated, attended)")
                + QStringLiteral("\n      ")
                + PrintCommands::tr("--only-new: only the badges not printed yet (every badge printed is noted; "
                                    "those printed before are counted on stderr)");
     },
     PrintCommands::printBadges},
});
