#include "invitees/invitee.h"

#include <QHash>

QList<InvitationStatus> InvitationStatuses::all()
{
    return {InvitationStatus::NotInvited, InvitationStatus::Invited, InvitationStatus::Confirmed,
            InvitationStatus::Declined, InvitationStatus::Attended, InvitationStatus::Nominated};
}

QString InvitationStatuses::key(InvitationStatus status)
{
    switch (status) {
    case InvitationStatus::NotInvited: return QStringLiteral("not_invited");
    case InvitationStatus::Invited: return QStringLiteral("invited");
    case InvitationStatus::Confirmed: return QStringLiteral("confirmed");
    case InvitationStatus::Declined: return QStringLiteral("declined");
    case InvitationStatus::Attended: return QStringLiteral("attended");
    case InvitationStatus::Nominated: return QStringLiteral("nominated");
    }
    return {};
}

InvitationStatus InvitationStatuses::fromKey(const QString &key, bool *ok)
{
    for (InvitationStatus s : all()) {
        if (InvitationStatuses::key(s) == key) {
            if (ok)
                *ok = true;
            return s;
        }
    }
    if (ok)
        *ok = false;
    return InvitationStatus::NotInvited;
}

QString InvitationStatuses::displayName(InvitationStatus status)
{
    switch (status) {
    case InvitationStatus::NotInvited: return tr("not yet invited");
    case InvitationStatus::Invited: return tr("invited");
    case InvitationStatus::Confirmed: return tr("confirmed");
    case InvitationStatus::Declined: return tr("declined");
    case InvitationStatus::Attended: return tr("attended");
    case InvitationStatus::Nominated: return tr("nominated");
    }
    return {};
}

InvitationStatus InvitationStatuses::parse(const QString &text, bool *ok)
{
    static const QHash<QString, InvitationStatus> words = {
        {QStringLiteral(""), InvitationStatus::NotInvited},
        {QStringLiteral("not invited"), InvitationStatus::NotInvited},
        {QStringLiteral("not yet invited"), InvitationStatus::NotInvited},
        {QStringLiteral("not_invited"), InvitationStatus::NotInvited},
        {QStringLiteral("आमंत्रण शेष"), InvitationStatus::NotInvited},
        {QStringLiteral("invited"), InvitationStatus::Invited},
        {QStringLiteral("आमंत्रित"), InvitationStatus::Invited},
        {QStringLiteral("confirmed"), InvitationStatus::Confirmed},
        {QStringLiteral("confirm"), InvitationStatus::Confirmed},
        {QStringLiteral("पुष्टि हुई"), InvitationStatus::Confirmed},
        {QStringLiteral("पुष्टि"), InvitationStatus::Confirmed},
        {QStringLiteral("declined"), InvitationStatus::Declined},
        {QStringLiteral("अस्वीकार"), InvitationStatus::Declined},
        {QStringLiteral("attended"), InvitationStatus::Attended},
        {QStringLiteral("present"), InvitationStatus::Attended},
        {QStringLiteral("उपस्थित"), InvitationStatus::Attended},
        {QStringLiteral("nominated"), InvitationStatus::Nominated},
        {QStringLiteral("नामित"), InvitationStatus::Nominated},
    };
    const QString folded = text.simplified().toCaseFolded();
    const auto it = words.constFind(folded);
    if (ok)
        *ok = it != words.constEnd();
    return it != words.constEnd() ? it.value() : InvitationStatus::NotInvited;
}

QList<InvitationStatus> InvitationStatuses::expected()
{
    return {InvitationStatus::Invited, InvitationStatus::Confirmed, InvitationStatus::Nominated,
            InvitationStatus::Attended};
}

QList<InvitationStatus> InvitationStatuses::listedByDefault()
{
    return {InvitationStatus::Invited, InvitationStatus::Confirmed, InvitationStatus::Attended};
}

QList<InvitationStatus> InvitationStatuses::nextStatuses(InvitationStatus from)
{
    using S = InvitationStatus;
    switch (from) {
    case S::NotInvited: return {S::Invited, S::Nominated};
    case S::Invited: return {S::Confirmed, S::Declined, S::Attended, S::Nominated, S::NotInvited};
    case S::Confirmed: return {S::Attended, S::Declined, S::Nominated, S::Invited};
    case S::Declined: return {S::Confirmed, S::Invited, S::Nominated};
    // Attended can be undone (a wrong tick at the desk) back to confirmed.
    case S::Attended: return {S::Confirmed, S::Nominated};
    case S::Nominated: return {S::Invited, S::Confirmed, S::Attended};
    }
    return {};
}

QString ExporterStatuses::displayName(ExporterStatus status)
{
    switch (status) {
    case ExporterStatus::NotExporting: return tr("not yet exporting");
    case ExporterStatus::Direct: return tr("direct exporter");
    case ExporterStatus::ThroughMerchant: return tr("exports through a merchant exporter");
    }
    return {};
}
