#include "stallplan.h"

#include "fonts.h"
#include "languagemanager.h"
#include "outputpath.h"
#include "report/reportrenderer.h"
#include "sectorrepository.h"
#include "stallreport.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QSaveFile>
#include <QTextOption>

#include <algorithm>

namespace {
QColor statusColor(StallStatus status)
{
    switch (status) {
    case StallStatus::Free: return QColor(0xe8, 0xf5, 0xe9);
    case StallStatus::Reserved: return QColor(0xff, 0xec, 0xb3);
    case StallStatus::Allotted: return QColor(0x90, 0xca, 0xf9);
    case StallStatus::Blocked: return QColor(0xbd, 0xbd, 0xbd);
    }
    return Qt::white;
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
    const auto it = sectors.constFind(stall.sectorId);
    if (it == sectors.constEnd() || it->color.isEmpty())
        return QColor(0xf5, 0xf5, 0xf5);
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
            entries << LegendEntry{statusColor(s), StallStatuses::displayName(s)};
        return entries;
    }
    // The categories present in this layout, in name order.
    QList<qint64> used;
    bool none = false;
    for (const Stall &s : stalls) {
        if (s.status == StallStatus::Blocked)
            continue;
        if (s.sectorId && sectors.contains(s.sectorId)) {
            if (!used.contains(s.sectorId))
                used << s.sectorId;
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
    if (none)
        entries << LegendEntry{QColor(0xf5, 0xf5, 0xf5), tr("no category")};
    entries << LegendEntry{statusColor(StallStatus::Blocked), StallStatuses::displayName(StallStatus::Blocked)};
    return entries;
}

void StallPlan::paintStall(QPainter &painter, const QRectF &rect, const Stall &stall, bool detail,
                           bool selected) const
{
    painter.save();
    painter.setPen(QPen(selected ? QColor(0x15, 0x65, 0xc0) : QColor(0x42, 0x42, 0x42),
                        selected ? 3 : 1));
    painter.setBrush(color(stall));
    painter.drawRect(rect);
    const double pad = qMin(rect.width(), rect.height()) * 0.06;
    const QRectF inner = rect.adjusted(pad, pad, -pad, -pad);
    QFont font = Fonts::uiFont();
    font.setBold(true);
    font.setPixelSize(qMax(4, int(qMin(rect.height() * 0.22, rect.width() * 0.2))));
    painter.setFont(font);
    painter.setPen(Qt::black);
    const QFontMetricsF codeMetrics(font);
    painter.drawText(inner, Qt::AlignTop | Qt::AlignHCenter, stall.code);
    const QString holder = holderText(stall);
    if (detail && !holder.isEmpty()) {
        QFont small = Fonts::uiFont();
        small.setPixelSize(qMax(4, int(font.pixelSize() * 0.62)));
        painter.setFont(small);
        QTextOption option(Qt::AlignHCenter | Qt::AlignTop);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        const QRectF below = inner.adjusted(0, codeMetrics.height(), 0, 0);
        painter.setClipRect(rect);
        painter.drawText(below, holder, option);
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
                   s, scale * qMin(s.width, s.depth) > 40);
    painter.restore();
}

void StallPlan::paintLegend(QPainter &painter, const QRectF &target) const
{
    painter.save();
    QFont font = Fonts::uiFont();
    font.setPixelSize(qMax(8, int(target.height() * 0.8)));
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const double box = metrics.height() * 0.8;
    double x = target.left();
    double y = target.top();
    for (const LegendEntry &e : legend()) {
        const double width = box + 6 + metrics.horizontalAdvance(e.text) + 18;
        if (x + width > target.right() && x > target.left()) {
            x = target.left();
            y += metrics.height() * 1.3;
        }
        painter.setPen(QColor(0x42, 0x42, 0x42));
        painter.setBrush(e.color);
        painter.drawRect(QRectF(x, y + (metrics.height() - box) / 2, box, box));
        painter.setPen(Qt::black);
        painter.drawText(QPointF(x + box + 6, y + metrics.ascent()), e.text);
        x += width;
    }
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
