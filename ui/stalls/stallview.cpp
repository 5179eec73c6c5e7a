#include "stallview.h"

#include "stallscene.h"

#include <QDrag>
#include <QMimeData>
#include <QMouseEvent>
#include <QWheelEvent>

StallView::StallView(StallScene *scene, QWidget *parent) : QGraphicsView(scene, parent), m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    // The hall and its grid change only with the layout: kept as a picture while panning.
    setCacheMode(QGraphicsView::CacheBackground);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
}

void StallView::zoomBy(double factor)
{
    m_autoFit = false;
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    const double current = transform().m11();
    const double next = qBound(0.05, current * factor, 8.0);
    scale(next / current, next / current);
}

void StallView::fitToWindow()
{
    m_autoFit = true;
    // Everything is in view: scroll bars would only take room from the plan.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The hall with a little floor around it; the scene's own margin is only for dragging.
    fitInView(m_scene->hallRect().adjusted(-10, -10, 10, 10), Qt::KeepAspectRatio);
}

void StallView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void StallView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ControlModifier)) {
        for (QGraphicsItem *item : items(event->position().toPoint()))
            if (item->type() == StallItem::Type && static_cast<StallItem *>(item)->stall().inviteeId) {
                auto *data = new QMimeData;
                data->setData(StallMime, QByteArray::number(static_cast<StallItem *>(item)->stall().id));
                auto *drag = new QDrag(this);
                drag->setMimeData(data);
                drag->exec(Qt::MoveAction);
                return;
            }
    }
    QGraphicsView::mousePressEvent(event);
}

void StallView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_autoFit)
        fitToWindow();
}

void StallView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitToWindow();
}
