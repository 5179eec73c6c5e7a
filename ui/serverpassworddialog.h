#pragma once

#include <QDialog>
#include <memory>

class QPushButton;

namespace Ui {
class ServerPasswordDialog;
}

// Asks for the office server's password when libpq found none (in ~/.pgpass) or the server
// refused the one given. The password is typed into a hidden field and handed to the session,
// which keeps it in memory only.
class ServerPasswordDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ServerPasswordDialog(QWidget *parent = nullptr);
    ~ServerPasswordDialog() override;

    // What the server said, or that the last password was refused.
    void setMessage(const QString &message);
    QString password() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    std::unique_ptr<Ui::ServerPasswordDialog> m_ui;
    QPushButton *m_connectButton;
};
