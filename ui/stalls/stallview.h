#pragma once

#include <QGraphicsView>

class StallScene;

// The plan's view: Ctrl+wheel zooms, a drag with nothing under it selects with a band,
// Ctrl+drag of an allotted stall carries it to the waiting list. Until the person zooms, the
// whole hall stays in view as the window changes size.
class StallView final : public QGraphicsView
{
    Q_OBJECT
public:
    static inline const QString StallMime = QStringLiteral("application/x-sammelan-stall");

    explicit StallView(StallScene *scene, QWidget *parent = nullptr);

    void zoomBy(double factor);
    // The whole hall in view (and from now on, as the window changes size).
    void fitToWindow();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    StallScene *m_scene;
    bool m_autoFit = true;
};
