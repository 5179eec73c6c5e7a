// sammelan-cli print invitees: the invitee list, attendance register or list by sector as PDF;
// sammelan-cli print badges: the guests' badges with their check-in QR codes as PDF.
#include "cli.h"
#include "invitee.h"
#include "languagemanager.h"
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

    static int printBadges(Cli::Context &c)
    {
        QCommandLineParser parser;
        parser.addOption(eventIdOption());
        parser.addOption({QStringLiteral("layout"), tr("a6 (four A6 badges per A4 sheet, the default) or 8up (eight labels per A4 sheet)"),
                          QStringLiteral("LAYOUT")});
        parser.addOption(Cli::languageOption());
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
        if (!c.cli.applyLanguage(c, parser))
            return Cli::UsageError;

        QString error;
        if (!ReportTextEngine::fontsAvailable(&error))
            return Cli::fail(c, error);
        if (!Cli::openDatabase(c))
            return Cli::Failure;
        InviteeFilter filter;
        filter.eventId = eventId;
        const BadgeReport::Result badges = BadgeReport::build(filter, InviteeSort(), layout,
                                                              Database::defaultConnectionName(), &error);
        if (!error.isEmpty())
            return Cli::fail(c, error);
        if (badges.badges == 0)
            return Cli::fail(c, tr("No one is invited to event %1 yet (declined invitees get no badge): there are no badges to print.")
                                    .arg(eventId));
        if (!ReportRenderer::writePdf(badges.document, out, &error))
            return Cli::fail(c, error);
        const QLocale locale;
        c.out << tr("Wrote %1 (pages: %2, badges: %3, without a badge (not invited or declined): %4).")
                     .arg(QDir::toNativeSeparators(out), locale.toString(badges.document.pageCount()),
                          locale.toString(badges.badges), locale.toString(badges.skipped))
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
        parser.addOption({QStringLiteral("status"), tr("only these statuses, comma-separated"),
                          QStringLiteral("STATUS,...")});
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

        InviteeFilter filter;
        filter.eventId = eventId;
        if (parser.isSet(QStringLiteral("status"))) {
            const QStringList words = parser.value(QStringLiteral("status")).split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (words.isEmpty())
                return c.cli.usage(c, tr("--status needs at least one status."));
            for (const QString &word : words) {
                // The stored keys (not_invited, confirmed, ...) or the words people use.
                bool known = false;
                QString key = word.trimmed();
                key.replace(QLatin1Char('-'), QLatin1Char('_'));
                InvitationStatus status = InvitationStatuses::fromKey(key, &known);
                if (!known)
                    status = InvitationStatuses::parse(word, &known);
                if (!known || word.trimmed().isEmpty()) {
                    QStringList keys;
                    for (InvitationStatus s : InvitationStatuses::all())
                        keys << InvitationStatuses::key(s);
                    return c.cli.usage(c, tr("Unknown status “%1”: use %2.").arg(word, keys.join(QStringLiteral(", "))));
                }
                if (!filter.statuses.contains(status))
                    filter.statuses << status;
            }
        }

        if (!c.cli.applyLanguage(c, parser))
            return Cli::UsageError;

        QString error;
        if (!ReportTextEngine::fontsAvailable(&error))
            return Cli::fail(c, error);
        if (!Cli::openDatabase(c))
            return Cli::Failure;
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
                    "[--status invited,confirmed,...]"),
     [] { return PrintCommands::tr("print the invitee list, attendance register or list by sector as PDF"); },
     PrintCommands::printInvitees},
    Cli::Command{{QStringLiteral("print"), QStringLiteral("badges")},
     QStringLiteral("print badges OUT.pdf --event ID [--layout a6|8up] [--lang en|hi]"),
     [] { return PrintCommands::tr("print the guests' badges with their check-in QR codes as PDF"); },
     PrintCommands::printBadges},
});
