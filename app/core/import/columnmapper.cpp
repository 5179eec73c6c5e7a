#include "columnmapper.h"

namespace ColumnMapper {

QString normalise(const QString &header)
{
    QString out;
    const QString folded = header.normalized(QString::NormalizationForm_C).toCaseFolded();
    for (const QChar c : folded) {
        // Letters, digits and Devanagari marks (matras, virama, anusvara) are kept.
        if (c.isLetterOrNumber() || c.isMark())
            out += c;
    }
    return out;
}

ColumnMapping map(const QStringList &headers, const QList<FieldSpec> &fields)
{
    ColumnMapping mapping;
    mapping.columnOfField.fill(-1, fields.size());
    QList<bool> claimed(headers.size(), false);
    for (int f = 0; f < fields.size(); ++f) {
        QStringList wanted;
        for (const QString &name : fields.at(f).names)
            wanted << normalise(name);
        for (int c = 0; c < headers.size(); ++c) {
            if (!claimed.at(c) && wanted.contains(normalise(headers.at(c)))) {
                mapping.columnOfField[f] = c;
                claimed[c] = true;
                break;
            }
        }
    }
    for (int c = 0; c < headers.size(); ++c)
        if (!claimed.at(c))
            mapping.unknownColumns << c;
    return mapping;
}

} // namespace ColumnMapper
