#include "lettertemplate.h"

#include "storage/databaseerrors.h"
#include "letters/documentlanguage.h"
#include "storage/sqlvalues.h"
#include "text/validators.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace SqlValues;

namespace {

// The default texts. English is the source, Hindi its translation in sammelan_hi.ts: both are
// read through DocumentLanguage, whatever language the program shows.
struct DefaultText {
    const char *subject;
    const char *body;
};

const DefaultText InvitationText{
    QT_TRANSLATE_NOOP("LetterTemplate", "Invitation to take part in {event}"),
    QT_TRANSLATE_NOOP("LetterTemplate",
                      "Dear Sir/Madam,\n\n"
                      "The District Industries Centre is organising {event} on {dates} at {venue}. Exporters, "
                      "entrepreneurs and units of the district will meet buyers, export promotion councils, banks "
                      "and the departments concerned, and learn about the schemes that support exports.\n\n"
                      "You are cordially invited to take part in it. Kindly confirm your participation to this "
                      "office by phone or e-mail, quoting letter no. {letter_no}.")};

const DefaultText ReminderText{
    QT_TRANSLATE_NOOP("LetterTemplate", "Reminder: invitation to take part in {event}"),
    QT_TRANSLATE_NOOP("LetterTemplate",
                      "Dear Sir/Madam,\n\n"
                      "Please refer to this office's letter inviting you to {event}, to be held on {dates} at "
                      "{venue}. Your reply has not been received yet.\n\n"
                      "You are requested once again to take part in it, and to confirm your participation to "
                      "this office by phone or e-mail at the earliest.")};

const DefaultText EmailText{
    QT_TRANSLATE_NOOP("LetterTemplate", "Invitation: {event}, {dates}"),
    QT_TRANSLATE_NOOP("LetterTemplate",
                      "Dear {name},\n\n"
                      "Please find attached this office's letter no. {letter_no} dated {date}, inviting you to "
                      "{event} on {dates} at {venue}.\n\n"
                      "Kindly confirm your participation by replying to this e-mail.")};

const DefaultText ReminderEmailText{
    QT_TRANSLATE_NOOP("LetterTemplate", "Reminder: {event}, {dates}"),
    QT_TRANSLATE_NOOP("LetterTemplate",
                      "Dear {name},\n\n"
                      "Your reply to our invitation to {event} on {dates} at {venue} has not been received yet. "
                      "Please find attached the reminder, letter no. {letter_no} dated {date}.\n\n"
                      "Kindly confirm your participation by replying to this e-mail.")};

const DefaultText MessageText{
    nullptr,
    QT_TRANSLATE_NOOP("LetterTemplate",
                      "Dear {name}, you are cordially invited to {event} on {dates} at {venue}. Kindly confirm "
                      "your participation. - District Industries Centre")};

const DefaultText &defaultText(TemplateKind kind)
{
    switch (kind) {
    case TemplateKind::Invitation: return InvitationText;
    case TemplateKind::Reminder: return ReminderText;
    case TemplateKind::Email: return EmailText;
    case TemplateKind::ReminderEmail: return ReminderEmailText;
    case TemplateKind::Message: return MessageText;
    }
    return InvitationText;
}

const QRegularExpression &fieldPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{[^{}\\s]*\\}"));
    return pattern;
}

} // namespace

QList<TemplateKind> LetterTemplate::kinds()
{
    return {TemplateKind::Invitation, TemplateKind::Reminder, TemplateKind::Email, TemplateKind::ReminderEmail,
            TemplateKind::Message};
}

QString LetterTemplate::kindKey(TemplateKind kind)
{
    switch (kind) {
    case TemplateKind::Invitation: return QStringLiteral("invitation");
    case TemplateKind::Reminder: return QStringLiteral("reminder");
    case TemplateKind::Email: return QStringLiteral("email");
    case TemplateKind::ReminderEmail: return QStringLiteral("reminder_email");
    case TemplateKind::Message: return QStringLiteral("message");
    }
    return {};
}

std::optional<TemplateKind> LetterTemplate::kindFromKey(const QString &key)
{
    for (TemplateKind kind : kinds())
        if (kindKey(kind) == key)
            return kind;
    return std::nullopt;
}

QString LetterTemplate::kindName(TemplateKind kind)
{
    switch (kind) {
    case TemplateKind::Invitation: return tr("Invitation letter");
    case TemplateKind::Reminder: return tr("Reminder letter");
    case TemplateKind::Email: return tr("E-mail with the invitation");
    case TemplateKind::ReminderEmail: return tr("E-mail with the reminder");
    case TemplateKind::Message: return tr("WhatsApp and SMS message");
    }
    return {};
}

QStringList LetterTemplate::fields()
{
    return {QStringLiteral("{name}"),  QStringLiteral("{designation}"), QStringLiteral("{enterprise}"),
            QStringLiteral("{address}"), QStringLiteral("{event}"),    QStringLiteral("{dates}"),
            QStringLiteral("{venue}"), QStringLiteral("{stall}"),       QStringLiteral("{letter_no}"),
            QStringLiteral("{date}")};
}

QString LetterTemplate::fieldDescription(const QString &field)
{
    if (field == QLatin1String("{name}")) return tr("the invitee's name");
    if (field == QLatin1String("{designation}")) return tr("the invitee's designation");
    if (field == QLatin1String("{enterprise}")) return tr("the enterprise or firm");
    if (field == QLatin1String("{address}")) return tr("the address with the PIN code, on one line");
    if (field == QLatin1String("{event}")) return tr("the event's name in the letter's language");
    if (field == QLatin1String("{dates}")) return tr("the event's dates");
    if (field == QLatin1String("{venue}")) return tr("the venue");
    if (field == QLatin1String("{stall}")) return tr("the invitee's stall at the event, if any");
    if (field == QLatin1String("{letter_no}")) return tr("the letter number (पत्रांक), given once and kept");
    if (field == QLatin1String("{date}")) return tr("the letter's date");
    return {};
}

QStringList LetterTemplate::unknownFields(const QString &text)
{
    const QStringList known = fields();
    QStringList unknown;
    for (auto it = fieldPattern().globalMatch(text); it.hasNext();) {
        const QString f = it.next().captured();
        if (!known.contains(f) && !unknown.contains(f))
            unknown << f;
    }
    return unknown;
}

QStringList LetterTemplate::unknownFields() const
{
    QStringList unknown = unknownFields(subject);
    for (const QString &f : unknownFields(body))
        if (!unknown.contains(f))
            unknown << f;
    return unknown;
}

QString LetterTemplate::fill(const QString &text, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(text.size() + 64);
    qsizetype from = 0;
    for (auto it = fieldPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(from, m.capturedStart() - from);
        const auto value = values.constFind(m.captured());
        out += value != values.cend() ? *value : m.captured();
        from = m.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out;
}

LetterTemplate LetterTemplate::defaultFor(TemplateKind kind, const QString &language)
{
    const DocumentLanguage doc(language);
    const DefaultText &text = defaultText(kind);
    LetterTemplate t;
    t.kind = kind;
    t.language = doc.language();
    if (text.subject)
        t.subject = doc.translate("LetterTemplate", text.subject);
    t.body = doc.translate("LetterTemplate", text.body);
    t.isDefault = true;
    return t;
}

QString LetterTemplate::validate() const
{
    const FieldCheck s = Validators::line(subject, MaxSubjectLength);
    if (!s.ok)
        return tr("Subject: %1").arg(s.reason);
    const int maxBody = kind == TemplateKind::Message ? MaxMessageLength : MaxBodyLength;
    const FieldCheck b = Validators::text(body, maxBody);
    if (!b.ok)
        return tr("Text: %1").arg(b.reason);
    if (body.trimmed().isEmpty())
        return tr("The text is empty.");
    const FieldCheck id = Validators::line(templateId, 100);
    if (!id.ok)
        return tr("Template id: %1").arg(id.reason);
    return {};
}

QString TemplateValues::addressLine(const InviteeRow &row)
{
    QStringList lines;
    for (const QString &line : row.address.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    QString text = lines.join(QStringLiteral(", "));
    if (!row.pin.trimmed().isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(" – ")) + row.pin.trimmed();
    return text;
}

QHash<QString, QString> TemplateValues::forInvitee(const InviteeRow &row, const Event &event,
                                                   const DocumentLanguage &language, const QString &letterNumber,
                                                   const QDate &letterDate)
{
    return {
        {QStringLiteral("{name}"), row.name.trimmed()},
        {QStringLiteral("{designation}"), row.designation.trimmed()},
        {QStringLiteral("{enterprise}"), row.enterprise.trimmed()},
        {QStringLiteral("{address}"), addressLine(row)},
        {QStringLiteral("{event}"), event.name(language.language()).trimmed()},
        {QStringLiteral("{dates}"), language.dates(event.startDate, event.endDate)},
        {QStringLiteral("{venue}"), event.venue.trimmed()},
        {QStringLiteral("{stall}"), row.stallCode.trimmed()},
        {QStringLiteral("{letter_no}"), letterNumber},
        {QStringLiteral("{date}"), letterDate.isValid() ? language.date(letterDate) : QString()},
    };
}

LetterTemplate TemplateRepository::get(qint64 eventId, TemplateKind kind, const QString &language) const
{
    LetterTemplate t = LetterTemplate::defaultFor(kind, language);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT subject, body, template_id FROM letter_templates"
                             " WHERE event_id = ? AND kind = ? AND language = ?"));
    q.addBindValue(eventId);
    q.addBindValue(LetterTemplate::kindKey(kind));
    q.addBindValue(t.language);
    if (q.exec() && q.next()) {
        t.subject = q.value(0).toString();
        t.body = q.value(1).toString();
        t.templateId = q.value(2).toString();
        t.isDefault = false;
    }
    return t;
}

bool TemplateRepository::save(qint64 eventId, const LetterTemplate &tmpl, QString *error) const
{
    if (const QString why = tmpl.validate(); !why.isEmpty()) {
        setError(error, why);
        return false;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO letter_templates (event_id, kind, language, subject, body, template_id, updated_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"
                             " ON CONFLICT (event_id, kind, language) DO UPDATE SET subject = excluded.subject,"
                             " body = excluded.body, template_id = excluded.template_id, updated_at = excluded.updated_at"));
    q.addBindValue(eventId);
    q.addBindValue(LetterTemplate::kindKey(tmpl.kind));
    q.addBindValue(tmpl.language == QLatin1String("hi") ? QStringLiteral("hi") : QStringLiteral("en"));
    q.addBindValue(text(tmpl.subject.trimmed()));
    q.addBindValue(text(tmpl.body.trimmed()));
    q.addBindValue(text(tmpl.templateId.trimmed()));
    q.addBindValue(nowUtc());
    if (!q.exec()) {
        setError(error, tr("The template could not be saved: %1").arg(DatabaseErrors::describe(q.lastError())));
        return false;
    }
    return true;
}

bool TemplateRepository::reset(qint64 eventId, TemplateKind kind, const QString &language, QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM letter_templates WHERE event_id = ? AND kind = ? AND language = ?"));
    q.addBindValue(eventId);
    q.addBindValue(LetterTemplate::kindKey(kind));
    q.addBindValue(language);
    if (!q.exec()) {
        setError(error, tr("The template could not be reset: %1").arg(DatabaseErrors::describe(q.lastError())));
        return false;
    }
    return true;
}
