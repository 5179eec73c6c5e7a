#include "settingsdialog.h"
#include "ui_settingsdialog.h"

#include "appinfo.h"
#include "backupmanager.h"
#include "database.h"
#include "errorchannel.h"
#include "languagemanager.h"
#include "settingsrepository.h"

#include <QSettings>
#include <QSysInfo>

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    for (const QString &language : LanguageManager::availableLanguages())
        m_ui->languageCombo->addItem(LanguageManager::nativeName(language), language);
    load();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load()
{
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(LanguageManager::currentLanguage()));
    m_ui->digitsCheck->setChecked(LanguageManager::instance()->nativeDigits());
    m_ui->keepSpin->setValue(QSettings().value(BackupManager::KeepKey, BackupManager::DefaultKeep).toInt());
    // Empty: the computer's name, shown as the hint.
    m_ui->deskEdit->setText(QSettings().value(AppInfo::DeskNameKey).toString());
    m_ui->deskEdit->setPlaceholderText(QSysInfo::machineHostName());
    const bool open = Database::isOpen();
    m_ui->officeBox->setEnabled(open);
    if (open) {
        SettingsRepository settings;
        m_ui->districtEnEdit->setText(settings.value(SettingsRepository::District));
        m_ui->districtHiEdit->setText(settings.value(SettingsRepository::DistrictHi));
    }
}

void SettingsDialog::accept()
{
    QSettings settings;
    const QString language = m_ui->languageCombo->currentData().toString();
    if (LanguageManager::instance()->setLanguage(language))
        settings.setValue(LanguageManager::SettingsKey, language);
    LanguageManager::instance()->setNativeDigits(m_ui->digitsCheck->isChecked());
    settings.setValue(LanguageManager::NativeDigitsKey, m_ui->digitsCheck->isChecked());
    settings.setValue(BackupManager::KeepKey, m_ui->keepSpin->value());
    const QString desk = m_ui->deskEdit->text().simplified();
    if (desk.isEmpty())
        settings.remove(AppInfo::DeskNameKey);
    else
        settings.setValue(AppInfo::DeskNameKey, desk);
    if (Database::isOpen()) {
        SettingsRepository repository;
        QString error;
        if (!repository.setValue(SettingsRepository::District, m_ui->districtEnEdit->text().simplified(), &error)
            || !repository.setValue(SettingsRepository::DistrictHi, m_ui->districtHiEdit->text().simplified(), &error)) {
            ErrorChannel::instance()->report(error); // the window says why; the dialog stays open
            return;
        }
    }
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}
