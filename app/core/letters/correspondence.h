#pragma once

#include "storage/database.h"
#include "events/event.h"
#include "invitees/inviteelist.h"
#include "letters/letter.h"
#include "letters/lettertemplate.h"
#include "report/labelreport.h"
#include "report/reportdocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QUrl>

// Who a batch of letters, labels, e-mails or messages is for.
struct RecipientFilter {
    qint64 eventId = 0;
    QList<InvitationStatus> statuses; // empty: any
    QList<qint64> onlyIds;            // not empty: only these invitees (the page's selection)
    // >= 0: only those still "invited" (no reply) whose invitation went out at least this many
    // days ago: the reminders' filter.
    int notRepliedDays = -1;
};

// A WhatsApp or SMS message for one invitee.
struct OutgoingMessage {
    InviteeRow invitee;
    QString language;
    QString text;
    QString templateId; // the bulk-SMS template id
    qint64 letterId = 0; // the invitation it carries (0 in a preview)
    // https://wa.me/91XXXXXXXXXX?text=...: opens WhatsApp (or WhatsApp Web) with the message.
    QUrl whatsAppUrl() const;
};

// The office's correspondence for an event, from the register it already holds: who gets what,
// the letters and certificates laid out with their numbers (given once and kept), the address
// labels, and the WhatsApp and SMS messages. Reads and writes through the repositories; the
// screens and sammelan-cli call these.
class Correspondence final
{
    Q_DECLARE_TR_FUNCTIONS(Correspondence)
public:
    // Letters go to the invited and the confirmed unless the user chooses otherwise.
    static QList<InvitationStatus> defaultStatuses()
    {
        return {InvitationStatus::Invited, InvitationStatus::Confirmed};
    }

    static QList<InviteeRow> recipients(const RecipientFilter &filter,
                                        const QString &connection = Database::defaultConnectionName(),
                                        QString *error = nullptr);
    // Whether an invitee is still waiting to reply `days` after `invitedOn`.
    static bool notReplied(const InviteeRow &row, const QDate &invitedOn, int days, const QDate &today);

    // `chosen` "en" or "hi", or empty for the invitee's own (DocumentLanguage::forName).
    static QString letterLanguage(const InviteeRow &row, const QString &chosen);
    // "Name, Designation, Enterprise" as the register keeps it.
    static QString addressee(const InviteeRow &row);
    // The addressee block of a letter: name, designation, enterprise, address lines, PIN.
    static QStringList addresseeLines(const InviteeRow &row, const QString &language);

    struct Documents {
        ReportDocument document;
        QList<IssuedLetter> letters; // page i: letters[i] (id 0 in a preview of an unissued one)
        QStringList unknownFields;   // of the templates used
        int skipped = 0;             // certificates: rows that get none
        QString error;               // issuing failed: nothing was laid out
    };

    // One letter per invitee, in `language` (empty: each invitee's own). `issue`: numbers are
    // given now (those who have one keep theirs); otherwise a preview shows the numbers already
    // given and a placeholder for the others.
    static Documents letters(const Event &event, LetterKind kind, const QList<InviteeRow> &rows, const QString &language,
                             bool issue, const QString &connection = Database::defaultConnectionName(),
                             const QDate &on = QDate::currentDate());
    // One letter for a sample invitee from a template being edited: the template dialog's preview.
    static ReportDocument sampleLetter(const Event &event, const LetterTemplate &tmpl, const InviteeRow &row,
                                       const QString &connection = Database::defaultConnectionName());
    // Fills a template for an invitee (number and date as given).
    static QPair<QString, QString> fill(const LetterTemplate &tmpl, const Event &event, const InviteeRow &row,
                                        const QString &number, const QDate &date);

    // Who gets a certificate of that kind: the attended (a check-in, or the status), or
    // exhibitors with a stall at the event.
    static bool eligible(LetterKind kind, const InviteeRow &row);
    // Certificates for the eligible among `rows` (the others are counted in `skipped`),
    // `firstLanguage` set first and larger.
    static Documents certificates(const Event &event, LetterKind kind, const QList<InviteeRow> &rows,
                                  const QString &firstLanguage, bool issue,
                                  const QString &connection = Database::defaultConnectionName(),
                                  const QDate &on = QDate::currentDate());

    // Notes in the dispatch register that these letters went out that way.
    static bool recordDispatch(const QList<IssuedLetter> &letters, DispatchChannel channel,
                               const QString &connection = Database::defaultConnectionName(),
                               QString *error = nullptr);
    // Address labels; with `recordPost`, the latest letter of each invitee for the event is noted
    // as sent by post.
    static ReportDocument labels(const Event &event, const QList<InviteeRow> &rows, LabelLayout layout,
                                 bool recordPost, const QString &connection = Database::defaultConnectionName(),
                                 QString *error = nullptr);

    // The message for each invitee with a mobile number, in their own language. `issue`: the
    // invitations they carry are given their numbers (a message may quote {letter_no}).
    static QList<OutgoingMessage> messages(const Event &event, const QList<InviteeRow> &rows, bool issue,
                                           const QString &connection = Database::defaultConnectionName(),
                                           QString *error = nullptr);
    // The CSV a bulk-SMS service takes: mobile, message, template id; UTF-8 without a byte order
    // mark (the services read the first column's name), CRLF, RFC 4180 quoting.
    static QByteArray smsCsv(const QList<OutgoingMessage> &messages);
    static bool writeSmsCsv(const QString &path, const QList<OutgoingMessage> &messages, QString *error);
};
