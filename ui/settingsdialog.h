#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class SettingsDialog;
}
class ExchangeRatesWidget;
class QTabWidget;

// Edit → Settings: the language, Devanagari digits, the district printed on lists (kept in
// the database, so every computer that opens it prints the same letterhead), and this desk's
// name (kept on this computer: it marks the changes and check-ins made here); on a second tab,
// the exchange rates of the export figures (also kept in the database). Applies on Save.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;
    QTabWidget *tabs() const { return m_tabs; }
    ExchangeRatesWidget *exchangeRates() const { return m_rates; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void retranslateTabs();
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QTabWidget *m_tabs = nullptr;
    ExchangeRatesWidget *m_rates = nullptr;
};
