#pragma once

#include "mail/smtpclient.h"

#include <QObject>

// Sends e-mails on a thread of its own, so the send dialog's progress bar and Stop stay alive
// while the mail server answers. One message at a time: send() in, sent() out.
class MailWorker final : public QObject
{
    Q_OBJECT
public:
    MailWorker(const SmtpSettings &settings, const QString &password) : m_client(settings, password) {}
    // From any thread: stops the message being sent and every one after it.
    void cancel() { m_client.cancel(); }

public slots:
    void send(int index, const MailMessage &message) { emit sent(index, m_client.send(message)); }

signals:
    void sent(int index, const SmtpResult &result);

private:
    SmtpClient m_client;
};
