#pragma once

#include "storage/database.h"
#include "events/event.h"
#include "invitees/inviteelist.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class DocumentLanguage;

// What a template is for.
enum class TemplateKind {
    Invitation,    // the invitation letter (subject and body)
    Reminder,      // the reminder letter to those who have not replied
    Email,         // the e-mail that carries the invitation letter (subject and text)
    ReminderEmail, // the e-mail that carries the reminder
    Message,       // WhatsApp and SMS (text, and the bulk-SMS template id)
};

// A letter or message with fields ({name}, {event}, ...) that are filled per invitee. One per
// event, kind and language; until the office writes its own, a default in good Hindi and English
// (the Hindi is the translation of the English in sammelan_hi.ts), so a clerk can print on the
// first day.
struct LetterTemplate {
    Q_DECLARE_TR_FUNCTIONS(LetterTemplate)
public:
    TemplateKind kind = TemplateKind::Invitation;
    QString language = QStringLiteral("en");
    QString subject;    // letters and e-mails; empty for messages
    QString body;
    QString templateId; // messages: the id the SMS service registered the text under (DLT)
    bool isDefault = true; // not saved by the office

    bool operator==(const LetterTemplate &o) const
    {
        return kind == o.kind && language == o.language && subject == o.subject && body == o.body
               && templateId == o.templateId;
    }

    static QList<TemplateKind> kinds();
    static QString kindKey(TemplateKind kind); // "invitation", "reminder", "email", "reminder_email", "message"
    static std::optional<TemplateKind> kindFromKey(const QString &key);
    static QString kindName(TemplateKind kind); // translated
    static bool hasSubject(TemplateKind kind) { return kind != TemplateKind::Message; }
    static bool isLetter(TemplateKind kind) { return kind == TemplateKind::Invitation || kind == TemplateKind::Reminder; }

    // The fields a template may use, in the order the dialog lists them: "{name}", ...
    static QStringList fields();
    // What a field stands for, translated ("the invitee's name").
    static QString fieldDescription(const QString &field);
    // The {...} in `text` that are not fields, each once, in order.
    static QStringList unknownFields(const QString &text);
    QStringList unknownFields() const;

    // `text` with each field replaced by its value; unknown fields stay as they are.
    static QString fill(const QString &text, const QHash<QString, QString> &values);

    // The default of a kind in a language.
    static LetterTemplate defaultFor(TemplateKind kind, const QString &language);
    // Longest texts accepted (a letter is one page).
    static constexpr int MaxSubjectLength = 300;
    static constexpr int MaxBodyLength = 6000;
    static constexpr int MaxMessageLength = 1000;
    // Why it cannot be saved, translated; empty when it can.
    QString validate() const;
};

// The values of the fields for one invitee, in a document's language.
namespace TemplateValues {
QHash<QString, QString> forInvitee(const InviteeRow &row, const Event &event, const DocumentLanguage &language,
                                   const QString &letterNumber, const QDate &letterDate);
// The address on one line ("12 Civil Lines, Gorakhpur – 273001").
QString addressLine(const InviteeRow &row);
} // namespace TemplateValues

// All SQL about templates.
class TemplateRepository final
{
    Q_DECLARE_TR_FUNCTIONS(TemplateRepository)
public:
    explicit TemplateRepository(const QString &connectionName = Database::defaultConnectionName())
        : m_connection(connectionName) {}

    // The event's template of that kind and language, or the default when the office saved none.
    LetterTemplate get(qint64 eventId, TemplateKind kind, const QString &language) const;
    bool save(qint64 eventId, const LetterTemplate &tmpl, QString *error = nullptr) const;
    // Back to the default: the saved template is removed.
    bool reset(qint64 eventId, TemplateKind kind, const QString &language, QString *error = nullptr) const;

private:
    QString m_connection;
};
