#pragma once

#include <QAction>
#include <QToolButton>

// A button that shows `action`: its text, icon, tooltip and enabled state follow the action, so
// a page's buttons, menu entries and shortcuts stay one thing.
inline QToolButton *actionButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}
