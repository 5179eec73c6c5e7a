#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Matches a file's header row to the fields an import knows, by name in English or Hindi,
// ignoring case, spaces, punctuation and the nukta, as TextFold::matchKey does ("Mobile No."
// and "मोबाइल नंबर" both find "mobile").
struct FieldSpec {
    QString key;         // "mobile"
    QStringList names;   // every accepted header, first the canonical English one
    bool required = false;
};

struct ColumnMapping {
    QList<int> columnOfField;  // per FieldSpec: the column index, or -1
    QList<int> unknownColumns; // columns no field claimed (ignored, shown to the user)
    // Columns under the same heading, when that heading names a field: which of them is meant
    // cannot be told, so none is mapped to that field and the import refuses the file (a
    // person may still choose one by hand). The first heading that repeats; empty: none.
    QList<int> duplicateColumns;

    int column(int field) const { return columnOfField.value(field, -1); }
};

namespace ColumnMapper {
ColumnMapping map(const QStringList &headers, const QList<FieldSpec> &fields);
// "The column “mobile” appears more than once (columns 2 and 5) …", translated.
QString duplicateProblem(const QStringList &headers, const ColumnMapping &mapping);
} // namespace ColumnMapper
