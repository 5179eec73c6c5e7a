#include "stallreport.h"

#include "languagemanager.h"
#include "report/reporttext.h"
#include "report/tablereport.h"

#include <QLocale>

#include <algorithm>

namespace {

const QColor Grey(0x55, 0x55, 0x55);
const QColor Outline(0x42, 0x42, 0x42);
const QColor HallLine(0x26, 0x32, 0x38);
constexpr qreal Margin = 34;

// Title on the left, the hall's size, stall count and date on the right; returns the height.
qreal drawTitle(ReportPainter &p, const QRectF &area, const QString &title, const QString &info)
{
    ReportTextStyle big;
    big.pointSize = 14;
    big.bold = true;
    ReportTextStyle small;
    small.pointSize = 8.5;
    small.alignment = Qt::AlignRight;
    const qreal h1 = p.text(QRectF(area.left(), area.top(), area.width() * 0.62, 0), title, big);
    const qreal h2 = p.text(QRectF(area.left() + area.width() * 0.62, area.top() + 4, area.width() * 0.38, 0), info,
                            small, Grey);
    return qMax(h1, h2 + 4);
}

// Colour boxes with their names, in rows; drawn upwards from `bottom`. Returns the height.
qreal drawLegend(ReportPainter &p, const QRectF &area, const QList<StallPlan::LegendEntry> &entries, bool draw)
{
    ReportTextStyle style;
    style.pointSize = 8.5;
    style.wrap = false;
    const qreal box = 9;
    const qreal line = 14;
    qreal x = area.left();
    qreal y = area.top();
    for (const StallPlan::LegendEntry &e : entries) {
        const qreal width = box + 4 + p.measure(e.text, style).width() + 16;
        if (x + width > area.right() && x > area.left()) {
            x = area.left();
            y += line;
        }
        if (draw) {
            p.rect(QRectF(x, y + 2, box, box), e.color, Outline, 0.5);
            p.text(QRectF(x + box + 4, y, width, 0), e.text, style);
        }
        x += width;
    }
    return y + line - area.top();
}

void drawStall(ReportPainter &p, const StallPlan &plan, const Stall &stall, const QRectF &rect)
{
    p.rect(rect, plan.color(stall), Outline, 0.6);
    const qreal pad = qMin(rect.width(), rect.height()) * 0.06;
    const QRectF inner = rect.adjusted(pad, pad, -pad, -pad);
    ReportTextStyle code;
    code.bold = true;
    code.alignment = Qt::AlignHCenter;
    code.wrap = false;
    code.pointSize = std::clamp(qMin(rect.height() * 0.22, rect.width() * 0.2), 4.0, 12.0);
    const ReportTextBlockPtr codeBlock = p.engine().layout(stall.code, code);
    p.block(QPointF(inner.center().x() - codeBlock->size.width() / 2, inner.top()), codeBlock, Qt::black, rect);
    const QString holder = plan.holderText(stall);
    if (holder.isEmpty() || inner.height() < codeBlock->size.height() * 1.6)
        return;
    ReportTextStyle small;
    small.alignment = Qt::AlignHCenter;
    small.pointSize = qMax(3.5, code.pointSize * 0.68);
    // Wrapped inside the stall and cut off at its edge: a long name never spills onto the next.
    const ReportTextBlockPtr block = p.engine().layout(holder, small, inner.width());
    p.block(QPointF(inner.left() + (inner.width() - block->size.width()) / 2, inner.top() + codeBlock->size.height()),
            block, Qt::black, inner);
}

} // namespace

ReportDocument StallReport::build(const StallPlan &plan, const QString &title, const QDateTime &printedAt)
{
    const QLocale locale;
    const QString language = plan.language;
    const QDateTime printed = printedAt.isValid() ? printedAt : QDateTime::currentDateTime();
    const QPageLayout::Orientation orientation =
        plan.hall.width >= plan.hall.depth ? QPageLayout::Landscape : QPageLayout::Portrait;
    const QString printedText = tr("Printed on %1 at %2")
                                    .arg(LanguageManager::digits(locale.toString(printed.date(), QStringLiteral("d MMMM yyyy"))),
                                         LanguageManager::digits(locale.toString(printed.time(), QStringLiteral("HH:mm"))));

    // The stall list, after the plan: pages are numbered with the plan as page 1.
    TableReport table;
    table.setPage(QPageSize::A4, orientation, QMarginsF(Margin, Margin, Margin, 30));
    table.setColumns({ReportColumn{tr("Stall"), 52, 0, Qt::AlignLeft},
                      ReportColumn{tr("Size"), 78, 0, Qt::AlignLeft},
                      ReportColumn{tr("Category"), 0, 1, Qt::AlignLeft},
                      ReportColumn{tr("Enterprise"), 0, 2, Qt::AlignLeft},
                      ReportColumn{tr("Mobile"), 84, 0, Qt::AlignLeft}});
    const QString listTitle = tr("%1 — stall list").arg(title);
    table.setPageHeader([listTitle](ReportPainter &p, const TableReport::PageInfo &info) {
        ReportTextStyle style;
        style.pointSize = 12;
        style.bold = true;
        return p.text(QRectF(info.band.left(), info.band.top(), info.band.width(), 0), listTitle, style);
    });
    auto footer = [printedText](ReportPainter &p, const TableReport::PageInfo &info) {
        ReportTextStyle small;
        small.pointSize = 8;
        ReportTextStyle right = small;
        right.alignment = Qt::AlignRight;
        const QRectF band = info.band;
        p.line(QLineF(band.left(), band.top(), band.right(), band.top()), 0.4, Grey);
        const QString page = tr("Page %1 of %2")
                                 .arg(LanguageManager::number(info.page + 1),
                                      info.pageCount > 0 ? LanguageManager::number(info.pageCount + 1) : QStringLiteral("888"));
        const qreal h1 = p.text(QRectF(band.left(), band.top() + 3, band.width() * 0.65, 0), printedText, small, Grey);
        const qreal h2 = p.text(QRectF(band.left() + band.width() * 0.65, band.top() + 3, band.width() * 0.35, 0), page, right);
        return 3 + qMax(h1, h2);
    };
    table.setPageFooter(footer);
    table.setMetadata(title, QString(), tr("Stall layout"));

    QList<Stall> ordered = plan.stalls;
    std::sort(ordered.begin(), ordered.end(), [](const Stall &a, const Stall &b) { return a.code < b.code; });
    for (const Stall &s : std::as_const(ordered)) {
        const auto holder = plan.holders.value(s.id);
        table.addRow({s.code,
                      tr("%1 × %2 m").arg(LanguageManager::number(s.width, 1), LanguageManager::number(s.depth, 1)),
                      s.sectorId ? plan.sectors.value(s.sectorId).name(language) : QString(),
                      holder.enterprise.isEmpty() ? holder.name : holder.enterprise, holder.mobile});
    }
    ReportDocument doc = ordered.isEmpty() ? ReportDocument() : table.layout();
    if (ordered.isEmpty()) {
        doc.pageSize = QPageSize(QPageSize::A4).size(QPageSize::Point);
        if (orientation == QPageLayout::Landscape)
            doc.pageSize.transpose();
        doc.orientation = orientation;
        doc.title = title;
    }

    // The plan on the first page.
    ReportPage planPage;
    const QRectF pageRect(QPointF(0, 0), doc.pageSize);
    const QRectF content = pageRect.adjusted(Margin, Margin, -Margin, -30);
    planPage.body = content;
    ReportTextEngine &engine = ReportTextEngine::forCurrentThread();
    ReportPainter p(&planPage, engine);
    const QString info = tr("Hall %1 m × %2 m · %n stall(s) · printed %3", nullptr, int(plan.stalls.size()))
                             .arg(LanguageManager::number(plan.hall.width, 1), LanguageManager::number(plan.hall.depth, 1),
                                  LanguageManager::date(printed.date()));
    const qreal titleHeight = drawTitle(p, content, title, info);
    const QList<StallPlan::LegendEntry> legend = plan.legend();
    ReportPage scratch;
    ReportPainter measure(&scratch, engine);
    const qreal legendHeight = drawLegend(measure, content, legend, false);
    drawLegend(p, QRectF(content.left(), content.bottom() - legendHeight, content.width(), legendHeight), legend, true);
    const QRectF planArea(content.left(), content.top() + titleHeight + 10, content.width(),
                          content.height() - titleHeight - legendHeight - 22);
    if (plan.hall.width > 0 && plan.hall.depth > 0 && planArea.height() > 0) {
        const qreal scale = qMin(planArea.width() / plan.hall.width, planArea.height() / plan.hall.depth);
        const QRectF hall(planArea.left() + (planArea.width() - plan.hall.width * scale) / 2, planArea.top(),
                          plan.hall.width * scale, plan.hall.depth * scale);
        p.rect(hall, Qt::white, HallLine, 1.5);
        for (const Stall &s : plan.stalls)
            drawStall(p, plan, s, QRectF(hall.left() + s.x * scale, hall.top() + s.y * scale, s.width * scale, s.depth * scale));
    }
    TableReport::PageInfo pageInfo;
    pageInfo.page = 0;
    pageInfo.pageCount = doc.pageCount();
    pageInfo.pageRect = pageRect;
    pageInfo.band = QRectF(content.left(), pageRect.bottom() - 26, content.width(), 20);
    footer(p, pageInfo);
    doc.pages.prepend(planPage);
    engine.releaseTexts();
    return doc;
}
