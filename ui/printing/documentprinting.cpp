#include "documentprinting.h"

#include "messageboxes.h"
#include "storage/outputpath.h"
#include "report/reportrenderer.h"

#include <QDir>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QProgressDialog>
#include <QTemporaryFile>

bool DocumentPrinting::print(QWidget *parent, const ReportDocument &document, QPrinter *printer, int currentPage,
                             QString *error)
{
    // Printing to a file (the print dialog's "Print to file"): never over the database or its
    // backups, and written under a temporary name that is renamed only when the PDF is complete,
    // so a failure (a full disk, Cancel) leaves no half file.
    const QString outputFile = printer->outputFileName();
    if (outputFile.isEmpty())
        return printPages(parent, document, printer, currentPage, error);
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (const QString refused = OutputPath::refusal(outputFile); !refused.isEmpty())
        return fail(refused);
    QTemporaryFile temp(OutputPath::temporaryTemplate(outputFile));
    if (!temp.open())
        return fail(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(outputFile), temp.errorString()));
    temp.close();
    printer->setOutputFileName(temp.fileName());
    const bool printed = printPages(parent, document, printer, currentPage, error);
    printer->setOutputFileName(outputFile);
    if (!printed)
        return false;
    // QPrinter does not report a failed write: a PDF that was written to the end ends in %%EOF.
    if (!temp.open() || temp.size() < 6 || !temp.seek(temp.size() - qMin<qint64>(temp.size(), 1024))
        || !temp.readAll().contains("%%EOF"))
        return fail(tr("%1 could not be written completely (is the disk full?).").arg(QDir::toNativeSeparators(outputFile)));
    temp.close();
    temp.setAutoRemove(false); // replace() renames it, or removes it on failure
    return OutputPath::replace(temp.fileName(), outputFile, error);
}

bool DocumentPrinting::printPages(QWidget *parent, const ReportDocument &document, QPrinter *printer,
                                  int currentPage, QString *error)
{
    const auto [first, last] = pageRange(document, *printer, currentPage);
    QProgressDialog progress(tr("Printing…"), tr("Cancel"), 0, last - first + 1, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(800);
    const bool ok = ReportRenderer::print(document, printer, first, last, error, [&progress](int done, int) {
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    if (!ok && progress.wasCanceled())
        printer->abort();
    return ok;
}

QPair<int, int> DocumentPrinting::pageRange(const ReportDocument &document, const QPrinter &printer, int currentPage)
{
    int first = 0;
    int last = document.pageCount() - 1;
    if (printer.printRange() == QPrinter::PageRange && printer.fromPage() > 0) {
        first = printer.fromPage() - 1;
        last = qMin(last, printer.toPage() > 0 ? printer.toPage() - 1 : last);
    } else if (printer.printRange() == QPrinter::CurrentPage) {
        first = last = qBound(0, currentPage, last);
    }
    return {first, last};
}

QString DocumentPrinting::printOnDefaultPrinter(QWidget *parent, const ReportDocument &document)
{
    if (document.pages.isEmpty())
        return {};
    if (QPrinterInfo::defaultPrinter().isNull())
        return printWithDialog(parent, document);
    QPrinter printer(QPrinterInfo::defaultPrinter(), QPrinter::HighResolution);
    printer.setDocName(document.title);
    printer.setFullPage(true);
    printer.setPageLayout(QPageLayout(document.qtPageSize(), document.orientation, QMarginsF()));
    QString error;
    if (print(parent, document, &printer, 0, &error))
        return tr("Sent to %1.").arg(printer.printerName());
    MessageBoxes::warn(parent, tr("It could not be printed"), error);
    return {};
}

QString DocumentPrinting::printWithDialog(QWidget *parent, const ReportDocument &document, int currentPage,
                                          QPair<int, int> *printedPages)
{
    if (document.pages.isEmpty())
        return {};
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(document.title);
    printer.setFullPage(true); // the document has its own margins
    printer.setPageLayout(QPageLayout(document.qtPageSize(), document.orientation, QMarginsF()));
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print"));
    dialog.setMinMax(1, document.pageCount());
    dialog.setOptions(QAbstractPrintDialog::PrintPageRange | QAbstractPrintDialog::PrintCurrentPage
                      | QAbstractPrintDialog::PrintToFile | QAbstractPrintDialog::PrintShowPageSize);
    // A file the output must not go to: say why and ask again, with the choices made so far.
    for (;;) {
        if (dialog.exec() != QDialog::Accepted)
            return {};
        const QString refused = printer.outputFileName().isEmpty() ? QString()
                                                                   : OutputPath::refusal(printer.outputFileName());
        if (refused.isEmpty())
            break;
        MessageBoxes::warn(parent, tr("Print"), refused);
    }
    QString error;
    if (print(parent, document, &printer, currentPage, &error)) {
        if (printedPages)
            *printedPages = pageRange(document, printer, currentPage);
        return tr("Sent to %1.").arg(printer.outputFileName().isEmpty() ? printer.printerName()
                                                                       : QDir::toNativeSeparators(printer.outputFileName()));
    }
    if (!error.isEmpty())
        MessageBoxes::warn(parent, tr("It could not be printed"), error);
    return {};
}
