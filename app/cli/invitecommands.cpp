// sammelan-cli commands for invitee lists: import invitees, export invitees.
#include "cli.h"
#include "events/eventrepository.h"
#include "invitees/inviteelistquery.h"
#include "import/inviteeexport.h"
#include "import/inviteeimport.h"
#include "import/tablereader.h"

#include <QCommandLineParser>
#include <QDir>

namespace {

// Without --rejects, each rejected row is told on stderr as it is found.
class RejectsToStderr final : public ImportReport::RejectSink
{
    Q_DECLARE_TR_FUNCTIONS(InviteeCommands)
public:
    explicit RejectsToStderr(QTextStream &err) : m_err(err) {}
    bool start(const QStringList &) override { return true; }
    bool add(const ImportReport::RejectedRow &row) override
    {
        m_err << tr("row %1 rejected: %2").arg(row.rowNumber).arg(row.reason) << '\n';
        return true;
    }
    bool finish() override
    {
        m_err.flush();
        return true;
    }

private:
    QTextStream &m_err;
};

class InviteeCommands
{
    Q_DECLARE_TR_FUNCTIONS(InviteeCommands)
public:
    // --event ID: 0 when absent; -1 (after a usage message) when not a number.
    static qint64 eventOption(Cli::Context &c, const QCommandLineParser &parser)
    {
        if (!parser.isSet(QStringLiteral("event")))
            return 0;
        bool ok = false;
        const qint64 id = parser.value(QStringLiteral("event")).toLongLong(&ok);
        if (!ok || id <= 0) {
            c.cli.usage(c, tr("--event takes the number of an event (see “sammelan-cli events”)."));
            return -1;
        }
        return id;
    }

    static int importInvitees(Cli::Context &c)
    {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("event"), tr("apply the status column to this event"), QStringLiteral("ID")});
        parser.addOption({QStringLiteral("rejects"), tr("write rejected rows, with the reason, to this CSV file"), QStringLiteral("OUT.csv")});
        parser.addOption({QStringLiteral("on-duplicate"), tr("skip (default) or update records that already exist"), QStringLiteral("skip|update")});
        if (!c.cli.parse(c, parser))
            return Cli::UsageError;
        if (parser.positionalArguments().size() != 1)
            return c.cli.usage(c, tr("Name one file to import."));
        const qint64 eventId = eventOption(c, parser);
        if (eventId < 0)
            return Cli::UsageError;
        InviteeImport::Options options;
        options.eventId = eventId;
        const QString policy = parser.value(QStringLiteral("on-duplicate"));
        if (policy == QLatin1String("update"))
            options.onDuplicate = InviteeImport::OnDuplicate::Update;
        else if (!policy.isEmpty() && policy != QLatin1String("skip"))
            return c.cli.usage(c, tr("--on-duplicate is “skip” or “update”."));

        const QString file = parser.positionalArguments().constFirst();
        const QString rejectsPath = parser.value(QStringLiteral("rejects"));
        if (!rejectsPath.isEmpty() && !Cli::mayWrite(c, rejectsPath, {file}))
            return Cli::Failure;
        QString error;
        const auto source = TableReader::open(file, &error);
        if (!source)
            return Cli::fail(c, error);
        if (!Cli::openDatabase(c))
            return Cli::Failure;
        if (eventId && !EventRepository().find(eventId))
            return Cli::fail(c, tr("There is no event %1 (see “sammelan-cli events”).").arg(eventId));
        // Rejected rows are kept before anything is committed, so none is ever lost: in the
        // --rejects file, or else on stderr. They go there as they are found, so a file of
        // many bad rows is never held in memory.
        RejectsToStderr toStderr(c.err);
        ImportReport::RejectsFile toFile(rejectsPath);
        ImportReport::RejectSink *rejects = rejectsPath.isEmpty() ? static_cast<ImportReport::RejectSink *>(&toStderr)
                                                                  : &toFile;
        const auto result = InviteeImport::importSource(*source, options, &error, rejects);
        if (!result)
            return Cli::fail(c, error);
        c.out << InviteeImport::summaryLine(result->plan) << Qt::endl;
        // Categories: the scripts read stdout's one line; people read these.
        if (!result->applied.matchedSectors.isEmpty())
            c.err << tr("categories matched to existing ones: %1").arg(result->applied.matchedSectors.join(QStringLiteral(", "))) << Qt::endl;
        if (!result->applied.createdSectors.isEmpty())
            c.err << tr("new categories: %1").arg(result->applied.createdSectors.join(QStringLiteral(", "))) << Qt::endl;
        return Cli::Success;
    }

    // One tab-separated line per invitee: id, name, enterprise, mobile, status at the event.
    // The search is the Invitees page's and the check-in desk's: across scripts, by sound.
    static int listInvitees(Cli::Context &c)
    {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("event"), tr("that event's invitations, with their status"), QStringLiteral("ID")});
        parser.addOption({QStringLiteral("search"), tr("names, enterprises, mobiles, e-mails or GSTINs matching TEXT (in either script)"),
                          QStringLiteral("TEXT")});
        parser.addOption({QStringLiteral("status"), tr("only these statuses at the event, comma-separated"),
                          QStringLiteral("S,...")});
        if (!c.cli.parse(c, parser))
            return Cli::UsageError;
        if (!parser.positionalArguments().isEmpty())
            return c.cli.usage(c, tr("invitees takes no file names."));
        const qint64 eventId = eventOption(c, parser);
        if (eventId < 0)
            return Cli::UsageError;
        InviteeFilter filter;
        filter.eventId = eventId;
        filter.search = parser.value(QStringLiteral("search"));
        if (parser.isSet(QStringLiteral("status"))) {
            if (!eventId)
                return c.cli.usage(c, tr("--status needs --event: a status belongs to an invitation to an event."));
            const auto statuses = c.cli.parseStatuses(c, parser.value(QStringLiteral("status")));
            if (!statuses)
                return Cli::UsageError;
            filter.statuses = *statuses;
        } else if (eventId) {
            // That event's invitations, whatever their status: never everyone in the register.
            for (const InvitationStatus status : InvitationStatuses::all())
                if (status != InvitationStatus::NotInvited)
                    filter.statuses << status;
        }
        if (!Cli::openDatabase(c))
            return Cli::Failure;
        if (eventId && !EventRepository().find(eventId))
            return Cli::fail(c, tr("There is no event %1 (see “sammelan-cli events”).").arg(eventId));
        // A tab or line break in a field would forge a column or a line: shown as a space.
        auto cell = [](QString text) {
            for (QChar &ch : text)
                if (ch.category() == QChar::Other_Control || ch == QChar::LineSeparator || ch == QChar::ParagraphSeparator)
                    ch = QLatin1Char(' ');
            return text;
        };
        for (const InviteeRow &row : InviteeListQuery().list(filter)) {
            c.out << row.id << '\t' << cell(row.name) << '\t' << cell(row.enterprise) << '\t' << row.mobile << '\t'
                  << (eventId ? InvitationStatuses::key(row.status) : QString()) << '\n';
        }
        c.out.flush();
        return Cli::Success;
    }

    static int exportInvitees(Cli::Context &c)
    {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("event"), tr("include the status at this event"), QStringLiteral("ID")});
        if (!c.cli.parse(c, parser))
            return Cli::UsageError;
        if (parser.positionalArguments().size() != 1)
            return c.cli.usage(c, tr("Name the file to write (.csv or .xlsx)."));
        const qint64 eventId = eventOption(c, parser);
        if (eventId < 0)
            return Cli::UsageError;
        const QString out = parser.positionalArguments().constFirst();
        if (!Cli::mayWrite(c, out))
            return Cli::Failure;
        if (!Cli::openDatabase(c))
            return Cli::Failure;
        if (eventId && !EventRepository().find(eventId))
            return Cli::fail(c, tr("There is no event %1 (see “sammelan-cli events”).").arg(eventId));
        InviteeFilter filter;
        filter.eventId = eventId;
        QString error;
        const int written = InviteeExport::write(out, filter, {}, &error);
        if (written < 0)
            return Cli::fail(c, error);
        c.out << tr("exported %1 invitees to %2").arg(written).arg(QDir::toNativeSeparators(out)) << Qt::endl;
        return Cli::Success;
    }
};

const Cli::Registration registration({
    Cli::Command{{QStringLiteral("import"), QStringLiteral("invitees")},
                 QStringLiteral("import invitees FILE [--event ID] [--rejects OUT.csv] [--on-duplicate skip|update]"),
                 [] { return InviteeCommands::tr("add invitees from a CSV, TSV or XLSX file; prints one summary line"); },
                 InviteeCommands::importInvitees},
    Cli::Command{{QStringLiteral("invitees")},
                 QStringLiteral("invitees [--event ID] [--search TEXT] [--status S,...]"),
                 [] { return InviteeCommands::tr("list invitees: id, name, enterprise, mobile, status (tab-separated)"); },
                 InviteeCommands::listInvitees},
    Cli::Command{{QStringLiteral("export"), QStringLiteral("invitees")},
                 QStringLiteral("export invitees OUT.csv|OUT.xlsx [--event ID]"),
                 [] { return InviteeCommands::tr("write the invitee register to a CSV or XLSX file"); },
                 InviteeCommands::exportInvitees},
});

} // namespace
