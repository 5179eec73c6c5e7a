#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// Writes CSV that Excel opens with Hindi intact: UTF-8 with BOM, comma, CRLF, RFC 4180 quoting.
// Text cells that a spreadsheet would run as a formula (starting with = + - @ tab CR LF) get a
// leading single quote (OWASP CSV injection, see FormulaGuard); numbers are never altered.
class CsvWriter final
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
public:
    static QByteArray encode(const QStringList &headers, const QList<QStringList> &rows);
    // Writes through a temporary file and renames, so a failure never leaves half a file. Refuses
    // the paths OutputPath refuses (the open database, its backups, ...).
    static bool write(const QString &path, const QStringList &headers,
                      const QList<QStringList> &rows, QString *error);
    // The cell as written (neutralised and quoted as needed).
    static QString cell(const QString &value);
    // One line of cells, CRLF included, in UTF-8 (the file starts with Bom).
    static QByteArray line(const QStringList &cells);
    static constexpr char Bom[] = "\xef\xbb\xbf";
};
