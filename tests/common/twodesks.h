#pragma once

#include "storage/appinfo.h"
#include "storage/database.h"
#include "testdb.h"

#include <QSettings>
#include <QSqlDatabase>
#include <QTest>

// Two desks on one database inside one test process: the default connection (desk 1) and a
// second connection on the same file or server database (desk 2), each with its own desk name
// and login. Call act() before a desk writes: the desk's name lives in the settings and the
// login in the environment, as on two computers.
struct Desk {
    QString connection;
    QString name;
    QString login;

    void act() const
    {
        QSettings().setValue(AppInfo::DeskNameKey, name);
        qputenv("USER", login.toUtf8());
    }
    // The login the database records: the OS user on SQLite, the server's current_user on
    // PostgreSQL (the test server's role for both desks).
    QString recordedUser() const
    {
        if (!Database::isServer(connection))
            return login;
        return QUrl(TestDb::serverUrl()).userName();
    }
};

inline Desk deskOne()
{
    return Desk{Database::defaultConnectionName(), QStringLiteral("Desk 1"), QStringLiteral("meera")};
}

// Opens the second desk's connection on `db` (close it with Database::close(desk.connection)).
inline Desk deskTwo(const TestDb &db)
{
    const QString connection = QStringLiteral("desk2");
    const auto result = Database::open(db.path, Database::Mode::OpenExisting, connection);
    if (!result.ok())
        qFatal("the second desk cannot open the database: %s", qPrintable(result.message));
    return Desk{connection, QStringLiteral("Desk 2"), QStringLiteral("anil")};
}
