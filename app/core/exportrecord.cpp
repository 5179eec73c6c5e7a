#include "exportrecord.h"

#include <QRegularExpression>

int ExportRecord::parseFinancialYear(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^\\D*?(\\d{4})\\s*[-–—/]\\s*(\\d{2}|\\d{4})\\s*$"));
    QString latin;
    for (const QChar c : text.trimmed())
        latin += (c.isDigit() && c.unicode() > 0x7f) ? QChar(u'0' + c.digitValue()) : c;
    const auto m = form.match(latin);
    if (!m.hasMatch())
        return 0;
    const int start = m.captured(1).toInt();
    const int end = m.captured(2).toInt();
    const int expected = m.captured(2).size() == 2 ? (start + 1) % 100 : start + 1;
    if (end != expected || start < 1947 || start > 2200)
        return 0;
    return start;
}
