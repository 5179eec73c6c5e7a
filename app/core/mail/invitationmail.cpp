#include "invitationmail.h"

#include "letters/correspondence.h"
#include "letters/documentlanguage.h"
#include "letters/lettertemplate.h"
#include "letters/officedetails.h"
#include "report/reportrenderer.h"

#include <QBuffer>

namespace {

TemplateKind mailTemplate(LetterKind kind)
{
    return kind == LetterKind::Reminder ? TemplateKind::ReminderEmail : TemplateKind::Email;
}

// The office's signature under the text, in the message's language.
QString signature(const OfficeDetails &office, const QString &language)
{
    const DocumentLanguage doc(language);
    QStringList lines;
    for (const QString &line : {office.officerName.in(language), office.officerDesignation.in(language),
                                office.officeName(language)})
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    if (!office.phone.trimmed().isEmpty())
        lines << doc.translate("LetterReport", "Phone: %1").arg(office.phone.trimmed());
    if (!office.email.trimmed().isEmpty())
        lines << doc.translate("LetterReport", "E-mail: %1").arg(office.email.trimmed());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString MailRecipient::lastFailure() const
{
    if (attempts.isEmpty() || attempts.constFirst().ok)
        return {};
    return attempts.constFirst().reply;
}

QList<MailRecipient> InvitationMail::plan(const Event &event, LetterKind kind, const QList<InviteeRow> &rows,
                                          bool sendAgain, const QString &connection, QString *error)
{
    const QHash<qint64, QList<DispatchAttempt>> attempts =
        LetterRepository(connection).attempts(kind, event.id, DispatchChannel::Email, error);
    QList<MailRecipient> plan;
    plan.reserve(rows.size());
    for (const InviteeRow &row : rows) {
        MailRecipient r;
        r.invitee = row;
        r.language = Correspondence::letterLanguage(row, QString());
        r.attempts = attempts.value(row.id);
        for (const DispatchAttempt &a : std::as_const(r.attempts))
            if (a.ok) {
                r.sentAt = a.at; // the newest that went
                break;
            }
        if (row.email.trimmed().isEmpty())
            r.state = MailRecipient::State::NoEmail;
        else if (r.sentAt.isValid() && !sendAgain)
            r.state = MailRecipient::State::AlreadySent;
        else
            r.state = MailRecipient::State::WillSend;
        plan << r;
    }
    return plan;
}

QHash<qint64, IssuedLetter> InvitationMail::issue(const Event &event, LetterKind kind,
                                                  const QList<MailRecipient> &recipients, const QString &connection,
                                                  QString *error)
{
    QList<LetterRequest> requests;
    const QDate today = QDate::currentDate();
    for (const MailRecipient &r : recipients) {
        if (r.state != MailRecipient::State::WillSend)
            continue;
        const LetterTemplate letter = TemplateRepository(connection).get(
            event.id, kind == LetterKind::Reminder ? TemplateKind::Reminder : TemplateKind::Invitation, r.language);
        requests << LetterRequest{r.invitee.id, r.language, Correspondence::addressee(r.invitee),
                                  Correspondence::fill(letter, event, r.invitee, QString(), today).first};
    }
    return LetterRepository(connection).issue(kind, event, requests, today, error);
}

MailMessage InvitationMail::message(const Event &event, LetterKind kind, const MailRecipient &recipient,
                                    const IssuedLetter &letter, const SmtpSettings &settings,
                                    const QString &connection, QString *error)
{
    MailMessage m;
    const LetterTemplate tmpl = TemplateRepository(connection).get(event.id, mailTemplate(kind), recipient.language);
    const auto [subject, text] = Correspondence::fill(tmpl, event, recipient.invitee, letter.number, letter.issuedOn);
    const OfficeDetails office = OfficeDetails::load(connection);
    m.fromAddress = settings.fromAddress.trimmed();
    m.fromName = settings.fromName.trimmed().isEmpty() ? office.officeName(recipient.language) : settings.fromName.trimmed();
    m.toAddress = recipient.invitee.email.trimmed();
    m.toName = recipient.invitee.name.trimmed();
    m.subject = subject;
    const QString sign = signature(office, recipient.language);
    m.body = text.trimmed() + (sign.isEmpty() ? QString() : QStringLiteral("\n\n--\n") + sign) + QLatin1Char('\n');

    // The letter itself, as printed (the number it was given, its date).
    const Correspondence::Documents letters =
        Correspondence::letters(event, kind, {recipient.invitee}, recipient.language, true, connection, letter.issuedOn);
    if (!letters.error.isEmpty()) {
        if (error)
            *error = letters.error;
        return {};
    }
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QString why;
    if (!ReportRenderer::writePdf(letters.document, &buffer, &why)) {
        if (error)
            *error = why;
        return {};
    }
    const QString name = kind == LetterKind::Reminder ? QStringLiteral("reminder") : QStringLiteral("invitation");
    m.attachments << MailMessage::Attachment{QStringLiteral("%1-%2-%3.pdf").arg(name).arg(letter.fyStart).arg(letter.serial),
                                             "application/pdf", pdf};
    return m;
}

bool InvitationMail::record(const IssuedLetter &letter, const QString &address, const SmtpResult &result,
                            const QString &connection, QString *error)
{
    return LetterRepository(connection).recordDispatches(
        {LetterDispatch{letter.id, DispatchChannel::Email, address, result.ok, result.text(), QDateTime::currentDateTime()}},
        error);
}

InvitationMail::Summary InvitationMail::send(const Event &event, LetterKind kind,
                                             const QList<MailRecipient> &recipients, SmtpClient &client,
                                             const SmtpSettings &settings, const Progress &progress,
                                             const QString &connection, QString *error)
{
    Summary summary;
    QList<MailRecipient> going;
    for (const MailRecipient &r : recipients) {
        if (r.state == MailRecipient::State::WillSend)
            going << r;
        else
            ++summary.skipped;
    }
    if (going.isEmpty())
        return summary;
    const QHash<qint64, IssuedLetter> letters = issue(event, kind, going, connection, error);
    if (letters.isEmpty())
        return summary; // *error says why; nothing was sent
    int done = 0;
    for (const MailRecipient &r : std::as_const(going)) {
        if (client.isCancelled()) {
            summary.cancelled = true;
            break;
        }
        const IssuedLetter letter = letters.value(r.invitee.id);
        QString why;
        const MailMessage message = InvitationMail::message(event, kind, r, letter, settings, connection, &why);
        SmtpResult result;
        if (why.isEmpty())
            result = client.send(message);
        else
            result.error = why;
        // Every attempt is noted, one cancelled half-way too (the server may have it).
        QString recordError;
        if (!record(letter, r.invitee.email, result, connection, &recordError) && error)
            *error = recordError;
        if (result.ok) {
            ++summary.sent;
        } else {
            ++summary.failed;
            summary.failures << tr("%1 <%2>: %3").arg(r.invitee.name, r.invitee.email, result.text());
        }
        ++done;
        if (result.cancelled || (progress && !progress(done, int(going.size()), r, result))) {
            summary.cancelled = true;
            break;
        }
    }
    return summary;
}

QString InvitationMail::summaryLine(const Summary &summary)
{
    return QStringLiteral("sent %1, failed %2, skipped %3").arg(summary.sent).arg(summary.failed).arg(summary.skipped);
}
