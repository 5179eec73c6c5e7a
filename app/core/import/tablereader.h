#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

// A table as it came from a file: the header row and the data rows, with each data row's number
// as the spreadsheet shows it (the header is row 1), so messages can point at the right line.
struct Table {
    QStringList headers;
    QList<QStringList> rows;
    QList<int> rowNumbers;
    QString format; // "CSV (UTF-8, comma)", "XLSX", … for the user's information
};

// Reads the lists staff really send: CSV/TSV in UTF-8 (with or without BOM) or UTF-16 with BOM
// (Excel's "Unicode Text"), delimiter comma, semicolon or tab detected, CR/LF/CRLF, quoted fields
// with delimiters, doubled quotes and line breaks (RFC 4180); and XLSX (first sheet, shared and
// inline strings, rich-text runs joined, numbers without exponent or ".0", empty cells kept in
// their columns). Rows that are entirely empty are skipped. A file that cannot be read gives no
// table and a translated reason.
class TableReader final
{
    Q_DECLARE_TR_FUNCTIONS(TableReader)
public:
    static std::optional<Table> read(const QString &path, QString *error);
    // The text formats from memory (also the fuzzing entry point).
    static std::optional<Table> parseText(const QByteArray &bytes, QString *error);
    static std::optional<Table> parseXlsx(const QString &path, QString *error);

    // A number cell as a person would type it: 9876543210, 12.5, never 9.8E9 or 9876543210.0.
    static QString numberText(double value);
};
