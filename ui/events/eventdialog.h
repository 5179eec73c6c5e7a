#pragma once

#include "event.h"

#include <QDialog>
#include <memory>

namespace Ui {
class EventDialog;
}

// The form for creating or editing an event. Checks the fields as they are typed (a name in
// either language, valid dates, end not before start), shows the reason and keeps Save disabled
// until the event can be saved. Writes nothing itself: the caller pushes the undo command.
class EventDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit EventDialog(QWidget *parent = nullptr);
    ~EventDialog() override;

    void setEvent(const Event &event);
    Event event() const;
    // Why the current fields cannot be saved, or empty.
    QString problem() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void revalidate();
    std::unique_ptr<Ui::EventDialog> m_ui;
    Event m_original;
};
