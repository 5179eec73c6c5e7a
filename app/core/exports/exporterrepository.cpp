#include "exporterrepository.h"

#include <QSqlQuery>

QList<Exporter> ExporterRepository::all() const
{
    QList<Exporter> exporters;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, enterprise, mobile, coalesce(email, ''), iec, coalesce(sector_id, 0),"
                               " exporter_status FROM invitees WHERE iec <> '' OR exporter_status > 0"
                               " ORDER BY lower(name), id")))
        return exporters;
    while (q.next())
        exporters << Exporter{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                              q.value(6).toLongLong(), ExporterStatus(q.value(7).toInt())};
    return exporters;
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
