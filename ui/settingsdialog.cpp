#include "settingsdialog.h"
#include "ui_settingsdialog.h"

#include "storage/appinfo.h"
#include "storage/backupmanager.h"
#include "storage/database.h"
#include "undo/errorchannel.h"
#include "exports/exchangeraterepository.h"
#include "exports/exchangerateswidget.h"
#include "text/languagemanager.h"
#include "letters/officedetails.h"
#include "mail/passwordstore.h"
#include "mail/smtpsettings.h"
#include "messageboxes.h"
#include "storage/settingsrepository.h"

#include <QFileDialog>
#include <QImageReader>
#include <QSettings>
#include <QStandardPaths>
#include <QSysInfo>

namespace {
const QString PictureFolderKey = QStringLiteral("settings/pictureFolder");
}

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    // The exchange rates need a table's room: a tab of their own after the others.
    m_rates = new ExchangeRatesWidget(m_ui->tabs);
    m_ui->tabs->addTab(m_rates, QString());
    for (const QString &language : LanguageManager::availableLanguages())
        m_ui->languageCombo->addItem(LanguageManager::nativeName(language), language);
    for (SmtpSettings::Security security : SmtpSettings::securities())
        m_ui->securityCombo->addItem(QString(), SmtpSettings::securityKey(security));
    connect(m_ui->patternEdit, &QLineEdit::textChanged, this, &SettingsDialog::updatePatternExample);
    connect(m_ui->logoButton, &QPushButton::clicked, this, [this] { choosePicture(&m_logo); });
    connect(m_ui->signatureButton, &QPushButton::clicked, this, [this] { choosePicture(&m_signature); });
    connect(m_ui->logoRemoveButton, &QPushButton::clicked, this, [this] { setLogo({}); });
    connect(m_ui->signatureRemoveButton, &QPushButton::clicked, this, [this] { setSignature({}); });
    // The usual port of each kind of security, unless the user typed another.
    connect(m_ui->securityCombo, &QComboBox::activated, this, [this] {
        const SmtpSettings::Security security = SmtpSettings::securityFromKey(m_ui->securityCombo->currentData().toString());
        for (SmtpSettings::Security s : SmtpSettings::securities())
            if (m_ui->portSpin->value() == SmtpSettings::defaultPort(s))
                m_ui->portSpin->setValue(SmtpSettings::defaultPort(security));
    });
    retranslateUi();
    load();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load()
{
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(LanguageManager::currentLanguage()));
    m_ui->digitsCheck->setChecked(LanguageManager::instance()->nativeDigits());
    m_ui->keepSpin->setValue(QSettings().value(BackupManager::KeepKey, BackupManager::DefaultKeep).toInt());
    m_ui->deskEdit->setText(QSettings().value(AppInfo::DeskNameKey).toString());
    m_ui->deskEdit->setPlaceholderText(QSysInfo::machineHostName());
    const bool open = Database::isOpen();
    m_ui->officeTab->setEnabled(open);
    m_ui->mailTab->setEnabled(open);
    m_rates->setEnabled(open);
    if (!open)
        return;
    m_rates->load(ExchangeRateRepository().all());
    const OfficeDetails office = OfficeDetails::load();
    m_ui->nameEnEdit->setText(office.name.en);
    m_ui->nameHiEdit->setText(office.name.hi);
    m_ui->districtEnEdit->setText(office.district.en);
    m_ui->districtHiEdit->setText(office.district.hi);
    m_ui->addressEnEdit->setPlainText(office.address.en);
    m_ui->addressHiEdit->setPlainText(office.address.hi);
    m_ui->officerEnEdit->setText(office.officerName.en);
    m_ui->officerHiEdit->setText(office.officerName.hi);
    m_ui->designationEnEdit->setText(office.officerDesignation.en);
    m_ui->designationHiEdit->setText(office.officerDesignation.hi);
    m_ui->phoneEdit->setText(office.phone);
    m_ui->officeEmailEdit->setText(office.email);
    m_ui->patternEdit->setText(office.numberPattern);
    m_logo = office.logoPng;
    m_signature = office.signaturePng;
    showPictures();
    updatePatternExample();

    const SmtpSettings mail = SmtpSettings::load();
    m_ui->hostEdit->setText(mail.host);
    m_ui->portSpin->setValue(mail.port);
    m_ui->securityCombo->setCurrentIndex(qMax(0, m_ui->securityCombo->findData(SmtpSettings::securityKey(mail.security))));
    m_ui->userEdit->setText(mail.user);
    m_ui->fromEdit->setText(mail.fromAddress);
    m_ui->fromNameEdit->setText(mail.fromName);
    if (mail.needsPassword() && !mail.host.isEmpty()) {
        const PasswordStore::Result stored = PasswordStore::read(mail.passwordKey());
        m_passwordKept = stored.status == PasswordStore::Status::Ok;
        m_ui->keyringLabel->setText(stored.status == PasswordStore::Status::Ok ? tr("A password is kept in the desktop's keyring.")
                                    : stored.status == PasswordStore::Status::NotFound
                                        ? tr("No password is kept yet: enter it to keep it in the desktop's keyring.")
                                        : PasswordStore::cannotKeep(stored));
    }
}

void SettingsDialog::setLogo(const QByteArray &png)
{
    m_logo = png;
    showPictures();
}

void SettingsDialog::setSignature(const QByteArray &png)
{
    m_signature = png;
    showPictures();
}

void SettingsDialog::showPictures()
{
    const QList<std::tuple<QByteArray *, QLabel *, QPushButton *>> pictures{
        {&m_logo, m_ui->logoPreview, m_ui->logoRemoveButton},
        {&m_signature, m_ui->signaturePreview, m_ui->signatureRemoveButton}};
    for (const auto &[png, preview, remove] : pictures) {
        QImage image;
        if (!png->isEmpty())
            image.loadFromData(*png, "PNG");
        if (image.isNull()) {
            preview->setPixmap(QPixmap());
            preview->setText(tr("none"));
        } else {
            preview->setPixmap(QPixmap::fromImage(image.scaled(preview->maximumSize() - QSize(4, 4), Qt::KeepAspectRatio,
                                                               Qt::SmoothTransformation)));
        }
        remove->setEnabled(!image.isNull());
    }
}

void SettingsDialog::choosePicture(QByteArray *png)
{
    QSettings settings;
    const QString folder = settings.value(PictureFolderKey, QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)).toString();
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        patterns << QStringLiteral("*.") + QString::fromLatin1(format);
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a picture"), folder,
                                                      tr("Pictures (%1)").arg(patterns.join(QLatin1Char(' '))));
    if (path.isEmpty())
        return;
    settings.setValue(PictureFolderKey, QFileInfo(path).absolutePath());
    QString error;
    const QByteArray picture = OfficeDetails::imageFile(path, &error);
    if (picture.isEmpty()) {
        MessageBoxes::warn(this, tr("Choose a picture"), error);
        return;
    }
    *png = picture;
    showPictures();
}

void SettingsDialog::updatePatternExample()
{
    const QString pattern = m_ui->patternEdit->text().trimmed().isEmpty() ? OfficeDetails::DefaultPattern
                                                                          : m_ui->patternEdit->text().trimmed();
    const int fy = LetterNumbers::financialYear(QDate::currentDate());
    m_ui->patternExample->setText(tr("The first letter of this year: %1").arg(LetterNumbers::format(pattern, 1, fy)));
}

QString SettingsDialog::keyringStatus() const
{
    return m_ui->keyringLabel->text();
}

QTabWidget *SettingsDialog::tabs() const
{
    return m_ui->tabs;
}

bool SettingsDialog::saveDatabaseSettings()
{
    OfficeDetails office;
    office.name = {m_ui->nameEnEdit->text(), m_ui->nameHiEdit->text()};
    office.district = {m_ui->districtEnEdit->text(), m_ui->districtHiEdit->text()};
    office.address = {m_ui->addressEnEdit->toPlainText(), m_ui->addressHiEdit->toPlainText()};
    office.officerName = {m_ui->officerEnEdit->text(), m_ui->officerHiEdit->text()};
    office.officerDesignation = {m_ui->designationEnEdit->text(), m_ui->designationHiEdit->text()};
    office.phone = m_ui->phoneEdit->text();
    office.email = m_ui->officeEmailEdit->text();
    office.logoPng = m_logo;
    office.signaturePng = m_signature;
    office.numberPattern = m_ui->patternEdit->text();
    if (const QString why = office.validate(); !why.isEmpty()) {
        m_ui->tabs->setCurrentWidget(m_ui->officeTab);
        MessageBoxes::warn(this, tr("The settings could not be saved"), why);
        return false;
    }
    // A bad exchange rate keeps the dialog open with nothing saved.
    QString problem;
    const std::optional<QList<ExchangeRate>> rates = m_rates->rates(&problem);
    if (!rates) {
        m_ui->tabs->setCurrentWidget(m_rates);
        ErrorChannel::instance()->report(problem);
        return false;
    }
    SmtpSettings mail;
    mail.host = m_ui->hostEdit->text().trimmed();
    mail.port = m_ui->portSpin->value();
    mail.security = SmtpSettings::securityFromKey(m_ui->securityCombo->currentData().toString());
    mail.user = m_ui->userEdit->text().trimmed();
    mail.fromAddress = m_ui->fromEdit->text().trimmed();
    mail.fromName = m_ui->fromNameEdit->text();
    QString error;
    if (!office.save(Database::defaultConnectionName(), &error) || !mail.save(Database::defaultConnectionName(), &error)
        || (*rates != ExchangeRateRepository().all() && !ExchangeRateRepository().replaceAll(*rates, &error))) {
        ErrorChannel::instance()->report(error); // the window says why; the dialog stays open
        return false;
    }
    // The password goes to the keyring or nowhere: never into the database or QSettings.
    const QString password = m_ui->passwordEdit->text();
    if (!password.isEmpty() && mail.needsPassword()) {
        const PasswordStore::Result written = PasswordStore::write(mail.passwordKey(), password);
        m_ui->passwordEdit->clear();
        if (written.status != PasswordStore::Status::Ok) {
            m_ui->keyringLabel->setText(PasswordStore::cannotKeep(written));
            m_ui->tabs->setCurrentWidget(m_ui->mailTab);
            MessageBoxes::inform(this, tr("Settings"), PasswordStore::cannotKeep(written));
        } else {
            m_passwordKept = true;
            m_ui->keyringLabel->setText(tr("The password is kept in the desktop's keyring."));
        }
    }
    return true;
}

void SettingsDialog::accept()
{
    if (Database::isOpen() && !saveDatabaseSettings())
        return;
    QSettings settings;
    const QString language = m_ui->languageCombo->currentData().toString();
    if (LanguageManager::instance()->setLanguage(language))
        settings.setValue(LanguageManager::SettingsKey, language);
    LanguageManager::instance()->setNativeDigits(m_ui->digitsCheck->isChecked());
    settings.setValue(LanguageManager::NativeDigitsKey, m_ui->digitsCheck->isChecked());
    settings.setValue(BackupManager::KeepKey, m_ui->keepSpin->value());
    // This desk's name is this computer's: it marks the changes and check-ins made here.
    const QString desk = m_ui->deskEdit->text().simplified();
    if (desk.isEmpty())
        settings.remove(AppInfo::DeskNameKey);
    else
        settings.setValue(AppInfo::DeskNameKey, desk);
    QDialog::accept();
}

void SettingsDialog::retranslateUi()
{
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_rates), tr("E&xchange rates"));
    for (int i = 0; i < m_ui->securityCombo->count(); ++i)
        m_ui->securityCombo->setItemText(
            i, SmtpSettings::securityName(SmtpSettings::securityFromKey(m_ui->securityCombo->itemData(i).toString())));
    updatePatternExample();
    showPictures();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QDialog::changeEvent(event);
}
