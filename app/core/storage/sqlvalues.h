#pragma once

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
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

// The id an "INSERT … RETURNING id" gave back, 0 when the row was not written (`error` says
// why). SQLite makes the change on the first step but commits a statement outside a transaction
// only when it runs to its end, after the id row: a commit refused then (the commit guard, a full
// disk) shows only on that last step. So the statement is run to its end before the id counts.
inline qint64 returnedId(QSqlQuery &q, QSqlError *error = nullptr)
{
    if (!q.next()) {
        if (error)
            *error = q.lastError();
        return 0;
    }
    const qint64 id = q.value(0).toLongLong();
    if (q.next() || q.lastError().type() != QSqlError::NoError) {
        if (error)
            *error = q.lastError();
        return 0;
    }
    return id;
}

inline void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

} // namespace SqlValues
