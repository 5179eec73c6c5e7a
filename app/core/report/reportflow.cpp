#include "reportflow.h"

#include <algorithm>

namespace {
constexpr qreal Epsilon = 0.01;
constexpr qreal BandSpacing = 10;
const QColor RuleColor(0x80, 0x80, 0x80);
const QColor HeaderFill(0xdd, 0xdd, 0xdd);
const QColor TotalFill(0xee, 0xee, 0xee);
} // namespace

ReportFlow::ReportFlow(QPageSize::PageSizeId page, QPageLayout::Orientation orientation, const QMarginsF &margins)
    : m_orientation(orientation)
{
    // From millimetres, as TableReport does: Qt's point sizes are rounded.
    m_pageSize = QPageSize(page).size(QPageSize::Millimeter) * (72.0 / 25.4);
    if (orientation == QPageLayout::Landscape)
        m_pageSize.transpose();
    m_content = QRectF(QPointF(0, 0), m_pageSize).marginsRemoved(margins);
}

void ReportFlow::setMetadata(const QString &title, const QString &author, const QString &subject)
{
    m_title = title;
    m_author = author;
    m_subject = subject;
}

qreal ReportFlow::bandHeight(const BandPainter &painter, bool header) const
{
    if (!painter)
        return 0;
    ReportPage scratch;
    ReportPainter p(&scratch, ReportTextEngine::forCurrentThread());
    TableReport::PageInfo info;
    info.page = 1;
    info.pageCount = 0;
    info.pageRect = QRectF(QPointF(0, 0), m_pageSize);
    info.band = header ? QRectF(m_content.topLeft(), QSizeF(m_content.width(), 0))
                       : QRectF(m_content.bottomLeft(), QSizeF(m_content.width(), 0));
    return painter(p, info);
}

void ReportFlow::start()
{
    if (m_started)
        return;
    m_started = true;
    m_headerHeight = bandHeight(m_header, true);
    m_footerHeight = bandHeight(m_footer, false);
    m_body = m_content;
    if (m_headerHeight > 0)
        m_body.setTop(m_content.top() + m_headerHeight + BandSpacing);
    if (m_footerHeight > 0)
        m_body.setBottom(m_content.bottom() - m_footerHeight - BandSpacing);
    newPage();
}

void ReportFlow::newPage()
{
    if (!m_started) {
        start();
        return;
    }
    m_pages.append(ReportPage());
    m_pages.last().body = m_body;
    m_y = m_body.top();
}

void ReportFlow::ensure(qreal height)
{
    start();
    if (m_y + height > m_body.bottom() + Epsilon && m_y > m_body.top() + Epsilon)
        newPage();
}

ReportPainter ReportFlow::painter()
{
    return ReportPainter(&m_pages.last(), ReportTextEngine::forCurrentThread());
}

void ReportFlow::heading(const QString &text, int level)
{
    start();
    ReportTextStyle style;
    style.pointSize = level <= 1 ? 14 : 11;
    style.bold = true;
    const qreal before = m_y > m_body.top() + Epsilon ? (level <= 1 ? 14 : 8) : 0;
    const qreal height = ReportTextEngine::forCurrentThread().layout(text, style, width())->size.height();
    // A heading keeps some of what follows on its page.
    ensure(before + height + 70);
    if (m_y > m_body.top() + Epsilon)
        m_y += before;
    ReportPainter p = painter();
    m_y += p.text(QRectF(m_content.left(), m_y, width(), 0), text, style);
    if (level <= 1) {
        m_y += 2;
        p.line(QLineF(m_content.left(), m_y, m_content.right(), m_y), 0.6);
        m_y += 6;
    } else {
        m_y += 4;
    }
}

void ReportFlow::paragraph(const QString &text, const ReportTextStyle &style, const QColor &color)
{
    start();
    if (text.isEmpty())
        return;
    // Line by line, so a long text may run onto the next page.
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const ReportTextBlockPtr block = ReportTextEngine::forCurrentThread().layout(
            line.isEmpty() ? QStringLiteral(" ") : line, style, width());
        ensure(block->size.height());
        qreal x = m_content.left();
        if (style.alignment & Qt::AlignRight)
            x = m_content.right() - block->size.width();
        else if (style.alignment & Qt::AlignHCenter)
            x = m_content.left() + (width() - block->size.width()) / 2;
        painter().block(QPointF(x, m_y), block, color);
        m_y += block->size.height();
    }
    m_y += 4;
}

void ReportFlow::table(const QList<ReportColumn> &columns, const QList<QStringList> &rows, int totalRows)
{
    start();
    if (columns.isEmpty())
        return;
    ReportTextEngine &engine = ReportTextEngine::forCurrentThread();
    const qreal pad = 3;
    // Widths as TableReport gives them: fixed ones, the rest shared by stretch.
    qreal fixed = 0, stretch = 0;
    for (const ReportColumn &c : columns) {
        if (c.width > 0)
            fixed += c.width;
        else
            stretch += qMax<qreal>(c.stretch, 0.01);
    }
    const qreal scale = fixed > width() ? width() / fixed : 1.0;
    const qreal rest = qMax<qreal>(0, width() - fixed * scale);
    QList<qreal> widths, lefts;
    qreal x = m_content.left();
    for (const ReportColumn &c : columns) {
        const qreal w = c.width > 0 ? c.width * scale : (stretch > 0 ? rest * qMax<qreal>(c.stretch, 0.01) / stretch : 0);
        lefts << x;
        widths << w;
        x += w;
    }
    const qreal right = x;

    struct Line {
        QList<ReportTextBlockPtr> blocks;
        qreal height = 0;
        qreal baseline = 0; // the cells' common first baseline: Hindi beside figures sits level
        bool bold = false;
    };
    auto measure = [&](const QStringList &cells, bool bold, qreal size) {
        Line line;
        line.bold = bold;
        ReportTextStyle style;
        style.pointSize = size;
        style.bold = bold;
        for (int c = 0; c < columns.size(); ++c) {
            style.alignment = columns.at(c).alignment & Qt::AlignHorizontal_Mask;
            const ReportTextBlockPtr b = engine.layout(cells.value(c), style, widths.at(c) - 2 * pad);
            line.blocks << b;
            line.baseline = qMax(line.baseline, b->baseline);
        }
        for (const ReportTextBlockPtr &b : std::as_const(line.blocks))
            line.height = qMax(line.height, line.baseline - b->baseline + b->size.height());
        line.height += 2 * pad;
        return line;
    };
    QStringList titles;
    for (const ReportColumn &c : columns)
        titles << c.title;
    // A table whose columns have no titles (a list of facts) has no header row.
    const bool hasHeader = std::any_of(titles.cbegin(), titles.cend(), [](const QString &t) { return !t.isEmpty(); });
    Line header = measure(titles, true, 8.5);
    if (!hasHeader)
        header.height = 0;
    QList<Line> lines;
    for (int r = 0; r < rows.size(); ++r)
        lines << measure(rows.at(r), r >= rows.size() - totalRows, 9);

    // Draws the lines [from, to) under the column header at the current position.
    auto drawPart = [&](int from, int to) {
        ReportPainter p = painter();
        const qreal top = m_y;
        if (hasHeader)
            p.rect(QRectF(m_content.left(), top, right - m_content.left(), header.height), HeaderFill);
        qreal y = top + header.height;
        auto drawLine = [&](const Line &line, qreal lineTop) {
            for (int c = 0; c < columns.size(); ++c) {
                const ReportTextBlockPtr &b = line.blocks.at(c);
                const qreal inner = widths.at(c) - 2 * pad;
                qreal bx = lefts.at(c) + pad;
                if (columns.at(c).alignment & Qt::AlignRight)
                    bx += inner - b->size.width();
                else if (columns.at(c).alignment & Qt::AlignHCenter)
                    bx += (inner - b->size.width()) / 2;
                p.block(QPointF(bx, lineTop + pad + line.baseline - b->baseline), b);
            }
        };
        if (hasHeader)
            drawLine(header, top);
        for (int i = from; i < to; ++i) {
            if (lines.at(i).bold)
                p.rect(QRectF(m_content.left(), y, right - m_content.left(), lines.at(i).height), TotalFill);
            drawLine(lines.at(i), y);
            y += lines.at(i).height;
            p.line(QLineF(m_content.left(), y, right, y), 0.4, RuleColor);
        }
        p.line(QLineF(m_content.left(), top + header.height, right, top + header.height), 0.4, RuleColor);
        for (int c = 1; c < columns.size(); ++c)
            p.line(QLineF(lefts.at(c), top, lefts.at(c), y), 0.4, RuleColor);
        p.rect(QRectF(m_content.left(), top, right - m_content.left(), y - top), QColor(), Qt::black, 0.8);
        m_y = y;
    };

    int i = 0;
    // The header and at least one row (or two, when there are more) stay together.
    qreal first = header.height;
    for (int k = 0; k < qMin<qsizetype>(2, lines.size()); ++k)
        first += lines.at(k).height;
    ensure(first);
    while (i < lines.size() || i == 0) {
        qreal y = m_y + header.height;
        int to = i;
        while (to < lines.size() && (y + lines.at(to).height <= m_body.bottom() + Epsilon || to == i)) {
            y += lines.at(to).height;
            ++to;
        }
        drawPart(i, to);
        if (to >= lines.size())
            break;
        i = to;
        newPage();
    }
    m_y += 8;
}

void ReportFlow::picture(const QImage &image, qreal height, qreal pictureWidth)
{
    start();
    if (image.isNull())
        return;
    const qreal w = pictureWidth > 0 ? qMin(pictureWidth, width()) : width();
    ensure(height);
    const qreal h = qMin(height, m_body.height());
    painter().image(QRectF(m_content.left() + (width() - w) / 2, m_y, w, h), image);
    m_y += h + 6;
}

void ReportFlow::writingSpace(int lines, qreal spacing)
{
    start();
    for (int i = 0; i < lines; ++i) {
        ensure(spacing);
        m_y += spacing;
        painter().line(QLineF(m_content.left(), m_y, m_content.right(), m_y), 0.4, RuleColor);
    }
    m_y += 6;
}

void ReportFlow::space(qreal points)
{
    start();
    m_y = qMin(m_y + points, m_body.bottom());
}

ReportDocument ReportFlow::finish()
{
    start();
    ReportDocument doc;
    doc.pageSize = m_pageSize;
    doc.orientation = m_orientation;
    doc.title = m_title;
    doc.author = m_author;
    doc.subject = m_subject;
    const int count = int(m_pages.size());
    for (int i = 0; i < count; ++i) {
        ReportPage &page = m_pages[i];
        ReportPainter p(&page, ReportTextEngine::forCurrentThread());
        TableReport::PageInfo info{i + 1, count, QRectF(QPointF(0, 0), m_pageSize), QRectF()};
        if (m_header) {
            info.band = QRectF(m_content.left(), m_content.top(), m_content.width(), m_headerHeight);
            m_header(p, info);
        }
        if (m_footer) {
            info.band = QRectF(m_content.left(), m_content.bottom() - m_footerHeight, m_content.width(), m_footerHeight);
            m_footer(p, info);
        }
    }
    doc.pages = m_pages;
    return doc;
}
