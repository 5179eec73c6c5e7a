#pragma once

#include <QString>

class QWidget;

// Message boxes whose buttons carry our own translated words, since Qt ships no Hindi for its
// standard buttons.
namespace MessageBoxes {
// Asks before something is destroyed; the default button is Cancel. True when confirmed.
bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &confirmText);
// Yes/No question; true for yes.
bool ask(QWidget *parent, const QString &title, const QString &text, const QString &yesText,
         const QString &noText);
void warn(QWidget *parent, const QString &title, const QString &text);
void inform(QWidget *parent, const QString &title, const QString &text);
} // namespace MessageBoxes
