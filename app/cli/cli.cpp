#include "cli.h"

#include "storage/appinfo.h"
#include "storage/database.h"
#include "storage/postgresbackend.h"
#include "text/languagemanager.h"
#include "storage/outputpath.h"
#include "storage/postgresbackend.h"

#include <QCommandLineParser>
#include <QDir>
#include <QSettings>
#include <algorithm>

QList<Cli::Command> &Cli::registry()
{
    static QList<Command> commands;
    return commands;
}

Cli::Registration::Registration(const QList<Command> &commands)
{
    registry() << commands;
}

Cli::Cli() : m_commands(registry())
{
    // Registration order follows link order: list commands alphabetically instead.
    std::stable_sort(m_commands.begin(), m_commands.end(), [](const Command &a, const Command &b) {
        return a.names < b.names;
    });
}

int Cli::fail(Context &context, const QString &message)
{
    context.err << "sammelan-cli: " << message << Qt::endl;
    return Failure;
}

int Cli::usage(Context &context, const QString &message) const
{
    context.err << "sammelan-cli: " << message << '\n';
    if (m_current)
        context.err << tr("usage: %1").arg(QStringLiteral("sammelan-cli [--db FILE] ") + m_current->synopsis)
                    << '\n';
    context.err << tr("Run “sammelan-cli --help” for all commands.") << Qt::endl;
    return UsageError;
}

bool Cli::parse(Context &context, QCommandLineParser &parser) const
{
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (!parser.parse(QStringList{QStringLiteral("sammelan-cli")} + context.args)) {
        usage(context, parser.errorText());
        return false;
    }
    return true;
}

QCommandLineOption Cli::languageOption()
{
    return {QStringLiteral("lang"), tr("write it in English (en) or Hindi (hi)"), QStringLiteral("en|hi")};
}

bool Cli::applyLanguage(Context &context, const QCommandLineParser &parser) const
{
    if (!parser.isSet(QStringLiteral("lang")))
        return true;
    const QString language = parser.value(QStringLiteral("lang"));
    if (!LanguageManager::availableLanguages().contains(language)) {
        usage(context, tr("Unknown language “%1”: use en or hi.").arg(language));
        return false;
    }
    LanguageManager::instance()->setLanguage(language);
    return true;
}

std::optional<QList<InvitationStatus>> Cli::parseStatuses(Context &context, const QString &value) const
{
    QList<InvitationStatus> statuses;
    const QStringList words = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (word.trimmed().isEmpty())
            continue;
        // The stored keys (not_invited, confirmed, ...) or the words people use.
        bool known = false;
        QString key = word.trimmed();
        key.replace(QLatin1Char('-'), QLatin1Char('_'));
        InvitationStatus status = InvitationStatuses::fromKey(key, &known);
        if (!known)
            status = InvitationStatuses::parse(word, &known);
        if (!known) {
            QStringList keys;
            for (InvitationStatus s : InvitationStatuses::all())
                keys << InvitationStatuses::key(s);
            usage(context, tr("Unknown status “%1”: use %2.").arg(word.trimmed(), keys.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        if (!statuses.contains(status))
            statuses << status;
    }
    if (statuses.isEmpty()) {
        usage(context, tr("--status needs at least one status."));
        return std::nullopt;
    }
    return statuses;
}

bool Cli::openDatabase(Context &context, bool createIfMissing)
{
    const auto result = Database::open(context.databasePath,
                                       createIfMissing ? Database::Mode::CreateIfMissing
                                                       : Database::Mode::OpenExisting);
    if (!result.ok()) {
        QString message = result.message;
        if (result.error == Database::Error::NotFound && !PostgresBackend::isUrl(context.databasePath))
            message += QLatin1Char(' ') + tr("Create it with “sammelan-cli --db FILE init”.");
        fail(context, message);
        return false;
    }
    if (!result.backupPath.isEmpty())
        context.err << tr("The database was updated to version %1; a copy of the old file is at %2.")
                           .arg(Database::currentVersion())
                           .arg(QDir::toNativeSeparators(result.backupPath))
                    << Qt::endl;
    return true;
}

bool Cli::mayWrite(Context &context, const QString &path, const QStringList &inputs)
{
    // A server's database is no file that could be overwritten (its URL is no path either).
    const QString database = PostgresBackend::isUrl(context.databasePath) ? QString() : context.databasePath;
    const QString refused = OutputPath::refusal(path, inputs, database);
    if (refused.isEmpty())
        return true;
    fail(context, refused);
    return false;
}

QString Cli::helpText() const
{
    QString text;
    QTextStream s(&text);
    s << tr("Usage: sammelan-cli [--db FILE] COMMAND [ARGUMENTS]") << "\n\n"
      << tr("Sammelan without a window: events, invitees, stalls and exports of a District "
            "Industries Centre.")
      << "\n\n"
      << tr("Options:") << '\n'
      << "  --db FILE      " << tr("the database (default: %1)").arg(QDir::toNativeSeparators(Database::defaultPath())) << '\n'
      << "  --db URL       " << tr("a database on an office server: postgresql://USER@HOST[:PORT]/DATABASE "
                                   "(password from ~/.pgpass or PGPASSWORD)") << '\n'
      << "  -h, --help     " << tr("show this help") << '\n'
      << "  -v, --version  " << tr("show the version") << "\n\n"
      << tr("Commands:") << '\n';
    for (const Command &c : m_commands)
        s << "  " << c.synopsis << "\n      " << c.summary() << '\n';
    s << '\n' << tr("Exit status: 0 success, 1 failure (nothing written), 2 usage error.") << '\n';
    s.flush();
    return text;
}

int Cli::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    Context context{Database::defaultPath(), {}, out, err, *this};

    // Messages follow the language chosen in the desktop program (or the system's).
    QSettings settings;
    LanguageManager::instance()->setLanguage(
        LanguageManager::initialLanguage(settings.value(LanguageManager::SettingsKey).toString()));

    // Global options may stand anywhere; everything else is the command and its arguments.
    QStringList rest;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--db")) {
            if (i + 1 >= arguments.size())
                return usage(context, tr("--db needs a file name."));
            context.databasePath = arguments.at(++i);
        } else if (a.startsWith(QLatin1String("--db="))) {
            context.databasePath = a.mid(5);
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            out << helpText();
            return Success;
        } else if (a == QLatin1String("--version") || a == QLatin1String("-v")) {
            out << "sammelan-cli " << AppInfo::version() << Qt::endl;
            return Success;
        } else {
            rest << a;
        }
    }
    if (context.databasePath.isEmpty())
        return usage(context, tr("--db needs a file name."));
    if (rest.isEmpty())
        return usage(context, tr("Name a command."));

    // The command with the longest matching name: "events add" before "events".
    const Command *best = nullptr;
    for (const Command &c : m_commands) {
        if (c.names.size() > rest.size())
            continue;
        bool match = true;
        for (int i = 0; i < c.names.size() && match; ++i)
            match = rest.at(i) == c.names.at(i);
        if (match && (!best || c.names.size() > best->names.size()))
            best = &c;
    }
    if (!best)
        return usage(context, tr("Unknown command “%1”.").arg(rest.join(QLatin1Char(' '))));
    m_current = best;
    context.args = rest.mid(best->names.size());
    const int code = best->run(context);
    Database::close();
    return code;
}
