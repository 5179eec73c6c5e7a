#pragma once

#include "events/event.h"

#include <QDialog>
#include <functional>
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
    // Called on Save once the form is valid; the dialog closes only when it returns true (the
    // write succeeded), so a save that fails keeps what was typed on screen.
    void setSaver(std::function<bool()> saver) { m_saver = std::move(saver); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void revalidate();
    std::unique_ptr<Ui::EventDialog> m_ui;
    Event m_original;
    std::function<bool()> m_saver;
};
