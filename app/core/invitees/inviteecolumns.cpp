#include "invitees/inviteecolumns.h"

#include "invitees/inviteerepository.h"
#include "storage/bulkwriter.h"
#include "storage/sqlrow.h"
#include "storage/sqlvalues.h"

#include <QStringList>

namespace InviteeColumns {

namespace {
// Kinds of column, each read and written one way. Text is NOT NULL ('' for none); optional
// text is NULL when empty, so unique indexes ignore it.
template<QString Invitee::*field>
Column text(const char *name)
{
    return {QLatin1String(name), Write::Always,
            [](Invitee &i, const QVariant &v) { i.*field = v.toString(); },
            [](const Invitee &i) { return SqlValues::text(i.*field); },
            [](const Invitee &i, BulkRow &r) { r.addText(i.*field); }};
}

template<QString Invitee::*field>
Column optionalText(const char *name)
{
    return {QLatin1String(name), Write::Always,
            [](Invitee &i, const QVariant &v) { i.*field = v.toString(); },
            [](const Invitee &i) { return SqlValues::nullIfEmpty(i.*field); },
            [](const Invitee &i, BulkRow &r) { r.addTextOrNull(i.*field); }};
}
} // namespace

void addReference(BulkRow &row, qint64 id)
{
    if (id)
        row.addNumber(id);
    else
        row.addNull();
}

const QList<Column> &all()
{
    static const QList<Column> columns{
        {QLatin1String("id"), Write::Never, [](Invitee &i, const QVariant &v) { i.id = v.toLongLong(); }, nullptr, nullptr},
        text<&Invitee::name>("name"),
        text<&Invitee::designation>("designation"),
        text<&Invitee::enterprise>("enterprise"),
        // No category: NULL (the foreign key), read back as 0.
        {QLatin1String("sector_id"), Write::Always,
         [](Invitee &i, const QVariant &v) { i.sectorId = v.toLongLong(); },
         [](const Invitee &i) { return SqlValues::nullIfZero(i.sectorId); },
         [](const Invitee &i, BulkRow &r) { addReference(r, i.sectorId); }},
        text<&Invitee::mobile>("mobile"),
        text<&Invitee::altPhone>("alt_phone"),
        optionalText<&Invitee::email>("email"),
        text<&Invitee::address>("address"),
        text<&Invitee::pin>("pin"),
        optionalText<&Invitee::gstin>("gstin"),
        optionalText<&Invitee::udyam>("udyam"),
        text<&Invitee::iec>("iec"),
        {QLatin1String("exporter_status"), Write::Always,
         [](Invitee &i, const QVariant &v) { i.exporterStatus = ExporterStatus(v.toInt()); },
         [](const Invitee &i) { return QVariant(int(i.exporterStatus)); },
         [](const Invitee &i, BulkRow &r) { r.addNumber(int(i.exporterStatus)); }},
        // Not given: NULL (the CHECK allows 0-100 only), -1 in an Invitee.
        {QLatin1String("export_share"), Write::Always,
         [](Invitee &i, const QVariant &v) { i.exportShare = v.isNull() ? -1 : v.toInt(); },
         [](const Invitee &i) { return i.exportShare < 0 ? QVariant() : QVariant(i.exportShare); },
         [](const Invitee &i, BulkRow &r) {
             if (i.exportShare < 0)
                 r.addNull();
             else
                 r.addNumber(i.exportShare);
         }},
        text<&Invitee::notes>("notes"),
        {QLatin1String("is_demo"), Write::OnInsert, [](Invitee &i, const QVariant &v) { i.isDemo = v.toBool(); },
         [](const Invitee &i) { return QVariant(i.isDemo ? 1 : 0); },
         [](const Invitee &i, BulkRow &r) { r.addNumber(i.isDemo ? 1 : 0); }},
        {QLatin1String("version"), Write::Never, [](Invitee &i, const QVariant &v) { i.version = v.toLongLong(); },
         nullptr, nullptr},
    };
    return columns;
}

QString selectList(const QString &prefix)
{
    QStringList names;
    for (const Column &column : all())
        names << prefix + column.name;
    return names.join(QStringLiteral(", "));
}

SqlRow forUpdate(const Invitee &invitee)
{
    SqlRow row;
    for (const Column &column : all())
        if (column.write == Write::Always)
            row.set(column.name, column.value(invitee));
    // Made again from the fields, so a search finds the invitee as now saved.
    row.set(QStringLiteral("search_text"), SqlValues::text(InviteeRepository::searchText(invitee)));
    return row;
}

QString keySection(const QString &key)
{
    QString marked = QLatin1Char('\x1e') + key;
    marked.replace(QLatin1Char(' '), QLatin1Char('\x1e'));
    return marked;
}

} // namespace InviteeColumns
