#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

// What the office issues to an invitee.
enum class LetterKind {
    Invitation,
    Reminder,
    Certificate,          // of participation, for those who attended
    ExhibitorCertificate, // for exhibitors with a stall
};

// How a letter went out.
enum class DispatchChannel { Print, Post, Email, WhatsApp, Sms };

class LetterKinds final
{
    Q_DECLARE_TR_FUNCTIONS(LetterKinds)
public:
    static QList<LetterKind> all();
    static QString key(LetterKind kind); // "invitation", "reminder", "certificate", "exhibitor_certificate"
    static std::optional<LetterKind> fromKey(const QString &key);
    static QString displayName(LetterKind kind); // translated
    static bool isCertificate(LetterKind kind)
    {
        return kind == LetterKind::Certificate || kind == LetterKind::ExhibitorCertificate;
    }
    // Letters share one running serial per financial year, certificates have their own.
    static QString series(LetterKind kind)
    {
        return isCertificate(kind) ? QStringLiteral("certificate") : QStringLiteral("letter");
    }

    static QList<DispatchChannel> channels();
    static QString channelKey(DispatchChannel channel); // "print", "post", "email", "whatsapp", "sms"
    static std::optional<DispatchChannel> channelFromKey(const QString &key);
    static QString channelName(DispatchChannel channel); // translated: "Printed", "By post", ...
};

// A letter or certificate as issued: its number and date are given once and kept.
struct IssuedLetter {
    qint64 id = 0;
    LetterKind kind = LetterKind::Invitation;
    qint64 eventId = 0;   // 0: the event was deleted since
    qint64 inviteeId = 0; // 0: the invitee was deleted since
    int fyStart = 0;
    int serial = 0;
    QString number;
    QDate issuedOn;
    QString language;
    QString addressee; // as issued: "Name, Designation, Enterprise"
    QString subject;
    QString eventName;
};

// One dispatch of a letter: printed, posted, an e-mail attempt (with the server's reply), a
// WhatsApp message opened, an SMS file written.
struct LetterDispatch {
    qint64 letterId = 0;
    DispatchChannel channel = DispatchChannel::Print;
    QString address; // e-mail address or mobile number
    bool ok = true;
    QString reply;   // the mail server's reply, or why it failed
    QDateTime at;    // local time; invalid: now
};

// A line of the dispatch register (डिस्पैच रजिस्टर).
struct DispatchRegisterRow {
    IssuedLetter letter;
    QList<DispatchChannel> channels; // how it went out (successful dispatches), in channel order
    QDateTime lastDispatch;
};

// Certificate numbers: "SC-2024-00017-K7QW2M9D", the financial year, the running serial and a
// signature: the first 40 bits of HMAC-SHA256 over the rest with the database's own secret,
// in Crockford's base 32. Whoever does not hold the secret cannot make a number that verifies.
namespace CertificateNumbers {
QString make(const QByteArray &secret, int fyStart, int serial);
struct Parts {
    int fyStart = 0;
    int serial = 0;
    QString number; // normalised: upper case, no spaces
};
// The number's parts when it has the shape of one (spaces, case and O/I/L misreads forgiven).
std::optional<Parts> parse(const QString &text);
// Whether the signature of `number` is the one `secret` gives.
bool isSigned(const QByteArray &secret, const QString &number);
} // namespace CertificateNumbers
