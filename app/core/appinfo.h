#pragma once

#include <QString>

// Names shared by the desktop program and sammelan-cli, so both find the same settings and the
// same default database.
namespace AppInfo {
// Sets application and organisation names; call right after constructing the application.
void initialise();
QString version();
} // namespace AppInfo
