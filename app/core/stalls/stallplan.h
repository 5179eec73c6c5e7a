#pragma once

#include "database.h"
#include "sector.h"
#include "stall.h"
#include "stallrepository.h"

#include <QColor>
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

    QColor color(const Stall &stall) const;
    // What the stall shows: its holder's enterprise (or name), as stored.
    QString holderText(const Stall &stall) const;
    struct LegendEntry {
        QColor color;
        QString text;
    };
    QList<LegendEntry> legend() const;

    // One stall into `rect` (device units). `detail`: also the holder, wrapped (off when
    // zoomed far out, where it would be unreadable anyway).
    void paintStall(QPainter &painter, const QRectF &rect, const Stall &stall, bool detail,
                    bool selected = false) const;
    // The whole hall fitted into `target`, with its grid when `grid` > 0 (metres).
    void paint(QPainter &painter, const QRectF &target, double grid = 0) const;
    void paintLegend(QPainter &painter, const QRectF &target) const;

    // The plan as a picture of `pixelsPerMetre`.
    QImage image(double pixelsPerMetre = 40) const;
    // That picture as a PNG file, written to a temporary file and renamed, so a failure leaves
    // no half file. Returns false with `error` (also for paths OutputPath refuses).
    bool writePng(const QString &path, QString *error, double pixelsPerMetre = 40) const;
    // Plan (title, date, legend) on the first page, then the stall list: code, size, category,
    // enterprise, mobile. Returns false with `error`.
    bool writePdf(const QString &path, const QString &title, QString *error) const;
};
