#pragma once

#include "storage/serveraddress.h"

#include <QDialog>
#include <memory>

class QPushButton;

namespace Ui {
class ConnectServerDialog;
}

// File › Connect to office server: the server, port, database, user and whether the connection
// must be encrypted. What was typed is remembered for the next time, never a password (libpq
// reads ~/.pgpass; DatabaseSession asks when the server wants one).
class ConnectServerDialog final : public QDialog
{
    Q_OBJECT
public:
    static inline const QString HostKey = QStringLiteral("server/host");
    static inline const QString PortKey = QStringLiteral("server/port");
    static inline const QString DatabaseKey = QStringLiteral("server/database");
    static inline const QString UserKey = QStringLiteral("server/user");
    static inline const QString SslModeKey = QStringLiteral("server/sslmode");

    explicit ConnectServerDialog(QWidget *parent = nullptr);
    ~ConnectServerDialog() override;

    ServerAddress address() const;
    void setAddress(const ServerAddress &address);
    // Why the fields cannot be used yet, in words; empty when they can.
    QString problem() const;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void revalidate();
    std::unique_ptr<Ui::ConnectServerDialog> m_ui;
    // Our own button rather than the standard OK, whose text the button box would put back to
    // Qt's on a language switch.
    QPushButton *m_connectButton;
};
