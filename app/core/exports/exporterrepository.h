#pragma once

#include "storage/database.h"
#include "invitees/invitee.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

// An invitee who exports, or may: one with an IEC or who says they export.
struct Exporter {
    qint64 inviteeId = 0;
    QString name;
    QString enterprise;
    QString mobile;
    QString email;
    QString iec;
    qint64 sectorId = 0;
    ExporterStatus status = ExporterStatus::NotExporting;
};

// All SQL about the district's exporters among the invitees.
class ExporterRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ExporterRepository)
public:
    explicit ExporterRepository(const QString &connectionName = Database::defaultConnectionName())
        : m_connection(connectionName) {}

    // Invitees with an IEC or an exporter status, by name.
    QList<Exporter> all() const;
    // The enterprise (or name) of the invitee holding each IEC, for showing export records.
    QHash<QString, QString> namesByIec() const;

private:
    QString m_connection;
};
