#pragma once

#include "checkin/checkinrepository.h"
#include "invitees/invitationrepository.h"
#include "undo/writecommand.h"

#include <QCoreApplication>
#include <QDate>

// A guest arrives: their check-in for the day, and, the first time, their invitation becomes
// "attended" (a declined guest let in anyway is confirmed first). One write and one undo step.
// When the guest already has a check-in that day (another desk scanned the badge a moment
// ago), nothing is written and the outcome says so.
class CheckInCommand final : public WriteCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckInCommand)
public:
    struct Outcome {
        enum Kind { None, CheckedIn, AlreadyIn, Failed } kind = None;
        QDateTime at; // AlreadyIn: when the first check-in of the day was
        QString desk; // AlreadyIn: at which desk
    };

    // `steps`: the statuses the invitation goes through first (none once it is "attended").
    // The first redo() reports in `outcome`, which must live until push() returns.
    CheckInCommand(const QString &connection, qint64 eventId, qint64 inviteeId, const QDate &day,
                   const QList<InvitationStatus> &steps, const QString &name, const QString &desk,
                   Outcome *outcome = nullptr, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    struct Change {
        InvitationState before;
        qint64 changeId;
        qint64 version; // the invitation's version after this change
        InvitationStatus status;
    };
    QString m_connection;
    qint64 m_eventId;
    qint64 m_inviteeId;
    QDate m_day;
    QList<InvitationStatus> m_steps;
    QString m_desk;
    qint64 m_checkinId = 0;
    QList<Change> m_changes;
    Outcome *m_outcome;
};
