#pragma once

#include <QString>

// Names shared by the desktop program and sammelan-cli, so both find the same settings and the
// same default database.
namespace AppInfo {
// Sets application and organisation names; call right after constructing the application.
void initialise();
QString version();
// This computer's name at an event with several desks (Settings; the computer's host name
// until one is given), recorded with each check-in.
QString deskName();
inline const QString DeskNameKey = QStringLiteral("desk/name");
} // namespace AppInfo
