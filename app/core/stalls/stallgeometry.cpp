#include "stallgeometry.h"

#include "text/languagemanager.h"
#include "text/validators.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {
constexpr double Epsilon = 1e-6;
}

double StallGeometry::snap(double value, double step)
{
    return std::round(value / step) * step;
}

QRectF StallGeometry::snapped(const QRectF &rect, double step)
{
    return QRectF(snap(rect.x(), step), snap(rect.y(), step), qMax(MinimumSide, snap(rect.width(), step)),
                  qMax(MinimumSide, snap(rect.height(), step)));
}

bool StallGeometry::overlaps(const QRectF &a, const QRectF &b)
{
    // Stalls may share a wall; they may not share floor.
    return a.left() < b.right() - Epsilon && b.left() < a.right() - Epsilon
           && a.top() < b.bottom() - Epsilon && b.top() < a.bottom() - Epsilon;
}

bool StallGeometry::inside(const QRectF &rect, const Hall &hall)
{
    return rect.left() >= -Epsilon && rect.top() >= -Epsilon && rect.right() <= hall.width + Epsilon
           && rect.bottom() <= hall.depth + Epsilon;
}

QString StallGeometry::problem(const QList<Stall> &candidates, const QList<Stall> &others, const Hall &hall)
{
    for (int i = 0; i < candidates.size(); ++i) {
        const Stall &c = candidates.at(i);
        if (const FieldCheck code = Validators::line(c.code, MaxCodeLength); !code.ok)
            return tr("Stall code: %1").arg(code.reason);
        if (const FieldCheck notes = Validators::line(c.notes); !notes.ok)
            return tr("Stall %1, notes: %2").arg(c.code, notes.reason);
        if (c.width < MinimumSide - Epsilon || c.depth < MinimumSide - Epsilon)
            return tr("A stall is at least %1 wide and deep.").arg(metres(MinimumSide));
        if (!inside(c.rect(), hall))
            return tr("Stall %1 would stand outside the hall (%2).").arg(c.code, size(hall.width, hall.depth));
        for (const Stall &o : others)
            if (o.id != c.id && overlaps(c.rect(), o.rect()))
                return tr("Stall %1 would overlap stall %2.").arg(c.code, o.code);
        for (int j = i + 1; j < candidates.size(); ++j)
            if (overlaps(c.rect(), candidates.at(j).rect()))
                return tr("Stall %1 would overlap stall %2.").arg(c.code, candidates.at(j).code);
    }
    return {};
}

QList<Stall> StallGeometry::generate(const Hall &hall, int count, double width, double depth,
                                     double aisle, int *fit)
{
    QList<Stall> result;
    const int perRow = int(std::floor((hall.width - 2 * aisle + Epsilon) / width));
    const int rows = int(std::floor((hall.depth - aisle + Epsilon) / (depth + aisle)));
    const int capacity = qMax(0, perRow) * qMax(0, rows);
    if (fit)
        *fit = capacity;
    for (int n = 0; n < qMin(count, capacity); ++n) {
        const int row = n / perRow;
        const int column = n % perRow;
        Stall s;
        s.eventId = hall.eventId;
        s.width = width;
        s.depth = depth;
        s.x = aisle + column * width;
        s.y = aisle + row * (depth + aisle);
        // Rows beyond Z get two letters (AA, AB, …): a hall of a thousand stalls has ~40 rows.
        QString letters;
        int r = row;
        do {
            letters.prepend(QChar(u'A' + r % 26));
            r = r / 26 - 1;
        } while (r >= 0);
        s.code = QStringLiteral("%1-%2").arg(letters).arg(column + 1, 2, 10, QLatin1Char('0'));
        result << s;
    }
    return result;
}

QString StallGeometry::nextCode(const QList<Stall> &existing)
{
    QSet<QString> used;
    for (const Stall &s : existing)
        used.insert(s.code.toUpper());
    // Continue the last row in the existing style ("A-06" → "A-07").
    static const QRegularExpression style(QStringLiteral("^([A-Z]+)-(\\d+)$"));
    QString prefix = QStringLiteral("A");
    int number = 0;
    for (const Stall &s : existing) {
        const auto m = style.match(s.code.toUpper());
        if (m.hasMatch() && (m.captured(1) > prefix || (m.captured(1) == prefix && m.captured(2).toInt() > number))) {
            prefix = m.captured(1);
            number = m.captured(2).toInt();
        }
    }
    for (int n = number + 1;; ++n) {
        const QString code = QStringLiteral("%1-%2").arg(prefix).arg(n, 2, 10, QLatin1Char('0'));
        if (!used.contains(code))
            return code;
    }
}

std::optional<QPointF> StallGeometry::freeSpot(const Hall &hall, const QList<Stall> &existing,
                                                double width, double depth, QPointF near)
{
    // Candidates on the grid, nearest to `near` first.
    std::optional<QPointF> best;
    double bestDistance = 0;
    for (double y = 0; y + depth <= hall.depth + Epsilon; y += Grid) {
        for (double x = 0; x + width <= hall.width + Epsilon; x += Grid) {
            const QRectF rect(x, y, width, depth);
            bool free = true;
            for (const Stall &s : existing)
                if (overlaps(rect, s.rect())) {
                    free = false;
                    break;
                }
            if (!free)
                continue;
            const double distance = std::hypot(x - near.x(), y - near.y());
            if (!best || distance < bestDistance) {
                best = QPointF(x, y);
                bestDistance = distance;
            }
        }
    }
    return best;
}

QList<Stall> StallGeometry::aligned(const QList<Stall> &stalls, Qt::Alignment edge)
{
    double target = edge & (Qt::AlignLeft | Qt::AlignTop) ? 1e9 : -1e9;
    for (const Stall &s : stalls) {
        if (edge == Qt::AlignLeft)
            target = qMin(target, s.x);
        else if (edge == Qt::AlignRight)
            target = qMax(target, s.x + s.width);
        else if (edge == Qt::AlignTop)
            target = qMin(target, s.y);
        else
            target = qMax(target, s.y + s.depth);
    }
    QList<Stall> after = stalls;
    for (Stall &s : after) {
        if (edge == Qt::AlignLeft)
            s.x = target;
        else if (edge == Qt::AlignRight)
            s.x = target - s.width;
        else if (edge == Qt::AlignTop)
            s.y = target;
        else
            s.y = target - s.depth;
    }
    return after;
}

QList<Stall> StallGeometry::distributed(QList<Stall> stalls, Qt::Orientation orientation)
{
    if (stalls.size() < 3)
        return stalls;
    const bool horizontal = orientation == Qt::Horizontal;
    std::sort(stalls.begin(), stalls.end(), [horizontal](const Stall &a, const Stall &b) {
        return horizontal ? a.x < b.x : a.y < b.y;
    });
    // Equal gaps between the first and the last, which stay where they are.
    double total = 0;
    for (const Stall &s : stalls)
        total += horizontal ? s.width : s.depth;
    const Stall &first = stalls.constFirst();
    const Stall &last = stalls.constLast();
    const double span = horizontal ? last.x + last.width - first.x : last.y + last.depth - first.y;
    const double gap = (span - total) / (stalls.size() - 1);
    double at = horizontal ? first.x : first.y;
    for (Stall &s : stalls) {
        if (horizontal)
            s.x = snap(at, 0.1);
        else
            s.y = snap(at, 0.1);
        at += (horizontal ? s.width : s.depth) + gap;
    }
    return stalls;
}

QString StallGeometry::unit()
{
    return tr("m", "metres, the unit after every length of a hall or stall");
}

QString StallGeometry::metres(double value, int decimals)
{
    //: A length: the number, then the unit (the same word as "m" alone).
    return tr("%1 m").arg(LanguageManager::number(value, decimals));
}

QString StallGeometry::size(double width, double depth, int decimals)
{
    //: Width × depth, each already with its unit ("3.0 m × 2.5 m").
    return tr("%1 × %2").arg(metres(width, decimals), metres(depth, decimals));
}
