#pragma once

#include "report/reportdocument.h"

#include <QCoreApplication>
#include <QPair>
#include <QString>

class QPrinter;
class QWidget;

// Sends a laid-out report to a printer, the same way from every page: the printer set to the
// document's paper and orientation without margins of its own, the page range the user chose,
// a progress dialog with Cancel on long jobs.
class DocumentPrinting final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinting)
public:
    // Prints the pages `printer`'s range asks for (all, a range, or `currentPage`, 0-based).
    // Printing to a file refuses the paths OutputPath refuses and replaces the file only with a
    // complete PDF.
    static bool print(QWidget *parent, const ReportDocument &document, QPrinter *printer, int currentPage = 0,
                      QString *error = nullptr);
    // Shows the print dialog and prints. Returns what to tell the user ("Sent to …"), or an
    // empty string when nothing was printed (cancelled, or the error was already shown).
    // `printedPages` gets the first and last page printed (0-based).
    static QString printWithDialog(QWidget *parent, const ReportDocument &document, int currentPage = 0,
                                   QPair<int, int> *printedPages = nullptr);
    // Prints on the default printer without asking (the desk's badge printer); with no default
    // printer set up, asks as printWithDialog() does. Returns what to tell the user, or an empty
    // string when nothing was printed.
    static QString printOnDefaultPrinter(QWidget *parent, const ReportDocument &document);
    // The first and last page (0-based) that `printer`'s range asks for.
    static QPair<int, int> pageRange(const ReportDocument &document, const QPrinter &printer, int currentPage);

private:
    static bool printPages(QWidget *parent, const ReportDocument &document, QPrinter *printer, int currentPage,
                           QString *error);
};
