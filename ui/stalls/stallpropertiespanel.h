#pragma once

#include "stalls/stallrepository.h"
#include "stalls/stallplan.h"

#include <QWidget>

#include <memory>

namespace Ui {
class StallPropertiesPanel;
}

// The selected stall's properties (code, size, category, status, holder, notes), a Designer
// form. It never writes: a change the person makes comes out as changeRequested(before, after)
// for the page to check (a code, room in the hall) and push as an undo step. With no stall or
// several selected it says so instead of showing fields of a stall that is not there.
class StallPropertiesPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit StallPropertiesPanel(QWidget *parent = nullptr);
    ~StallPropertiesPanel() override;

    // Shows `selected` (stalls of `plan`); `waiting` are the invitees who may be chosen as holder.
    void setStalls(const StallPlan &plan, const QList<Stall> &selected,
                   const QList<StallRepository::Holder> &waiting);

signals:
    void changeRequested(const Stall &before, const Stall &after);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void apply();

    std::unique_ptr<Ui::StallPropertiesPanel> m_ui;
    StallPlan m_plan;
    QList<Stall> m_selected;
    QList<StallRepository::Holder> m_waiting;
    bool m_filling = false;
};
