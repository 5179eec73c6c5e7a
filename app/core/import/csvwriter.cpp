#include "csvwriter.h"

#include "outputpath.h"

#include <QRegularExpression>
#include <QSaveFile>

bool CsvWriter::looksNumeric(const QString &value)
{
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+(\\.[0-9]+)?$"));
    return number.match(value).hasMatch();
}

QString CsvWriter::cell(const QString &value)
{
    QString out = value;
    if (!out.isEmpty() && !looksNumeric(out)) {
        const QChar first = out.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r')
            || first == QLatin1Char('\n'))
            out.prepend(QLatin1Char('\''));
    }
    if (out.contains(QLatin1Char(',')) || out.contains(QLatin1Char('"')) || out.contains(QLatin1Char('\n'))
        || out.contains(QLatin1Char('\r')) || out.startsWith(QLatin1Char(' ')) || out.endsWith(QLatin1Char(' '))) {
        out.replace(QLatin1Char('"'), QLatin1String("\"\""));
        out = QLatin1Char('"') + out + QLatin1Char('"');
    }
    return out;
}

QByteArray CsvWriter::encode(const QStringList &headers, const QList<QStringList> &rows)
{
    QString text;
    auto line = [&text](const QStringList &cells) {
        QStringList out;
        out.reserve(cells.size());
        for (const QString &c : cells)
            out << cell(c);
        text += out.join(QLatin1Char(','));
        text += QLatin1String("\r\n");
    };
    line(headers);
    for (const QStringList &row : rows)
        line(row);
    return QByteArrayLiteral("\xef\xbb\xbf") + text.toUtf8();
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
