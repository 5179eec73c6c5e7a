#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include <QString>

// The office's mail server (Settings › E-mail), kept in the database like the letterhead. The
// password is not here: it lives in the desktop's keyring (PasswordStore), never in a file.
struct SmtpSettings {
    Q_DECLARE_TR_FUNCTIONS(SmtpSettings)
public:
    enum class Security {
        StartTls,        // plain connection, then STARTTLS; refuses a server without it (port 587)
        Ssl,             // TLS from the start (port 465)
        StartTlsIfOffered, // STARTTLS when the server offers it (an smtp:// URL on the command line)
        None,            // no encryption (a relay on the office network, port 25)
    };

    QString host;
    int port = 587;
    Security security = Security::StartTls;
    QString user;        // empty: the server takes mail without logging in
    QString fromAddress;
    QString fromName;    // "District Industries Centre, Gorakhpur"

    bool operator==(const SmtpSettings &o) const
    {
        return host == o.host && port == o.port && security == o.security && user == o.user
               && fromAddress == o.fromAddress && fromName == o.fromName;
    }
    bool operator!=(const SmtpSettings &o) const { return !(*this == o); }

    static QList<Security> securities() { return {Security::StartTls, Security::Ssl, Security::None}; }
    static QString securityKey(Security security); // "starttls", "ssl", "try", "none"
    static Security securityFromKey(const QString &key);
    static QString securityName(Security security); // translated
    static int defaultPort(Security security);

    // "smtp://host:587" or "smtps://host:465", as libcurl takes it.
    QString url() const;
    // What the keyring holds the password under: "smtp://user@host:port".
    QString passwordKey() const;
    bool needsPassword() const { return !user.isEmpty(); }
    // Why mail cannot be sent with these settings (no server, no sender), translated; empty when it can.
    QString validate() const;

    // Takes the server from a URL: smtp://HOST:PORT (STARTTLS when offered) or smtps://HOST:PORT,
    // with USER@ before the host to log in. False with a translated reason.
    bool applyUrl(const QString &url, QString *error);

    static SmtpSettings load(const QString &connection = Database::defaultConnectionName());
    bool save(const QString &connection = Database::defaultConnectionName(), QString *error = nullptr) const;
};
