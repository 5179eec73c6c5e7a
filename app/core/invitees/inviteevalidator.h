#pragma once

#include "invitees/invitee.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

// The fields of an invitee as a person typed them (in the form) or a spreadsheet held them.
struct InviteeInput {
    QString name;
    QString designation;
    QString enterprise;
    QString sector;
    QString mobile;
    QString altPhone;
    QString email;
    QString address;
    QString pin;
    QString gstin;
    QString udyam;
    QString iec;
    QString exportShare;
    QString notes;
    ExporterStatus exporterStatus = ExporterStatus::NotExporting;
};

enum class InviteeField {
    Name, Mobile, AltPhone, Email, Pin, Gstin, Udyam, Iec, ExportShare,
    Designation, Enterprise, Sector, Address, Notes // free text: one line, or (address, notes) a few
};

// Checks every field of an InviteeInput with the shared rules (Validators) and gives the
// invitee as it would be stored, or the reason per invalid field. The form and the import use
// it, so a row is accepted or refused the same way in both.
struct InviteeValidation {
    Invitee invitee;                        // normalised; sectorId left 0 (sector is a name)
    QString sectorName;                     // as typed, simplified
    QMap<InviteeField, QString> problems;   // translated reasons

    bool ok() const { return problems.isEmpty(); }
    // "mobile: A mobile number has 10 digits; this one has 9." for every problem, joined by "; ".
    QString summary() const;
};

class InviteeValidator final
{
    Q_DECLARE_TR_FUNCTIONS(InviteeValidator)
public:
    static InviteeValidation validate(const InviteeInput &input);
    // The field's name as shown to people ("mobile", "GSTIN"), translated.
    static QString fieldName(InviteeField field);
};
