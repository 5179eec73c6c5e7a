#pragma once

#include "storage/database.h"

#include <QCoreApplication>

// The demo conclave: the Gorakhpur export conclave (24 September 2021, Industrial Estate,
// Nathmalpur/Gorakhnath) with 200 fictional invitees, a hall of 24 stalls and the district's
// export figures for three years (about ₹300 crore in 2020-21), plus the state conclave in
// Lucknow (21-22 September 2021) to which two entrepreneurs are nominated. Every row is marked
// is_demo and the people and firms are invented.
class DemoData final
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)
public:
    enum class Result { Loaded, AlreadyLoaded, Failed };
    static Result load(const QString &connection = Database::defaultConnectionName(),
                       QString *error = nullptr);
    static bool isLoaded(const QString &connection = Database::defaultConnectionName());

    static constexpr int InviteeCount = 200;
    static constexpr int StallCount = 24;
};
