#pragma once

#include "invitees/invitee.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QMap>
#include <optional>

// All SQL about check-ins: who came on which day of an event.
class CheckinRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CheckinRepository)
public:
    explicit CheckinRepository(const QString &connectionName = Database::defaultConnectionName())
        : m_connection(connectionName) {}

    struct Checkin {
        qint64 id = 0;
        QDateTime at; // local time
        QString desk;
    };
    // The check-in of the person on that day, if any.
    std::optional<Checkin> find(qint64 eventId, qint64 inviteeId, const QDate &day) const;
    // How many came on `day`.
    int count(qint64 eventId, const QDate &day) const;
    // How many of the event's invitations stand at each status: the desk's counts line. Reads the
    // event's invitations only (an index holds event and status), not every invitee: the counts
    // are refreshed at every desk after every check-in, and on a server with 100,000 invitees the
    // list's statusCounts() took 75 ms of each round trip.
    QMap<InvitationStatus, int> statusCounts(qint64 eventId) const;
    // How many came on each day that anyone came.
    QMap<QDate, int> countsByDay(qint64 eventId) const;

    enum class Result { Written, AlreadyIn, Failed };
    // Records the arrival; AlreadyIn when the person has a check-in that day (another desk may
    // have written it a moment ago: the database keeps one per day). `id` gets the new row's id.
    Result insert(qint64 eventId, qint64 inviteeId, const QDate &day, const QDateTime &when,
                  const QString &desk, qint64 *id, QString *error = nullptr) const;
    bool remove(qint64 id, QString *error = nullptr) const;

private:
    QString m_connection;
};
