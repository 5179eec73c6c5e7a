#pragma once

#include "storage/database.h"

#include <QCoreApplication>

// Settings stored in the database itself (they belong to the office's data, not to one PC):
// the district and office names printed on every page.
class SettingsRepository final
{
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)
public:
    static inline const QString District = QStringLiteral("district");
    static inline const QString DistrictHi = QStringLiteral("district_hi");

    explicit SettingsRepository(const QString &connectionName = Database::defaultConnectionName())
        : m_connection(connectionName) {}

    QString value(const QString &key, const QString &fallback = {}) const;
    bool setValue(const QString &key, const QString &value, QString *error = nullptr) const;
    // The district's name in `language` ("hi": the Hindi name when set), trimmed; may be empty.
    QString district(const QString &language) const;

private:
    QString m_connection;
};
