// sammelan-cli: print stalls (the floor plan and the stall list as a PDF).
#include "cli.h"
#include "events/eventrepository.h"
#include "text/languagemanager.h"
#include "stalls/stallplan.h"

#include <QCommandLineParser>
#include <QDir>

namespace {

class StallCommands
{
    Q_DECLARE_TR_FUNCTIONS(StallCommands)
public:
    static int printStalls(Cli::Context &c)
    {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("event"), tr("the event whose stalls to print"), QStringLiteral("ID")});
        parser.addOption(Cli::languageOption());
        if (!c.cli.parse(c, parser))
            return Cli::UsageError;
        if (parser.positionalArguments().size() != 1)
            return c.cli.usage(c, tr("Name the PDF file to write."));
        bool ok = false;
        const qint64 eventId = parser.value(QStringLiteral("event")).toLongLong(&ok);
        if (!parser.isSet(QStringLiteral("event")) || !ok || eventId <= 0)
            return c.cli.usage(c, tr("--event ID is required (see “sammelan-cli events”)."));
        if (!c.cli.applyLanguage(c, parser))
            return Cli::UsageError;
        const QString out = parser.positionalArguments().constFirst();
        if (!Cli::mayWrite(c, out))
            return Cli::Failure;
        if (!Cli::openDatabase(c))
            return Cli::Failure;
        const auto event = EventRepository().find(eventId);
        if (!event)
            return Cli::fail(c, tr("There is no event %1 (see “sammelan-cli events”).").arg(eventId));
        const StallPlan plan = StallPlan::load(eventId);
        QString error;
        if (!plan.writePdf(out, tr("Stall layout — %1").arg(event->name(LanguageManager::currentLanguage())), &error))
            return Cli::fail(c, error);
        c.out << tr("printed %n stall(s) to %1", nullptr, int(plan.stalls.size())).arg(QDir::toNativeSeparators(out))
              << Qt::endl;
        return Cli::Success;
    }
};

const Cli::Registration registration({
    Cli::Command{{QStringLiteral("print"), QStringLiteral("stalls")},
                 QStringLiteral("print stalls OUT.pdf --event ID [--lang en|hi]"),
                 [] { return StallCommands::tr("print the floor plan and the stall list to a PDF"); },
                 StallCommands::printStalls},
});

} // namespace
