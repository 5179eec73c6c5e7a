#pragma once

#include <QString>
#include <optional>

// The text in an invitee's badge QR code, which a USB barcode scanner types (followed by Enter)
// into the check-in box: "SMN1-<event>-<invitee>-<check>", plain ASCII so every scanner and
// keyboard layout types it the same. The four-character check (CRC-16) catches misreads and
// codes of other systems.
struct CheckinCode {
    qint64 eventId = 0;
    qint64 inviteeId = 0;

    QString encode() const;
    // Accepts the code with surrounding spaces or line ends and in any case; nothing else.
    static std::optional<CheckinCode> decode(const QString &text);
    // Whether `text` looks like a code at all (starts like one), so a wrong one can be told
    // apart from a typed name.
    static bool looksLikeCode(const QString &text);
};
