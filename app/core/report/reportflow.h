#pragma once

#include "report/reportdocument.h"
#include "report/tablereport.h"

#include <QImage>
#include <QMarginsF>
#include <QStringList>

// Lays out a document of sections from top to bottom, the way a written report runs:
// headings, paragraphs, small tables (split across pages with their column header repeated),
// pictures, and ruled room to write by hand. A piece that does not fit goes to the next page;
// a heading never ends a page. The page header and footer are drawn once everything is placed,
// so they can say "page 2 of 5".
class ReportFlow final
{
public:
    using BandPainter = TableReport::BandPainter;

    ReportFlow(QPageSize::PageSizeId page, QPageLayout::Orientation orientation, const QMarginsF &margins);

    // Set both before placing anything: their height is measured once.
    void setPageHeader(const BandPainter &painter) { m_header = painter; }
    void setPageFooter(const BandPainter &painter) { m_footer = painter; }
    void setMetadata(const QString &title, const QString &author, const QString &subject);

    // Level 1: a section (14 pt, a rule under it); level 2: a part of one (11 pt).
    void heading(const QString &text, int level = 1);
    void paragraph(const QString &text, const ReportTextStyle &style = ReportTextStyle(),
                   const QColor &color = Qt::black);
    // A table the width of the page; the last `totalRows` rows are set bold on a grey ground.
    // Columns without titles: no header row (a list of facts).
    void table(const QList<ReportColumn> &columns, const QList<QStringList> &rows, int totalRows = 0);
    // A picture the width of the page (or `width` points, centred), `height` points high.
    void picture(const QImage &image, qreal height, qreal width = 0);
    // `lines` ruled lines to write on by hand.
    void writingSpace(int lines, qreal spacing = 24);
    void space(qreal points);
    void newPage();

    qreal width() const { return m_content.width(); }
    // Room left on the current page, in points.
    qreal remaining() const { return m_body.bottom() - m_y; }
    int pageCount() const { return int(m_pages.size()); }

    ReportDocument finish();

private:
    void start();
    // A new page when `height` does not fit in what is left of this one (unless it is empty).
    void ensure(qreal height);
    ReportPainter painter();
    qreal bandHeight(const BandPainter &painter, bool header) const;

    QSizeF m_pageSize;
    QPageLayout::Orientation m_orientation;
    QRectF m_content;
    QRectF m_body;
    BandPainter m_header;
    BandPainter m_footer;
    qreal m_headerHeight = 0;
    qreal m_footerHeight = 0;
    bool m_started = false;
    QList<ReportPage> m_pages;
    qreal m_y = 0;
    QString m_title, m_author, m_subject;
};
