#pragma once

#include "reporttext.h"

#include <QColor>
#include <QImage>
#include <QLineF>
#include <QList>
#include <QPageLayout>
#include <QRectF>
#include <QString>

// One drawing operation of a page, in points from the page's top left corner.
struct ReportItem {
    enum class Type : quint8 { Text, Line, Rect, Image };
    Type type = Type::Line;
    QColor color = Qt::black;    // text colour, line or rectangle outline (invalid: none)
    QColor fill;                 // rectangle fill (invalid: none)
    qreal lineWidth = 0.5;
    QLineF line;                 // Line
    QRectF rect;                 // Rect, Image; Text: top left of the block
    QRectF clip;                 // Text: empty, or the box the text must not leave
    ReportTextBlockPtr text;     // Text
    QImage image;                // Image
};

// Where a layouter put something on a page: kept beside the drawing so tests (and a future
// "find on page") can check pagination without reading pixels.
struct ReportPlacement {
    enum class Kind : quint8 { Row, GroupHeading, Summary, ColumnHeader };
    Kind kind = Kind::Row;
    int index = -1;  // Row: the row's number among the data rows (0-based)
    QRectF rect;
};

struct ReportPage {
    QList<ReportItem> items;
    QList<ReportPlacement> placements;
    QRectF body; // the area between the page header and footer
};

// A laid-out report: pages of drawing operations, produced once by a layouter and replayed
// unchanged onto a PDF, preview images or a printer (ReportRenderer).
struct ReportDocument {
    QSizeF pageSize;                                  // points
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QString title;                                    // PDF metadata
    QString author;
    QString subject;
    QList<ReportPage> pages;
    int rowCount = 0;                                 // data rows laid out
    int oversizedRows = 0;                            // rows taller than a page (clipped)

    int pageCount() const { return int(pages.size()); }
    // The page size as Qt describes it (A4 and so on), for printers.
    QPageSize qtPageSize() const;
};

// Free drawing on one page of a document: text, lines, rectangles, images. Layouters use it and
// hand it to page header and footer callbacks.
class ReportPainter final
{
public:
    ReportPainter(ReportPage *page, ReportTextEngine &engine) : m_page(page), m_engine(engine) {}

    ReportTextEngine &engine() const { return m_engine; }
    ReportPage *page() const { return m_page; }

    // Sets `text` in a box `box.width()` wide from `box.topLeft()`, aligned as the style says
    // (vertically too, when the box has a height). Returns the height used.
    qreal text(const QRectF &box, const QString &text, const ReportTextStyle &style,
               const QColor &color = Qt::black);
    // Places an already laid-out block; `clip` (if not empty) cuts off what falls outside.
    void block(const QPointF &topLeft, const ReportTextBlockPtr &block, const QColor &color = Qt::black,
               const QRectF &clip = QRectF());
    QSizeF measure(const QString &text, const ReportTextStyle &style, qreal width = 0) const;
    void line(const QLineF &line, qreal width = 0.5, const QColor &color = Qt::black);
    void rect(const QRectF &rect, const QColor &fill, const QColor &outline = QColor(), qreal width = 0.5);
    void image(const QRectF &rect, const QImage &image);

private:
    ReportPage *m_page;
    ReportTextEngine &m_engine;
};
