#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

// An e-mail as Sammelan sends it: plain UTF-8 text and attachments (the letter as PDF).
struct MailMessage {
    struct Attachment {
        QString fileName; // ASCII: every mail program shows it the same
        QByteArray mimeType = "application/pdf";
        QByteArray data;
    };

    QString fromAddress;
    QString fromName;
    QString toAddress;
    QString toName;
    QString subject;
    QString body;
    QList<Attachment> attachments;
    QDateTime date;    // invalid: now
    QString messageId; // empty: made when the headers are

    // The header lines Sammelan sets (From, To, Subject, Date, Message-ID), without line ends.
    // Texts outside ASCII are RFC 2047 encoded words in UTF-8 (Base64), folded so no line
    // grows past 78 characters.
    QList<QByteArray> headers() const;

    // RFC 2047: `text` as UTF-8 "B" encoded words of at most 75 characters, joined by a folding
    // line break ("\r\n "), never splitting a character; `used` characters of the first line are
    // taken already ("Subject: "), so no line grows past 78. Printable ASCII text comes back as is.
    static QByteArray encodeWords(const QString &text, int used = 0);
    // "Name <address>" with the name quoted or encoded as it needs.
    static QByteArray mailbox(const QString &name, const QString &address, int used = 0);
    // RFC 5322 date: "Tue, 21 Sep 2021 10:30:00 +0530".
    static QByteArray rfc5322Date(const QDateTime &dateTime);
};
