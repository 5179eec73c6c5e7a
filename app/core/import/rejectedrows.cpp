#include "rejectedrows.h"

#include "csvwriter.h"
#include "storage/outputpath.h"

#include <QDir>

QString ImportReport::summaryLine(int imported, int updated, int skipped, int rejected)
{
    return QStringLiteral("imported %1, updated %2, skipped %3, rejected %4")
        .arg(imported).arg(updated).arg(skipped).arg(rejected);
}

bool ImportReport::writeRejects(const QString &path, const QStringList &headers, const QList<RejectedRow> &rows,
                                QString *error, const QString &source)
{
    if (const QString refused = OutputPath::refusal(path, {source}); !refused.isEmpty()) {
        if (error)
            *error = refused;
        return false;
    }
    QList<QStringList> table;
    table.reserve(rows.size());
    for (const RejectedRow &r : rows) {
        QStringList row = r.cells;
        while (row.size() < headers.size())
            row << QString();
        table << (row << r.reason);
    }
    return CsvWriter::write(path, headers + QStringList{QStringLiteral("reason")}, table, error);
}

namespace ImportReport {

RejectsFile::RejectsFile(const QString &path)
    : m_file(path)
{
}

bool RejectsFile::write(const QByteArray &bytes)
{
    if (m_file.write(bytes) == bytes.size())
        return true;
    m_error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
    return false;
}

bool RejectsFile::start(const QStringList &headers)
{
    if (!m_file.open(QIODevice::WriteOnly)) {
        m_error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
        return false;
    }
    m_width = headers.size();
    return write(QByteArray(CsvWriter::Bom) + CsvWriter::line(headers + QStringList{QStringLiteral("reason")}));
}

bool RejectsFile::add(const RejectedRow &row)
{
    QStringList cells = row.cells;
    while (cells.size() < m_width)
        cells << QString();
    return write(CsvWriter::line(cells << row.reason));
}

bool RejectsFile::finish()
{
    if (m_file.commit())
        return true;
    m_error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
    return false;
}

} // namespace ImportReport
