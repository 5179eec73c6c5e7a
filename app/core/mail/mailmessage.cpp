#include "mailmessage.h"

#include <QLocale>
#include <QTextBoundaryFinder>
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

QByteArray MailMessage::encodeWords(const QString &text, int used)
{
    if (plainAscii(text))
        return text.toLatin1();
    // 75 characters a word: "=?UTF-8?B?" and "?=" leave 63 for Base64, which carries 45 bytes
    // (a multiple of 3, so no padding inside a word). Words break after a space where they can,
    // else between grapheme clusters: never inside a character, nor between a Devanagari letter
    // and its vowel sign (some decoders keep the folding space between encoded words).
    constexpr int MaxBytes = 45;
    QList<QByteArray> pieces; // spaces stay with the word before them
    {
        QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
        QByteArray word;
        qsizetype from = 0;
        for (qsizetype to = graphemes.toNextBoundary(); to >= 0; to = graphemes.toNextBoundary()) {
            const QString cluster = text.mid(from, to - from);
            from = to;
            const QByteArray bytes = cluster.toUtf8();
            if (word.size() + bytes.size() > MaxBytes) { // a word longer than a whole encoded word
                pieces << word;
                word.clear();
            }
            word += bytes;
            if (cluster == QLatin1String(" ")) {
                pieces << word;
                word.clear();
            }
        }
        if (!word.isEmpty())
            pieces << word;
    }
    // The first word shares its line with the header's name ("Subject: "): fewer bytes fit.
    const int firstBytes = qMax(3, (78 - used - 12) / 4 * 3);
    QList<QByteArray> words;
    QByteArray chunk;
    for (const QByteArray &piece : std::as_const(pieces)) {
        const int room = words.isEmpty() ? qMin(MaxBytes, firstBytes) : MaxBytes;
        if (!chunk.isEmpty() && chunk.size() + piece.size() > room) {
            words << chunk;
            chunk.clear();
        }
        chunk += piece;
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

QByteArray MailMessage::mailbox(const QString &name, const QString &address, int used)
{
    const QByteArray addr = "<" + address.trimmed().toLatin1() + ">";
    const QString n = name.simplified();
    if (n.isEmpty())
        return addr;
    if (!plainAscii(n)) {
        const QByteArray words = encodeWords(n, used);
        // The address goes on a line of its own when it would make the last one too long.
        const qsizetype lastBreak = words.lastIndexOf("\r\n");
        const qsizetype lastLine = lastBreak < 0 ? used + words.size() : words.size() - lastBreak - 2;
        return words + (lastLine + 1 + addr.size() > 78 ? "\r\n " : " ") + addr;
    }
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
        "From: " + mailbox(fromName, fromAddress, 6),
        "To: " + mailbox(toName, toAddress, 4),
        "Subject: " + encodeWords(subject.simplified(), 9),
        "Date: " + rfc5322Date(date.isValid() ? date : QDateTime::currentDateTime()),
        "Message-ID: <" + id.toLatin1() + ">",
    };
}
