#include "documentprinting.h"

#include "messageboxes.h"
#include "report/reportrenderer.h"

#include <QDir>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>

bool DocumentPrinting::print(QWidget *parent, const ReportDocument &document, QPrinter *printer, int currentPage,
                             QString *error)
{
    int first = 0;
    int last = document.pageCount() - 1;
    if (printer->printRange() == QPrinter::PageRange && printer->fromPage() > 0) {
        first = printer->fromPage() - 1;
        last = qMin(last, printer->toPage() > 0 ? printer->toPage() - 1 : last);
    } else if (printer->printRange() == QPrinter::CurrentPage) {
        first = last = qBound(0, currentPage, last);
    }
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

QString DocumentPrinting::printWithDialog(QWidget *parent, const ReportDocument &document, int currentPage)
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
    if (dialog.exec() != QDialog::Accepted)
        return {};
    QString error;
    if (print(parent, document, &printer, currentPage, &error))
        return tr("Sent to %1.").arg(printer.outputFileName().isEmpty() ? printer.printerName()
                                                                       : QDir::toNativeSeparators(printer.outputFileName()));
    if (!error.isEmpty())
        MessageBoxes::warn(parent, tr("It could not be printed"), error);
    return {};
}
