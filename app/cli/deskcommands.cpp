// sammelan-cli commands a desk runs on shared data: check a guest in, change or delete an
// invitee, allot a stall. Each writes over the version it read (or the one given with
// --seen), so a row changed at another desk meanwhile is refused with who changed it, when
// and at which desk, never overwritten (exit 1, nothing written).
#include "storage/appinfo.h"
#include "checkin/checkincommand.h"
#include "checkin/checkinrepository.h"
#include "cli.h"
#include "events/eventrepository.h"
#include "invitees/invitationrepository.h"
#include "invitees/inviteerepository.h"
#include "invitees/inviteevalidator.h"
#include "text/languagemanager.h"
#include "stalls/stallrepository.h"

#include <QCommandLineParser>

namespace {

class DeskCommands
{
    Q_DECLARE_TR_FUNCTIONS(DeskCommands)
public:
    // A positive number from an option or argument; 0 (after a usage message) when it is not.
    static qint64 number(Cli::Context &c, const QString &text, const QString &what)
    {
        bool ok = false;
        const qint64 n = text.toLongLong(&ok);
        if (!ok || n <= 0) {
            c.cli.usage(c, tr("%1 must be a number above 0, not “%2”.").arg(what, text));
            return 0;
        }
        return n;
    }

    // --seen N: the version this desk saw; 0 when not given (then the one read now).
    static bool versionOption(Cli::Context &c, const QCommandLineParser &parser, qint64 *version)
    {
        *version = 0;
        if (!parser.isSet(QStringLiteral("seen")))
            return true;
        *version = number(c, parser.value(QStringLiteral("seen")), QStringLiteral("--seen"));
        return *version > 0;
    }

    static QCommandLineOption versionOptionSpec()
    {
        return {QStringLiteral("seen"),
                tr("write only over this version of the row (as another command showed it)"), QStringLiteral("N")};
    }

    static int checkin(Cli::Context &c)
    {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("event"), tr("the event the guest arrives at"), QStringLiteral("ID")});
        if (!c.cli.parse(c, parser))
            return Cli::UsageError;
        if (parser.positionalArguments().size() != 1)
            return c.cli.usage(c, tr("Name the invitee to check in by number."));
        const qint64 inviteeId = number(c, parser.positionalArguments().constFirst(), tr("The invitee"));
        if (!inviteeId)
            return Cli::UsageError;
        const qint64 eventId = number(c, parser.value(QStringLiteral("event")), QStringLiteral("--event"));
        if (!eventId)
            return Cli::UsageError;
        if (!Cli::openDatabase(c))
            return Cli::Failure;
        const InviteeRepository invitees;
        const InvitationRepository invitations;
        const auto invitee = invitees.find(inviteeId);
        if (!invitee)
            return Cli::fail(c, tr("There is no invitee %1.").arg(inviteeId));
        if (!EventRepository().find(eventId))
            return Cli::fail(c, tr("There is no event %1 (see “sammelan-cli events”).").arg(eventId));
        // As the desk does: the invitation becomes "attended" (a declined guest let in is
        // confirmed first, one never invited is invited first).
        const InvitationState state = invitations.invitationState(eventId, inviteeId);
        QList<InvitationStatus> steps;
        if (!InvitationStatuses::expected().contains(state.status))
            steps << (state.status == InvitationStatus::Declined ? InvitationStatus::Confirmed : InvitationStatus::Invited);
        steps << InvitationStatus::Attended;
        CheckInCommand::Outcome outcome;
        CheckInCommand command(Database::defaultConnectionName(), eventId, inviteeId, QDate::currentDate(), steps,
                               invitee->name, AppInfo::deskName(), &outcome);
        command.redo();
        switch (outcome.kind) {
        case CheckInCommand::Outcome::CheckedIn:
            c.out << tr("Welcome, %1: checked in at %2.")
                         .arg(invitee->name, LanguageManager::digits(QTime::currentTime().toString(QStringLiteral("HH:mm"))))
                  << Qt::endl;
            return Cli::Success;
        case CheckInCommand::Outcome::AlreadyIn:
            c.out << tr("%1: already checked in at %2 (desk: %3).")
                         .arg(invitee->name, LanguageManager::digits(outcome.at.toString(QStringLiteral("HH:mm"))),
                              outcome.desk)
                  << Qt::endl;
            return Cli::Failure;
        case CheckInCommand::Outcome::Failed:
        case CheckInCommand::Outcome::None:
            break;
        }
        return Cli::fail(c, command.error());
    }

    static int editInvitee(Cli::Context &c)
    {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("set"), tr("a field and its new value (name, designation, enterprise, mobile, "
                                                    "email, address, pin, notes); may be given several times"),
                          QStringLiteral("FIELD=VALUE")});
        parser.addOption(versionOptionSpec());
        if (!c.cli.parse(c, parser))
            return Cli::UsageError;
        if (parser.positionalArguments().size() != 1)
            return c.cli.usage(c, tr("Name the invitee to change by number."));
        const qint64 id = number(c, parser.positionalArguments().constFirst(), tr("The invitee"));
        qint64 version = 0;
        if (!id || !versionOption(c, parser, &version))
            return Cli::UsageError;
        const QStringList sets = parser.values(QStringLiteral("set"));
        if (sets.isEmpty())
            return c.cli.usage(c, tr("Say what to change with --set FIELD=VALUE."));
        if (!Cli::openDatabase(c))
            return Cli::Failure;
        const InviteeRepository repository;
        const auto before = repository.find(id);
        if (!before)
            return Cli::fail(c, tr("There is no invitee %1.").arg(id));
        InviteeInput input;
        input.name = before->name;
        input.designation = before->designation;
        input.enterprise = before->enterprise;
        input.mobile = before->mobile;
        input.altPhone = before->altPhone;
        input.email = before->email;
        input.address = before->address;
        input.pin = before->pin;
        input.gstin = before->gstin;
        input.udyam = before->udyam;
        input.iec = before->iec;
        input.exportShare = before->exportShare < 0 ? QString() : QString::number(before->exportShare);
        input.notes = before->notes;
        input.exporterStatus = before->exporterStatus;
        const QHash<QString, QString *> fields{
            {QStringLiteral("name"), &input.name},         {QStringLiteral("designation"), &input.designation},
            {QStringLiteral("enterprise"), &input.enterprise}, {QStringLiteral("mobile"), &input.mobile},
            {QStringLiteral("email"), &input.email},       {QStringLiteral("address"), &input.address},
            {QStringLiteral("pin"), &input.pin},           {QStringLiteral("notes"), &input.notes},
        };
        for (const QString &set : sets) {
            const int equals = set.indexOf(QLatin1Char('='));
            QString *field = equals > 0 ? fields.value(set.left(equals).trimmed()) : nullptr;
            if (!field)
                return c.cli.usage(c, tr("“%1” is not FIELD=VALUE with one of the fields listed in the help.").arg(set));
            *field = set.mid(equals + 1);
        }
        const InviteeValidation validation = InviteeValidator::validate(input);
        if (!validation.ok())
            return Cli::fail(c, validation.summary());
        Invitee after = validation.invitee;
        after.id = id;
        after.sectorId = before->sectorId;
        after.isDemo = before->isDemo;
        after.version = version ? version : before->version;
        const auto written = repository.update(after);
        if (!written)
            return Cli::fail(c, written.error);
        c.out << tr("changed %1 (version %2)").arg(after.name).arg(written.version) << Qt::endl;
        return Cli::Success;
    }

    static int deleteInvitee(Cli::Context &c)
    {
        QCommandLineParser parser;
        parser.addOption(versionOptionSpec());
        if (!c.cli.parse(c, parser))
            return Cli::UsageError;
        if (parser.positionalArguments().size() != 1)
            return c.cli.usage(c, tr("Name the invitee to delete by number."));
        const qint64 id = number(c, parser.positionalArguments().constFirst(), tr("The invitee"));
        qint64 version = 0;
        if (!id || !versionOption(c, parser, &version))
            return Cli::UsageError;
        if (!Cli::openDatabase(c))
            return Cli::Failure;
        const InviteeRepository repository;
        const auto invitee = repository.find(id);
        if (!invitee)
            return Cli::fail(c, tr("There is no invitee %1.").arg(id));
        const auto removed = repository.remove({id}, nullptr, nullptr, {{id, version ? version : invitee->version}});
        if (!removed)
            return Cli::fail(c, removed.error);
        c.out << tr("deleted %1").arg(invitee->name) << Qt::endl;
        return Cli::Success;
    }

    static int allotStall(Cli::Context &c)
    {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("event"), tr("the event whose stall it is"), QStringLiteral("ID")});
        parser.addOption(versionOptionSpec());
        if (!c.cli.parse(c, parser))
            return Cli::UsageError;
        if (parser.positionalArguments().size() != 2)
            return c.cli.usage(c, tr("Name the stall by its code and the invitee by number."));
        const QString code = parser.positionalArguments().at(0);
        const qint64 inviteeId = number(c, parser.positionalArguments().at(1), tr("The invitee"));
        const qint64 eventId = inviteeId ? number(c, parser.value(QStringLiteral("event")), QStringLiteral("--event")) : 0;
        qint64 version = 0;
        if (!inviteeId || !eventId || !versionOption(c, parser, &version))
            return Cli::UsageError;
        if (!Cli::openDatabase(c))
            return Cli::Failure;
        const auto invitee = InviteeRepository().find(inviteeId);
        if (!invitee)
            return Cli::fail(c, tr("There is no invitee %1.").arg(inviteeId));
        const StallRepository stalls;
        std::optional<Stall> stall;
        for (const Stall &s : stalls.stalls(eventId))
            if (s.code.compare(code, Qt::CaseInsensitive) == 0)
                stall = s;
        if (!stall)
            return Cli::fail(c, tr("Event %1 has no stall %2.").arg(eventId).arg(code));
        if (stall->status == StallStatus::Blocked)
            return Cli::fail(c, tr("Stall %1 is blocked; set it free first.").arg(stall->code));
        Stall after = *stall;
        after.inviteeId = inviteeId;
        after.status = StallStatus::Allotted;
        after.version = version ? version : stall->version;
        const auto written = stalls.update(after);
        if (!written)
            return Cli::fail(c, written.error);
        c.out << tr("allotted stall %1 to %2").arg(after.code, invitee->name) << Qt::endl;
        return Cli::Success;
    }
};

const Cli::Registration registration({
    Cli::Command{{QStringLiteral("checkin")}, QStringLiteral("checkin INVITEE_ID --event ID"),
                 [] { return DeskCommands::tr("check a guest in at this desk (exit 1 when already checked in)"); },
                 DeskCommands::checkin},
    Cli::Command{{QStringLiteral("invitees"), QStringLiteral("edit")},
                 QStringLiteral("invitees edit ID --set FIELD=VALUE... [--seen N]"),
                 [] { return DeskCommands::tr("change an invitee's fields (refused when another desk changed it)"); },
                 DeskCommands::editInvitee},
    Cli::Command{{QStringLiteral("invitees"), QStringLiteral("delete")},
                 QStringLiteral("invitees delete ID [--seen N]"),
                 [] { return DeskCommands::tr("delete an invitee (refused when another desk changed it)"); },
                 DeskCommands::deleteInvitee},
    Cli::Command{{QStringLiteral("stalls"), QStringLiteral("allot")},
                 QStringLiteral("stalls allot CODE INVITEE_ID --event ID [--seen N]"),
                 [] { return DeskCommands::tr("allot a stall (refused when another desk changed it first)"); },
                 DeskCommands::allotStall},
});

} // namespace
