#pragma once

#include "letters/letter.h"
#include "report/reportdocument.h"

#include <QCoreApplication>
#include <QDateTime>

// The dispatch register (डिस्पैच रजिस्टर) as the office keeps it on paper: every letter and
// certificate issued, with its number, date, addressee, subject and how it went out, in the
// current language, A4 landscape.
class DispatchReport final
{
    Q_DECLARE_TR_FUNCTIONS(DispatchReport)
public:
    // `eventName` empty: the register of every event.
    static ReportDocument build(const QString &officeLine, const QString &eventName,
                                const QList<DispatchRegisterRow> &rows, const QDateTime &printedAt = QDateTime());
    // "Printed, E-mail" in the current language; "—" when it has not gone out.
    static QString channels(const QList<DispatchChannel> &channels);
};
