#include "stallreport.h"

#include "text/languagemanager.h"
#include "report/reporttext.h"
#include "report/tablereport.h"
#include "stallgeometry.h"
#include "text/textfold.h"

#include <QLocale>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace {

const QColor Grey(0x55, 0x55, 0x55);
const QColor Outline(0x42, 0x42, 0x42);
const QColor HallLine(0x26, 0x32, 0x38);
constexpr qreal Margin = 34;
// Names smaller than this are not printed: they would be unreadable (Devanagari sooner).
constexpr qreal MinimumNamePoints = 4.5;
constexpr qreal MinimumDevanagariPoints = 5.5;

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

// Diagonal lines over `rect` ("/"), `spacing` apart: the hatching of a blocked stall.
void hatch(ReportPainter &p, const QRectF &rect, qreal spacing, qreal width)
{
    const qreal w = rect.width();
    const qreal h = rect.height();
    // Line k runs from (k, h) up to (k + h, 0) in the rectangle's coordinates, cut at its sides.
    for (qreal k = -h + spacing / 2; k < w; k += spacing) {
        const qreal t0 = qMax(0.0, -k);
        const qreal t1 = qMin(h, w - k);
        if (t1 > t0)
            p.line(QLineF(rect.left() + k + t0, rect.bottom() - t0, rect.left() + k + t1, rect.bottom() - t1), width,
                   StallPlan::hatchColor());
    }
}

void swatch(ReportPainter &p, const QRectF &rect, const QColor &color, bool hatched)
{
    p.rect(rect, color, Outline, 0.5);
    if (hatched)
        hatch(p, rect, 2.5, 0.4);
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
            swatch(p, QRectF(x, y + 2, box, box), e.color, e.hatched);
            p.text(QRectF(x + box + 4, y, width, 0), e.text, style);
        }
        x += width;
    }
    return y + line - area.top();
}

qreal naturalWidth(ReportTextEngine &engine, const QString &text, ReportTextStyle style)
{
    style.wrap = false;
    return engine.layout(text, style)->size.width();
}

// `text` shortened to fit `width`, ending in "…" (cut between letters, never inside one: a
// Devanagari syllable stays whole); empty when not even one letter fits.
QString elided(ReportTextEngine &engine, const QString &text, const ReportTextStyle &style, qreal width)
{
    if (naturalWidth(engine, text, style) <= width)
        return text;
    QList<int> cuts;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    for (qsizetype at = finder.toNextBoundary(); at > 0 && at < text.size(); at = finder.toNextBoundary())
        cuts << int(at);
    QString best;
    int low = 0;
    int high = int(cuts.size()) - 1;
    while (low <= high) {
        const int middle = (low + high) / 2;
        const QString candidate = text.left(cuts.at(middle)).trimmed() + QStringLiteral("…");
        if (naturalWidth(engine, candidate, style) <= width) {
            best = candidate;
            low = middle + 1;
        } else {
            high = middle - 1;
        }
    }
    return best;
}

// `text` in at most `maxLines` lines of `width`, broken between words, the last line (or a
// word too long for any line) elided. As StallPlan::fitLines does on the screen.
QStringList fitLines(ReportTextEngine &engine, const QString &text, const ReportTextStyle &style, qreal width,
                     int maxLines, bool *shortened)
{
    QStringList lines;
    auto shorten = [&](const QString &piece) {
        const QString fitted = elided(engine, piece, style, width);
        if (fitted != piece)
            *shortened = true;
        return fitted;
    };
    *shortened = false;
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString current;
    qsizetype i = 0;
    while (i < words.size() && maxLines > 0) {
        if (lines.size() == maxLines - 1) {
            QString rest = words.mid(i).join(QLatin1Char(' '));
            if (!current.isEmpty())
                rest = current + QLatin1Char(' ') + rest;
            lines << shorten(rest);
            current.clear();
            break;
        }
        const QString candidate = current.isEmpty() ? words.at(i) : current + QLatin1Char(' ') + words.at(i);
        if (naturalWidth(engine, candidate, style) <= width) {
            current = candidate;
            ++i;
        } else if (current.isEmpty()) {
            lines << shorten(words.at(i++));
        } else {
            lines << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        lines << current;
    else if (i < words.size())
        *shortened = true; // no line at all
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

void drawStall(ReportPainter &p, const StallPlan &plan, const Stall &stall, const QRectF &rect)
{
    p.rect(rect, plan.color(stall), Outline, 0.6);
    if (StallPlan::hatched(stall))
        hatch(p, rect, qBound(2.5, qMin(rect.width(), rect.height()) / 8, 6.0), 0.5);
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
    if (holder.isEmpty())
        return;
    // The name in as many whole lines as fit under the code, as large as lets all of it fit,
    // else the smallest size with the last line elided: never cut off at the stall's edge,
    // never spilling onto the next.
    // Sizes stay close to the code's, so that neighbouring stalls look alike.
    const qreal floor = TextFold::hasDevanagari(holder) ? MinimumDevanagariPoints : MinimumNamePoints;
    const qreal largest = qMax(floor, qMin(code.pointSize * 0.7, 9.0));
    const qreal smallest = qMax(floor, code.pointSize * 0.55);
    const qreal top = inner.top() + codeBlock->size.height();
    ReportTextStyle small;
    small.alignment = Qt::AlignHCenter;
    small.wrap = false;
    QStringList lines;
    qreal lineHeight = 0;
    for (qreal size = largest; size >= smallest - 0.01; size -= 0.5) {
        small.pointSize = size;
        lineHeight = p.engine().layout(QStringLiteral("Ag"), small)->size.height();
        const int maxLines = int((inner.bottom() - top) / lineHeight);
        if (maxLines < 1)
            continue;
        bool shortened = false;
        lines = fitLines(p.engine(), holder, small, inner.width(), maxLines, &shortened);
        if (!shortened)
            break;
    }
    qreal y = top;
    for (const QString &line : std::as_const(lines)) {
        const ReportTextBlockPtr block = p.engine().layout(line, small);
        p.block(QPointF(inner.center().x() - block->size.width() / 2, y), block, Qt::black, inner);
        y += lineHeight;
    }
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
                      ReportColumn{tr("Status"), 64, 0, Qt::AlignLeft},
                      ReportColumn{tr("Category"), 0, 1, Qt::AlignLeft},
                      ReportColumn{tr("Enterprise"), 0, 3, Qt::AlignLeft},
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
        // The status in words (a blocked stall looked free); the enterprise column says what the
        // plan says in the stall: its holder, or why it is blocked ("Help desk").
        table.addRow({s.code, StallGeometry::size(s.width, s.depth), StallStatuses::displayName(s.status),
                      s.sectorId ? plan.sectors.value(s.sectorId).name(language) : QString(), plan.holderText(s),
                      holder.mobile});
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
    const QString info = tr("Hall %1 · %2 · printed %3")
                             .arg(StallGeometry::size(plan.hall.width, plan.hall.depth),
                                  LanguageManager::digits(tr("%n stall(s)", nullptr, int(plan.stalls.size()))), LanguageManager::date(printed.date()));
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
