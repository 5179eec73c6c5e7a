#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// How an enterprise reaches foreign buyers.
enum class ExporterStatus { NotExporting = 0, Direct = 1, ThroughMerchant = 2 };

// A person invited on behalf of an enterprise (उद्यमी), as stored in `invitees`.
struct Invitee {
    qint64 id = 0;
    QString name;
    QString designation;
    QString enterprise;
    qint64 sectorId = 0; // 0: none
    QString mobile;      // ten digits
    QString altPhone;
    QString email;       // empty: none
    QString address;
    QString pin;
    QString gstin;       // empty: none
    QString udyam;       // empty: none
    QString iec;
    ExporterStatus exporterStatus = ExporterStatus::NotExporting;
    int exportShare = -1; // 0-100, or -1 when not given
    QString notes;
    bool isDemo = false;
    // The row's version as read (see storage/rowversion.h); 0: not read, written over any.
    // Not part of ==, which compares what people see.
    qint64 version = 0;

    bool operator==(const Invitee &o) const
    {
        return id == o.id && name == o.name && designation == o.designation
               && enterprise == o.enterprise && sectorId == o.sectorId && mobile == o.mobile
               && altPhone == o.altPhone && email == o.email && address == o.address
               && pin == o.pin && gstin == o.gstin && udyam == o.udyam && iec == o.iec
               && exporterStatus == o.exporterStatus && exportShare == o.exportShare
               && notes == o.notes && isDemo == o.isDemo;
    }
    bool operator!=(const Invitee &o) const { return !(*this == o); }
};

// Per event: where an invitee stands.
enum class InvitationStatus { NotInvited, Invited, Confirmed, Declined, Attended, Nominated };

// Names of the statuses: the key stored in the database and the words shown to people.
class InvitationStatuses final
{
    Q_DECLARE_TR_FUNCTIONS(InvitationStatuses)
public:
    static QList<InvitationStatus> all();
    static QString key(InvitationStatus status);            // "confirmed"
    static InvitationStatus fromKey(const QString &key, bool *ok = nullptr);
    static QString displayName(InvitationStatus status);    // translated
    // English or Hindi words as staff type them in spreadsheets ("Confirmed", "पुष्टि हुई").
    static InvitationStatus parse(const QString &text, bool *ok);
    // The statuses a person may move to from `from` (issue: only sensible transitions).
    static QList<InvitationStatus> nextStatuses(InvitationStatus from);
    // Who is expected at the event: the check-in desk counts them, and they get a badge
    // (invited, confirmed, nominated, and those already arrived).
    static QList<InvitationStatus> expected();
    // Who a printed list or attendance register holds unless the user chooses otherwise:
    // invited, confirmed and attended (not the declined, not those never invited).
    static QList<InvitationStatus> listedByDefault();
};

class ExporterStatuses final
{
    Q_DECLARE_TR_FUNCTIONS(ExporterStatuses)
public:
    static QString displayName(ExporterStatus status);
};
