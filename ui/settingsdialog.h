#pragma once

#include <QByteArray>
#include <QDialog>
#include <memory>

class ExchangeRatesWidget;
class QTabWidget;

namespace Ui {
class SettingsDialog;
}

// Edit → Settings, in tabs. General: the language, Devanagari digits, this desk's name (it marks
// the changes and check-ins made here), backups (all three this computer's).
// Office: the letterhead in Hindi and English (name, district, address, phone, e-mail, logo, the
// signing officer with designation and signature) and the pattern of letter numbers. E-mail: the
// office's mail server; its password goes to the desktop's keyring, or, where there is none, is
// not kept at all. Exchange rates: ₹ per US$ for each financial year. Office, e-mail and the rates
// live in the database, so every computer that opens it writes
// the same letters. Applies on Save; a value that cannot be saved keeps the dialog open.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // The pictures chosen (PNG), empty for none.
    void setLogo(const QByteArray &png);
    void setSignature(const QByteArray &png);
    // Where the password went on the last Save: the keyring, or nowhere (and why).
    QString keyringStatus() const;
    QTabWidget *tabs() const;
    ExchangeRatesWidget *exchangeRates() const { return m_rates; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void retranslateUi();
    void updatePatternExample();
    void showPictures();
    void choosePicture(QByteArray *png);
    // Saves the office and the mail server; false after telling why.
    bool saveDatabaseSettings();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QByteArray m_logo;
    QByteArray m_signature;
    bool m_passwordKept = false;
    ExchangeRatesWidget *m_rates = nullptr;
};
