#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class SettingsDialog;
}

// Edit → Settings: the language, Devanagari digits, the district printed on lists (kept in
// the database, so every computer that opens it prints the same letterhead), and this desk's
// name (kept on this computer: it marks the changes and check-ins made here). Applies on Save.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};
