#include "tablereport.h"

#include <QThread>
#include <thread>

namespace {
// Below this many entries a second thread costs more than it saves.
constexpr int ParallelThreshold = 600;
// Rounding slack when comparing positions in points.
constexpr qreal Epsilon = 0.01;
} // namespace

TableReport::TableReport()
{
    setPage(QPageSize::A4, QPageLayout::Portrait, QMarginsF(36, 36, 36, 36));
}

void TableReport::setPage(const QSizeF &size, QPageLayout::Orientation orientation, const QMarginsF &margins)
{
    m_pageSize = size;
    m_orientation = orientation;
    m_margins = margins;
}

void TableReport::setPage(QPageSize::PageSizeId id, QPageLayout::Orientation orientation,
                          const QMarginsF &margins)
{
    // From millimetres: Qt's point sizes are rounded (A4 595 x 842 instead of 595.28 x 841.89).
    QSizeF size = QPageSize(id).size(QPageSize::Millimeter) * (72.0 / 25.4);
    if (orientation == QPageLayout::Landscape)
        size.transpose();
    setPage(size, orientation, margins);
}

void TableReport::setColumns(const QList<ReportColumn> &columns)
{
    m_columns = columns;
}

void TableReport::setMetadata(const QString &title, const QString &author, const QString &subject)
{
    m_title = title;
    m_author = author;
    m_subject = subject;
}

void TableReport::addRow(const QStringList &cells)
{
    m_entries.append({Kind::Row, cells});
    ++m_rowCount;
}

void TableReport::addGroupHeading(const QString &text, const QString &continuation)
{
    m_entries.append({Kind::Heading, {text, continuation}});
}

void TableReport::addSummary(const QString &text)
{
    m_entries.append({Kind::Summary, {text}});
}

QRectF TableReport::contentRect() const
{
    return QRectF(QPointF(0, 0), m_pageSize).marginsRemoved(m_margins);
}

QList<qreal> TableReport::columnWidths() const
{
    const qreal available = contentRect().width();
    qreal fixed = 0;
    qreal stretch = 0;
    for (const ReportColumn &c : m_columns) {
        if (c.width > 0)
            fixed += c.width;
        else
            stretch += qMax<qreal>(c.stretch, 0.01);
    }
    // Fixed columns that do not fit shrink together; stretching ones share what is left.
    const qreal fixedScale = fixed > available ? available / fixed : 1.0;
    const qreal rest = qMax<qreal>(0, available - fixed * fixedScale);
    QList<qreal> widths;
    for (const ReportColumn &c : m_columns)
        widths << (c.width > 0 ? c.width * fixedScale
                               : (stretch > 0 ? rest * qMax<qreal>(c.stretch, 0.01) / stretch : 0));
    if (stretch == 0 && fixed > 0 && fixed < available && !widths.isEmpty()) {
        // Only fixed columns: widen them so the table spans the page.
        for (qreal &w : widths)
            w *= available / fixed;
    }
    return widths;
}

ReportTextStyle TableReport::cellStyle(int column) const
{
    ReportTextStyle style;
    style.pointSize = m_style.fontSize;
    style.alignment = m_columns.at(column).alignment & Qt::AlignHorizontal_Mask;
    return style;
}

qreal TableReport::bandHeight(const BandPainter &painter, bool header) const
{
    if (!painter)
        return 0;
    ReportPage scratch;
    ReportPainter p(&scratch, ReportTextEngine::forCurrentThread());
    PageInfo info;
    info.page = 1;
    info.pageCount = 0;
    info.pageRect = QRectF(QPointF(0, 0), m_pageSize);
    const QRectF content = contentRect();
    info.band = header ? QRectF(content.topLeft(), QSizeF(content.width(), 0))
                       : QRectF(content.bottomLeft(), QSizeF(content.width(), 0));
    return painter(p, info);
}

void TableReport::alignBaselines(Measured &m)
{
    m.baseline = 0;
    for (const ReportTextBlockPtr &b : std::as_const(m.blocks))
        if (b)
            m.baseline = qMax(m.baseline, b->baseline);
    m.content = 0;
    for (const ReportTextBlockPtr &b : std::as_const(m.blocks))
        if (b)
            m.content = qMax(m.content, m.baseline - b->baseline + b->size.height());
}

void TableReport::measure(int from, int to, const QList<qreal> &widths, QVector<Measured> &out) const
{
    ReportTextEngine &engine = ReportTextEngine::forCurrentThread();
    const qreal pad = m_style.padding;
    qreal tableWidth = 0;
    for (qreal w : widths)
        tableWidth += w;
    QVector<ReportTextStyle> styles;
    for (int c = 0; c < m_columns.size(); ++c)
        styles << cellStyle(c);
    ReportTextStyle bold;
    bold.pointSize = m_style.fontSize;
    bold.bold = true;
    for (int i = from; i < to; ++i) {
        const Entry &e = m_entries.at(i);
        Measured &m = out[i];
        if (e.kind == Kind::Row) {
            m.blocks.resize(m_columns.size());
            for (int c = 0; c < m_columns.size(); ++c) {
                const QString cell = e.cells.value(c);
                if (!cell.isEmpty())
                    m.blocks[c] = engine.layout(cell, styles.at(c), widths.at(c) - 2 * pad);
            }
            alignBaselines(m);
            if (m.content == 0) // an empty row is as tall as a row of text
                m.content = engine.layout(QStringLiteral(" "), styles.value(0, bold))->size.height();
            m.height = qMax(m.content + 2 * pad, m_style.minimumRowHeight);
        } else {
            m.blocks << engine.layout(e.cells.value(0), bold, tableWidth - 2 * pad);
            alignBaselines(m);
            m.height = m.content + 2 * pad;
        }
    }
}

ReportDocument TableReport::layout(int threads) const
{
    ReportDocument doc;
    doc.pageSize = m_pageSize;
    doc.orientation = m_orientation;
    doc.title = m_title;
    doc.author = m_author;
    doc.subject = m_subject;
    doc.rowCount = m_rowCount;

    ReportTextEngine &engine = ReportTextEngine::forCurrentThread();
    const QList<qreal> widths = columnWidths();
    QList<qreal> lefts;
    const QRectF content = contentRect();
    qreal x = content.left();
    for (qreal w : widths) {
        lefts << x;
        x += w;
    }
    const qreal tableLeft = content.left();
    const qreal tableRight = x;
    const qreal tableWidth = tableRight - tableLeft;
    const qreal pad = m_style.padding;

    // 1. Shape every cell, in parallel for long tables.
    const int n = int(m_entries.size());
    QVector<Measured> measured(n);
    if (threads <= 0)
        threads = qMax(1, QThread::idealThreadCount());
    if (n < ParallelThreshold)
        threads = 1;
    if (threads == 1) {
        measure(0, n, widths, measured);
    } else {
        std::vector<std::thread> workers;
        const int chunk = (n + threads - 1) / threads;
        for (int t = 1; t < threads; ++t) {
            const int from = t * chunk;
            const int to = qMin(n, from + chunk);
            if (from < to)
                workers.emplace_back([this, from, to, &widths, &measured] { measure(from, to, widths, measured); });
        }
        measure(0, qMin(n, chunk), widths, measured);
        for (std::thread &w : workers)
            w.join();
    }

    // The column header, the same on every page.
    Measured header;
    {
        ReportTextStyle style;
        style.pointSize = m_style.headerFontSize;
        style.bold = true;
        for (int c = 0; c < m_columns.size(); ++c) {
            style.alignment = m_columns.at(c).alignment & Qt::AlignHorizontal_Mask;
            header.blocks << engine.layout(m_columns.at(c).title, style, widths.at(c) - 2 * pad);
        }
        alignBaselines(header);
    }
    const qreal columnHeaderHeight = header.content + 2 * pad;

    const qreal headerHeight = bandHeight(m_header, true);
    const qreal footerHeight = bandHeight(m_footer, false);
    QRectF body = content;
    if (headerHeight > 0)
        body.setTop(content.top() + headerHeight + m_style.bandSpacing);
    if (footerHeight > 0)
        body.setBottom(content.bottom() - footerHeight - m_style.bandSpacing);
    const qreal tableTop = body.top() + columnHeaderHeight;

    // 2. Paginate: what goes where. A continued group gets its heading again (measured here).
    struct Placed {
        int entry;          // index into m_entries; -1: a continuation heading
        qreal y;
        qreal height;
        ReportTextBlockPtr continuation;
    };
    QList<QList<Placed>> pages;
    pages.append(QList<Placed>());
    qreal y = tableTop;
    int group = -1;
    ReportTextStyle bold;
    bold.pointSize = m_style.fontSize;
    bold.bold = true;
    for (int i = 0; i < n; ++i) {
        const Entry &e = m_entries.at(i);
        const qreal h = measured.at(i).height;
        qreal need = h;
        if (e.kind == Kind::Heading && i + 1 < n && m_entries.at(i + 1).kind == Kind::Row)
            need += measured.at(i + 1).height; // a heading never ends a page alone
        if (y + need > body.bottom() + Epsilon && !pages.constLast().isEmpty()) {
            pages.append(QList<Placed>());
            y = tableTop;
            if (e.kind != Kind::Heading && group >= 0) {
                const QString again = m_entries.at(group).cells.value(1);
                if (!again.isEmpty()) {
                    ReportTextBlockPtr block = engine.layout(again, bold, tableWidth - 2 * pad);
                    const qreal ch = block->size.height() + 2 * pad;
                    pages.last().append({-1, y, ch, block});
                    y += ch;
                }
            }
        }
        if (e.kind == Kind::Heading)
            group = i;
        else if (e.kind == Kind::Summary)
            group = -1;
        pages.last().append({i, y, h, {}});
        y += h;
    }

    // 3. Draw each page: bands, column header, rows, rules.
    const int pageCount = int(pages.size());
    const QRectF pageRect(QPointF(0, 0), m_pageSize);
    doc.pages.reserve(pageCount);
    int dataIndex = 0;
    for (int p = 0; p < pageCount; ++p) {
        doc.pages.append(ReportPage());
        ReportPage &page = doc.pages.last();
        page.body = body;
        ReportPainter painter(&page, engine);
        PageInfo info{p + 1, pageCount, pageRect, QRectF()};
        if (m_header) {
            info.band = QRectF(content.left(), content.top(), content.width(), headerHeight);
            m_header(painter, info);
        }
        if (m_footer) {
            info.band = QRectF(content.left(), content.bottom() - footerHeight, content.width(), footerHeight);
            m_footer(painter, info);
        }

        const QList<Placed> &placed = pages.at(p);
        const qreal bottom = placed.isEmpty() ? tableTop : placed.constLast().y + placed.constLast().height;
        const qreal clippedBottom = qMin(bottom, body.bottom());
        // Fills first, then text, then all rules (which the renderer strokes in one go).
        painter.rect(QRectF(tableLeft, body.top(), tableWidth, columnHeaderHeight), m_style.headerFill);
        for (const Placed &pl : placed) {
            const Kind kind = pl.entry < 0 ? Kind::Heading : m_entries.at(pl.entry).kind;
            if (kind == Kind::Heading)
                painter.rect(QRectF(tableLeft, pl.y, tableWidth, qMin(pl.height, body.bottom() - pl.y)),
                             m_style.groupFill);
        }
        page.placements.append({ReportPlacement::Kind::ColumnHeader, -1,
                                QRectF(tableLeft, body.top(), tableWidth, columnHeaderHeight)});
        for (int c = 0; c < m_columns.size(); ++c) {
            const ReportTextBlockPtr &b = header.blocks.at(c);
            const qreal inner = widths.at(c) - 2 * pad;
            qreal bx = lefts.at(c) + pad;
            if (m_columns.at(c).alignment & Qt::AlignRight)
                bx += inner - b->size.width();
            else if (m_columns.at(c).alignment & Qt::AlignHCenter)
                bx += (inner - b->size.width()) / 2;
            painter.block(QPointF(bx, body.top() + pad + header.baseline - b->baseline), b);
        }

        QList<ReportItem> rules;
        auto rule = [&rules, this](qreal x1, qreal y1, qreal x2, qreal y2) {
            ReportItem item;
            item.type = ReportItem::Type::Line;
            item.line = QLineF(x1, y1, x2, y2);
            item.lineWidth = m_style.ruleWidth;
            item.color = m_style.ruleColor;
            rules.append(std::move(item));
        };
        rule(tableLeft, tableTop, tableRight, tableTop);
        // Column separators run through each stretch of consecutive rows (headings span).
        qreal runTop = body.top();
        auto closeRun = [&](qreal runBottom) {
            if (runBottom > runTop + Epsilon)
                for (int c = 1; c < lefts.size(); ++c)
                    rule(lefts.at(c), runTop, lefts.at(c), runBottom);
        };
        for (const Placed &pl : placed) {
            const qreal rowBottom = qMin(pl.y + pl.height, body.bottom());
            const bool oversized = pl.y + pl.height > body.bottom() + Epsilon;
            const QRectF rowRect(tableLeft, pl.y, tableWidth, rowBottom - pl.y);
            if (pl.entry < 0) {
                closeRun(pl.y);
                runTop = rowBottom;
                painter.block(QPointF(tableLeft + pad, pl.y + pad), pl.continuation, Qt::black, rowRect);
                page.placements.append({ReportPlacement::Kind::GroupHeading, -1, rowRect});
            } else {
                const Entry &e = m_entries.at(pl.entry);
                const Measured &m = measured.at(pl.entry);
                if (e.kind == Kind::Row) {
                    if (oversized)
                        ++doc.oversizedRows;
                    for (int c = 0; c < m_columns.size(); ++c) {
                        const ReportTextBlockPtr &b = m.blocks.at(c);
                        if (!b)
                            continue;
                        const qreal inner = widths.at(c) - 2 * pad;
                        qreal bx = lefts.at(c) + pad;
                        if (m_columns.at(c).alignment & Qt::AlignRight)
                            bx += inner - b->size.width();
                        else if (m_columns.at(c).alignment & Qt::AlignHCenter)
                            bx += (inner - b->size.width()) / 2;
                        const qreal top = m_style.centerVertically ? pl.y + (pl.height - m.content) / 2
                                                                   : pl.y + pad;
                        const qreal by = top + m.baseline - b->baseline;
                        painter.block(QPointF(bx, by), b, Qt::black, oversized ? rowRect : QRectF());
                    }
                    page.placements.append({ReportPlacement::Kind::Row, dataIndex++, rowRect});
                } else {
                    closeRun(pl.y);
                    runTop = rowBottom;
                    painter.block(QPointF(tableLeft + pad, pl.y + pad), m.blocks.constFirst(), Qt::black,
                                  oversized ? rowRect : QRectF());
                    page.placements.append({e.kind == Kind::Heading ? ReportPlacement::Kind::GroupHeading
                                                                    : ReportPlacement::Kind::Summary,
                                            -1, rowRect});
                }
            }
            rule(tableLeft, rowBottom, tableRight, rowBottom);
        }
        closeRun(clippedBottom);
        // The frame round the table on this page.
        ReportItem frame;
        frame.type = ReportItem::Type::Rect;
        frame.rect = QRectF(tableLeft, body.top(), tableWidth, clippedBottom - body.top());
        frame.color = m_style.frameColor;
        frame.lineWidth = m_style.frameWidth;
        page.items.append(rules);
        page.items.append(frame);
    }
    // The document holds its blocks; the cache of whole texts would only keep a long list alive.
    engine.releaseTexts();
    return doc;
}
