#pragma once

#include "database.h"

#include <QTemporaryDir>
#include <QTest>

// A fresh Sammelan database in its own temporary folder, opened as the default connection.
struct TestDb {
    QTemporaryDir dir;
    QString path;
    explicit TestDb(const QString &name = QStringLiteral("test.db"))
    {
        path = dir.filePath(name);
        const auto result = Database::open(path, Database::Mode::CreateIfMissing);
        if (!result.ok())
            qFatal("cannot create test database: %s", qPrintable(result.message));
    }
    ~TestDb() { Database::close(); }
};
