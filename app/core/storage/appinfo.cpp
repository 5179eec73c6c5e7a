#include "storage/appinfo.h"

#include <QSettings>
#include <QSysInfo>

#include <QCoreApplication>

#ifndef SAMMELAN_VERSION
#define SAMMELAN_VERSION "0.0.0"
#endif

namespace AppInfo {

void initialise()
{
    QCoreApplication::setOrganizationName(QStringLiteral("sammelan"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("sammelan.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("sammelan"));
    QCoreApplication::setApplicationVersion(version());
}

QString version()
{
    return QStringLiteral(SAMMELAN_VERSION);
}

} // namespace AppInfo

QString AppInfo::deskName()
{
    const QString name = QSettings().value(DeskNameKey).toString().simplified();
    return name.isEmpty() ? QSysInfo::machineHostName() : name;
}
