#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Matches a file's header row to the fields an import knows, by name in English or Hindi,
// ignoring case, spaces and punctuation ("Mobile No." and "मोबाइल नंबर" both find "mobile").
struct FieldSpec {
    QString key;         // "mobile"
    QStringList names;   // every accepted header, first the canonical English one
    bool required = false;
};

struct ColumnMapping {
    QList<int> columnOfField;  // per FieldSpec: the column index, or -1
    QList<int> unknownColumns; // columns no field claimed (ignored, shown to the user)

    int column(int field) const { return columnOfField.value(field, -1); }
};

namespace ColumnMapper {
// The header as compared: case-folded, without spaces, dots, hyphens, brackets, colons.
QString normalise(const QString &header);
ColumnMapping map(const QStringList &headers, const QList<FieldSpec> &fields);
} // namespace ColumnMapper
