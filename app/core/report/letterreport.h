#pragma once

#include "letters/officedetails.h"
#include "report/reportdocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

// One letter as it is printed: every text already filled in, in its own language.
struct LetterPage {
    QString language;      // "en" or "hi": the printed words (Letter No., To, Subject, ...)
    QString number;        // the letter number (पत्रांक)
    QDate date;
    QStringList addressee; // name, designation, enterprise, address lines, PIN
    QString subject;
    QString body;          // paragraphs separated by blank lines
};

// Lays out letters on the office's letterhead, one letter per A4 page: the letterhead (logo, office
// name, address, phone and e-mail), the number and date, the addressee block, the subject, the
// body and the signature block (signature image, officer's name and designation). A long letter
// is set smaller until it fits its page; only then is it cut (counted in oversizedRows).
class LetterReport final
{
    Q_DECLARE_TR_FUNCTIONS(LetterReport)
public:
    static ReportDocument build(const OfficeDetails &office, const QList<LetterPage> &letters, const QString &title);

    // The letterhead across the top of `page` (A4 portrait, in points) in `language`; returns
    // where the text below it may start. Shared with the certificates' office line.
    static qreal drawLetterhead(class ReportPainter &p, const OfficeDetails &office, const QString &language,
                                const QRectF &area, const QImage &logo);
};
