#pragma once

#include "stalls/stall.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>

// The rules of a stall layout, in metres: stalls stay inside the hall and never overlap
// (touching edges is fine); positions and sizes snap to a grid.
class StallGeometry final
{
    Q_DECLARE_TR_FUNCTIONS(StallGeometry)
public:
    static constexpr double Grid = 0.5;
    static constexpr double MinimumSide = 1.0;
    static constexpr int MaxCodeLength = 20;

    static double snap(double value, double step = Grid);
    static QRectF snapped(const QRectF &rect, double step = Grid);
    static bool overlaps(const QRectF &a, const QRectF &b);
    static bool inside(const QRectF &rect, const Hall &hall);

    // Why `candidates` cannot stand in the hall with `others` (the stalls not being changed),
    // or why their code or notes cannot be stored (one line, not too long), translated; empty
    // when they can.
    static QString problem(const QList<Stall> &candidates, const QList<Stall> &others, const Hall &hall);

    // `count` stalls of `width` × `depth` in rows, stalls side by side within a row, rows
    // separated by aisles of `aisle` metres (also kept along the walls). Codes follow the rows:
    // … B-01, …. Returns fewer stalls than asked when the hall is full; *fit tells
    // how many fit in all.
    static QList<Stall> generate(const Hall &hall, int count, double width, double depth,
                                 double aisle, int *fit = nullptr);

    // The next free code in the style of the existing ones ("A-07" after "A-06"; "A-01" first).
    static QString nextCode(const QList<Stall> &existing);
    // A free spot of `width` × `depth` in the hall, scanning rows from the top left (for a new
    // or duplicated stall); std::nullopt when there is none.
    static std::optional<QPointF> freeSpot(const Hall &hall, const QList<Stall> &existing,
                                           double width, double depth, QPointF near = {});

    // `stalls` moved so that their left (right, top, bottom) edges line up with the outermost
    // one's. Qt::AlignLeft, AlignRight, AlignTop or AlignBottom.
    static QList<Stall> aligned(const QList<Stall> &stalls, Qt::Alignment edge);
    // `stalls` spaced with equal gaps along `orientation`; the first and the last stay put.
    static QList<Stall> distributed(QList<Stall> stalls, Qt::Orientation orientation);

    // Lengths as every stall text writes them, in the current language and digits: the unit
    // word alone ("m", "मी"), a length ("3.5 m") and a size ("3.0 m × 3.0 m"). One word
    // everywhere, so the spin boxes, the panel, the messages and the printed list agree.
    static QString unit();
    static QString metres(double value, int decimals = 1);
    static QString size(double width, double depth, int decimals = 1);
};
