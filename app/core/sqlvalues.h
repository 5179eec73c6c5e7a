#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

// How repositories turn values into bound parameters.
namespace SqlValues {

// A null QString binds as SQL NULL; NOT NULL text columns want '' instead.
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

// Optional text (email, GSTIN, Udyam): NULL when empty, so unique indexes ignore it.
inline QVariant nullIfEmpty(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

// Optional references: NULL for 0.
inline QVariant nullIfZero(qint64 value)
{
    return value == 0 ? QVariant() : QVariant(value);
}

inline QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

inline void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

} // namespace SqlValues
