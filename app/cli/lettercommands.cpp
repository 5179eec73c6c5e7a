// sammelan-cli print letters, print certificates, print labels, send invitations, verify: the
// office's correspondence for an event (issue 17).
#include "cli.h"
#include "events/eventrepository.h"
#include "invitees/invitee.h"
#include "text/languagemanager.h"
#include "letters/correspondence.h"
#include "letters/documentlanguage.h"
#include "letters/letterrepository.h"
#include "mail/invitationmail.h"
#include "mail/passwordstore.h"
#include "report/reportrenderer.h"
#include "report/reporttext.h"

#include <QCommandLineParser>
#include <QDir>
#include <QSet>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

#include <optional>

namespace {

class LetterCommands
{
    Q_DECLARE_TR_FUNCTIONS(LetterCommands)
public:
    static QCommandLineOption eventIdOption()
    {
        return {QStringLiteral("event"), tr("the event's number (see “events”)"), QStringLiteral("ID")};
    }

    static QCommandLineOption statusOption()
    {
        return {QStringLiteral("status"), tr("only these statuses, comma-separated (default: invited,confirmed)"),
                QStringLiteral("S,...")};
    }

    // --event as a number; -1 after telling why.
    static qint64 eventId(Cli::Context &c, const QCommandLineParser &parser)
    {
        if (!parser.isSet(QStringLiteral("event"))) {
            c.cli.usage(c, tr("--event ID is required."));
            return -1;
        }
        bool ok = false;
        const qint64 id = parser.value(QStringLiteral("event")).toLongLong(&ok);
        if (!ok || id <= 0) {
            c.cli.usage(c, tr("“%1” is not an event number.").arg(parser.value(QStringLiteral("event"))));
            return -1;
        }
        return id;
    }

    // The statuses of --status, or the letters' default; nothing after a usage error.
    static std::optional<QList<InvitationStatus>> statuses(Cli::Context &c, const QCommandLineParser &parser)
    {
        if (!parser.isSet(QStringLiteral("status")))
            return Correspondence::defaultStatuses();
        return c.cli.parseStatuses(c, parser.value(QStringLiteral("status")));
    }

    // The one PDF file named, which may be written; empty after telling why.
    static QString pdfFile(Cli::Context &c, const QCommandLineParser &parser)
    {
        const QStringList files = parser.positionalArguments();
        if (files.size() != 1 || files.constFirst().isEmpty()) {
            c.cli.usage(c, tr("Name the PDF file to write, once."));
            return {};
        }
        if (!Cli::mayWrite(c, files.constFirst()))
            return {};
        return files.constFirst();
    }

    // What a print or send command checks before it writes anything: the fonts, the database and
    // the event; nothing after telling why.
    static std::optional<Event> eventToPrint(Cli::Context &c, qint64 id)
    {
        QString error;
        if (!ReportTextEngine::fontsAvailable(&error)) {
            Cli::fail(c, error);
            return std::nullopt;
        }
        if (!Cli::openDatabase(c))
            return std::nullopt;
        const std::optional<Event> event = EventRepository().find(id);
        if (!event)
            Cli::fail(c, tr("There is no event %1 (see “sammelan-cli events”).").arg(id));
        return event;
    }

    // The command line of a print command parsed, then its PDF file, the event's number and
    // (`withStatuses`: the command has --status) the statuses read, in that order; nothing after
    // telling why, `code` being the exit code then.
    struct PrintTarget {
        QString out;
        qint64 eventId = 0;
        QList<InvitationStatus> statuses;
    };
    static std::optional<PrintTarget> printTarget(Cli::Context &c, QCommandLineParser &parser, bool withStatuses,
                                                  int *code)
    {
        *code = Cli::UsageError;
        if (!c.cli.parse(c, parser))
            return std::nullopt;
        PrintTarget target;
        target.out = pdfFile(c, parser);
        if (target.out.isEmpty()) {
            *code = parser.positionalArguments().size() == 1 ? Cli::Failure : Cli::UsageError;
            return std::nullopt;
        }
        *code = Cli::UsageError;
        target.eventId = eventId(c, parser);
        if (target.eventId < 0)
            return std::nullopt;
        if (withStatuses) {
            const auto wanted = statuses(c, parser);
            if (!wanted)
                return std::nullopt;
            target.statuses = *wanted;
        }
        return target;
    }

    // --lang, or `fallback` when it is not given; nothing after a usage error.
    static std::optional<QString> language(Cli::Context &c, const QCommandLineParser &parser,
                                           const QString &fallback)
    {
        if (!parser.isSet(QStringLiteral("lang")))
            return fallback;
        const QString language = parser.value(QStringLiteral("lang"));
        if (!LanguageManager::availableLanguages().contains(language)) {
            c.cli.usage(c, tr("Unknown language “%1”: use en or hi.").arg(language));
            return std::nullopt;
        }
        return language;
    }

    static int printLetters(Cli::Context &c)
    {
        QCommandLineParser parser;
        parser.addOption(eventIdOption());
        parser.addOption(statusOption());
        parser.addOption({QStringLiteral("lang"), tr("write them in English (en) or Hindi (hi) (default: each invitee's "
                                                     "own: Hindi when the name is in Devanagari)"),
                          QStringLiteral("en|hi")});
        int code = Cli::UsageError;
        const auto target = printTarget(c, parser, true, &code);
        if (!target)
            return code;
        const QString &out = target->out;
        const qint64 id = target->eventId;
        // Empty: each invitee's own.
        const std::optional<QString> chosenLanguage = language(c, parser, QString());
        if (!chosenLanguage)
            return Cli::UsageError;
        const QString &language = *chosenLanguage;
        const std::optional<Event> event = eventToPrint(c, id);
        if (!event)
            return Cli::Failure;
        QString error;
        RecipientFilter filter;
        filter.eventId = id;
        filter.statuses = target->statuses;
        const QList<InviteeRow> rows = Correspondence::recipients(filter, Database::defaultConnectionName(), &error);
        if (!error.isEmpty())
            return Cli::fail(c, error);
        if (rows.isEmpty())
            return Cli::fail(c, tr("No invitee of event %1 has those statuses: there are no letters to print.").arg(id));
        // Unknown fields are caught before anything is numbered or printed (in the templates of
        // the languages the letters are written in).
        QSet<QString> languages;
        for (const InviteeRow &row : rows)
            languages.insert(Correspondence::letterLanguage(row, language));
        QStringList unknown;
        for (const QString &l : std::as_const(languages))
            for (const QString &f : TemplateRepository().get(id, TemplateKind::Invitation, l).unknownFields())
                if (!unknown.contains(f))
                    unknown << f;
        if (!unknown.isEmpty())
            return Cli::fail(c, tr("The letter's template has unknown fields: %1. Correct it in the program "
                                   "(Invitees › Letters › Templates) first.")
                                    .arg(unknown.join(QStringLiteral(", "))));
        const QHash<qint64, IssuedLetter> given = LetterRepository().issued(LetterKind::Invitation, id);
        const int before = int(std::count_if(rows.cbegin(), rows.cend(),
                                             [&given](const InviteeRow &row) { return given.contains(row.id); }));
        const Correspondence::Documents letters = Correspondence::letters(*event, LetterKind::Invitation, rows, language, true);
        if (!letters.error.isEmpty())
            return Cli::fail(c, letters.error);
        if (!ReportRenderer::writePdf(letters.document, out, &error))
            return Cli::fail(c, error);
        if (!Correspondence::recordDispatch(letters.letters, DispatchChannel::Print, Database::defaultConnectionName(), &error))
            return Cli::fail(c, error);
        c.out << tr("Wrote %1 (letters: %2, numbers given now: %3, kept from before: %4).")
                     .arg(QDir::toNativeSeparators(out), LanguageManager::number(letters.document.pageCount()),
                          LanguageManager::number(letters.letters.size() - before), LanguageManager::number(before))
              << Qt::endl;
        return Cli::Success;
    }

    static int printCertificates(Cli::Context &c)
    {
        QCommandLineParser parser;
        parser.addOption(eventIdOption());
        parser.addOption({QStringLiteral("kind"), tr("attendee (those who attended, the default) or exhibitor "
                                                     "(those with a stall)"),
                          QStringLiteral("KIND")});
        parser.addOption({QStringLiteral("lang"), tr("the language set first and larger: English (en) or Hindi (hi); "
                                                     "certificates are in both"),
                          QStringLiteral("en|hi")});
        int code = Cli::UsageError;
        const auto target = printTarget(c, parser, false, &code);
        if (!target)
            return code;
        const QString &out = target->out;
        const qint64 id = target->eventId;
        LetterKind kind = LetterKind::Certificate;
        const QString kindName = parser.value(QStringLiteral("kind"));
        if (kindName == QLatin1String("exhibitor"))
            kind = LetterKind::ExhibitorCertificate;
        else if (!kindName.isEmpty() && kindName != QLatin1String("attendee"))
            return c.cli.usage(c, tr("Unknown kind “%1”: use attendee or exhibitor.").arg(kindName));
        const std::optional<QString> chosenLanguage = language(c, parser, LanguageManager::currentLanguage());
        if (!chosenLanguage)
            return Cli::UsageError;
        const std::optional<Event> event = eventToPrint(c, id);
        if (!event)
            return Cli::Failure;
        QString error;
        RecipientFilter filter;
        filter.eventId = id;
        const QList<InviteeRow> rows = Correspondence::recipients(filter);
        const Correspondence::Documents certificates =
            Correspondence::certificates(*event, kind, rows, *chosenLanguage, true);
        if (!certificates.error.isEmpty())
            return Cli::fail(c, certificates.error);
        if (certificates.letters.isEmpty())
            return Cli::fail(c, kind == LetterKind::Certificate
                                    ? tr("No one has attended event %1 yet: there are no certificates to print.").arg(id)
                                    : tr("No invitee has a stall at event %1: there are no exhibitors' certificates to print.")
                                          .arg(id));
        if (!ReportRenderer::writePdf(certificates.document, out, &error))
            return Cli::fail(c, error);
        if (!Correspondence::recordDispatch(certificates.letters, DispatchChannel::Print, Database::defaultConnectionName(),
                                            &error))
            return Cli::fail(c, error);
        c.out << tr("Wrote %1 (certificates: %2).")
                     .arg(QDir::toNativeSeparators(out), LanguageManager::number(certificates.letters.size()))
              << Qt::endl;
        return Cli::Success;
    }

    static int printLabels(Cli::Context &c)
    {
        QCommandLineParser parser;
        parser.addOption(eventIdOption());
        parser.addOption(statusOption());
        parser.addOption({QStringLiteral("layout"), tr("2x7 (14 labels of 99.1 × 38.1 mm per A4 sheet, the default) or "
                                                       "3x8 (24 labels of 63.5 × 33.9 mm)"),
                          QStringLiteral("2x7|3x8")});
        int code = Cli::UsageError;
        const auto target = printTarget(c, parser, true, &code);
        if (!target)
            return code;
        const QString &out = target->out;
        const qint64 id = target->eventId;
        LabelLayout layout = LabelLayout::TwoBySeven;
        if (parser.isSet(QStringLiteral("layout"))) {
            const auto chosen = LabelReport::layoutFromKey(parser.value(QStringLiteral("layout")));
            if (!chosen)
                return c.cli.usage(c, tr("Unknown layout “%1”: use 2x7 or 3x8.").arg(parser.value(QStringLiteral("layout"))));
            layout = *chosen;
        }
        const std::optional<Event> event = eventToPrint(c, id);
        if (!event)
            return Cli::Failure;
        QString error;
        RecipientFilter filter;
        filter.eventId = id;
        filter.statuses = target->statuses;
        const QList<InviteeRow> rows = Correspondence::recipients(filter);
        if (rows.isEmpty())
            return Cli::fail(c, tr("No invitee of event %1 has those statuses: there are no labels to print.").arg(id));
        const ReportDocument labels = Correspondence::labels(*event, rows, layout, true, Database::defaultConnectionName(), &error);
        if (!ReportRenderer::writePdf(labels, out, &error))
            return Cli::fail(c, error);
        if (!error.isEmpty())
            c.err << "sammelan-cli: " << error << Qt::endl;
        c.out << tr("Wrote %1 (pages: %2, labels: %3).")
                     .arg(QDir::toNativeSeparators(out), LanguageManager::number(labels.pageCount()),
                          LanguageManager::number(labels.rowCount))
              << Qt::endl;
        return Cli::Success;
    }

    // The mail server's password: from the keyring; where there is none, from
    // SAMMELAN_SMTP_PASSWORD, the terminal (not echoed) or a line on standard input.
    static std::optional<QString> password(Cli::Context &c, const SmtpSettings &settings)
    {
        const PasswordStore::Result stored = PasswordStore::read(settings.passwordKey());
        if (stored.status == PasswordStore::Status::Ok)
            return stored.password;
        if (stored.status == PasswordStore::Status::NoKeyring)
            c.err << "sammelan-cli: " << PasswordStore::cannotKeep(stored) << Qt::endl;
        if (qEnvironmentVariableIsSet("SAMMELAN_SMTP_PASSWORD"))
            return qEnvironmentVariable("SAMMELAN_SMTP_PASSWORD");
        const bool terminal = ::isatty(STDIN_FILENO);
        termios saved{};
        if (terminal) {
            c.err << tr("Password for %1 at %2: ").arg(settings.user, settings.host) << Qt::flush;
            ::tcgetattr(STDIN_FILENO, &saved);
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        }
        QByteArray line;
        for (int ch = std::getchar(); ch != EOF && ch != '\n'; ch = std::getchar())
            line += char(ch);
        if (terminal) {
            ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
            c.err << Qt::endl;
        }
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            Cli::fail(c, tr("No password was given for %1 at %2: nothing was sent.").arg(settings.user, settings.host));
            return std::nullopt;
        }
        return QString::fromUtf8(line);
    }

    static int sendInvitations(Cli::Context &c)
    {
        QCommandLineParser parser;
        parser.addOption(eventIdOption());
        parser.addOption(statusOption());
        parser.addOption({QStringLiteral("smtp"), tr("the mail server, instead of the one in the settings: smtp://HOST:PORT "
                                                     "(STARTTLS when offered) or smtps://HOST:PORT, USER@ before HOST to "
                                                     "log in"),
                          QStringLiteral("URL")});
        parser.addOption({QStringLiteral("from"), tr("the sender's address, instead of the one in the settings"),
                          QStringLiteral("ADDRESS")});
        parser.addOption({QStringLiteral("dry-run"), tr("list who would get the invitation; send nothing, note nothing")});
        if (!c.cli.parse(c, parser))
            return Cli::UsageError;
        if (!parser.positionalArguments().isEmpty())
            return c.cli.usage(c, tr("send invitations takes no file names."));
        const qint64 id = eventId(c, parser);
        if (id < 0)
            return Cli::UsageError;
        const auto wanted = statuses(c, parser);
        if (!wanted)
            return Cli::UsageError;
        const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
        QString error;
        const std::optional<Event> event = eventToPrint(c, id);
        if (!event)
            return Cli::Failure;

        SmtpSettings settings = SmtpSettings::load();
        if (parser.isSet(QStringLiteral("smtp")) && !settings.applyUrl(parser.value(QStringLiteral("smtp")), &error))
            return c.cli.usage(c, error);
        if (parser.isSet(QStringLiteral("from")))
            settings.fromAddress = parser.value(QStringLiteral("from")).trimmed();
        if (!dryRun) {
            if (const QString why = settings.validate(); !why.isEmpty())
                return Cli::fail(c, why);
        }

        RecipientFilter filter;
        filter.eventId = id;
        filter.statuses = *wanted;
        const QList<InviteeRow> rows = Correspondence::recipients(filter, Database::defaultConnectionName(), &error);
        const QList<MailRecipient> plan =
            InvitationMail::plan(*event, LetterKind::Invitation, rows, false, Database::defaultConnectionName(), &error);
        if (!error.isEmpty())
            return Cli::fail(c, error);
        // The e-mail and letter templates must be whole before anything goes.
        QStringList unknown;
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("hi")})
            for (TemplateKind kind : {TemplateKind::Invitation, TemplateKind::Email})
                for (const QString &f : TemplateRepository().get(id, kind, language).unknownFields())
                    if (!unknown.contains(f))
                        unknown << f;
        if (!unknown.isEmpty() && !dryRun)
            return Cli::fail(c, tr("The templates have unknown fields: %1. Correct them in the program "
                                   "(Invitees › Letters › Templates) first.")
                                    .arg(unknown.join(QStringLiteral(", "))));

        InvitationMail::Summary summary;
        if (dryRun) {
            for (const MailRecipient &r : plan) {
                switch (r.state) {
                case MailRecipient::State::WillSend:
                    c.err << tr("would send to %1 <%2>").arg(r.invitee.name, r.invitee.email) << '\n';
                    break;
                case MailRecipient::State::NoEmail:
                    ++summary.skipped;
                    c.err << tr("skipped, no e-mail address: %1").arg(r.invitee.name) << '\n';
                    break;
                case MailRecipient::State::AlreadySent:
                    ++summary.skipped;
                    c.err << tr("skipped, sent on %1: %2 <%3>")
                                 .arg(LanguageManager::dateTime(r.sentAt), r.invitee.name, r.invitee.email)
                          << '\n';
                    break;
                }
            }
            c.err << tr("Dry run: nothing was sent.") << Qt::endl;
            c.out << InvitationMail::summaryLine(summary) << Qt::endl;
            return Cli::Success;
        }

        const bool anyToSend = std::any_of(plan.cbegin(), plan.cend(), [](const MailRecipient &r) {
            return r.state == MailRecipient::State::WillSend;
        });
        QString secret;
        if (anyToSend && settings.needsPassword()) {
            const auto given = password(c, settings);
            if (!given)
                return Cli::Failure;
            secret = *given;
        }
        SmtpClient client(settings, secret);
        secret.fill(QLatin1Char('\0'));
        summary = InvitationMail::send(*event, LetterKind::Invitation, plan, client, settings,
                                       [&c](int done, int total, const MailRecipient &r, const SmtpResult &result) {
                                           c.err << QStringLiteral("[%1/%2] ").arg(done).arg(total)
                                                 << (result.ok ? tr("sent to %1 <%2>").arg(r.invitee.name, r.invitee.email)
                                                               : tr("failed: %1 <%2>: %3")
                                                                     .arg(r.invitee.name, r.invitee.email, result.text()))
                                                 << Qt::endl;
                                           return true;
                                       },
                                       Database::defaultConnectionName(), &error);
        if (!error.isEmpty())
            c.err << "sammelan-cli: " << error << Qt::endl;
        c.out << InvitationMail::summaryLine(summary) << Qt::endl;
        return summary.failed > 0 || (!error.isEmpty() && summary.sent == 0 && anyToSend) ? Cli::Failure : Cli::Success;
    }

    static int verify(Cli::Context &c)
    {
        QCommandLineParser parser;
        if (!c.cli.parse(c, parser))
            return Cli::UsageError;
        if (parser.positionalArguments().size() != 1)
            return c.cli.usage(c, tr("Name one certificate number."));
        const QString given = parser.positionalArguments().constFirst();
        const auto parts = CertificateNumbers::parse(given);
        if (!parts)
            return Cli::fail(c, tr("“%1” is not a certificate number: they look like SC-2024-00017-K7QW2M9D.").arg(given));
        if (!Cli::openDatabase(c))
            return Cli::Failure;
        const LetterRepository letters;
        QString error;
        const QByteArray secret = letters.certificateSecret(&error);
        if (secret.isEmpty())
            return Cli::fail(c, error);
        if (!CertificateNumbers::isSigned(secret, parts->number))
            return Cli::fail(c, tr("NOT GENUINE: %1 is not a certificate of this office (its signature does not match).")
                                    .arg(parts->number));
        const std::optional<IssuedLetter> letter = letters.findByNumber(parts->number);
        if (!letter || !LetterKinds::isCertificate(letter->kind))
            return Cli::fail(c, tr("NOT IN THE REGISTER: %1 carries this office's signature, but no such certificate "
                                   "was issued from this database.")
                                    .arg(parts->number));
        QString eventText = letter->eventName;
        if (const auto event = EventRepository().find(letter->eventId)) {
            eventText = event->name(LanguageManager::currentLanguage());
            const QString dates = DocumentLanguage(LanguageManager::currentLanguage()).dates(event->startDate, event->endDate);
            if (!dates.isEmpty())
                eventText += QStringLiteral(" (%1)").arg(dates);
        }
        c.out << tr("GENUINE: %1, %2 issued on %3 to %4 for %5.")
                     .arg(letter->number, LetterKinds::displayName(letter->kind), LanguageManager::date(letter->issuedOn),
                          letter->addressee, eventText)
              << Qt::endl;
        return Cli::Success;
    }
};

const Cli::Registration registration({
    Cli::Command{{QStringLiteral("print"), QStringLiteral("letters")},
                 QStringLiteral("print letters OUT.pdf --event ID [--status S,...] [--lang en|hi]"),
                 [] {
                     return LetterCommands::tr("print the invitation letters as PDF, one per page on the letterhead; "
                                               "numbers are given once and kept")
                            + QStringLiteral("\n      ")
                            + LetterCommands::tr("--status: only these (default: invited,confirmed); --lang: en or hi "
                                                 "(default: each invitee's own)");
                 },
                 LetterCommands::printLetters},
    Cli::Command{{QStringLiteral("print"), QStringLiteral("certificates")},
                 QStringLiteral("print certificates OUT.pdf --event ID [--kind attendee|exhibitor] [--lang en|hi]"),
                 [] {
                     return LetterCommands::tr("print certificates of participation (A4 landscape, Hindi and English) "
                                               "for those who attended, or for exhibitors with a stall, with a signed "
                                               "number and its QR code");
                 },
                 LetterCommands::printCertificates},
    Cli::Command{{QStringLiteral("print"), QStringLiteral("labels")},
                 QStringLiteral("print labels OUT.pdf --event ID [--status S,...] [--layout 2x7|3x8]"),
                 [] {
                     return LetterCommands::tr("print address labels on A4 label sheets (2 × 7 or 3 × 8) for posting "
                                               "the letters");
                 },
                 LetterCommands::printLabels},
    Cli::Command{{QStringLiteral("send"), QStringLiteral("invitations")},
                 QStringLiteral("send invitations --event ID [--status S,...] [--smtp smtp://HOST:PORT] [--from ADDRESS] "
                                "[--dry-run]"),
                 [] {
                     return LetterCommands::tr("e-mail the invitation letters (PDF attached) through the mail server "
                                               "in the settings; prints “sent N, failed F, skipped S” (skipped: sent "
                                               "before, or no e-mail address); exit status 1 when any failed")
                            + QStringLiteral("\n      ")
                            + LetterCommands::tr("the password comes from the keyring; without one, from "
                                                 "SAMMELAN_SMTP_PASSWORD or standard input");
                 },
                 LetterCommands::sendInvitations},
    Cli::Command{{QStringLiteral("verify")},
                 QStringLiteral("verify NUMBER"),
                 [] {
                     return LetterCommands::tr("say whose certificate a number is and for which event, or that it is "
                                               "not genuine");
                 },
                 LetterCommands::verify},
});

} // namespace
