#pragma once

#include <QString>

// A sector / product category (क्षेत्र / श्रेणी): textiles, chemicals, medical equipment, …
struct Sector {
    qint64 id = 0;
    QString nameEn;
    QString nameHi;
    QString color; // #rrggbb for plans and charts, may be empty
    qint64 version = 0; // the row's version as read (see storage/rowversion.h)

    QString name(const QString &language) const
    {
        if (language == QLatin1String("hi") && !nameHi.isEmpty())
            return nameHi;
        return nameEn;
    }
};
