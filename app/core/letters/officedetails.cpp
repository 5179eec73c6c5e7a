#include "officedetails.h"

#include "letters/documentlanguage.h"
#include "storage/settingsrepository.h"
#include "storage/transaction.h"
#include "text/validators.h"

#include <QBuffer>
#include <QImageReader>
#include <QRegularExpression>

namespace {

// The settings keys; the district keeps the keys the invitee lists already print.
const QString NameEn = QStringLiteral("office_name");
const QString NameHi = QStringLiteral("office_name_hi");
const QString AddressEn = QStringLiteral("office_address");
const QString AddressHi = QStringLiteral("office_address_hi");
const QString Phone = QStringLiteral("office_phone");
const QString Email = QStringLiteral("office_email");
const QString Logo = QStringLiteral("office_logo");
const QString OfficerEn = QStringLiteral("officer_name");
const QString OfficerHi = QStringLiteral("officer_name_hi");
const QString DesignationEn = QStringLiteral("officer_designation");
const QString DesignationHi = QStringLiteral("officer_designation_hi");
const QString Signature = QStringLiteral("officer_signature");
const QString Pattern = QStringLiteral("letter_number_pattern");

QImage fromPng(const QByteArray &png)
{
    QImage image;
    if (!png.isEmpty())
        image.loadFromData(png, "PNG");
    return image;
}

} // namespace

bool OfficeDetails::operator==(const OfficeDetails &o) const
{
    return name == o.name && district == o.district && address == o.address && phone == o.phone
           && email == o.email && logoPng == o.logoPng && officerName == o.officerName
           && officerDesignation == o.officerDesignation && signaturePng == o.signaturePng
           && numberPattern == o.numberPattern;
}

OfficeDetails OfficeDetails::load(const QString &connection)
{
    const SettingsRepository s(connection);
    OfficeDetails d;
    d.name = {s.value(NameEn), s.value(NameHi)};
    d.district = {s.value(SettingsRepository::District), s.value(SettingsRepository::DistrictHi)};
    d.address = {s.value(AddressEn), s.value(AddressHi)};
    d.phone = s.value(Phone);
    d.email = s.value(Email);
    d.logoPng = QByteArray::fromBase64(s.value(Logo).toLatin1());
    d.officerName = {s.value(OfficerEn), s.value(OfficerHi)};
    d.officerDesignation = {s.value(DesignationEn), s.value(DesignationHi)};
    d.signaturePng = QByteArray::fromBase64(s.value(Signature).toLatin1());
    d.numberPattern = s.value(Pattern);
    return d;
}

QString OfficeDetails::validate() const
{
    const QList<QPair<QString, QString>> lines{
        {tr("Office name (English)"), name.en},     {tr("Office name (Hindi)"), name.hi},
        {tr("District (English)"), district.en},    {tr("District (Hindi)"), district.hi},
        {tr("Phone"), phone},                       {tr("E-mail"), email},
        {tr("Officer's name (English)"), officerName.en}, {tr("Officer's name (Hindi)"), officerName.hi},
        {tr("Designation (English)"), officerDesignation.en}, {tr("Designation (Hindi)"), officerDesignation.hi},
        {tr("Letter number pattern"), numberPattern},
    };
    for (const auto &[field, value] : lines) {
        const FieldCheck check = Validators::line(value);
        if (!check.ok)
            return tr("%1: %2").arg(field, check.reason);
    }
    for (const auto &[field, value] : QList<QPair<QString, QString>>{{tr("Address (English)"), address.en},
                                                                     {tr("Address (Hindi)"), address.hi}}) {
        const FieldCheck check = Validators::text(value, Validators::MaxAddressLength);
        if (!check.ok)
            return tr("%1: %2").arg(field, check.reason);
    }
    if (!email.trimmed().isEmpty()) {
        const FieldCheck check = Validators::email(email);
        if (!check.ok)
            return tr("%1: %2").arg(tr("E-mail"), check.reason);
    }
    if (!numberPattern.trimmed().isEmpty()) {
        if (!numberPattern.contains(QStringLiteral("{n}")))
            return tr("The letter number pattern needs {n}, the running serial: for example %1.")
                .arg(QStringLiteral("DIC/{n}/{year}"));
        const QStringList unknown = LetterNumbers::unknownFields(numberPattern);
        if (!unknown.isEmpty())
            return tr("The letter number pattern has an unknown field %1: use {n} for the serial and {year} "
                      "for the financial year.")
                .arg(unknown.constFirst());
    }
    return {};
}

bool OfficeDetails::save(const QString &connection, QString *error) const
{
    if (const QString why = validate(); !why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    const SettingsRepository s(connection);
    const QList<QPair<QString, QString>> values{
        {NameEn, name.en.simplified()},
        {NameHi, name.hi.simplified()},
        {SettingsRepository::District, district.en.simplified()},
        {SettingsRepository::DistrictHi, district.hi.simplified()},
        {AddressEn, address.en.trimmed()},
        {AddressHi, address.hi.trimmed()},
        {Phone, phone.simplified()},
        {Email, email.trimmed()},
        {Logo, QString::fromLatin1(logoPng.toBase64())},
        {OfficerEn, officerName.en.simplified()},
        {OfficerHi, officerName.hi.simplified()},
        {DesignationEn, officerDesignation.en.simplified()},
        {DesignationHi, officerDesignation.hi.simplified()},
        {Signature, QString::fromLatin1(signaturePng.toBase64())},
        {Pattern, numberPattern.trimmed()},
    };
    return Transaction::run(QSqlDatabase::database(connection), error,
                            tr("The office details could not be saved: %1"), [&] {
                                for (const auto &[key, value] : values)
                                    if (!s.setValue(key, value, error))
                                        return false;
                                return true;
                            });
}

QString OfficeDetails::officeName(const QString &language) const
{
    const QString own = name.in(language).trimmed();
    if (!own.isEmpty())
        return own;
    // As the invitee lists name the office when nothing else is set (their very words).
    const DocumentLanguage doc(language);
    const QString place = district.in(language).trimmed();
    if (place.isEmpty())
        return doc.translate("InviteeReport", "District Industries Centre");
    return doc.translate("InviteeReport", "District Industries Centre, %1").arg(place);
}

QImage OfficeDetails::logo() const
{
    return fromPng(logoPng);
}

QImage OfficeDetails::signature() const
{
    return fromPng(signaturePng);
}

QByteArray OfficeDetails::imageFile(const QString &path, QString *error)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    // A picture of at most some 50 megapixels: a hostile file is refused before it is decoded.
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > 50'000'000) {
        if (error)
            *error = tr("The picture is too large (%1 × %2 pixels).").arg(size.width()).arg(size.height());
        return {};
    }
    QImage image = reader.read();
    if (image.isNull()) {
        if (error)
            *error = tr("%1 is not a picture Sammelan can read (%2).").arg(path, reader.errorString());
        return {};
    }
    if (qMax(image.width(), image.height()) > MaxImageSide)
        image = image.scaled(MaxImageSide, MaxImageSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

int LetterNumbers::financialYear(const QDate &day)
{
    return day.month() >= 4 ? day.year() : day.year() - 1;
}

QString LetterNumbers::financialYearLabel(int fyStart)
{
    return QStringLiteral("%1-%2").arg(fyStart).arg((fyStart + 1) % 100, 2, 10, QLatin1Char('0'));
}

QString LetterNumbers::format(const QString &pattern, int serial, int fyStart)
{
    QString out = pattern;
    out.replace(QStringLiteral("{n}"), QString::number(serial));
    out.replace(QStringLiteral("{year}"), financialYearLabel(fyStart));
    return out;
}

QStringList LetterNumbers::unknownFields(const QString &pattern)
{
    QStringList unknown;
    static const QRegularExpression field(QStringLiteral("\\{[^{}]*\\}"));
    for (auto it = field.globalMatch(pattern); it.hasNext();) {
        const QString f = it.next().captured();
        if (f != QLatin1String("{n}") && f != QLatin1String("{year}") && !unknown.contains(f))
            unknown << f;
    }
    return unknown;
}
