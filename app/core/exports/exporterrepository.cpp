#include "exporterrepository.h"

#include "storage/columntable.h"

#include <QSqlQuery>

namespace {

// An exporter's columns, read from the invitees: an exporter is an invitee, written as one.
const ColumnTable<Exporter> Columns{
    {"id", [](Exporter &e, const QVariant &v) { e.inviteeId = v.toLongLong(); }, nullptr},
    {"name", [](Exporter &e, const QVariant &v) { e.name = v.toString(); }, nullptr},
    {"enterprise", [](Exporter &e, const QVariant &v) { e.enterprise = v.toString(); }, nullptr},
    {"mobile", [](Exporter &e, const QVariant &v) { e.mobile = v.toString(); }, nullptr},
    {"email", [](Exporter &e, const QVariant &v) { e.email = v.toString(); }, nullptr, "coalesce(email, '')"},
    {"iec", [](Exporter &e, const QVariant &v) { e.iec = v.toString(); }, nullptr},
    {"sector_id", [](Exporter &e, const QVariant &v) { e.sectorId = v.toLongLong(); }, nullptr,
     "coalesce(sector_id, 0)"},
    {"exporter_status", [](Exporter &e, const QVariant &v) { e.status = ExporterStatus(v.toInt()); }, nullptr},
};

} // namespace

QList<Exporter> ExporterRepository::all() const
{
    QList<Exporter> exporters;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (!q.exec(Columns.select(QStringLiteral("invitees"))
                + QStringLiteral(" WHERE iec <> '' OR exporter_status > 0 ORDER BY lower(name), id")))
        return exporters;
    return Columns.readAll(q);
}

QHash<QString, QString> ExporterRepository::namesByIec() const
{
    QHash<QString, QString> names;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT iec, enterprise, name FROM invitees WHERE iec <> '' ORDER BY id")))
        while (q.next())
            if (!names.contains(q.value(0).toString()))
                names.insert(q.value(0).toString(),
                             q.value(1).toString().isEmpty() ? q.value(2).toString() : q.value(1).toString());
    return names;
}
