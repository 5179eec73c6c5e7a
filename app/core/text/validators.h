#pragma once

#include <QCoreApplication>
#include <QString>

struct Event;

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
    // Free text has limits: enough for any real name, address or note, small enough that a
    // pasted document or a hostile file is refused instead of stored and printed.
    static constexpr int MaxLineLength = 200;     // names, designation, enterprise, sector, venue
    static constexpr int MaxAddressLength = 1000;
    static constexpr int MaxNotesLength = 10000;

    // A one-line text: spaces at the ends dropped, runs of spaces made one. Refused when it holds
    // a tab, a line break or another control character (they would forge lines in lists and in
    // the command line's output), or when it is longer than `maxLength`. May be empty.
    static FieldCheck line(const QString &input, int maxLength = MaxLineLength);
    // A text that may run over several lines (address, notes): trimmed; line breaks and tabs
    // are kept, other control characters refused; at most `maxLength` characters.
    static FieldCheck text(const QString &input, int maxLength = MaxNotesLength);
    // Why the texts of an event (its names, venue, organiser, notes) cannot be stored, naming
    // the field; empty when they can.
    static QString eventTexts(const Event &event);

    // Required, one line.
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
};
