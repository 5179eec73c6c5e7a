#pragma once

#include <QString>

// An office server as the window's "Connect to office server" form names it (host, port,
// database, user, whether the connection must be encrypted), and as the window shows it:
// "clerk@server/sammelan". The URL it makes is libpq's (see PostgresBackend) and never holds a
// password: libpq finds that in ~/.pgpass, or the window asks for it.
struct ServerAddress {
    static constexpr int DefaultPort = 5432;

    QString host;
    int port = DefaultPort;
    QString database;
    QString user;
    // libpq's sslmode: "prefer" (encrypt when the server offers it, its default) or "require".
    QString sslMode = QStringLiteral("prefer");

    // postgresql://USER@HOST[:PORT]/DATABASE?sslmode=…, every part percent-encoded.
    QString url() const;
    // The parts of such a URL (a password in it is left out).
    static ServerAddress fromUrl(const QString &url);
    // How a person sees the server: "clerk@server/sammelan", with ":port" after the host when it
    // is not PostgreSQL's usual 5432.
    static QString shortName(const QString &url);
};
