#pragma once

#include "reportdocument.h"

#include <QMarginsF>
#include <QStringList>
#include <functional>

// A column of a table report.
struct ReportColumn {
    QString title;
    qreal width = 0;     // points; 0: a share of the width the fixed columns leave, by `stretch`
    qreal stretch = 1;
    Qt::Alignment alignment = Qt::AlignLeft;
};

// Lays out a table over as many pages as it needs, producing a ReportDocument:
// - columns with fixed or stretching widths and their own alignment;
// - cells wrap inside their column, a row never splits across pages (a row taller than a whole
//   page is cut off at the page's end and counted in ReportDocument::oversizedRows);
// - the column header repeats on every page;
// - group headings (kept with their first row, repeated with a "continued" text when a group
//   runs onto the next page) and summary lines (totals; a summary ends the group);
// - a page header and footer drawn by callbacks that know "page X of Y", because they are called
//   after pagination.
// Text is shaped on all cores (each thread has its own Pango engine); pagination and drawing
// are sequential and cheap.
class TableReport final
{
public:
    struct PageInfo {
        int page = 0;      // 1-based
        int pageCount = 0; // 0 while the band is only being measured
        QRectF pageRect;
        QRectF band;       // where the header or footer goes; its height is what was measured
    };
    // Draws a page header or footer from the top of info.band and returns the height it used.
    // It is called once to measure (pageCount 0, page 1) and then for every page, and must use
    // the same height every time.
    using BandPainter = std::function<qreal(ReportPainter &painter, const PageInfo &info)>;

    struct Style {
        qreal fontSize = 9;
        qreal headerFontSize = 8.5;
        qreal padding = 3;            // inside each cell
        qreal minimumRowHeight = 0;   // e.g. room for a signature
        bool centerVertically = false;
        qreal bandSpacing = 8;        // between the page header/footer and the table
        qreal ruleWidth = 0.4;
        qreal frameWidth = 0.8;
        QColor ruleColor = QColor(0x80, 0x80, 0x80);
        QColor frameColor = Qt::black;
        QColor headerFill = QColor(0xdd, 0xdd, 0xdd);
        QColor groupFill = QColor(0xee, 0xee, 0xee);
    };

    TableReport();

    // Page size in points as it stands (landscape: wider than high) and the margins.
    void setPage(const QSizeF &size, QPageLayout::Orientation orientation, const QMarginsF &margins);
    void setPage(QPageSize::PageSizeId id, QPageLayout::Orientation orientation, const QMarginsF &margins);
    void setColumns(const QList<ReportColumn> &columns);
    void setStyle(const Style &style) { m_style = style; }
    const Style &style() const { return m_style; }
    void setPageHeader(const BandPainter &painter) { m_header = painter; }
    void setPageFooter(const BandPainter &painter) { m_footer = painter; }
    void setMetadata(const QString &title, const QString &author, const QString &subject);

    void addRow(const QStringList &cells);
    void addGroupHeading(const QString &text, const QString &continuation = QString());
    void addSummary(const QString &text);
    void reserve(int entries) { m_entries.reserve(entries); }
    int rowCount() const { return m_rowCount; }

    // The width of each column in points, as laid out.
    QList<qreal> columnWidths() const;
    QRectF contentRect() const;

    // `threads` 0: one per core (small tables use one).
    ReportDocument layout(int threads = 0) const;

private:
    enum class Kind : quint8 { Row, Heading, Summary };
    struct Entry {
        Kind kind;
        QStringList cells; // Row: the cells; otherwise [text, continuation]
    };
    struct Measured {
        QVector<ReportTextBlockPtr> blocks;
        qreal height = 0;
        qreal baseline = 0; // the row's common first baseline, from the top of its text
        qreal content = 0;  // the height of the row's text, cells aligned on that baseline
    };
    // Aligns the cells' first lines on one baseline (Hindi and English side by side).
    static void alignBaselines(Measured &m);
    void measure(int from, int to, const QList<qreal> &widths, QVector<Measured> &out) const;
    ReportTextStyle cellStyle(int column) const;
    qreal bandHeight(const BandPainter &painter, bool header) const;

    QSizeF m_pageSize;
    QPageLayout::Orientation m_orientation = QPageLayout::Portrait;
    QMarginsF m_margins;
    QList<ReportColumn> m_columns;
    Style m_style;
    BandPainter m_header;
    BandPainter m_footer;
    QString m_title;
    QString m_author;
    QString m_subject;
    QList<Entry> m_entries;
    int m_rowCount = 0;
};
