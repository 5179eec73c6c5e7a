#pragma once

#include "events/event.h"
#include "letters/letter.h"
#include "letters/officedetails.h"
#include "report/reportdocument.h"

#include <QCoreApplication>
#include <QDate>

// One certificate as it is printed.
struct CertificatePage {
    QString name;
    QString designation;
    QString enterprise;
    QString stall;  // exhibitors: their stall
    QString number; // empty in a preview before numbers are given
    QDate date;
};

// Certificates of participation on A4 landscape, in both languages (the chosen one first and
// larger): a border, the office, the title, the person, the event with its dates and venue, the
// officer's signature and designation, the certificate number and a QR code holding it, which
// `sammelan-cli verify` checks. Attendees and exhibitors get their own wording.
class CertificateReport final
{
    Q_DECLARE_TR_FUNCTIONS(CertificateReport)
public:
    static ReportDocument build(const OfficeDetails &office, const Event &event, LetterKind kind,
                                const QList<CertificatePage> &certificates, const QString &firstLanguage);
};
