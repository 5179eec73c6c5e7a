#pragma once

#include <QString>

// Keeps spreadsheets from running exported text as a formula (OWASP CSV injection) without
// changing any text on its way out and back in.
//
// Text that a spreadsheet would take for a formula, because it begins with = + - @ tab CR or LF,
// is written with a single quote in front. A text that already begins with quotes followed by
// such a character gets one quote more, so that the import, which takes away exactly one quote
// where the rest begins with quotes and then such a character, gives back what was written:
//   =SUM(A1) → '=SUM(A1) → =SUM(A1)      '=x → ''=x → '=x      'abc → 'abc → 'abc
// Numbers (-12.5, +300) are never changed. CSV and XLSX exports use the same rule, and the
// import applies it to every file, so any text goes out and comes back exactly.
class FormulaGuard final
{
public:
    static QString protect(const QString &text);
    static QString restore(const QString &cell);
    static bool looksNumeric(const QString &text);

private:
    // The text after its leading quotes begins like a formula.
    static bool formulaAfterQuotes(const QString &text, qsizetype *quotes);
};
