#pragma once

#include <QCoreApplication>
#include <QString>

// The rules for invitee fields, shared by the form, the import and the CLI so that a value is
// judged the same way everywhere. Each check returns the value as it is stored (normalised) or
// the reason, translated, why it cannot be.
struct FieldCheck {
    bool ok = true;
    QString value;  // normalised value when ok (may be empty for optional fields)
    QString reason; // translated reason when not ok
};

class Validators final
{
    Q_DECLARE_TR_FUNCTIONS(Validators)
public:
    static FieldCheck name(const QString &input);
    // Required. Spaces, hyphens, dots, brackets and a leading +91, 91 or 0 are dropped; then
    // exactly ten digits starting with 6-9. Devanagari digits count as digits.
    static FieldCheck mobile(const QString &input);
    // Optional: a mobile as above, or a landline of 10-12 digits with its STD code.
    static FieldCheck altPhone(const QString &input);
    static FieldCheck email(const QString &input);
    static FieldCheck pin(const QString &input);
    // State code, PAN, entity number, Z (or a letter), check character (mod-36, weights 1,2,…).
    static FieldCheck gstin(const QString &input);
    // UDYAM-XX-00-0000000, any case; stored upper-case.
    static FieldCheck udyam(const QString &input);
    // Importer-Exporter Code: ten characters, PAN form or ten digits; stored upper-case.
    static FieldCheck iec(const QString &input);
    // Percentage of production exported, 0-100, optional.
    static FieldCheck exportShare(const QString &input);

    // The GSTIN check character for the first 14 characters (upper-case), or a null QChar.
    static QChar gstinCheckCharacter(const QString &first14);
    // Digits of any script as Latin digits (०१२ → 012); other characters unchanged.
    static QString latinDigits(const QString &input);
};
