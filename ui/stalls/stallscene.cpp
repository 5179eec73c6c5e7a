#include "stallscene.h"

#include "stalls/stallgeometry.h"

#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace {
const QString InviteeMime = QStringLiteral("application/x-sammelan-invitee");
constexpr double HandleSize = 10;
}

StallItem::StallItem(const Stall &stall, StallScene *scene) : m_scene(scene)
{
    setFlags(ItemIsSelectable | ItemIsMovable);
    // Drawn once per zoom level and reused while panning: smooth with a thousand stalls.
    setCacheMode(DeviceCoordinateCache);
    setStall(stall);
}

void StallItem::setStall(const Stall &stall)
{
    m_stall = stall;
    m_labels.clear();
    setRect(0, 0, stall.width * StallScene::Scale, stall.depth * StallScene::Scale);
    setPos(stall.x * StallScene::Scale, stall.y * StallScene::Scale);
    setToolTip(m_scene->plan().holderText(stall).isEmpty()
                   ? stall.code
                   : QStringLiteral("%1 — %2").arg(stall.code, m_scene->plan().holderText(stall)));
    update();
}

Stall StallItem::placed(bool snap) const
{
    Stall s = m_stall;
    s.x = pos().x() / StallScene::Scale;
    s.y = pos().y() / StallScene::Scale;
    if (snap) {
        s.x = StallGeometry::snap(s.x);
        s.y = StallGeometry::snap(s.y);
    }
    return s;
}

void StallItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    // The plan decides, in screen pixels, how much of the holder's name fits at this zoom.
    const QSizeF box = painter->worldTransform().mapRect(rect()).size();
    const QSize key(qRound(box.width() * 2), qRound(box.height() * 2));
    auto known = std::find_if(m_labels.begin(), m_labels.end(), [key](const auto &entry) { return entry.first == key; });
    if (known == m_labels.end()) {
        if (m_labels.size() >= 8)
            m_labels.removeFirst();
        m_labels.append({key, m_scene->plan().label(m_stall, box)});
        known = m_labels.end() - 1;
    }
    m_scene->plan().paintStall(*painter, rect(), m_stall, isSelected(), &known->second);
}

StallScene::StallScene(QObject *parent) : QGraphicsScene(parent)
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
}

void StallScene::setPlan(const StallPlan &plan)
{
    const QList<Stall> selected = selectedStalls();
    m_plan = plan;
    clear();
    m_resizing = nullptr;
    const double margin = 2 * Scale;
    setSceneRect(hallRect().adjusted(-margin, -margin, margin, margin));
    for (const Stall &s : m_plan.stalls)
        addItem(new StallItem(s, this));
    QList<qint64> ids;
    for (const Stall &s : selected)
        ids << s.id;
    selectStalls(ids);
    update();
}

void StallScene::setColorBy(StallPlan::ColorBy colorBy)
{
    m_plan.colorBy = colorBy;
    for (StallItem *item : stallItems())
        item->update();
}

QRectF StallScene::hallRect() const
{
    return QRectF(0, 0, m_plan.hall.width * Scale, m_plan.hall.depth * Scale);
}

QList<StallItem *> StallScene::stallItems() const
{
    QList<StallItem *> result;
    for (QGraphicsItem *item : items(Qt::AscendingOrder))
        if (item->type() == StallItem::Type)
            result << static_cast<StallItem *>(item);
    return result;
}

QList<Stall> StallScene::selectedStalls() const
{
    QList<Stall> result;
    for (QGraphicsItem *item : selectedItems())
        if (item->type() == StallItem::Type)
            result << static_cast<StallItem *>(item)->stall();
    std::sort(result.begin(), result.end(), [](const Stall &a, const Stall &b) { return a.code < b.code; });
    return result;
}

void StallScene::selectStalls(const QList<qint64> &ids)
{
    clearSelection();
    for (StallItem *item : stallItems())
        if (ids.contains(item->stall().id))
            item->setSelected(true);
}

StallItem *StallScene::itemFor(qint64 stallId) const
{
    for (StallItem *item : stallItems())
        if (item->stall().id == stallId)
            return item;
    return nullptr;
}

StallItem *StallScene::stallAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos))
        if (item->type() == StallItem::Type)
            return static_cast<StallItem *>(item);
    return nullptr;
}

QRectF StallScene::handleRect(const StallItem *item) const
{
    const QPointF corner = item->mapToScene(item->rect().bottomRight());
    return QRectF(corner.x() - HandleSize, corner.y() - HandleSize, HandleSize, HandleSize);
}

void StallScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, QColor(0xec, 0xef, 0xf1));
    const QRectF hall = hallRect();
    painter->fillRect(hall & rect, Qt::white);
    if (m_snap) {
        // Only the lines in the exposed part, in two batches; the half-metre lines only when
        // they are far enough apart on screen to help.
        const double pixelsPerMetre = Scale * painter->worldTransform().m11();
        const QRectF area = hall & rect;
        QVector<QLineF> metre, half;
        const double step = StallGeometry::Grid * Scale;
        for (double x = std::ceil(area.left() / step) * step; x < area.right(); x += step)
            (std::fmod(x, Scale) < 1 ? metre : half) << QLineF(x, area.top(), x, area.bottom());
        for (double y = std::ceil(area.top() / step) * step; y < area.bottom(); y += step)
            (std::fmod(y, Scale) < 1 ? metre : half) << QLineF(area.left(), y, area.right(), y);
        if (pixelsPerMetre * StallGeometry::Grid >= 6) {
            painter->setPen(QPen(QColor(0xee, 0xf1, 0xf3), 0));
            painter->drawLines(half);
        }
        if (pixelsPerMetre >= 4) {
            painter->setPen(QPen(QColor(0xd0, 0xd7, 0xdc), 0));
            painter->drawLines(metre);
        }
    }
    painter->setPen(QPen(QColor(0x26, 0x32, 0x38), 3));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(hall);
}

void StallScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    const QList<QGraphicsItem *> selected = selectedItems();
    if (event->button() == Qt::LeftButton && selected.size() == 1 && selected.constFirst()->type() == StallItem::Type) {
        auto *item = static_cast<StallItem *>(selected.constFirst());
        if (handleRect(item).contains(event->scenePos())) {
            m_resizing = item;
            m_resizeStart = item->stall();
            event->accept();
            return;
        }
    }
    QGraphicsScene::mousePressEvent(event);
    m_pressed = selectedStalls();
}

void StallScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_resizing) {
        const QPointF topLeft = m_resizing->pos();
        const double w = qMax(StallGeometry::MinimumSide * Scale, event->scenePos().x() - topLeft.x());
        const double h = qMax(StallGeometry::MinimumSide * Scale, event->scenePos().y() - topLeft.y());
        m_resizing->setRect(0, 0, w, h);
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void StallScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_resizing) {
        Stall after = m_resizeStart;
        after.width = m_resizing->rect().width() / Scale;
        after.depth = m_resizing->rect().height() / Scale;
        if (m_snap) {
            after.width = qMax(StallGeometry::MinimumSide, StallGeometry::snap(after.width));
            after.depth = qMax(StallGeometry::MinimumSide, StallGeometry::snap(after.depth));
        }
        m_resizing = nullptr;
        if (after != m_resizeStart)
            emit resizeRequested(m_resizeStart, after);
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    // Where the dragged stalls came to rest, snapped to the grid.
    QList<Stall> before, after;
    for (const Stall &was : std::as_const(m_pressed)) {
        StallItem *item = itemFor(was.id);
        if (!item)
            continue;
        const Stall now = item->placed(m_snap);
        if (now.x != was.x || now.y != was.y) {
            before << was;
            after << now;
        }
    }
    m_pressed.clear();
    if (!after.isEmpty())
        emit moveRequested(before, after);
}

void StallScene::nudge(double dx, double dy)
{
    const QList<Stall> before = selectedStalls();
    if (before.isEmpty())
        return;
    QList<Stall> after = before;
    for (Stall &s : after) {
        s.x += dx;
        s.y += dy;
    }
    emit moveRequested(before, after);
}

void StallScene::resizeSelection(double dw, double dh)
{
    const QList<Stall> before = selectedStalls();
    if (before.size() != 1)
        return;
    Stall after = before.constFirst();
    after.width = qMax(StallGeometry::MinimumSide, after.width + dw);
    after.depth = qMax(StallGeometry::MinimumSide, after.depth + dh);
    if (after != before.constFirst())
        emit resizeRequested(before.constFirst(), after);
}

void StallScene::keyPressEvent(QKeyEvent *event)
{
    const double step = StallGeometry::Grid;
    double dx = 0, dy = 0;
    switch (event->key()) {
    case Qt::Key_Left: dx = -step; break;
    case Qt::Key_Right: dx = step; break;
    case Qt::Key_Up: dy = -step; break;
    case Qt::Key_Down: dy = step; break;
    default:
        QGraphicsScene::keyPressEvent(event);
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier)
        resizeSelection(dx, dy);
    else
        nudge(dx, dy);
    event->accept();
}

void StallScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(event->mimeData()->hasFormat(InviteeMime));
}

void StallScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(event->mimeData()->hasFormat(InviteeMime) && stallAt(event->scenePos()));
}

void StallScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    StallItem *item = stallAt(event->scenePos());
    if (!item || !event->mimeData()->hasFormat(InviteeMime)) {
        event->ignore();
        return;
    }
    const qint64 invitee = event->mimeData()->data(InviteeMime).toLongLong();
    event->acceptProposedAction();
    emit allotRequested(item->stall().id, invitee);
}
