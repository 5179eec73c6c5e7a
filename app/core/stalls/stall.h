#pragma once

#include <QCoreApplication>
#include <QRectF>
#include <QString>

enum class StallStatus { Free, Reserved, Allotted, Blocked };

// A stall (स्टॉल) in an event's hall; positions and sizes in metres, origin at the hall's
// top-left corner.
struct Stall {
    qint64 id = 0;
    qint64 eventId = 0;
    QString code; // "A-01"
    double x = 0;
    double y = 0;
    double width = 3;
    double depth = 3;
    qint64 sectorId = 0;  // 0: none
    StallStatus status = StallStatus::Free;
    qint64 inviteeId = 0; // 0: not allotted
    QString notes;
    // The row's version as read (see storage/rowversion.h); 0: not read, written over any.
    // Not part of ==, which compares what people see.
    qint64 version = 0;

    QRectF rect() const { return QRectF(x, y, width, depth); }
    bool operator==(const Stall &o) const
    {
        return id == o.id && eventId == o.eventId && code == o.code && x == o.x && y == o.y
               && width == o.width && depth == o.depth && sectorId == o.sectorId
               && status == o.status && inviteeId == o.inviteeId && notes == o.notes;
    }
    bool operator!=(const Stall &o) const { return !(*this == o); }
};

// The hall of an event; width along x, depth along y, in metres.
struct Hall {
    qint64 id = 0;
    qint64 eventId = 0;
    QString name;
    double width = 40;
    double depth = 25;
    qint64 version = 0; // as Stall::version; 0 also when the event has no hall yet
};

class StallStatuses final
{
    Q_DECLARE_TR_FUNCTIONS(StallStatuses)
public:
    static QList<StallStatus> all();
    static QString key(StallStatus status);
    static StallStatus fromKey(const QString &key);
    static QString displayName(StallStatus status);
};
