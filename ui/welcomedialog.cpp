#include "welcomedialog.h"

#include "text/languagemanager.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

WelcomeDialog::WelcomeDialog(QWidget *parent) : QDialog(parent)
{
    m_languageLabel = new QLabel(this);
    QFont big = m_languageLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_languageLabel->setFont(big);
    m_languages = new QButtonGroup(this);
    auto *languageRow = new QHBoxLayout;
    for (const QString &language : LanguageManager::availableLanguages()) {
        // Each in its own script, so either reader finds theirs: never translated.
        auto *button = new QRadioButton(LanguageManager::nativeName(language), this);
        button->setObjectName(language);
        button->setFont(big);
        button->setChecked(language == LanguageManager::currentLanguage());
        m_languages->addButton(button);
        languageRow->addWidget(button);
        connect(button, &QRadioButton::toggled, this, [language](bool on) {
            if (on && LanguageManager::instance()->setLanguage(language))
                QSettings().setValue(LanguageManager::SettingsKey, language);
        });
    }
    languageRow->addStretch();
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    m_demoButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_emptyButton = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_demoButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_languageLabel);
    layout->addLayout(languageRow);
    layout->addSpacing(12);
    layout->addWidget(m_text);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(480);
    retranslateUi();
}

QRadioButton *WelcomeDialog::languageButton(const QString &language) const
{
    return findChild<QRadioButton *>(language);
}

void WelcomeDialog::retranslateUi()
{
    setWindowTitle(tr("Welcome to Sammelan"));
    // Both languages at once: the reader may not read the current one yet.
    m_languageLabel->setText(QStringLiteral("Language · भाषा"));
    m_text->setText(tr("Your database is new and empty. Load the demo conclave (the Gorakhpur export "
                       "conclave with 200 fictional invitees, 24 stalls and export figures) to see how "
                       "Sammelan works?\n\nDemo records are marked as demo and can be deleted later."));
    m_demoButton->setText(tr("Load the demo"));
    m_emptyButton->setText(tr("Start empty"));
}

void WelcomeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
