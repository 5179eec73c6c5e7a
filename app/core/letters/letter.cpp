#include "letter.h"

#include <QMessageAuthenticationCode>
#include <QRegularExpression>

QList<LetterKind> LetterKinds::all()
{
    return {LetterKind::Invitation, LetterKind::Reminder, LetterKind::Certificate, LetterKind::ExhibitorCertificate};
}

QString LetterKinds::key(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Invitation: return QStringLiteral("invitation");
    case LetterKind::Reminder: return QStringLiteral("reminder");
    case LetterKind::Certificate: return QStringLiteral("certificate");
    case LetterKind::ExhibitorCertificate: return QStringLiteral("exhibitor_certificate");
    }
    return {};
}

std::optional<LetterKind> LetterKinds::fromKey(const QString &key)
{
    for (LetterKind kind : all())
        if (LetterKinds::key(kind) == key)
            return kind;
    return std::nullopt;
}

QString LetterKinds::displayName(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Invitation: return tr("Invitation letter");
    case LetterKind::Reminder: return tr("Reminder letter");
    case LetterKind::Certificate: return tr("Certificate of participation");
    case LetterKind::ExhibitorCertificate: return tr("Exhibitor's certificate");
    }
    return {};
}

QList<DispatchChannel> LetterKinds::channels()
{
    return {DispatchChannel::Print, DispatchChannel::Post, DispatchChannel::Email, DispatchChannel::WhatsApp,
            DispatchChannel::Sms};
}

QString LetterKinds::channelKey(DispatchChannel channel)
{
    switch (channel) {
    case DispatchChannel::Print: return QStringLiteral("print");
    case DispatchChannel::Post: return QStringLiteral("post");
    case DispatchChannel::Email: return QStringLiteral("email");
    case DispatchChannel::WhatsApp: return QStringLiteral("whatsapp");
    case DispatchChannel::Sms: return QStringLiteral("sms");
    }
    return {};
}

std::optional<DispatchChannel> LetterKinds::channelFromKey(const QString &key)
{
    for (DispatchChannel channel : channels())
        if (channelKey(channel) == key)
            return channel;
    return std::nullopt;
}

QString LetterKinds::channelName(DispatchChannel channel)
{
    switch (channel) {
    case DispatchChannel::Print: return tr("Printed");
    case DispatchChannel::Post: return tr("By post");
    case DispatchChannel::Email: return tr("E-mail");
    case DispatchChannel::WhatsApp: return tr("WhatsApp");
    case DispatchChannel::Sms: return tr("SMS");
    }
    return {};
}

namespace {

// Crockford's base 32: no I, L, O or U, so a number read aloud or typed is not misread.
constexpr char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int SignatureLength = 8; // 40 bits

QString signature(const QByteArray &secret, const QString &body)
{
    const QByteArray mac = QMessageAuthenticationCode::hash(body.toLatin1(), secret, QCryptographicHash::Sha256);
    quint64 bits = 0;
    for (int i = 0; i < 5; ++i)
        bits = (bits << 8) | quint8(mac.at(i));
    QString out(SignatureLength, QLatin1Char('0'));
    for (int i = SignatureLength - 1; i >= 0; --i) {
        out[i] = QLatin1Char(Alphabet[bits & 31]);
        bits >>= 5;
    }
    return out;
}

QString body(int fyStart, int serial)
{
    return QStringLiteral("SC-%1-%2").arg(fyStart).arg(serial, 5, 10, QLatin1Char('0'));
}

} // namespace

QString CertificateNumbers::make(const QByteArray &secret, int fyStart, int serial)
{
    const QString b = body(fyStart, serial);
    return b + QLatin1Char('-') + signature(secret, b);
}

std::optional<CertificateNumbers::Parts> CertificateNumbers::parse(const QString &text)
{
    QString t = text.toUpper();
    t.remove(QRegularExpression(QStringLiteral("\\s")));
    static const QRegularExpression shape(QStringLiteral("^SC-(\\d{4})-(\\d{5,7})-([0-9A-Z]{8})$"));
    const QRegularExpressionMatch m = shape.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    QString sig = m.captured(3);
    // Crockford's decoding forgives the letters people confuse with digits.
    sig.replace(QLatin1Char('O'), QLatin1Char('0'));
    sig.replace(QLatin1Char('I'), QLatin1Char('1'));
    sig.replace(QLatin1Char('L'), QLatin1Char('1'));
    Parts parts;
    parts.fyStart = m.captured(1).toInt();
    parts.serial = m.captured(2).toInt();
    if (parts.serial <= 0)
        return std::nullopt;
    parts.number = body(parts.fyStart, parts.serial) + QLatin1Char('-') + sig;
    return parts;
}

bool CertificateNumbers::isSigned(const QByteArray &secret, const QString &number)
{
    const auto parts = parse(number);
    if (!parts || secret.isEmpty())
        return false;
    const QString expected = make(secret, parts->fyStart, parts->serial);
    // Compared in full, character by character, whatever differs first.
    if (expected.size() != parts->number.size())
        return false;
    int diff = 0;
    for (int i = 0; i < expected.size(); ++i)
        diff |= expected.at(i).unicode() ^ parts->number.at(i).unicode();
    return diff == 0;
}
