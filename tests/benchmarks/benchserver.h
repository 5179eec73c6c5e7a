#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUrl>
#include <cstdio>

// The benchmarks' PostgreSQL server: databases made and dropped on it for one run.
namespace BenchServer {

// Runs `sql` on the maintenance database of `server` (postgresql://USER@HOST:PORT/).
inline bool adminExec(const QString &server, const QString &sql)
{
    const QUrl url(server);
    const QString name = QStringLiteral("bench-admin");
    bool ok = false;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        admin.setHostName(url.host());
        admin.setPort(url.port(5432));
        admin.setUserName(url.userName());
        admin.setDatabaseName(QStringLiteral("postgres"));
        ok = admin.open() && QSqlQuery(admin).exec(sql);
        if (!ok)
            std::printf("%s: %s\n", qPrintable(sql), qPrintable(admin.lastError().text()));
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// The server's URL with a trailing slash, ready for a database name.
inline QString base(QString server)
{
    if (!server.endsWith(QLatin1Char('/')))
        server += QLatin1Char('/');
    return server;
}

// A new empty database `name` on the server (an old one of that name is dropped); its URL, or
// empty when the server refused.
inline QString freshDatabase(const QString &server, const QString &name)
{
    adminExec(server, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    if (!adminExec(server, QStringLiteral("CREATE DATABASE %1").arg(name)))
        return {};
    return base(server) + name;
}

inline void dropDatabase(const QString &server, const QString &name)
{
    adminExec(server, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

} // namespace BenchServer
