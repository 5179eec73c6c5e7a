#include "settingsdialog.h"
#include "ui_settingsdialog.h"

#include "appinfo.h"
#include "backupmanager.h"
#include "database.h"
#include "errorchannel.h"
#include "languagemanager.h"
#include "exports/exchangerateswidget.h"
#include "settingsrepository.h"

#include <QSettings>
#include <QSysInfo>
#include <QTabWidget>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    // Two tabs: the form's groups, and the exchange rates (a table needs the room).
    m_tabs = new QTabWidget(this);
    auto *general = new QWidget(m_tabs);
    auto *generalLayout = new QVBoxLayout(general);
    for (QWidget *box : {static_cast<QWidget *>(m_ui->displayBox), static_cast<QWidget *>(m_ui->officeBox),
                         static_cast<QWidget *>(m_ui->backupBox)}) {
        m_ui->mainLayout->removeWidget(box);
        generalLayout->addWidget(box);
    }
    generalLayout->addStretch();
    m_rates = new ExchangeRatesWidget(m_tabs);
    m_tabs->addTab(general, QString());
    m_tabs->addTab(m_rates, QString());
    m_ui->mainLayout->insertWidget(0, m_tabs, 1);
    retranslateTabs();
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
        m_rates->load(ExchangeRateRepository().all());
    }
    m_rates->setEnabled(open);
}

void SettingsDialog::accept()
{
    // The rates are checked first: a bad one keeps the dialog open with nothing saved.
    std::optional<QList<ExchangeRate>> rates;
    if (Database::isOpen()) {
        QString problem;
        rates = m_rates->rates(&problem);
        if (!rates) {
            m_tabs->setCurrentWidget(m_rates);
            ErrorChannel::instance()->report(problem);
            return;
        }
    }
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
            || !repository.setValue(SettingsRepository::DistrictHi, m_ui->districtHiEdit->text().simplified(), &error)
            || (rates && *rates != ExchangeRateRepository().all() && !ExchangeRateRepository().replaceAll(*rates, &error))) {
            ErrorChannel::instance()->report(error); // the window says why; the dialog stays open
            return;
        }
    }
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateTabs();
    }
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateTabs()
{
    m_tabs->setTabText(0, tr("&General"));
    m_tabs->setTabText(1, tr("E&xchange rates"));
}
