#pragma once

#include "storage/database.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

// A fresh Sammelan database, opened as the default connection: a file in its own temporary
// folder, or, when ctest runs a test's PostgreSQL variant (SAMMELAN_TEST_PG names the folder of
// the throwaway cluster tests/postgres starts), a new database on that server, dropped again at
// the end. `path` is what Database::open and sammelan-cli --db take: the file or the URL.
struct TestDb {
    QTemporaryDir dir;
    QString path;
    QString serverDatabase; // the database made on the server, empty for a file

    // The server's URL without a database ("postgresql://sammelan@127.0.0.1:55432/"), or empty
    // when this run is the SQLite one.
    static QString serverUrl()
    {
        const QString folder = qEnvironmentVariable("SAMMELAN_TEST_PG");
        if (folder.isEmpty())
            return {};
        QFile file(folder + QStringLiteral("/url"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("SAMMELAN_TEST_PG is set but %s/url cannot be read: the test server did not start", qPrintable(folder));
        return QString::fromUtf8(file.readAll()).trimmed();
    }
    static bool onServer() { return !serverUrl().isEmpty(); }

    // Runs `sql` on the server's maintenance database (CREATE/DROP DATABASE).
    static void adminExec(const QString &sql)
    {
        const QString name = QStringLiteral("testdb-admin");
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            const QUrl url(serverUrl());
            admin.setHostName(url.host());
            admin.setPort(url.port());
            admin.setUserName(url.userName());
            admin.setDatabaseName(QStringLiteral("postgres"));
            if (!admin.open())
                qFatal("cannot reach the test server: %s", qPrintable(admin.lastError().text()));
            QSqlQuery q(admin);
            if (!q.exec(sql))
                qFatal("%s failed: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(name);
    }

    // A new, empty database on the server; its URL.
    static QString createServerDatabase(QString *name)
    {
        static QAtomicInt counter;
        *name = QStringLiteral("t_%1_%2_%3")
                    .arg(QCoreApplication::applicationName().isEmpty() ? QStringLiteral("test")
                                                                       : QCoreApplication::applicationName())
                    .arg(QCoreApplication::applicationPid())
                    .arg(counter.fetchAndAddRelaxed(1))
                    .toLower()
                    .replace(QLatin1Char('-'), QLatin1Char('_'));
        adminExec(QStringLiteral("CREATE DATABASE %1").arg(*name));
        return serverUrl() + *name;
    }

    // Makes the database refuse a write, as a constraint would: `when` is "BEFORE INSERT ON
    // badge_prints", `condition` (optional) a test of NEW's columns. A trigger on either engine
    // (SQLite: a TEMP trigger of this connection; PostgreSQL: a trigger calling a function).
    static bool refuse(const QString &name, const QString &when, const QString &condition = QString(),
                       const QString &connection = Database::defaultConnectionName())
    {
        QSqlQuery q(QSqlDatabase::database(connection));
        if (!Database::isServer(connection))
            return q.exec(QStringLiteral("CREATE TEMP TRIGGER %1 %2%3 BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
                              .arg(name, when, condition.isEmpty() ? QString() : QStringLiteral(" WHEN ") + condition));
        return q.exec(QStringLiteral("CREATE OR REPLACE FUNCTION sammelan_test_refuse() RETURNS trigger AS $$"
                                     " BEGIN RAISE EXCEPTION 'refused by the test'; END $$ LANGUAGE plpgsql"))
               && q.exec(QStringLiteral("CREATE TRIGGER %1 %2 FOR EACH ROW%3 EXECUTE FUNCTION sammelan_test_refuse()")
                             .arg(name, when,
                                  condition.isEmpty() ? QString() : QStringLiteral(" WHEN (%1)").arg(condition)));
    }
    // Takes a refusal away again; `table` is the trigger's.
    static bool allow(const QString &name, const QString &table,
                      const QString &connection = Database::defaultConnectionName())
    {
        QSqlQuery q(QSqlDatabase::database(connection));
        return q.exec(Database::isServer(connection) ? QStringLiteral("DROP TRIGGER %1 ON %2").arg(name, table)
                                                     : QStringLiteral("DROP TRIGGER %1").arg(name));
    }

    explicit TestDb(const QString &name = QStringLiteral("test.db"))
    {
        if (onServer())
            path = createServerDatabase(&serverDatabase);
        else
            path = dir.filePath(name);
        const auto result = Database::open(path, Database::Mode::CreateIfMissing);
        if (!result.ok())
            qFatal("cannot create test database: %s", qPrintable(result.message));
    }
    ~TestDb()
    {
        Database::close();
        if (!serverDatabase.isEmpty())
            adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(serverDatabase));
    }
};
