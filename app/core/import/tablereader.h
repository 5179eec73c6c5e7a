#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>
#include <memory>
#include <optional>

// What the reader noticed about the form of one row (so far only CSV quoting). The import
// rejects a row that has a `problem` with that reason; a `note` is added to the reason when the
// row is rejected for something else, so the reason points at the real cause.
struct RowIssue {
    QString problem;
    QString note;
    bool isEmpty() const { return problem.isEmpty() && note.isEmpty(); }
};

// A table as it came from a file: the header row and the data rows, with each data row's number
// as the spreadsheet shows it (the header is row 1), so messages can point at the right line.
struct Table {
    QStringList headers;
    QList<QStringList> rows;
    QList<int> rowNumbers;
    QHash<int, RowIssue> issues; // by index into `rows`, only the rows that have one
    QString format; // "CSV (UTF-8, comma)", "XLSX", … for the user's information
};

// The rows of a table file, one at a time: large imports process rows as they are read instead
// of holding the whole file as cells. Entirely empty rows are skipped; short rows are padded to
// the header's width.
class TableSource
{
public:
    virtual ~TableSource() = default;
    const QStringList &headers() const { return m_headers; }
    const QString &format() const { return m_format; }
    // The next data row; false at the end or on an error (then error() says why).
    virtual bool next(QStringList *row, int *rowNumber) = 0;
    // What was noticed about the row next() gave last; mostly nothing.
    const RowIssue &issue() const { return m_issue; }
    const QString &error() const { return m_error; }
    // A generous guess at the number of rows from the file's size, to size tables ahead (0: none).
    qsizetype estimatedRows() const { return m_estimatedRows; }

protected:
    qsizetype m_estimatedRows = 0;
    QStringList m_headers;
    QString m_format;
    QString m_error;
    RowIssue m_issue;
};

// Reads the lists staff really send: CSV/TSV in UTF-8 (with or without BOM) or UTF-16 with BOM
// (Excel's "Unicode Text"), delimiter comma, semicolon or tab detected, CR/LF/CRLF, quoted fields
// with delimiters, doubled quotes and line breaks (RFC 4180); and XLSX (first sheet, shared and
// inline strings, rich-text runs joined, numbers without exponent or ".0", empty cells kept in
// their columns). A file that cannot be read gives no table and a translated reason.
//
// Reading is bounded, so that a hostile or broken file is refused before it can exhaust memory:
// text files and the sheet's XML are read a piece at a time, never whole, and the limits below
// hold for every file.
class TableReader final
{
    Q_DECLARE_TR_FUNCTIONS(TableReader)
public:
    // Far beyond any real list of invitees or export figures. 1,024 cells of 64 Ki characters
    // would be 128 MiB in a single row, so a row as a whole has a limit of its own.
    static constexpr int MaxCellCharacters = 65536;
    static constexpr int MaxColumns = 1024;
    static constexpr int MaxRowCharacters = 1 << 20;
    // A spreadsheet's last cell (Excel and LibreOffice): XFD1048576.
    static constexpr int SpreadsheetColumns = 16384;
    static constexpr int SpreadsheetRows = 1048576;

    // The whole table (the import wizard shows and edits it).
    static std::optional<Table> read(const QString &path, QString *error);
    // The rows one by one (the command-line import of a large file).
    static std::unique_ptr<TableSource> open(const QString &path, QString *error);
    // The text formats from memory (also the fuzzing entry point).
    static std::optional<Table> parseText(const QByteArray &bytes, QString *error);
    static std::unique_ptr<TableSource> openText(const QByteArray &bytes, QString *error);
    static std::unique_ptr<TableSource> openXlsx(const QString &path, QString *error);
    // XLSX from memory (also the fuzzing entry point).
    static std::optional<Table> parseXlsx(const QByteArray &bytes, QString *error);
    static std::unique_ptr<TableSource> openXlsxData(const QByteArray &bytes, QString *error);

    // Every remaining row of `source`.
    static std::optional<Table> readAll(TableSource &source, QString *error);

    // A number cell as a person would type it: 9876543210, 12.5, never 9.8E9 or 9876543210.0.
    static QString numberText(double value);
};
