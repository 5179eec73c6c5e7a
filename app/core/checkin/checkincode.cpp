#include "checkincode.h"

#include <QRegularExpression>

namespace {
const QString Prefix = QStringLiteral("SMN1");

quint16 crc16(const QByteArray &data)
{
    // CRC-16/CCITT-FALSE.
    quint16 crc = 0xffff;
    for (const char byte : data) {
        crc ^= quint16(quint8(byte)) << 8;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x8000) ? quint16((crc << 1) ^ 0x1021) : quint16(crc << 1);
    }
    return crc;
}

QString body(qint64 eventId, qint64 inviteeId)
{
    return QStringLiteral("%1-%2-%3").arg(Prefix).arg(eventId).arg(inviteeId);
}

QString check(const QString &text)
{
    return QStringLiteral("%1").arg(crc16(text.toLatin1()), 4, 16, QLatin1Char('0')).toUpper();
}
} // namespace

QString CheckinCode::encode() const
{
    const QString b = body(eventId, inviteeId);
    return b + QLatin1Char('-') + check(b);
}

bool CheckinCode::looksLikeCode(const QString &text)
{
    return text.trimmed().startsWith(Prefix + QLatin1Char('-'), Qt::CaseInsensitive);
}

std::optional<CheckinCode> CheckinCode::decode(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^SMN1-(\\d{1,15})-(\\d{1,15})-([0-9A-F]{4})$"));
    const auto match = form.match(text.trimmed().toUpper());
    if (!match.hasMatch())
        return std::nullopt;
    const CheckinCode code{match.captured(1).toLongLong(), match.captured(2).toLongLong()};
    if (code.eventId <= 0 || code.inviteeId <= 0 || check(body(code.eventId, code.inviteeId)) != match.captured(3))
        return std::nullopt;
    return code;
}
