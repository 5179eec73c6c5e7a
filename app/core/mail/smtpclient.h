#pragma once

#include "mail/mailmessage.h"
#include "mail/smtpsettings.h"

#include <QCoreApplication>
#include <atomic>

// What the mail server said to one message.
struct SmtpResult {
    bool ok = false;
    bool cancelled = false;
    long code = 0;     // the server's last reply code (250, 550, ...); 0 when it said nothing
    QString reply;     // the server's last reply line(s), as it sent them
    QString error;     // why it failed, in words (libcurl's message, translated where we know it)
    // For the register: the server's reply when it sent, otherwise the reason and its reply.
    QString text() const;
};

// Sends mail through the office's SMTP server with libcurl (its SMTP and MIME support): the
// message's headers, its text as UTF-8 quoted-printable and its attachments as Base64. One
// client keeps its connection between messages; a dropped connection is opened again for the
// next. Each send() blocks until the server has answered: run it on a thread of its own when a
// window must stay responsive (cancel() may be called from any thread).
class SmtpClient final
{
    Q_DECLARE_TR_FUNCTIONS(SmtpClient)
public:
    SmtpClient(const SmtpSettings &settings, const QString &password);
    ~SmtpClient();
    SmtpClient(const SmtpClient &) = delete;
    SmtpClient &operator=(const SmtpClient &) = delete;

    SmtpResult send(const MailMessage &message);
    // Stops the message being sent (it counts as failed: the server may not have it) and every
    // send() after it.
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }

    // Seconds to wait for the server to accept a connection, and for a whole message.
    static constexpr long ConnectTimeout = 20;
    static constexpr long MessageTimeout = 180;

private:
    struct Private;
    Private *d;
    std::atomic<bool> m_cancelled{false};
};
