#include "serveraddress.h"

#include <QUrl>
#include <QUrlQuery>

QString ServerAddress::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("postgresql"));
    u.setUserName(user);
    u.setHost(host);
    if (port > 0 && port != DefaultPort)
        u.setPort(port);
    u.setPath(QLatin1Char('/') + database);
    if (!sslMode.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
        u.setQuery(query);
    }
    return u.toString(QUrl::FullyEncoded);
}

ServerAddress ServerAddress::fromUrl(const QString &url)
{
    const QUrl u(url);
    ServerAddress address;
    address.host = u.host(QUrl::FullyDecoded);
    address.port = u.port(DefaultPort);
    address.user = u.userName(QUrl::FullyDecoded);
    address.database = u.path(QUrl::FullyDecoded).mid(1);
    const QUrlQuery query(u);
    address.sslMode = query.hasQueryItem(QStringLiteral("sslmode"))
                          ? query.queryItemValue(QStringLiteral("sslmode"), QUrl::FullyDecoded)
                          : QString();
    return address;
}

QString ServerAddress::shortName(const QString &url)
{
    const ServerAddress a = fromUrl(url);
    QString name = a.host;
    if (a.port != DefaultPort)
        name += QLatin1Char(':') + QString::number(a.port);
    if (!a.user.isEmpty())
        name.prepend(a.user + QLatin1Char('@'));
    return name + QLatin1Char('/') + a.database;
}
