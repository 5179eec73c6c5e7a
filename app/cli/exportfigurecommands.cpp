// sammelan-cli commands for the district's export figures: import exports, chart exports.
#include "charts/exportchart.h"
#include "cli.h"
#include "exports/exportrepository.h"
#include "exports/exportchartdata.h"
#include "import/exportimport.h"
#include "import/tablereader.h"
#include "sectors/sectorrepository.h"
#include "storage/settingsrepository.h"
#include "text/languagemanager.h"

#include <QChart>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace {

class ExportFigureCommands
{
    Q_DECLARE_TR_FUNCTIONS(ExportFigureCommands)
public:
    static int importExports(Cli::Context &c)
    {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("rejects"), tr("write rejected rows, with the reason, to this CSV file"), QStringLiteral("OUT.csv")});
        if (!c.cli.parse(c, parser))
            return Cli::UsageError;
        if (parser.positionalArguments().size() != 1)
            return c.cli.usage(c, tr("Name one file to import."));
        const QString file = parser.positionalArguments().constFirst();
        const QString rejectsPath = parser.value(QStringLiteral("rejects"));
        if (!rejectsPath.isEmpty() && !Cli::mayWrite(c, rejectsPath, {file}))
            return Cli::Failure;
        QString error;
        const auto source = TableReader::open(file, &error);
        if (!source)
            return Cli::fail(c, error);
        const auto table = TableReader::readAll(*source, &error);
        if (!table)
            return Cli::fail(c, error);
        if (!Cli::openDatabase(c))
            return Cli::Failure;
        // Rejected rows are kept before anything is committed: in the --rejects file, or on stderr.
        QString rejectsError;
        auto keepRejects = [&](const QStringList &headers, const QList<ExportImport::Rejected> &rejects) {
            if (rejectsPath.isEmpty()) {
                for (const auto &r : rejects)
                    c.err << tr("row %1 rejected: %2").arg(r.rowNumber).arg(r.reason) << '\n';
                c.err.flush();
                return true;
            }
            return ImportReport::writeRejects(rejectsPath, headers, rejects, &rejectsError, file);
        };
        const auto result = ExportImport::import(*table, &error, keepRejects);
        if (!result)
            return Cli::fail(c, rejectsError.isEmpty() ? error : rejectsError + QLatin1Char(' ') + error);
        c.out << ExportImport::summaryLine(*result) << Qt::endl;
        if (!result->layout.isEmpty())
            c.err << tr("read with %1").arg(result->layout) << Qt::endl;
        if (const QString passed = ExportImport::passedOverText(*result); !passed.isEmpty())
            c.err << passed << Qt::endl;
        if (!result->productsByChapter.isEmpty())
            c.err << tr("products by HS chapter: %1").arg(result->productsByChapter.join(QStringLiteral(", "))) << Qt::endl;
        if (!result->matchedProducts.isEmpty())
            c.err << tr("products matched to existing ones: %1").arg(result->matchedProducts.join(QStringLiteral(", "))) << Qt::endl;
        if (!result->createdProducts.isEmpty())
            c.err << tr("new products: %1").arg(result->createdProducts.join(QStringLiteral(", "))) << Qt::endl;
        return Cli::Success;
    }

    static int chartExports(Cli::Context &c)
    {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("year"), tr("the financial year to chart, such as 2020-21 (default: the latest)"), QStringLiteral("YEAR")});
        parser.addOption({QStringLiteral("by"), tr("bars by country (default), by product or by HS chapter"),
                          QStringLiteral("country|product|chapter")});
        parser.addOption({QStringLiteral("top"), tr("how many countries or products to name before “Other” (default 8)"), QStringLiteral("N")});
        parser.addOption(Cli::languageOption());
        if (!c.cli.parse(c, parser))
            return Cli::UsageError;
        if (parser.positionalArguments().size() != 1)
            return c.cli.usage(c, tr("Name the file to write (.png or .pdf)."));
        const QString out = parser.positionalArguments().constFirst();
        const QString suffix = QFileInfo(out).suffix().toLower();
        if (suffix != QLatin1String("png") && suffix != QLatin1String("pdf"))
            return c.cli.usage(c, tr("The chart is written as .png or .pdf, not “%1”.").arg(QFileInfo(out).fileName()));
        if (!Cli::mayWrite(c, out))
            return Cli::Failure;
        ExportChartOptions options;
        if (parser.isSet(QStringLiteral("year"))) {
            options.fyStart = ExportRecord::parseFinancialYear(parser.value(QStringLiteral("year")));
            if (!options.fyStart)
                return c.cli.usage(c, tr("--year is a financial year such as 2020-21, not “%1”.")
                                          .arg(parser.value(QStringLiteral("year"))));
        }
        const QString by = parser.value(QStringLiteral("by"));
        if (by == QLatin1String("product"))
            options.by = ExportStats::By::Product;
        else if (by == QLatin1String("chapter"))
            options.by = ExportStats::By::Chapter;
        else if (!by.isEmpty() && by != QLatin1String("country"))
            return c.cli.usage(c, tr("--by is “country”, “product” or “chapter”."));
        if (parser.isSet(QStringLiteral("top"))) {
            bool ok = false;
            options.topN = parser.value(QStringLiteral("top")).toInt(&ok);
            if (!ok || options.topN < 1 || options.topN > 50)
                return c.cli.usage(c, tr("--top is a number from 1 to 50."));
        }
        if (!c.cli.applyLanguage(c, parser))
            return Cli::UsageError;
        if (!Cli::openDatabase(c))
            return Cli::Failure;

        const QList<ExportRecord> records = ExportRepository().all();
        const int year = ExportChartData::yearShown(records, options);
        if (!year) {
            if (options.fyStart)
                return Cli::fail(c, tr("There are no export figures for %1 (years with figures: %2).")
                                        .arg(ExportRecord::financialYear(options.fyStart), yearsText(records)));
            return Cli::fail(c, tr("There are no export figures yet: add them on the Exports page or with “sammelan-cli import exports FILE”."));
        }
        QHash<qint64, Sector> sectors;
        for (const Sector &s : SectorRepository().all())
            sectors.insert(s.id, s);
        const QString district = SettingsRepository().district(LanguageManager::currentLanguage());
        // The figures, title and labels are computed in core; ui/charts only draws them (and
        // the PDF's figures table is the data's, not read back from the drawn chart).
        const ExportChartData data = ExportChartData::compute(records, sectors, district, options);
        std::unique_ptr<QChart> chart(ExportChart::create(data));
        QString error;
        if (!ExportChart::save(chart.get(), out, QSize(1200, 750), &error))
            return Cli::fail(c, error);
        c.out << tr("Wrote %1 (%2, total ₹%3 crore).")
                     .arg(QDir::toNativeSeparators(out), ExportRecord::financialYear(data.year),
                          QLocale(QLocale::English, QLocale::India).toString(data.total, 'f', 2))
              << Qt::endl;
        return Cli::Success;
    }

private:
    static QString yearsText(const QList<ExportRecord> &records)
    {
        QStringList years;
        for (int y : ExportStats::years(records))
            years << ExportRecord::financialYear(y);
        return years.isEmpty() ? QStringLiteral("—") : years.join(QStringLiteral(", "));
    }
};

const Cli::Registration registration({
    Cli::Command{{QStringLiteral("import"), QStringLiteral("exports")},
                 QStringLiteral("import exports FILE [--rejects OUT.csv]"),
                 [] { return ExportFigureCommands::tr("add export figures (year, country, product, value; or the ministry's tables: HS code, country, quantity, unit, values with their scale, a column per year) from a CSV, TSV or XLSX file; prints one summary line"); },
                 ExportFigureCommands::importExports},
    Cli::Command{{QStringLiteral("chart"), QStringLiteral("exports")},
                 QStringLiteral("chart exports OUT.png|OUT.pdf [--year 2020-21] [--by country|product|chapter] [--lang en|hi]"),
                 [] { return ExportFigureCommands::tr("draw the chart of the district's exports as a PNG image, or as a PDF with its figures"); },
                 ExportFigureCommands::chartExports},
});

} // namespace
