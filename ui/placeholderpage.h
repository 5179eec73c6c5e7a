#pragma once

#include <QWidget>

class QLabel;

// A page whose screen is still being built: says so plainly, in the current language.
class PlaceholderPage final : public QWidget
{
    Q_OBJECT
public:
    // `title` and `text` are untranslated source strings in the PlaceholderPage context.
    PlaceholderPage(const char *title, const char *text, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    const char *m_titleSource;
    const char *m_textSource;
    QLabel *m_title;
    QLabel *m_text;
};
