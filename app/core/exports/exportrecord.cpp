#include "exports/exportrecord.h"

#include "text/textfold.h"

#include <QRegularExpression>

int ExportRecord::parseFinancialYear(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^\\D*?(\\d{4})\\s*[-–—/]\\s*(\\d{2}|\\d{4})\\s*$"));
    const auto m = form.match(TextFold::latinDigits(text.trimmed()));
    if (!m.hasMatch())
        return 0;
    const int start = m.captured(1).toInt();
    const int end = m.captured(2).toInt();
    const int expected = m.captured(2).size() == 2 ? (start + 1) % 100 : start + 1;
    if (end != expected || !isFinancialYear(start))
        return 0;
    return start;
}
