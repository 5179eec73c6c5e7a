// sammelan-cli print report: the conclave report for the District Export Promotion Committee.
#include "charts/reportcharts.h"
#include "cli.h"
#include "text/languagemanager.h"
#include "report/conclavereport.h"
#include "report/reportrenderer.h"

#include <QCommandLineParser>
#include <QDir>

namespace {

class ReportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)
public:
    static int printReport(Cli::Context &c)
    {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("event"), tr("the event's number (see “events”)"), QStringLiteral("ID")});
        parser.addOption(Cli::languageOption());
        if (!c.cli.parse(c, parser))
            return Cli::UsageError;
        const QStringList files = parser.positionalArguments();
        if (files.size() != 1 || files.constFirst().isEmpty())
            return c.cli.usage(c, tr("Name the PDF file to write, once."));
        const QString out = files.constFirst();
        if (!parser.isSet(QStringLiteral("event")))
            return c.cli.usage(c, tr("--event ID is required."));
        bool ok = false;
        const qint64 eventId = parser.value(QStringLiteral("event")).toLongLong(&ok);
        if (!ok || eventId <= 0)
            return c.cli.usage(c, tr("“%1” is not an event number.").arg(parser.value(QStringLiteral("event"))));
        if (!Cli::mayWrite(c, out))
            return Cli::Failure;
        if (!c.cli.applyLanguage(c, parser))
            return Cli::UsageError;
        QString error;
        if (!ReportTextEngine::fontsAvailable(&error))
            return Cli::fail(c, error);
        if (!Cli::openDatabase(c))
            return Cli::Failure;
        const auto data = ConclaveReport::gather(eventId, Database::defaultConnectionName(), &error);
        if (!data)
            return Cli::fail(c, error);
        const ReportDocument document = ConclaveReport::build(*data, ReportCharts::renderer());
        if (!ReportRenderer::writePdf(document, out, &error))
            return Cli::fail(c, error);
        c.out << tr("Wrote %1 (pages: %2).").arg(QDir::toNativeSeparators(out), LanguageManager::number(document.pageCount()))
              << Qt::endl;
        return Cli::Success;
    }
};

const Cli::Registration registration({
    Cli::Command{{QStringLiteral("print"), QStringLiteral("report")},
                 QStringLiteral("print report OUT.pdf --event ID [--lang en|hi]"),
                 [] {
                     return ReportCommands::tr("print the conclave report for the District Export Promotion Committee "
                                               "as PDF: invitations and attendance, first-time participants, "
                                               "nominations, stalls, the district's exports and targets, decisions "
                                               "and follow-ups");
                 },
                 ReportCommands::printReport},
});

} // namespace
