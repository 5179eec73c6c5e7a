#include "invitees/inviteevalidator.h"

#include "text/validators.h"

QString InviteeValidator::fieldName(InviteeField field)
{
    switch (field) {
    case InviteeField::Name: return tr("name");
    case InviteeField::Mobile: return tr("mobile");
    case InviteeField::AltPhone: return tr("alternate phone");
    case InviteeField::Email: return tr("email");
    case InviteeField::Pin: return tr("PIN code");
    case InviteeField::Gstin: return tr("GSTIN");
    case InviteeField::Udyam: return tr("Udyam number");
    case InviteeField::Iec: return tr("IEC");
    case InviteeField::ExportShare: return tr("share exported");
    case InviteeField::Designation: return tr("designation");
    case InviteeField::Enterprise: return tr("enterprise");
    case InviteeField::Sector: return tr("sector");
    case InviteeField::Address: return tr("address");
    case InviteeField::Notes: return tr("notes");
    }
    return {};
}

QString InviteeValidation::summary() const
{
    QStringList parts;
    for (auto it = problems.cbegin(); it != problems.cend(); ++it)
        parts << QStringLiteral("%1: %2").arg(InviteeValidator::fieldName(it.key()), it.value());
    return parts.join(QStringLiteral("; "));
}

InviteeValidation InviteeValidator::validate(const InviteeInput &input)
{
    InviteeValidation result;
    Invitee &v = result.invitee;
    auto take = [&](InviteeField field, const FieldCheck &check, QString *target) {
        if (check.ok)
            *target = check.value;
        else
            result.problems.insert(field, check.reason);
    };
    take(InviteeField::Name, Validators::name(input.name), &v.name);
    take(InviteeField::Mobile, Validators::mobile(input.mobile), &v.mobile);
    take(InviteeField::AltPhone, Validators::altPhone(input.altPhone), &v.altPhone);
    take(InviteeField::Email, Validators::email(input.email), &v.email);
    take(InviteeField::Pin, Validators::pin(input.pin), &v.pin);
    take(InviteeField::Gstin, Validators::gstin(input.gstin), &v.gstin);
    take(InviteeField::Udyam, Validators::udyam(input.udyam), &v.udyam);
    take(InviteeField::Iec, Validators::iec(input.iec), &v.iec);
    QString share;
    take(InviteeField::ExportShare, Validators::exportShare(input.exportShare), &share);
    v.exportShare = share.isEmpty() ? -1 : share.toInt();
    take(InviteeField::Designation, Validators::line(input.designation), &v.designation);
    take(InviteeField::Enterprise, Validators::line(input.enterprise), &v.enterprise);
    take(InviteeField::Sector, Validators::line(input.sector), &result.sectorName);
    take(InviteeField::Address, Validators::text(input.address, Validators::MaxAddressLength), &v.address);
    take(InviteeField::Notes, Validators::text(input.notes, Validators::MaxNotesLength), &v.notes);
    v.exporterStatus = input.exporterStatus;
    return result;
}
