#pragma once

#include "storage/database.h"
#include "sectors/sector.h"
#include "stalls/stall.h"
#include "stalls/stallrepository.h"

#include <QColor>
#include <QFont>
#include <QCoreApplication>
#include <QImage>
#include <QHash>
#include <QList>
#include <QString>

class QPainter;
class QPagedPaintDevice;

// A stall layout as drawn: the hall, its stalls with their holders, coloured by product
// category or by status. One painter for the editor's items, the PNG and the printed plan, so
// all three look alike.
class StallPlan final
{
    Q_DECLARE_TR_FUNCTIONS(StallPlan)
public:
    enum class ColorBy { Category, Status };

    Hall hall;
    QList<Stall> stalls;
    QHash<qint64, StallRepository::Holder> holders; // by stall id
    QHash<qint64, Sector> sectors;                   // by id
    ColorBy colorBy = ColorBy::Category;
    QString language = QStringLiteral("en");

    static StallPlan load(qint64 eventId, const QString &connection = Database::defaultConnectionName());

    // The fill of a stall. In the category view a stall without a category is near white
    // when nobody holds it and lavender when it is allotted (taken, whatever its trade).
    QColor color(const Stall &stall) const;
    // Blocked stalls are hatched over their grey in both views: no category colour (Rubber's
    // grey, say) can then be mistaken for "blocked".
    static bool hatched(const Stall &stall) { return stall.status == StallStatus::Blocked; }
    static QColor hatchColor() { return QColor(0x90, 0x90, 0x90); }
    // What the stall shows: its holder's enterprise (or name), as stored.
    QString holderText(const Stall &stall) const;
    struct LegendEntry {
        QColor color;
        QString text;
        bool hatched = false;
    };
    QList<LegendEntry> legend() const;

    // What a stall shows inside its box at a size in device pixels: the code, and under it the
    // holder in as many lines as fit, as large as lets the whole name fit, else the last line
    // elided ("Yadav Handicrafts Indus…"). Names show as soon as one line of readable text fits
    // (MinimumNamePixels, more for Devanagari).
    struct Label {
        QFont codeFont;
        QFont nameFont;
        QString code;
        QStringList nameLines;
        QRectF codeRect;  // in the box's own coordinates
        QRectF namesRect; // where the name lines go, one under the other
    };
    static constexpr int MinimumNamePixels = 7;
    static constexpr int MinimumDevanagariPixels = 8;
    Label label(const Stall &stall, const QSizeF &box) const;
    // `text` broken at word boundaries into at most `maxLines` lines of `width` pixels; a line
    // that cannot hold its text (a long word, or the rest of the text on the last line) ends
    // with "…", and then `elided` is set.
    static QStringList fitLines(const QString &text, const QFont &font, qreal width, int maxLines,
                                bool *elided = nullptr);
    // A legend box: the colour, hatched when `hatched`.
    static void paintSwatch(QPainter &painter, const QRectF &rect, const QColor &color, bool hatched);

    // One stall into `rect` (in the painter's coordinates). Text is set in device pixels, so
    // the editor at any zoom, the PNG and a preview choose the same way what fits.
    // `label`, when given, is label() of the stall at this size, kept by the caller.
    void paintStall(QPainter &painter, const QRectF &rect, const Stall &stall, bool selected = false,
                    const Label *label = nullptr) const;
    // The whole hall fitted into `target`, with its grid when `grid` > 0 (metres).
    void paint(QPainter &painter, const QRectF &target, double grid = 0) const;

    // The plan as a picture of `pixelsPerMetre`.
    QImage image(double pixelsPerMetre = 40) const;
    // That picture as a PNG file, written to a temporary file and renamed, so a failure leaves
    // no half file. Returns false with `error` (also for paths OutputPath refuses).
    bool writePng(const QString &path, QString *error, double pixelsPerMetre = 40) const;
    // Plan (title, date, legend) on the first page, then the stall list: code, size, status,
    // category, enterprise, mobile. Returns false with `error`.
    bool writePdf(const QString &path, const QString &title, QString *error) const;
};
