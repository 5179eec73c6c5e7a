#include "stalls/stall.h"

QList<StallStatus> StallStatuses::all()
{
    return {StallStatus::Free, StallStatus::Reserved, StallStatus::Allotted, StallStatus::Blocked};
}

QString StallStatuses::key(StallStatus status)
{
    switch (status) {
    case StallStatus::Free: return QStringLiteral("free");
    case StallStatus::Reserved: return QStringLiteral("reserved");
    case StallStatus::Allotted: return QStringLiteral("allotted");
    case StallStatus::Blocked: return QStringLiteral("blocked");
    }
    return {};
}

StallStatus StallStatuses::fromKey(const QString &key)
{
    for (StallStatus s : all())
        if (StallStatuses::key(s) == key)
            return s;
    return StallStatus::Free;
}

QString StallStatuses::displayName(StallStatus status)
{
    switch (status) {
    case StallStatus::Free: return tr("free");
    case StallStatus::Reserved: return tr("reserved");
    case StallStatus::Allotted: return tr("allotted");
    case StallStatus::Blocked: return tr("blocked");
    }
    return {};
}
