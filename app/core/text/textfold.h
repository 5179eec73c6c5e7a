#pragma once

#include <QString>

// Folding for search: Latin letters lose case, Unicode is NFC, runs of spaces become one, and the
// Devanagari abbreviation sign "॰" is written as the digit 0, the way UP offices type it
// ("उ0प्र0" and "उ॰प्र॰" fold alike). Stored folded in invitees.search_text; queries are folded the
// same way, so a search is one LIKE over one column.
namespace TextFold {
QString fold(const QString &text);
// The form in which names and headings are matched ("Mobile No." and "mobile no", "फ़र्म" and
// "फर्म", "USA" and "U.S.A."): fold(), then only letters, digits and combining marks, without
// the nukta (Hindi is written with and without it) and the abbreviation sign ("नं॰"), digits of
// any script as Latin digits.
QString matchKey(const QString &text);
// Digits of any script as Latin digits ("०१२" → "012", "2020–२१" → "2020–21"); nothing else
// changes. What people type or import is read through this.
QString latinDigits(QString text);
// QString::simplified() (spaces at the ends dropped, every run of white space one space), but
// the text itself, not a copy, when there is nothing to change: imports simplify every cell.
QString simplified(const QString &text);
// QChar::isSpace() with a quick answer for the letters of Indian scripts (no white space lies
// between U+00A0 and U+1680).
inline bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return u == u' ' || (u >= 0x09 && u <= 0x0d);
    if (u < 0x1680)
        return u == 0x85 || u == 0xa0;
    return c.isSpace();
}
// A LIKE pattern for `query` (folded, with % and _ escaped by '\').
QString likePattern(const QString &query);
// Whether `text` has a letter of the Devanagari script.
bool hasDevanagari(QStringView text);
// `text` with LIKE's wildcards (and the escape character '\') escaped.
QString likeEscape(QString text);
} // namespace TextFold
