#pragma once

#include "report/reportdocument.h"

#include <QCoreApplication>
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
    static QString printWithDialog(QWidget *parent, const ReportDocument &document, int currentPage = 0);

private:
    static bool printPages(QWidget *parent, const ReportDocument &document, QPrinter *printer, int currentPage,
                           QString *error);
};
