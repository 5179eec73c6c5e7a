#pragma once

#include "stalls/stallplan.h"

#include <QWidget>

// The plan's legend under the editor: a box in each colour (hatched for blocked, as on the
// plan) with its name, in as many rows as the width needs; an entry is never split.
class StallLegend final : public QWidget
{
    Q_OBJECT
public:
    explicit StallLegend(QWidget *parent = nullptr);

    void setEntries(const QList<StallPlan::LegendEntry> &entries);
    const QList<StallPlan::LegendEntry> &entries() const { return m_entries; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    // Where each entry goes at `width`; returns the height used.
    int layoutEntries(int width, QList<QRect> *boxes) const;

    QList<StallPlan::LegendEntry> m_entries;
};
