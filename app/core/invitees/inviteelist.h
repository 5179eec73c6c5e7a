#pragma once

#include "invitees/invitee.h"

#include <QDateTime>
#include <QList>
#include <QString>

// What the invitee list shows: the filter of the Invitees page, also used for printing and export.
struct InviteeFilter {
    qint64 eventId = 0;                    // statuses and stalls refer to this event; 0: none
    QString search;                        // name, enterprise, mobile, email, GSTIN (folded)
    QList<InvitationStatus> statuses;      // empty: any
    QList<qint64> sectorIds;               // empty: any; 0 in the list means "no sector"
    QList<ExporterStatus> exporterStatuses; // empty: any

    bool operator==(const InviteeFilter &o) const
    {
        return eventId == o.eventId && search == o.search && statuses == o.statuses
               && sectorIds == o.sectorIds && exporterStatuses == o.exporterStatuses;
    }
    bool operator!=(const InviteeFilter &o) const { return !(*this == o); }
};

// The columns the list can be sorted by.
enum class InviteeSortKey { Name, Designation, Enterprise, Sector, Mobile, Email, Status, Stall, Pin, Updated };

struct InviteeSort {
    InviteeSortKey key = InviteeSortKey::Name;
    Qt::SortOrder order = Qt::AscendingOrder;
};

// One line of the list: the invitee with their sector's names and, for the filter's event,
// their invitation status and stall.
struct InviteeRow {
    qint64 id = 0;
    QString name;
    QString designation;
    QString enterprise;
    qint64 sectorId = 0;
    QString sectorEn;
    QString sectorHi;
    QString mobile;
    QString email;
    QString address;
    QString pin;
    QString gstin;
    QString udyam;
    QString iec;
    ExporterStatus exporterStatus = ExporterStatus::NotExporting;
    InvitationStatus status = InvitationStatus::NotInvited;
    qint64 nominatedEventId = 0;
    QDateTime statusChangedAt;
    QString stallCode;
    bool isDemo = false;
    qint64 version = 0;           // the invitee's row version
    qint64 invitationVersion = 0; // the invitation's, 0 when there is none

    QString sector(const QString &language) const
    {
        return language == QLatin1String("hi") && !sectorHi.isEmpty() ? sectorHi : sectorEn;
    }
};
