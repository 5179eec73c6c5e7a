#pragma once

#include "storage/database.h"
#include "events/event.h"
#include "letters/letter.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>

// What to issue for one invitee.
struct LetterRequest {
    qint64 inviteeId = 0;
    QString language;
    QString addressee;
    QString subject;
};

// One e-mail attempt (or other dispatch) of an invitee's letter, as the send dialog lists it.
struct DispatchAttempt {
    qint64 letterId = 0;
    QString number;
    DispatchChannel channel = DispatchChannel::Email;
    QString address;
    bool ok = false;
    QString reply;
    QDateTime at; // local time
};

// All SQL about letters and certificates issued (the dispatch register), their dispatches and the
// database's certificate secret.
//
// Issuing and dispatching are records of what happened, not edits a user takes back: they are
// written directly, each batch in one transaction, and a failed write is returned to the caller.
class LetterRepository final
{
    Q_DECLARE_TR_FUNCTIONS(LetterRepository)
public:
    explicit LetterRepository(const QString &connectionName = Database::defaultConnectionName())
        : m_connection(connectionName) {}

    // The letters of a kind already issued for the event, by invitee.
    QHash<qint64, IssuedLetter> issued(LetterKind kind, qint64 eventId, QString *error = nullptr) const;
    // Gives each invitee of `requests` a letter of `kind` dated `on`, unless they have one: those
    // keep their number and date. Letters take the next serials of their financial year in the
    // office's pattern; certificates get signed numbers. One transaction: all or nothing.
    // Returns every requested invitee's letter, by invitee.
    QHash<qint64, IssuedLetter> issue(LetterKind kind, const Event &event, const QList<LetterRequest> &requests,
                                      const QDate &on, QString *error = nullptr) const;

    std::optional<IssuedLetter> findByNumber(const QString &number) const;

    bool recordDispatches(const QList<LetterDispatch> &dispatches, QString *error = nullptr) const;
    // Every dispatch over `channel` of the event's letters of `kind`, by invitee, newest first.
    QHash<qint64, QList<DispatchAttempt>> attempts(LetterKind kind, qint64 eventId, DispatchChannel channel,
                                                   QString *error = nullptr) const;

    // The register: every letter and certificate of the event (0: of every event), in the order
    // of their series, year and serial, with how each went out.
    QList<DispatchRegisterRow> dispatchRegister(qint64 eventId, QString *error = nullptr) const;

    // The secret that signs certificate numbers (made when the database reached version 5).
    QByteArray certificateSecret(QString *error = nullptr) const;

private:
    QString m_connection;
};
