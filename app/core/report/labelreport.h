#pragma once

#include "invitees/inviteelist.h"
#include "report/reportdocument.h"

#include <QCoreApplication>
#include <optional>

// A4 sheets of self-adhesive address labels.
enum class LabelLayout {
    TwoBySeven,  // 14 labels of 99.1 × 38.1 mm (Avery L7163 and its equivalents)
    ThreeByEight, // 24 labels of 63.5 × 33.9 mm (Avery L7159)
};

// Address labels for posting the letters: name, designation, enterprise, address and PIN code,
// one label per invitee, placed where the sheet's labels are. Long addresses are set smaller
// until they fit their label.
class LabelReport final
{
    Q_DECLARE_TR_FUNCTIONS(LabelReport)
public:
    struct Sheet {
        int columns = 2;
        int rows = 7;
        QSizeF label;   // points
        QPointF origin; // the first label's top left corner
        QSizeF pitch;   // from one label to the next, across and down
    };

    static QList<LabelLayout> layouts();
    static QString layoutKey(LabelLayout layout); // "2x7", "3x8"
    static std::optional<LabelLayout> layoutFromKey(const QString &key);
    static QString layoutName(LabelLayout layout); // translated
    static Sheet sheet(LabelLayout layout);

    // The lines of an invitee's address, as the label prints them.
    static QStringList addressLines(const InviteeRow &row);

    // `skip` labels are left empty at the start (a sheet already partly used).
    static ReportDocument build(const QList<InviteeRow> &rows, LabelLayout layout, int skip = 0);
};
