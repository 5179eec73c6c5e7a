// sammelan-cli commands of the foundation: init, check, backup, copy, events, events add.
#include "cli.h"
#include "storage/database.h"
#include "events/demodata.h"
#include "text/textfold.h"
#include "events/eventrepository.h"
#include "storage/databasecopy.h"
#include "storage/postgresbackend.h"

#include <QCommandLineParser>
#include <QDir>

namespace {

class BaseCommands
{
    Q_DECLARE_TR_FUNCTIONS(BaseCommands)
public:
    static int init(Cli::Context &c)
    {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("demo"), tr("load the demo conclave")});
        if (!c.cli.parse(c, parser))
            return Cli::UsageError;
        if (!parser.positionalArguments().isEmpty())
            return c.cli.usage(c, tr("init takes no file names; use --db FILE."));
        const auto result = Database::open(c.databasePath, Database::Mode::CreateIfMissing);
        if (!result.ok())
            return Cli::fail(c, result.message);
        const QString shown = QDir::toNativeSeparators(c.databasePath);
        if (result.created)
            c.out << tr("created %1 (database version %2)").arg(shown).arg(Database::currentVersion()) << '\n';
        else if (result.fromVersion < Database::currentVersion())
            c.out << tr("updated %1 from database version %2 to %3; the old file is kept as %4")
                         .arg(shown).arg(result.fromVersion).arg(Database::currentVersion())
                         .arg(QDir::toNativeSeparators(result.backupPath)) << '\n';
        else
            c.out << tr("%1 is up to date (database version %2)").arg(shown).arg(Database::currentVersion()) << '\n';
        if (parser.isSet(QStringLiteral("demo"))) {
            QString error;
            switch (DemoData::load(Database::defaultConnectionName(), &error)) {
            case DemoData::Result::Loaded:
                c.out << tr("loaded the demo conclave (fictional data, marked as demo)") << '\n';
                break;
            case DemoData::Result::AlreadyLoaded:
                c.out << tr("the demo conclave is already loaded") << '\n';
                break;
            case DemoData::Result::Failed:
                return Cli::fail(c, error);
            }
        }
        c.out.flush();
        return Cli::Success;
    }

    static int check(Cli::Context &c)
    {
        QCommandLineParser parser;
        if (!c.cli.parse(c, parser))
            return Cli::UsageError;
        if (!parser.positionalArguments().isEmpty())
            return c.cli.usage(c, tr("check takes no arguments."));
        if (!Cli::openDatabase(c))
            return Cli::Failure;
        const QStringList findings = Database::check();
        if (findings.isEmpty()) {
            c.out << "ok" << Qt::endl;
            return Cli::Success;
        }
        for (const QString &f : findings)
            c.out << f << '\n';
        c.out.flush();
        return Cli::Failure;
    }

    static int backup(Cli::Context &c)
    {
        QCommandLineParser parser;
        if (!c.cli.parse(c, parser))
            return Cli::UsageError;
        if (parser.positionalArguments().size() != 1)
            return c.cli.usage(c, tr("Name the file to write the backup to."));
        const QString out = parser.positionalArguments().constFirst();
        if (!Cli::mayWrite(c, out))
            return Cli::Failure;
        if (!Cli::openDatabase(c))
            return Cli::Failure;
        QString error;
        if (!Database::backup(out, &error))
            return Cli::fail(c, error);
        c.out << tr("backed up to %1").arg(QDir::toNativeSeparators(out)) << Qt::endl;
        return Cli::Success;
    }

    // The whole database, ids kept, into a new file or an empty server database.
    static int copy(Cli::Context &c)
    {
        QCommandLineParser parser;
        if (!c.cli.parse(c, parser))
            return Cli::UsageError;
        if (parser.positionalArguments().size() != 1)
            return c.cli.usage(c, tr("Name one new file or server database to copy to."));
        const QString target = parser.positionalArguments().constFirst();
        if (!PostgresBackend::isUrl(target) && !Cli::mayWrite(c, target))
            return Cli::Failure;
        if (!Cli::openDatabase(c))
            return Cli::Failure;
        const DatabaseCopy::Result result = DatabaseCopy::copy(Database::defaultConnectionName(), target);
        if (!result.ok)
            return Cli::fail(c, result.error);
        for (const DatabaseCopy::TableCount &t : result.tables)
            c.out << tr("copied %1: %2").arg(t.table).arg(t.rows) << '\n';
        c.out << tr("copied %n row(s) in %1 tables to %2", nullptr, int(result.rows))
                     .arg(result.tables.size()).arg(result.target)
              << Qt::endl;
        return Cli::Success;
    }

    static int listEvents(Cli::Context &c)
    {
        QCommandLineParser parser;
        if (!c.cli.parse(c, parser))
            return Cli::UsageError;
        if (!parser.positionalArguments().isEmpty())
            return c.cli.usage(c, tr("Unknown command “%1”.")
                                      .arg(QStringLiteral("events ") + parser.positionalArguments().join(QLatin1Char(' '))));
        if (!Cli::openDatabase(c))
            return Cli::Failure;
        const auto events = EventRepository().all();
        for (const Event &e : events)
            c.out << e.id << '\t' << e.startDate.toString(Qt::ISODate) << '\t'
                  << e.name(QStringLiteral("en")) << '\n';
        c.out.flush();
        return Cli::Success;
    }

    static int addEvent(Cli::Context &c)
    {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("start"), tr("first day"), QStringLiteral("YYYY-MM-DD")});
        parser.addOption({QStringLiteral("end"), tr("last day (default: the first)"), QStringLiteral("YYYY-MM-DD")});
        parser.addOption({QStringLiteral("venue"), tr("where it takes place"), QStringLiteral("TEXT")});
        parser.addOption({QStringLiteral("name-hi"), tr("the name in Hindi"), QStringLiteral("TEXT")});
        if (!c.cli.parse(c, parser))
            return Cli::UsageError;
        const QStringList names = parser.positionalArguments();
        if (names.size() != 1 || names.constFirst().trimmed().isEmpty())
            return c.cli.usage(c, tr("Give the event's name once (quote it if it has spaces)."));
        if (!parser.isSet(QStringLiteral("start")))
            return c.cli.usage(c, tr("--start YYYY-MM-DD is required."));
        Event e;
        const QString name = names.constFirst().trimmed();
        // A name written in Devanagari is the Hindi name; anything else the English one.
        (TextFold::hasDevanagari(name) ? e.nameHi : e.nameEn) = name;
        if (parser.isSet(QStringLiteral("name-hi")))
            e.nameHi = parser.value(QStringLiteral("name-hi"));
        e.startDate = QDate::fromString(parser.value(QStringLiteral("start")), Qt::ISODate);
        if (!e.startDate.isValid())
            return c.cli.usage(c, tr("“%1” is not a date of the form YYYY-MM-DD.").arg(parser.value(QStringLiteral("start"))));
        e.endDate = e.startDate;
        if (parser.isSet(QStringLiteral("end"))) {
            e.endDate = QDate::fromString(parser.value(QStringLiteral("end")), Qt::ISODate);
            if (!e.endDate.isValid())
                return c.cli.usage(c, tr("“%1” is not a date of the form YYYY-MM-DD.").arg(parser.value(QStringLiteral("end"))));
        }
        e.venue = parser.value(QStringLiteral("venue"));
        const QString invalid = EventRepository::validate(e);
        if (!invalid.isEmpty())
            return Cli::fail(c, invalid);
        if (!Cli::openDatabase(c))
            return Cli::Failure;
        const QList<Event> same = EventRepository().sameNameAndDate(e);
        QString error;
        const qint64 id = EventRepository().insert(e, &error);
        if (!id)
            return Cli::fail(c, error);
        // Added all the same (a second session of one name on one day is possible), but said:
        // the same event typed twice is far more likely.
        for (const Event &other : same)
            c.err << "sammelan-cli: "
                  << tr("warning: event %1 (“%2”) has the same name and starts on the same day; "
                        "remove one if it was entered twice.")
                         .arg(other.id)
                         .arg(other.nameEn.isEmpty() ? other.nameHi : other.nameEn)
                  << Qt::endl;
        c.out << id << Qt::endl;
        return Cli::Success;
    }
};

} // namespace

const Cli::Registration registration({
    Cli::Command{{QStringLiteral("init")}, QStringLiteral("init [--demo]"),
     [] { return BaseCommands::tr("create or update the database; --demo loads the demo conclave"); },
     BaseCommands::init},
    Cli::Command{{QStringLiteral("check")}, QStringLiteral("check"),
     [] { return BaseCommands::tr("integrity and foreign-key check (exit 1 with findings)"); },
     BaseCommands::check},
    Cli::Command{{QStringLiteral("backup")}, QStringLiteral("backup OUT.db"),
     [] { return BaseCommands::tr("write a verified, consistent copy of the database"); },
     BaseCommands::backup},
    Cli::Command{{QStringLiteral("copy")}, QStringLiteral("copy NEW.db|postgresql://USER@HOST/DATABASE"),
     [] { return BaseCommands::tr("copy the whole database, ids kept, into a new file or an empty "
                                  "server database"); },
     BaseCommands::copy},
    Cli::Command{{QStringLiteral("events")}, QStringLiteral("events"),
     [] { return BaseCommands::tr("list events: id, start date, name (tab-separated)"); },
     BaseCommands::listEvents},
    Cli::Command{{QStringLiteral("events"), QStringLiteral("add")},
     QStringLiteral("events add NAME --start YYYY-MM-DD [--end YYYY-MM-DD] [--venue TEXT]"),
     [] { return BaseCommands::tr("add an event and print its id"); },
     BaseCommands::addEvent},
});
