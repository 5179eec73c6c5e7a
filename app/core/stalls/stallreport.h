#pragma once

#include "report/reportdocument.h"
#include "stallplan.h"

#include <QCoreApplication>
#include <QDateTime>

// The printed stall plan, laid out by the report engine so that Hindi enterprise names, categories
// and titles stay real, searchable text in the PDF (Pango shapes them, Cairo writes them): the
// floor plan fitted to the first page with its title, hall size, date and legend, then the stall
// list (code, size, status, category, enterprise, mobile) with its header repeated on every page.
// Landscape when the hall is wider than deep.
class StallReport final
{
    Q_DECLARE_TR_FUNCTIONS(StallReport)
public:
    static ReportDocument build(const StallPlan &plan, const QString &title,
                                const QDateTime &printedAt = QDateTime());
};
