#include "correspondence.h"

#include "import/csvwriter.h"
#include "invitees/inviteelistquery.h"
#include "letters/documentlanguage.h"
#include "letters/letterrepository.h"
#include "letters/officedetails.h"
#include "storage/outputpath.h"
#include "report/certificatereport.h"
#include "report/letterreport.h"

#include <QDir>
#include <QSaveFile>
#include <QSet>

namespace {

// The templates of a kind in the languages a batch needs, read once.
class Templates
{
public:
    Templates(qint64 eventId, TemplateKind kind, const QString &connection)
        : m_eventId(eventId), m_kind(kind), m_connection(connection) {}

    const LetterTemplate &get(const QString &language)
    {
        auto it = m_loaded.find(language);
        if (it == m_loaded.end())
            it = m_loaded.insert(language, TemplateRepository(m_connection).get(m_eventId, m_kind, language));
        return *it;
    }
    QStringList unknownFields() const
    {
        QStringList unknown;
        for (const LetterTemplate &t : m_loaded)
            for (const QString &f : t.unknownFields())
                if (!unknown.contains(f))
                    unknown << f;
        return unknown;
    }

private:
    qint64 m_eventId;
    TemplateKind m_kind;
    QString m_connection;
    QHash<QString, LetterTemplate> m_loaded;
};

TemplateKind templateKind(LetterKind kind)
{
    return kind == LetterKind::Reminder ? TemplateKind::Reminder : TemplateKind::Invitation;
}

} // namespace

QUrl OutgoingMessage::whatsAppUrl() const
{
    return QUrl::fromEncoded("https://wa.me/91" + invitee.mobile.toLatin1() + "?text=" + QUrl::toPercentEncoding(text));
}

QList<InviteeRow> Correspondence::recipients(const RecipientFilter &filter, const QString &connection, QString *error)
{
    InviteeFilter f;
    f.eventId = filter.eventId;
    f.statuses = filter.statuses;
    if (filter.notRepliedDays >= 0)
        f.statuses = {InvitationStatus::Invited};
    QList<InviteeRow> rows = InviteeListQuery(connection).list(f);
    if (!filter.onlyIds.isEmpty()) {
        const QSet<qint64> keep(filter.onlyIds.cbegin(), filter.onlyIds.cend());
        rows.removeIf([&](const InviteeRow &row) { return !keep.contains(row.id); });
    }
    if (filter.notRepliedDays >= 0) {
        // The invitation went out on its letter's date, or else when the status became "invited".
        const QHash<qint64, IssuedLetter> letters =
            LetterRepository(connection).issued(LetterKind::Invitation, filter.eventId, error);
        const QDate today = QDate::currentDate();
        rows.removeIf([&](const InviteeRow &row) {
            const auto letter = letters.constFind(row.id);
            const QDate invited = letter != letters.cend() ? letter->issuedOn : row.statusChangedAt.toLocalTime().date();
            return !notReplied(row, invited, filter.notRepliedDays, today);
        });
    }
    return rows;
}

bool Correspondence::notReplied(const InviteeRow &row, const QDate &invitedOn, int days, const QDate &today)
{
    return row.status == InvitationStatus::Invited && invitedOn.isValid() && invitedOn.daysTo(today) >= days;
}

QString Correspondence::letterLanguage(const InviteeRow &row, const QString &chosen)
{
    if (chosen == QLatin1String("en") || chosen == QLatin1String("hi"))
        return chosen;
    return DocumentLanguage::forName(row.name);
}

QString Correspondence::addressee(const InviteeRow &row)
{
    QStringList parts;
    for (const QString &part : {row.name, row.designation, row.enterprise})
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    return parts.join(QStringLiteral(", "));
}

QStringList Correspondence::addresseeLines(const InviteeRow &row, const QString &language)
{
    QStringList lines;
    for (const QString &part : {row.name, row.designation, row.enterprise})
        if (!part.trimmed().isEmpty())
            lines << part.trimmed();
    for (const QString &line : row.address.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    if (!row.pin.trimmed().isEmpty())
        lines << DocumentLanguage(language).translate("LetterReport", "PIN %1").arg(row.pin.trimmed());
    return lines;
}

QPair<QString, QString> Correspondence::fill(const LetterTemplate &tmpl, const Event &event, const InviteeRow &row,
                                             const QString &number, const QDate &date)
{
    const DocumentLanguage doc(tmpl.language);
    const QHash<QString, QString> values = TemplateValues::forInvitee(row, event, doc, number, date);
    return {LetterTemplate::fill(tmpl.subject, values).simplified(), LetterTemplate::fill(tmpl.body, values)};
}

Correspondence::Documents Correspondence::letters(const Event &event, LetterKind kind, const QList<InviteeRow> &rows,
                                                  const QString &language, bool issue, const QString &connection,
                                                  const QDate &on)
{
    Documents out;
    Templates templates(event.id, templateKind(kind), connection);
    const LetterRepository repository(connection);
    QHash<qint64, IssuedLetter> numbers;
    if (issue) {
        QList<LetterRequest> requests;
        requests.reserve(rows.size());
        for (const InviteeRow &row : rows) {
            const QString lang = letterLanguage(row, language);
            requests << LetterRequest{row.id, lang, addressee(row),
                                      fill(templates.get(lang), event, row, QString(), on).first};
        }
        numbers = repository.issue(kind, event, requests, on, &out.error);
        if (!out.error.isEmpty())
            return out;
    } else {
        numbers = repository.issued(kind, event.id, &out.error);
    }
    QList<LetterPage> pages;
    pages.reserve(rows.size());
    for (const InviteeRow &row : rows) {
        const QString lang = letterLanguage(row, language);
        const DocumentLanguage doc(lang);
        IssuedLetter letter = numbers.value(row.id);
        if (letter.id == 0) {
            letter.kind = kind;
            letter.eventId = event.id;
            letter.inviteeId = row.id;
            letter.issuedOn = on;
        }
        const QString number = letter.id ? letter.number : doc.translate("LetterReport", "(given on printing)");
        const auto [subject, body] = fill(templates.get(lang), event, row, number, letter.issuedOn);
        pages << LetterPage{lang, number, letter.issuedOn, addresseeLines(row, lang), subject, body};
        out.letters << letter;
    }
    const QString title = (kind == LetterKind::Reminder ? tr("Reminders: %1") : tr("Invitation letters: %1"))
                              .arg(event.name(language.isEmpty() ? QStringLiteral("en") : language));
    out.document = LetterReport::build(OfficeDetails::load(connection), pages, title);
    out.unknownFields = templates.unknownFields();
    return out;
}

ReportDocument Correspondence::sampleLetter(const Event &event, const LetterTemplate &tmpl, const InviteeRow &row,
                                            const QString &connection)
{
    const DocumentLanguage doc(tmpl.language);
    const QString number = doc.translate("LetterReport", "(given on printing)");
    const QDate today = QDate::currentDate();
    const auto [subject, body] = fill(tmpl, event, row, number, today);
    return LetterReport::build(OfficeDetails::load(connection),
                               {LetterPage{tmpl.language, number, today, addresseeLines(row, tmpl.language), subject, body}},
                               LetterTemplate::kindName(tmpl.kind));
}

bool Correspondence::eligible(LetterKind kind, const InviteeRow &row)
{
    if (kind == LetterKind::ExhibitorCertificate)
        return !row.stallCode.trimmed().isEmpty();
    if (kind == LetterKind::Certificate)
        return row.status == InvitationStatus::Attended;
    return true;
}

Correspondence::Documents Correspondence::certificates(const Event &event, LetterKind kind,
                                                       const QList<InviteeRow> &rows, const QString &firstLanguage,
                                                       bool issue, const QString &connection, const QDate &on)
{
    Documents out;
    QList<InviteeRow> eligibleRows;
    for (const InviteeRow &row : rows) {
        if (eligible(kind, row))
            eligibleRows << row;
        else
            ++out.skipped;
    }
    const QString language = firstLanguage == QLatin1String("hi") ? QStringLiteral("hi") : QStringLiteral("en");
    const DocumentLanguage doc(language);
    const LetterRepository repository(connection);
    QHash<qint64, IssuedLetter> numbers;
    if (issue) {
        QList<LetterRequest> requests;
        requests.reserve(eligibleRows.size());
        const QString subject = kind == LetterKind::ExhibitorCertificate
                                    ? doc.translate("CertificateReport", "Certificate of Participation – Exhibitor")
                                    : doc.translate("CertificateReport", "Certificate of Participation");
        for (const InviteeRow &row : std::as_const(eligibleRows))
            requests << LetterRequest{row.id, language, addressee(row), subject};
        numbers = repository.issue(kind, event, requests, on, &out.error);
        if (!out.error.isEmpty())
            return out;
    } else {
        numbers = repository.issued(kind, event.id, &out.error);
    }
    QList<CertificatePage> pages;
    pages.reserve(eligibleRows.size());
    for (const InviteeRow &row : std::as_const(eligibleRows)) {
        IssuedLetter letter = numbers.value(row.id);
        if (letter.id == 0) {
            letter.kind = kind;
            letter.eventId = event.id;
            letter.inviteeId = row.id;
            letter.issuedOn = on;
        }
        pages << CertificatePage{row.name.trimmed(), row.designation.trimmed(), row.enterprise.trimmed(),
                                 row.stallCode.trimmed(), letter.number, letter.issuedOn};
        out.letters << letter;
    }
    out.document = CertificateReport::build(OfficeDetails::load(connection), event, kind, pages, language);
    return out;
}

bool Correspondence::recordDispatch(const QList<IssuedLetter> &letters, DispatchChannel channel,
                                    const QString &connection, QString *error)
{
    QList<LetterDispatch> dispatches;
    const QDateTime now = QDateTime::currentDateTime();
    for (const IssuedLetter &l : letters)
        if (l.id)
            dispatches << LetterDispatch{l.id, channel, QString(), true, QString(), now};
    return LetterRepository(connection).recordDispatches(dispatches, error);
}

ReportDocument Correspondence::labels(const Event &event, const QList<InviteeRow> &rows, LabelLayout layout,
                                      bool recordPost, const QString &connection, QString *error)
{
    ReportDocument doc = LabelReport::build(rows, layout);
    if (recordPost && !rows.isEmpty()) {
        // The latest letter each invitee was sent for this event: the one the label goes on.
        const LetterRepository repository(connection);
        QString why;
        const QHash<qint64, IssuedLetter> invitations = repository.issued(LetterKind::Invitation, event.id, &why);
        const QHash<qint64, IssuedLetter> reminders = repository.issued(LetterKind::Reminder, event.id, &why);
        QList<IssuedLetter> posted;
        for (const InviteeRow &row : rows) {
            if (reminders.contains(row.id))
                posted << reminders.value(row.id);
            else if (invitations.contains(row.id))
                posted << invitations.value(row.id);
        }
        if (!why.isEmpty() || !recordDispatch(posted, DispatchChannel::Post, connection, &why)) {
            if (error)
                *error = why;
        }
    }
    return doc;
}

QList<OutgoingMessage> Correspondence::messages(const Event &event, const QList<InviteeRow> &rows, bool issue,
                                                const QString &connection, QString *error)
{
    QList<OutgoingMessage> out;
    Templates templates(event.id, TemplateKind::Message, connection);
    Templates letterTemplates(event.id, TemplateKind::Invitation, connection);
    QList<InviteeRow> reachable;
    for (const InviteeRow &row : rows)
        if (row.mobile.size() == 10)
            reachable << row;
    const LetterRepository repository(connection);
    QHash<qint64, IssuedLetter> numbers;
    const QDate today = QDate::currentDate();
    if (issue) {
        QList<LetterRequest> requests;
        for (const InviteeRow &row : std::as_const(reachable)) {
            const QString lang = letterLanguage(row, QString());
            requests << LetterRequest{row.id, lang, addressee(row),
                                      fill(letterTemplates.get(lang), event, row, QString(), today).first};
        }
        QString why;
        numbers = repository.issue(LetterKind::Invitation, event, requests, today, &why);
        if (!why.isEmpty()) {
            if (error)
                *error = why;
            return {};
        }
    } else {
        numbers = repository.issued(LetterKind::Invitation, event.id, error);
    }
    for (const InviteeRow &row : std::as_const(reachable)) {
        OutgoingMessage m;
        m.invitee = row;
        m.language = letterLanguage(row, QString());
        const LetterTemplate &tmpl = templates.get(m.language);
        const IssuedLetter letter = numbers.value(row.id);
        const DocumentLanguage doc(m.language);
        const QString number = letter.id ? letter.number : doc.translate("LetterReport", "(given on printing)");
        m.text = fill(tmpl, event, row, number, letter.id ? letter.issuedOn : today).second.simplified();
        m.templateId = tmpl.templateId;
        m.letterId = letter.id;
        out << m;
    }
    return out;
}

QByteArray Correspondence::smsCsv(const QList<OutgoingMessage> &messages)
{
    QByteArray out = CsvWriter::line({QStringLiteral("mobile"), QStringLiteral("message"), QStringLiteral("template_id")});
    for (const OutgoingMessage &m : messages)
        out += CsvWriter::line({QStringLiteral("91") + m.invitee.mobile, m.text, m.templateId});
    return out;
}

bool Correspondence::writeSmsCsv(const QString &path, const QList<OutgoingMessage> &messages, QString *error)
{
    if (const QString refused = OutputPath::refusal(path); !refused.isEmpty()) {
        if (error)
            *error = refused;
        return false;
    }
    QSaveFile file(path);
    const QByteArray bytes = smsCsv(messages);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), OutputPath::writeError(&file));
        return false;
    }
    return true;
}
