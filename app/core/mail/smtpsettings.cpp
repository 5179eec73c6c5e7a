#include "smtpsettings.h"

#include "storage/settingsrepository.h"
#include "storage/transaction.h"
#include "text/validators.h"

#include <QUrl>

namespace {
const QString HostKey = QStringLiteral("smtp_host");
const QString PortKey = QStringLiteral("smtp_port");
const QString SecurityKey = QStringLiteral("smtp_security");
const QString UserKey = QStringLiteral("smtp_user");
const QString FromKey = QStringLiteral("smtp_from");
const QString FromNameKey = QStringLiteral("smtp_from_name");
} // namespace

QString SmtpSettings::securityKey(Security security)
{
    switch (security) {
    case Security::StartTls: return QStringLiteral("starttls");
    case Security::Ssl: return QStringLiteral("ssl");
    case Security::StartTlsIfOffered: return QStringLiteral("try");
    case Security::None: return QStringLiteral("none");
    }
    return {};
}

SmtpSettings::Security SmtpSettings::securityFromKey(const QString &key)
{
    for (Security s : {Security::StartTls, Security::Ssl, Security::StartTlsIfOffered, Security::None})
        if (securityKey(s) == key)
            return s;
    return Security::StartTls;
}

QString SmtpSettings::securityName(Security security)
{
    switch (security) {
    case Security::StartTls: return tr("STARTTLS (port 587)");
    case Security::Ssl: return tr("SSL/TLS (port 465)");
    case Security::StartTlsIfOffered: return tr("STARTTLS when the server offers it");
    case Security::None: return tr("None (a mail relay in the office)");
    }
    return {};
}

int SmtpSettings::defaultPort(Security security)
{
    switch (security) {
    case Security::Ssl: return 465;
    case Security::None: return 25;
    default: return 587;
    }
}

QString SmtpSettings::url() const
{
    const QString scheme = security == Security::Ssl ? QStringLiteral("smtps") : QStringLiteral("smtp");
    // An IPv6 address needs its brackets in a URL.
    const QString h = host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host;
    return QStringLiteral("%1://%2:%3").arg(scheme, h).arg(port);
}

QString SmtpSettings::passwordKey() const
{
    return QStringLiteral("smtp://%1@%2:%3").arg(user, host).arg(port);
}

QString SmtpSettings::validate() const
{
    if (host.trimmed().isEmpty())
        return tr("No mail server is set: enter it in Settings › E-mail.");
    if (port < 1 || port > 65535)
        return tr("The mail server's port must be between 1 and 65535.");
    if (fromAddress.trimmed().isEmpty())
        return tr("No sender address is set: enter the office's e-mail address in Settings › E-mail.");
    const FieldCheck from = Validators::email(fromAddress);
    if (!from.ok)
        return tr("Sender address: %1").arg(from.reason);
    for (const QString &value : {host, user, fromName}) {
        const FieldCheck check = Validators::line(value);
        if (!check.ok)
            return check.reason;
    }
    return {};
}

bool SmtpSettings::applyUrl(const QString &text, QString *error)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("smtp") && scheme != QLatin1String("smtps"))) {
        if (error)
            *error = tr("“%1” is not a mail server: write it as smtp://HOST:PORT or smtps://HOST:PORT.").arg(text);
        return false;
    }
    security = scheme == QLatin1String("smtps") ? Security::Ssl : Security::StartTlsIfOffered;
    host = url.host();
    port = url.port(defaultPort(security));
    if (!url.userName().isEmpty())
        user = url.userName();
    return true;
}

SmtpSettings SmtpSettings::load(const QString &connection)
{
    const SettingsRepository s(connection);
    SmtpSettings settings;
    settings.host = s.value(HostKey);
    settings.security = securityFromKey(s.value(SecurityKey, securityKey(Security::StartTls)));
    settings.port = s.value(PortKey, QString::number(defaultPort(settings.security))).toInt();
    settings.user = s.value(UserKey);
    settings.fromAddress = s.value(FromKey);
    settings.fromName = s.value(FromNameKey);
    return settings;
}

bool SmtpSettings::save(const QString &connection, QString *error) const
{
    for (const QString &value : {host, user, fromAddress, fromName}) {
        const FieldCheck check = Validators::line(value);
        if (!check.ok) {
            if (error)
                *error = check.reason;
            return false;
        }
    }
    if (!fromAddress.trimmed().isEmpty()) {
        const FieldCheck from = Validators::email(fromAddress);
        if (!from.ok) {
            if (error)
                *error = tr("Sender address: %1").arg(from.reason);
            return false;
        }
    }
    const SettingsRepository s(connection);
    const QList<QPair<QString, QString>> values{{HostKey, host.trimmed()},
                                                {PortKey, QString::number(port)},
                                                {SecurityKey, securityKey(security)},
                                                {UserKey, user.trimmed()},
                                                {FromKey, fromAddress.trimmed()},
                                                {FromNameKey, fromName.simplified()}};
    return Transaction::run(QSqlDatabase::database(connection), error, tr("The e-mail settings could not be saved: %1"),
                            [&] {
                                for (const auto &[key, value] : values)
                                    if (!s.setValue(key, value, error))
                                        return false;
                                return true;
                            });
}
