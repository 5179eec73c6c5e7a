#include "rejectedrows.h"

#include "csvwriter.h"
#include "outputpath.h"

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
