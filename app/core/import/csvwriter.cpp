#include "csvwriter.h"

#include "import/formulaguard.h"
#include "storage/outputpath.h"

#include <QSaveFile>

QString CsvWriter::cell(const QString &value)
{
    QString out = FormulaGuard::protect(value);
    if (out.contains(QLatin1Char(',')) || out.contains(QLatin1Char('"')) || out.contains(QLatin1Char('\n'))
        || out.contains(QLatin1Char('\r')) || out.startsWith(QLatin1Char(' ')) || out.endsWith(QLatin1Char(' '))) {
        out.replace(QLatin1Char('"'), QLatin1String("\"\""));
        out = QLatin1Char('"') + out + QLatin1Char('"');
    }
    return out;
}

QByteArray CsvWriter::line(const QStringList &cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString &c : cells)
        out << cell(c);
    return (out.join(QLatin1Char(',')) + QLatin1String("\r\n")).toUtf8();
}

QByteArray CsvWriter::encode(const QStringList &headers, const QList<QStringList> &rows)
{
    QByteArray bytes(Bom);
    bytes += line(headers);
    for (const QStringList &row : rows)
        bytes += line(row);
    return bytes;
}

bool CsvWriter::write(const QString &path, const QStringList &headers, const QList<QStringList> &rows,
                      QString *error)
{
    if (const QString refused = OutputPath::refusal(path); !refused.isEmpty()) {
        if (error)
            *error = refused;
        return false;
    }
    QSaveFile file(path);
    const QByteArray bytes = encode(headers, rows);
    // A full disk may show as a short write rather than an error: anything less is a failure.
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("%1 cannot be written: %2").arg(path, OutputPath::writeError(&file));
        return false;
    }
    return true;
}
