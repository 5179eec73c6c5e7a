#include "stalllegend.h"

#include <QPainter>

namespace {
constexpr int Gap = 14;     // between entries
constexpr int Spacing = 5;  // between box and name
} // namespace

StallLegend::StallLegend(QWidget *parent) : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void StallLegend::setEntries(const QList<StallPlan::LegendEntry> &entries)
{
    m_entries = entries;
    QStringList names;
    for (const StallPlan::LegendEntry &e : entries)
        names << e.text;
    setAccessibleDescription(names.join(QStringLiteral(", ")));
    updateGeometry();
    update();
}

int StallLegend::layoutEntries(int width, QList<QRect> *boxes) const
{
    const QFontMetrics metrics(font());
    const int line = metrics.height() + 2;
    const int box = metrics.ascent() - 1;
    int x = 0;
    int y = 0;
    for (const StallPlan::LegendEntry &e : m_entries) {
        const int w = box + Spacing + metrics.horizontalAdvance(e.text);
        if (x > 0 && x + w > width) {
            x = 0;
            y += line;
        }
        if (boxes)
            *boxes << QRect(x, y, w, line);
        x += w + Gap;
    }
    return m_entries.isEmpty() ? 0 : y + line;
}

int StallLegend::heightForWidth(int width) const
{
    return layoutEntries(width, nullptr);
}

QSize StallLegend::sizeHint() const
{
    // As wide as one row of everything; the layout asks heightForWidth for the real height.
    const QFontMetrics metrics(font());
    int width = 0;
    for (const StallPlan::LegendEntry &e : m_entries)
        width += metrics.ascent() + Spacing + metrics.horizontalAdvance(e.text) + Gap;
    return QSize(qMin(width, 600), heightForWidth(qMin(width, 600)));
}

QSize StallLegend::minimumSizeHint() const
{
    return QSize(120, heightForWidth(120));
}

void StallLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetrics metrics(font());
    const int box = metrics.ascent() - 1;
    QList<QRect> boxes;
    layoutEntries(width(), &boxes);
    for (int i = 0; i < boxes.size(); ++i) {
        const QRect r = boxes.at(i);
        const StallPlan::LegendEntry &e = m_entries.at(i);
        StallPlan::paintSwatch(painter, QRectF(r.left() + 0.5, r.top() + (r.height() - box) / 2 + 0.5, box, box), e.color,
                               e.hatched);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(r.left() + box + Spacing, r.top(), r.width() - box - Spacing, r.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, e.text);
    }
}
