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
    QStringList normalised;
    for (const QString &h : headers)
        normalised << normalise(h);
    // Names in the order of preference: "mobile" wins over a "phone" column for the mobile.
    for (int f = 0; f < fields.size(); ++f) {
        for (const QString &name : fields.at(f).names) {
            const QString wanted = normalise(name);
            int found = -1;
            for (int c = 0; c < headers.size() && found < 0; ++c)
                if (!claimed.at(c) && normalised.at(c) == wanted)
                    found = c;
            if (found >= 0) {
                mapping.columnOfField[f] = found;
                claimed[found] = true;
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
