#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>

// All SQL about printed badges: which guest's badge of which event was printed (or saved as PDF)
// when. Badges printed a week ahead were printed again on the day and thrown away; with this
// record the print dialog and `print badges` warn and offer only the missing ones.
//
// Printing is not something a user undoes, so this is written directly, not through an undo
// command; a failed write is returned to the caller, who must say so.
class BadgePrintRepository final
{
    Q_DECLARE_TR_FUNCTIONS(BadgePrintRepository)
public:
    explicit BadgePrintRepository(const QString &connectionName = Database::defaultConnectionName())
        : m_connection(connectionName) {}

    // For each guest of the event whose badge was printed: when it was printed last (local time).
    // On a failed read: empty, and `error` says why.
    QHash<qint64, QDateTime> lastPrinted(qint64 eventId, QString *error = nullptr) const;
    // Records one print of each guest's badge, in one transaction (all or nothing). `layout` is
    // the badge layout's key.
    bool record(qint64 eventId, const QList<qint64> &inviteeIds, const QString &layout,
                const QDateTime &when = QDateTime::currentDateTime(), QString *error = nullptr) const;

private:
    QString m_connection;
};
