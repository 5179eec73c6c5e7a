#include "stallplan.h"

#include "text/fonts.h"
#include "text/languagemanager.h"
#include "storage/outputpath.h"
#include "report/reportrenderer.h"
#include "sectors/sectorrepository.h"
#include "stallreport.h"
#include "text/textfold.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QSaveFile>
#include <QTextLayout>
#include <QTextOption>

#include <algorithm>

namespace {
QColor statusColor(StallStatus status)
{
    switch (status) {
    case StallStatus::Free: return QColor(0xe8, 0xf5, 0xe9);
    case StallStatus::Reserved: return QColor(0xff, 0xec, 0xb3);
    case StallStatus::Allotted: return QColor(0x90, 0xca, 0xf9);
    case StallStatus::Blocked: return QColor(0xe0, 0xe0, 0xe0);
    }
    return Qt::white;
}

const QColor NoCategory(0xf5, 0xf5, 0xf5);
// Taken, trade unknown: a colour no demo category uses, far from white and from grey.
const QColor AllottedNoCategory(0xb3, 0x9d, 0xdb);

// `text` cut between letters (never inside a Devanagari syllable) with "…", as wide as fits.
// QFontMetrics::elidedText can overshoot with Devanagari set in a fallback font. The cut is
// found on the shaped line (one shaping, not one per guess), then checked.
QString elide(const QString &text, const QFont &font, qreal width)
{
    const QFontMetricsF metrics(font);
    const QString ellipsis = QStringLiteral("…");
    QTextLayout layout(text, font);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(1e6);
    layout.endLayout();
    int cut = line.xToCursor(width - metrics.horizontalAdvance(ellipsis), QTextLine::CursorBetweenCharacters);
    while (cut > 0) {
        const QString candidate = text.left(cut).trimmed() + ellipsis;
        if (metrics.horizontalAdvance(candidate) <= width)
            return candidate;
        cut = layout.previousCursorPosition(cut);
    }
    return QString();
}

QFont fontOfPixels(int pixels, bool bold)
{
    QFont font = Fonts::uiFont();
    font.setBold(bold);
    font.setPixelSize(pixels);
    return font;
}

bool allottedWithoutCategory(const Stall &stall, const QHash<qint64, Sector> &sectors)
{
    return stall.status == StallStatus::Allotted && !sectors.contains(stall.sectorId);
}
} // namespace

StallPlan StallPlan::load(qint64 eventId, const QString &connection)
{
    StallPlan plan;
    StallRepository repository(connection);
    plan.hall = repository.hall(eventId).value_or(Hall{0, eventId, QString(), 40, 25});
    plan.stalls = repository.stalls(eventId);
    plan.holders = repository.holders(eventId);
    for (const Sector &s : SectorRepository(connection).all())
        plan.sectors.insert(s.id, s);
    plan.language = LanguageManager::currentLanguage();
    return plan;
}

QColor StallPlan::color(const Stall &stall) const
{
    if (colorBy == ColorBy::Status)
        return statusColor(stall.status);
    if (stall.status == StallStatus::Blocked)
        return statusColor(StallStatus::Blocked);
    if (allottedWithoutCategory(stall, sectors))
        return AllottedNoCategory;
    const auto it = sectors.constFind(stall.sectorId);
    if (it == sectors.constEnd() || it->color.isEmpty())
        return NoCategory;
    // Category colours are strong; stalls show them light so the text stays readable.
    return QColor(it->color).lighter(125);
}

QString StallPlan::holderText(const Stall &stall) const
{
    const auto it = holders.constFind(stall.id);
    if (it != holders.constEnd())
        return it->enterprise.isEmpty() ? it->name : it->enterprise;
    if (stall.status == StallStatus::Blocked && !stall.notes.isEmpty())
        return stall.notes;
    return {};
}

QList<StallPlan::LegendEntry> StallPlan::legend() const
{
    QList<LegendEntry> entries;
    if (colorBy == ColorBy::Status) {
        for (StallStatus s : StallStatuses::all())
            entries << LegendEntry{statusColor(s), StallStatuses::displayName(s), s == StallStatus::Blocked};
        return entries;
    }
    // The categories present in this layout, in name order.
    QList<qint64> used;
    bool none = false;
    bool allottedNone = false;
    for (const Stall &s : stalls) {
        if (s.status == StallStatus::Blocked)
            continue;
        if (s.sectorId && sectors.contains(s.sectorId)) {
            if (!used.contains(s.sectorId))
                used << s.sectorId;
        } else if (allottedWithoutCategory(s, sectors)) {
            allottedNone = true;
        } else {
            none = true;
        }
    }
    std::sort(used.begin(), used.end(), [this](qint64 a, qint64 b) {
        return sectors.value(a).name(language) < sectors.value(b).name(language);
    });
    for (qint64 id : used) {
        Stall probe;
        probe.sectorId = id;
        entries << LegendEntry{color(probe), sectors.value(id).name(language)};
    }
    if (allottedNone)
        entries << LegendEntry{AllottedNoCategory, tr("allotted, no category")};
    if (none)
        entries << LegendEntry{NoCategory, tr("no category")};
    entries << LegendEntry{statusColor(StallStatus::Blocked), StallStatuses::displayName(StallStatus::Blocked), true};
    return entries;
}

StallPlan::Label StallPlan::label(const Stall &stall, const QSizeF &box) const
{
    Label label;
    label.code = stall.code;
    const qreal pad = qMin(box.width(), box.height()) * 0.06;
    const QRectF inner(pad, pad, box.width() - 2 * pad, box.height() - 2 * pad);
    label.codeFont = fontOfPixels(std::clamp(int(qMin(box.height() * 0.22, box.width() * 0.2)), 4, 40), true);
    const QFontMetricsF codeMetrics(label.codeFont);
    label.codeRect = QRectF(inner.left(), inner.top(), inner.width(), codeMetrics.height());
    if (codeMetrics.horizontalAdvance(label.code) > inner.width())
        label.code = elide(label.code, label.codeFont, inner.width());

    const QString holder = holderText(stall);
    if (holder.isEmpty())
        return label;
    label.namesRect = QRectF(inner.left(), label.codeRect.bottom(), inner.width(), inner.bottom() - label.codeRect.bottom());
    // Devanagari needs more pixels than Latin before its matras and conjuncts can be read.
    const int floor = TextFold::hasDevanagari(holder) ? MinimumDevanagariPixels : MinimumNamePixels;
    const int largest = qMax(floor, qMin(int(label.codeFont.pixelSize() * 0.75), 18));
    const int smallest = qMax(floor, int(label.codeFont.pixelSize() * 0.6));
    // The larger size if the whole name fits at it; else the smaller, elided if need be. Sizes
    // stay close to the code's, so that neighbouring stalls look alike.
    for (int size : {largest, smallest}) {
        if (size == smallest && label.nameFont.pixelSize() == smallest)
            break;
        const QFont font = fontOfPixels(size, false);
        const QFontMetricsF metrics(font);
        // Whole lines only, and at least a few letters wide: a speck of a name helps nobody.
        const int lines = int((label.namesRect.height() + metrics.leading()) / metrics.lineSpacing());
        if (lines < 1 || inner.width() < metrics.horizontalAdvance(QStringLiteral("Abc…")))
            continue;
        bool elided = false;
        label.nameFont = font;
        label.nameLines = fitLines(holder, font, inner.width(), lines, &elided);
        if (!elided)
            break;
    }
    return label;
}

QStringList StallPlan::fitLines(const QString &text, const QFont &font, qreal width, int maxLines, bool *elided)
{
    QStringList result;
    if (elided)
        *elided = false;
    if (maxLines < 1 || width <= 0)
        return result;
    // Shaped once; the lines' own widths tell what does not fit. (Shaping is what a zoom
    // spends its time on: one layout a size, not one measurement a word.)
    const QFontMetricsF metrics(font);
    const QString ellipsis = QStringLiteral("…");
    QTextLayout layout(text.simplified(), font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    const QString &all = layout.text();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        const int end = line.textStart() + line.textLength();
        // The last line that fits takes the rest of the text, elided.
        const bool last = result.size() == maxLines - 1;
        const bool more = last && end < all.size();
        const QString piece = (more ? all.mid(line.textStart()) : all.mid(line.textStart(), line.textLength())).trimmed();
        const bool tooLong = more || line.naturalTextWidth() > width + 0.01;
        if (!tooLong) {
            result << piece;
        } else {
            // Cut on this shaped line where "…" still fits (between letters: a Devanagari
            // syllable stays whole), checked once, stepping back if need be.
            if (elided)
                *elided = true;
            const qreal room = width - metrics.horizontalAdvance(ellipsis);
            int cut = qMin(line.xToCursor(room, QTextLine::CursorBetweenCharacters), end);
            QString shortened;
            for (; cut > line.textStart(); cut = layout.previousCursorPosition(cut)) {
                shortened = all.mid(line.textStart(), cut - line.textStart()).trimmed() + ellipsis;
                if (metrics.horizontalAdvance(shortened) <= width)
                    break;
                shortened.clear();
            }
            result << shortened;
        }
        if (last)
            break;
    }
    layout.endLayout();
    // A line that is nothing but "…" says nothing.
    while (!result.isEmpty() && (result.constLast().isEmpty() || result.constLast() == QStringLiteral("…")))
        result.removeLast();
    return result;
}

void StallPlan::paintSwatch(QPainter &painter, const QRectF &rect, const QColor &color, bool hatched)
{
    painter.save();
    painter.setPen(QPen(QColor(0x42, 0x42, 0x42), 0));
    painter.setBrush(color);
    painter.drawRect(rect);
    if (hatched) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QBrush(hatchColor(), Qt::BDiagPattern));
        painter.drawRect(rect);
    }
    painter.restore();
}

void StallPlan::paintStall(QPainter &painter, const QRectF &rect, const Stall &stall, bool selected,
                           const Label *known) const
{
    painter.save();
    // Device pixels from here on: what fits is judged on the screen or picture, not in metres.
    const QRectF box = painter.worldTransform().mapRect(rect);
    painter.resetTransform();
    painter.setPen(QPen(selected ? QColor(0x15, 0x65, 0xc0) : QColor(0x42, 0x42, 0x42), selected ? 3 : 1));
    painter.setBrush(color(stall));
    painter.drawRect(box);
    if (hatched(stall)) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QBrush(hatchColor(), Qt::BDiagPattern));
        painter.drawRect(box);
    }
    const Label computed = known ? Label() : label(stall, box.size());
    const Label &text = known ? *known : computed;
    // Names are fitted already; only a code in a speck of a stall can stick out.
    if (text.codeRect.bottom() > box.height())
        painter.setClipRect(box);
    painter.setPen(Qt::black);
    painter.setFont(text.codeFont);
    painter.drawText(text.codeRect.translated(box.topLeft()), Qt::AlignTop | Qt::AlignHCenter, text.code);
    if (!text.nameLines.isEmpty()) {
        painter.setFont(text.nameFont);
        const QFontMetricsF metrics(text.nameFont);
        QRectF line(text.namesRect.translated(box.topLeft()).topLeft(), QSizeF(text.namesRect.width(), metrics.height()));
        for (const QString &l : text.nameLines) {
            painter.drawText(line, Qt::AlignTop | Qt::AlignHCenter, l);
            line.translate(0, metrics.lineSpacing());
        }
    }
    painter.restore();
}

void StallPlan::paint(QPainter &painter, const QRectF &target, double grid) const
{
    if (hall.width <= 0 || hall.depth <= 0)
        return;
    const double scale = qMin(target.width() / hall.width, target.height() / hall.depth);
    const QRectF hallRect(target.x(), target.y(), hall.width * scale, hall.depth * scale);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0x26, 0x32, 0x38), 2));
    painter.setBrush(Qt::white);
    painter.drawRect(hallRect);
    if (grid > 0) {
        painter.setPen(QPen(QColor(0xe0, 0xe0, 0xe0), 0.5));
        for (double x = grid; x < hall.width; x += grid)
            painter.drawLine(QPointF(hallRect.left() + x * scale, hallRect.top()),
                             QPointF(hallRect.left() + x * scale, hallRect.bottom()));
        for (double y = grid; y < hall.depth; y += grid)
            painter.drawLine(QPointF(hallRect.left(), hallRect.top() + y * scale),
                             QPointF(hallRect.right(), hallRect.top() + y * scale));
    }
    for (const Stall &s : stalls)
        paintStall(painter, QRectF(hallRect.left() + s.x * scale, hallRect.top() + s.y * scale,
                                   s.width * scale, s.depth * scale),
                   s);
    painter.restore();
}

QImage StallPlan::image(double pixelsPerMetre) const
{
    const QSize size(int(hall.width * pixelsPerMetre) + 2, int(hall.depth * pixelsPerMetre) + 2);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, QRectF(1, 1, size.width() - 2, size.height() - 2), 0);
    return image;
}

bool StallPlan::writePng(const QString &path, QString *error, double pixelsPerMetre) const
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (const QString refused = OutputPath::refusal(path); !refused.isEmpty())
        return fail(refused);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (!image(pixelsPerMetre).save(&file, "PNG")) {
        const QString why = OutputPath::writeError(&file);
        file.cancelWriting();
        return fail(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), why));
    }
    if (!file.commit())
        return fail(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}

bool StallPlan::writePdf(const QString &path, const QString &title, QString *error) const
{
    return ReportRenderer::writePdf(StallReport::build(*this, title), path, error);
}
