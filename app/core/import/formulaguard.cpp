#include "formulaguard.h"

bool FormulaGuard::looksNumeric(const QString &text)
{
    // [+-]digits[.digits], by hand: every exported cell passes here.
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (i < n && (text.at(i) == u'+' || text.at(i) == u'-'))
        ++i;
    const qsizetype digitsStart = i;
    while (i < n && text.at(i) >= u'0' && text.at(i) <= u'9')
        ++i;
    if (i == digitsStart)
        return false;
    if (i < n && text.at(i) == u'.') {
        const qsizetype fractionStart = ++i;
        while (i < n && text.at(i) >= u'0' && text.at(i) <= u'9')
            ++i;
        if (i == fractionStart)
            return false;
    }
    return i == n;
}

bool FormulaGuard::formulaAfterQuotes(const QString &text, qsizetype *quotes)
{
    qsizetype k = 0;
    while (k < text.size() && text.at(k) == u'\'')
        ++k;
    *quotes = k;
    if (k == text.size())
        return false;
    const QChar c = text.at(k);
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r' || c == u'\n';
}

QString FormulaGuard::protect(const QString &text)
{
    qsizetype quotes = 0;
    if (!formulaAfterQuotes(text, &quotes) || (quotes == 0 && looksNumeric(text)))
        return text;
    return QLatin1Char('\'') + text;
}

QString FormulaGuard::restore(const QString &cell)
{
    qsizetype quotes = 0;
    if (formulaAfterQuotes(cell, &quotes) && quotes > 0)
        return cell.mid(1);
    return cell;
}
