#pragma once

#include "stalls/stallplan.h"

#include <QGraphicsRectItem>
#include <QGraphicsScene>

class StallScene;

// One stall in the editor. Its position and size are the stall's metres times the scene's
// scale; it paints through StallPlan, like the PNG and the printed plan.
class StallItem final : public QGraphicsRectItem
{
public:
    StallItem(const Stall &stall, StallScene *scene);
    const Stall &stall() const { return m_stall; }
    void setStall(const Stall &stall);
    // The stall as it would be with the item where it is now (after a drag), snapped.
    Stall placed(bool snap) const;

    enum { Type = UserType + 1 };
    int type() const override { return Type; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Stall m_stall;
    StallScene *m_scene;
    // Labels at the last few sizes on screen: zooming back and forth finds them again instead
    // of laying out every name anew (shaping text is what a zoom step costs).
    QList<QPair<QSize, StallPlan::Label>> m_labels;
};

// The hall with its grid and stalls. Turns what the mouse and keyboard do into requests (move,
// resize, allot) that the page checks and turns into undo commands; a refused move snaps back.
class StallScene final : public QGraphicsScene
{
    Q_OBJECT
public:
    static constexpr double Scale = 40.0; // scene units per metre

    explicit StallScene(QObject *parent = nullptr);

    void setPlan(const StallPlan &plan);
    const StallPlan &plan() const { return m_plan; }
    void setColorBy(StallPlan::ColorBy colorBy);
    void setSnap(bool on) { m_snap = on; }
    bool snap() const { return m_snap; }

    QList<StallItem *> stallItems() const;
    QList<Stall> selectedStalls() const;
    void selectStalls(const QList<qint64> &ids);
    StallItem *itemFor(qint64 stallId) const;
    QRectF hallRect() const;

    // Moves the selection by (dx, dy) metres (arrow keys).
    void nudge(double dx, double dy);
    // Grows the selected stall by (dw, dh) metres (Shift+arrows).
    void resizeSelection(double dw, double dh);

signals:
    // The page checks and writes these; on refusal it calls setPlan() again (snap back).
    void moveRequested(const QList<Stall> &before, const QList<Stall> &after);
    void resizeRequested(const Stall &before, const Stall &after);
    void allotRequested(qint64 stallId, qint64 inviteeId);
    void freeRequested(qint64 stallId);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;

private:
    StallItem *stallAt(const QPointF &scenePos) const;
    QRectF handleRect(const StallItem *item) const;

    StallPlan m_plan;
    bool m_snap = true;
    QList<Stall> m_pressed;           // the selection as it was when the mouse went down
    StallItem *m_resizing = nullptr;  // the stall whose corner handle is being dragged
    Stall m_resizeStart;
};
