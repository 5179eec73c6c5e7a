#include "placeholderpage.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

PlaceholderPage::PlaceholderPage(const char *title, const char *text, QWidget *parent)
    : QWidget(parent), m_titleSource(title), m_textSource(text)
{
    m_title = new QLabel(this);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_title->setFont(font);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addStretch();
    retranslateUi();
}

void PlaceholderPage::retranslateUi()
{
    m_title->setText(tr(m_titleSource));
    m_text->setText(tr(m_textSource));
}

void PlaceholderPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
