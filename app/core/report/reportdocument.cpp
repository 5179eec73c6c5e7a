#include "reportdocument.h"

QPageSize ReportDocument::qtPageSize() const
{
    const QSizeF portrait = orientation == QPageLayout::Landscape ? pageSize.transposed() : pageSize;
    return QPageSize(portrait, QPageSize::Point, QString(), QPageSize::FuzzyMatch);
}

qreal ReportPainter::text(const QRectF &box, const QString &text, const ReportTextStyle &style,
                          const QColor &color)
{
    const ReportTextBlockPtr laidOut = m_engine.layout(text, style, box.width());
    qreal x = box.left();
    if (style.alignment & Qt::AlignRight)
        x = box.right() - laidOut->size.width();
    else if (style.alignment & Qt::AlignHCenter)
        x = box.left() + (box.width() - laidOut->size.width()) / 2;
    qreal y = box.top();
    if (box.height() > 0) {
        if (style.alignment & Qt::AlignBottom)
            y = box.bottom() - laidOut->size.height();
        else if (style.alignment & Qt::AlignVCenter)
            y = box.top() + (box.height() - laidOut->size.height()) / 2;
    }
    block(QPointF(x, y), laidOut, color);
    return laidOut->size.height();
}

void ReportPainter::block(const QPointF &topLeft, const ReportTextBlockPtr &block, const QColor &color,
                          const QRectF &clip)
{
    if (!block || block->runs.isEmpty())
        return;
    ReportItem item;
    item.type = ReportItem::Type::Text;
    item.rect = QRectF(topLeft, block->size);
    item.color = color;
    item.clip = clip;
    item.text = block;
    m_page->items.append(std::move(item));
}

QSizeF ReportPainter::measure(const QString &text, const ReportTextStyle &style, qreal width) const
{
    return m_engine.layout(text, style, width)->size;
}

void ReportPainter::line(const QLineF &line, qreal width, const QColor &color)
{
    ReportItem item;
    item.type = ReportItem::Type::Line;
    item.line = line;
    item.lineWidth = width;
    item.color = color;
    m_page->items.append(std::move(item));
}

void ReportPainter::rect(const QRectF &rect, const QColor &fill, const QColor &outline, qreal width)
{
    ReportItem item;
    item.type = ReportItem::Type::Rect;
    item.rect = rect;
    item.fill = fill;
    item.color = outline;
    item.lineWidth = width;
    m_page->items.append(std::move(item));
}

void ReportPainter::image(const QRectF &rect, const QImage &image)
{
    ReportItem item;
    item.type = ReportItem::Type::Image;
    item.rect = rect;
    item.image = image;
    m_page->items.append(std::move(item));
}
