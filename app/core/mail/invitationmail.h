#pragma once

#include "storage/database.h"
#include "events/event.h"
#include "invitees/inviteelist.h"
#include "letters/letter.h"
#include "letters/letterrepository.h"
#include "mail/mailmessage.h"
#include "mail/smtpclient.h"
#include "mail/smtpsettings.h"

#include <QCoreApplication>
#include <functional>

// One invitee in an e-mail run: whether they will get the letter, and what happened before.
struct MailRecipient {
    enum class State {
        WillSend,    // has an address, not sent yet (or sending again was asked for)
        NoEmail,     // no e-mail address: skipped
        AlreadySent, // sent before: skipped unless the clerk asks to send again
    };
    InviteeRow invitee;
    QString language;
    State state = State::WillSend;
    QDateTime sentAt;                 // AlreadySent: when it went
    QList<DispatchAttempt> attempts;  // every e-mail attempt, newest first
    // The last attempt failed (and nothing went since): why.
    QString lastFailure() const;
};

// The invitation (or reminder) letters by e-mail: the letter as a PDF attachment, with a subject
// and text from the event's e-mail template in each invitee's language. Every attempt is noted
// per invitee (time, result, the server's reply); nothing goes twice unless asked.
class InvitationMail final
{
    Q_DECLARE_TR_FUNCTIONS(InvitationMail)
public:
    struct Summary {
        int sent = 0;
        int failed = 0;
        int skipped = 0; // no address, or sent before
        bool cancelled = false;
        QStringList failures; // "Name <address>: reason"
    };
    // Progress of a run: (done, total, the message's recipient, its result); return false to stop.
    using Progress = std::function<bool(int done, int total, const MailRecipient &recipient, const SmtpResult &result)>;

    // Who gets it: states for `rows` from the register of e-mails sent.
    static QList<MailRecipient> plan(const Event &event, LetterKind kind, const QList<InviteeRow> &rows,
                                     bool sendAgain, const QString &connection = Database::defaultConnectionName(),
                                     QString *error = nullptr);

    // Gives the letters their numbers (kept for those who have one), all at once.
    static QHash<qint64, IssuedLetter> issue(const Event &event, LetterKind kind, const QList<MailRecipient> &recipients,
                                             const QString &connection = Database::defaultConnectionName(),
                                             QString *error = nullptr);
    // The e-mail for one recipient of an issued letter: the template filled in their language,
    // the office's signature, the letter as PDF.
    static MailMessage message(const Event &event, LetterKind kind, const MailRecipient &recipient,
                               const IssuedLetter &letter, const SmtpSettings &settings,
                               const QString &connection = Database::defaultConnectionName(), QString *error = nullptr);
    // Notes one attempt in the register.
    static bool record(const IssuedLetter &letter, const QString &address, const SmtpResult &result,
                       const QString &connection = Database::defaultConnectionName(), QString *error = nullptr);

    // A whole run, one message after another on this thread (sammelan-cli, tests): issue, send,
    // note each attempt as it happens.
    static Summary send(const Event &event, LetterKind kind, const QList<MailRecipient> &recipients,
                        SmtpClient &client, const SmtpSettings &settings, const Progress &progress = {},
                        const QString &connection = Database::defaultConnectionName(), QString *error = nullptr);

    // "sent N, failed F, skipped S": the command line's summary, the same in every language so
    // scripts can read it.
    static QString summaryLine(const Summary &summary);
};
