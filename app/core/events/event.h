#pragma once

#include <QDate>
#include <QString>

// An event (कार्यक्रम): a conclave, exhibition or meeting, named in Hindi and English.
struct Event {
    qint64 id = 0;
    QString nameEn;
    QString nameHi;
    QDate startDate;
    QDate endDate;
    QString venue;
    QString organiser;
    QString notes;
    bool isDemo = false;
    // The row's version as read (see storage/rowversion.h); 0: not read, written over any.
    // Not part of ==, which compares what people see.
    qint64 version = 0;

    // The name in the given language ("hi" or "en"), falling back to the other one.
    QString name(const QString &language) const
    {
        if (language == QLatin1String("hi"))
            return nameHi.isEmpty() ? nameEn : nameHi;
        return nameEn.isEmpty() ? nameHi : nameEn;
    }
    bool operator==(const Event &o) const
    {
        return id == o.id && nameEn == o.nameEn && nameHi == o.nameHi && startDate == o.startDate
               && endDate == o.endDate && venue == o.venue && organiser == o.organiser
               && notes == o.notes && isDemo == o.isDemo;
    }
    bool operator!=(const Event &o) const { return !(*this == o); }
};
