#include "mailmessage.h"

#include <QLocale>
#include <QUuid>

namespace {

bool plainAscii(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    // "=?" would be read as the start of an encoded word.
    return !text.contains(QLatin1String("=?"));
}

} // namespace

QByteArray MailMessage::encodeWords(const QString &text)
{
    if (plainAscii(text))
        return text.toLatin1();
    // 75 characters a word: "=?UTF-8?B?" and "?=" leave 63 for Base64, which carries 45 bytes
    // (a multiple of 3, so no padding inside a word). Characters are never split between words.
    constexpr int MaxBytes = 45;
    QList<QByteArray> words;
    QByteArray chunk;
    const QList<uint> codePoints = text.toUcs4();
    for (uint cp : codePoints) {
        const QByteArray bytes = QString::fromUcs4(reinterpret_cast<const char32_t *>(&cp), 1).toUtf8();
        if (chunk.size() + bytes.size() > MaxBytes) {
            words << chunk;
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        words << chunk;
    QByteArray out;
    for (int i = 0; i < words.size(); ++i) {
        if (i > 0)
            out += "\r\n ";
        out += "=?UTF-8?B?" + words.at(i).toBase64() + "?=";
    }
    return out;
}

QByteArray MailMessage::mailbox(const QString &name, const QString &address)
{
    const QByteArray addr = "<" + address.trimmed().toLatin1() + ">";
    const QString n = name.simplified();
    if (n.isEmpty())
        return addr;
    if (!plainAscii(n))
        return encodeWords(n) + " " + addr;
    // A quoted string keeps commas and dots of "District Industries Centre, Gorakhpur" in the name.
    QByteArray quoted = n.toLatin1();
    quoted.replace('\\', "\\\\");
    quoted.replace('"', "\\\"");
    return "\"" + quoted + "\" " + addr;
}

QByteArray MailMessage::rfc5322Date(const QDateTime &dateTime)
{
    const QDateTime local = dateTime.toLocalTime();
    const int offset = local.offsetFromUtc() / 60;
    const QString zone = QStringLiteral("%1%2%3")
                             .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                             .arg(qAbs(offset) / 60, 2, 10, QLatin1Char('0'))
                             .arg(qAbs(offset) % 60, 2, 10, QLatin1Char('0'));
    return QLocale::c().toString(local, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss ")).toLatin1() + zone.toLatin1();
}

QList<QByteArray> MailMessage::headers() const
{
    QString id = messageId;
    if (id.isEmpty()) {
        const QString domain = fromAddress.section(QLatin1Char('@'), 1);
        id = QStringLiteral("%1@%2").arg(QUuid::createUuid().toString(QUuid::WithoutBraces),
                                         domain.isEmpty() ? QStringLiteral("sammelan.invalid") : domain);
    }
    return {
        "From: " + mailbox(fromName, fromAddress),
        "To: " + mailbox(toName, toAddress),
        "Subject: " + encodeWords(subject.simplified()),
        "Date: " + rfc5322Date(date.isValid() ? date : QDateTime::currentDateTime()),
        "Message-ID: <" + id.toLatin1() + ">",
    };
}
