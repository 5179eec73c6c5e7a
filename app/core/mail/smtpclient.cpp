// libcurl first: its headers are plain C.
#include <curl/curl.h>

#include "smtpclient.h"

#include <QRegularExpression>
#include <mutex>

namespace {

void initialiseCurl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// What the server said, captured from libcurl's protocol trace.
struct Trace {
    QByteArray lines;    // the current reply (several lines for 250-... continuations)
    QByteArray last;     // the last complete reply (but the goodbye to QUIT)
    long lastCode = 0;
    QByteArray refusal;  // the last reply that refused something (4xx, 5xx)
    long refusalCode = 0;

    void reset()
    {
        lines.clear();
        last.clear();
        lastCode = 0;
        refusal.clear();
        refusalCode = 0;
    }
};

int onTrace(CURL *, curl_infotype type, char *data, size_t size, void *user)
{
    if (type != CURLINFO_HEADER_IN)
        return 0;
    auto *trace = static_cast<Trace *>(user);
    const QByteArray line = QByteArray(data, int(size)).trimmed();
    if (line.size() < 3)
        return 0;
    trace->lines += (trace->lines.isEmpty() ? "" : "\n") + line;
    // "250-..." continues a reply, "250 ..." (or a bare code) ends it.
    if (line.size() == 3 || line.at(3) == ' ') {
        const long code = line.left(3).toLong();
        // libcurl says QUIT after a refusal: "221 Bye" is not what the message got.
        if (code != 221) {
            trace->last = trace->lines;
            trace->lastCode = code;
        }
        if (code >= 400) {
            trace->refusal = trace->lines;
            trace->refusalCode = code;
        }
        trace->lines.clear();
    }
    return 0;
}

int onProgress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<std::atomic<bool> *>(user)->load() ? 1 : 0;
}

} // namespace

struct SmtpClient::Private {
    SmtpSettings settings;
    QByteArray url;
    QByteArray user;
    QByteArray password;
    QByteArray from;
    CURL *curl = nullptr;
    Trace trace;
    char errorBuffer[CURL_ERROR_SIZE] = {};
};

QString SmtpResult::text() const
{
    if (ok)
        return reply;
    if (reply.isEmpty() || error.contains(reply))
        return error;
    return SmtpClient::tr("%1 (the server said: %2)").arg(error, reply);
}

SmtpClient::SmtpClient(const SmtpSettings &settings, const QString &password) : d(new Private)
{
    initialiseCurl();
    d->settings = settings;
    d->url = settings.url().toUtf8();
    d->user = settings.user.toUtf8();
    d->password = password.toUtf8();
    d->from = "<" + settings.fromAddress.trimmed().toLatin1() + ">";
    d->curl = curl_easy_init();
}

SmtpClient::~SmtpClient()
{
    if (d->curl)
        curl_easy_cleanup(d->curl); // says QUIT on a connection still open
    // The password leaves memory with the client.
    d->password.fill('\0');
    delete d;
}

SmtpResult SmtpClient::send(const MailMessage &message)
{
    SmtpResult result;
    if (m_cancelled) {
        result.cancelled = true;
        result.error = tr("Cancelled.");
        return result;
    }
    if (!d->curl) {
        result.error = tr("The mail library could not be started.");
        return result;
    }
    CURL *curl = d->curl;
    curl_easy_reset(curl); // keeps the open connection, forgets the last message's options
    d->trace.reset();
    d->errorBuffer[0] = '\0';

    curl_easy_setopt(curl, CURLOPT_URL, d->url.constData());
    switch (d->settings.security) {
    case SmtpSettings::Security::StartTls:
        curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
        break;
    case SmtpSettings::Security::StartTlsIfOffered:
        curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_TRY));
        break;
    case SmtpSettings::Security::Ssl:
    case SmtpSettings::Security::None:
        break;
    }
    if (!d->user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, d->user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, d->password.constData());
    }
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, d->from.constData());
    const QByteArray to = "<" + message.toAddress.trimmed().toLatin1() + ">";
    curl_slist *recipients = curl_slist_append(nullptr, to.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);

    curl_slist *headers = nullptr;
    const QList<QByteArray> lines = message.headers();
    for (const QByteArray &line : lines)
        headers = curl_slist_append(headers, line.constData());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);

    // The text and the attachments. Data is copied into the MIME structure.
    curl_mime *mime = curl_mime_init(curl);
    curl_mimepart *text = curl_mime_addpart(mime);
    QByteArray body = message.body.toUtf8();
    body.replace("\r\n", "\n");
    body.replace('\n', "\r\n");
    curl_mime_data(text, body.constData(), size_t(body.size()));
    curl_mime_type(text, "text/plain; charset=UTF-8");
    curl_mime_encoder(text, "quoted-printable");
    for (const MailMessage::Attachment &a : message.attachments) {
        curl_mimepart *part = curl_mime_addpart(mime);
        curl_mime_data(part, a.data.constData(), size_t(a.data.size()));
        curl_mime_type(part, a.mimeType.constData());
        curl_mime_filename(part, a.fileName.toLatin1().constData());
        curl_mime_encoder(part, "base64");
    }
    curl_easy_setopt(curl, CURLOPT_MIMEPOST, mime);

    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, d->errorBuffer);
    curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L); // the trace is how the server's replies are read
    curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, onTrace);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, &d->trace);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &m_cancelled);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, ConnectTimeout);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, MessageTimeout);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L); // safe on any thread

    const CURLcode code = curl_easy_perform(curl);
    long response = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response);

    curl_mime_free(mime);
    curl_slist_free_all(headers);
    curl_slist_free_all(recipients);

    const bool refused = code != CURLE_OK && d->trace.refusalCode >= 400;
    result.code = refused ? d->trace.refusalCode : d->trace.lastCode ? d->trace.lastCode : response;
    result.reply = QString::fromUtf8(refused ? d->trace.refusal : d->trace.last);
    if (code == CURLE_OK) { // libcurl ends well only on the server's 250 to the message
        result.ok = true;
        return result;
    }
    if (code == CURLE_ABORTED_BY_CALLBACK) {
        result.cancelled = true;
        result.error = tr("Cancelled while sending: the server may or may not have the message.");
        return result;
    }
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
        result.error = tr("The mail server %1 was not found (is the name right, is the computer online?).")
                           .arg(d->settings.host);
        break;
    case CURLE_COULDNT_CONNECT:
        result.error = tr("The mail server %1 did not accept a connection on port %2.")
                           .arg(d->settings.host).arg(d->settings.port);
        break;
    case CURLE_OPERATION_TIMEDOUT:
        result.error = tr("The mail server did not answer in time.");
        break;
    case CURLE_LOGIN_DENIED:
        result.error = tr("The mail server refused the user name or password.");
        break;
    case CURLE_USE_SSL_FAILED:
        result.error = tr("The mail server does not offer STARTTLS: choose another security setting.");
        break;
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
        // A refused recipient ends the transfer with an error, too: the reply code tells them apart.
        if (refused)
            result.error = tr("The mail server refused the message.");
        else
            result.error = tr("The connection to the mail server was lost while sending.");
        break;
    default:
        if (refused)
            result.error = tr("The mail server refused the message.");
        break;
    }
    const QString detail = QString::fromUtf8(d->errorBuffer).trimmed();
    if (result.error.isEmpty())
        result.error = detail.isEmpty() ? QString::fromUtf8(curl_easy_strerror(code)) : detail;
    else if (!detail.isEmpty())
        result.error += QStringLiteral(" [%1]").arg(detail);
    return result;
}
