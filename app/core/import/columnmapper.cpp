#include "columnmapper.h"

#include "text/textfold.h"

#include <QCoreApplication>
#include <QSet>

namespace ColumnMapper {

ColumnMapping map(const QStringList &headers, const QList<FieldSpec> &fields)
{
    ColumnMapping mapping;
    mapping.columnOfField.fill(-1, fields.size());
    QList<bool> claimed(headers.size(), false);
    QStringList normalised;
    for (const QString &h : headers)
        normalised << TextFold::matchKey(h);
    // A heading that names a field and stands over two columns claims neither.
    QSet<QString> known;
    for (const FieldSpec &f : fields)
        for (const QString &name : f.names)
            known.insert(TextFold::matchKey(name));
    for (int c = 0; c < headers.size() && mapping.duplicateColumns.isEmpty(); ++c) {
        if (normalised.at(c).isEmpty() || !known.contains(normalised.at(c)))
            continue;
        for (int d = c + 1; d < headers.size(); ++d)
            if (normalised.at(d) == normalised.at(c))
                mapping.duplicateColumns << d;
        if (!mapping.duplicateColumns.isEmpty())
            mapping.duplicateColumns.prepend(c);
    }
    for (int c : std::as_const(mapping.duplicateColumns))
        claimed[c] = true;
    // Names in the order of preference: "mobile" wins over a "phone" column for the mobile.
    for (int f = 0; f < fields.size(); ++f) {
        for (const QString &name : fields.at(f).names) {
            const QString wanted = TextFold::matchKey(name);
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
        if (!claimed.at(c) || mapping.duplicateColumns.contains(c))
            mapping.unknownColumns << c;
    return mapping;
}

QString duplicateProblem(const QStringList &headers, const ColumnMapping &mapping)
{
    if (mapping.duplicateColumns.isEmpty())
        return {};
    QStringList numbers;
    for (int c : mapping.duplicateColumns)
        numbers << QString::number(c + 1);
    const QString last = numbers.takeLast();
    return QCoreApplication::translate("ColumnMapper",
                                       "The column “%1” appears more than once (columns %2 and %3): which one is "
                                       "meant cannot be told. Rename or remove the extra ones.")
        .arg(headers.value(mapping.duplicateColumns.constFirst()).trimmed(), numbers.join(QStringLiteral(", ")), last);
}

} // namespace ColumnMapper
