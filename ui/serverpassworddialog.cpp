#include "serverpassworddialog.h"
#include "ui_serverpassworddialog.h"

#include <QPushButton>

ServerPasswordDialog::ServerPasswordDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ServerPasswordDialog>())
{
    m_ui->setupUi(this);
    m_connectButton = m_ui->buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setDefault(true);
    m_connectButton->setEnabled(false);
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_connectButton->setEnabled(!text.isEmpty()); });
    retranslate();
    m_ui->passwordEdit->setFocus();
}

ServerPasswordDialog::~ServerPasswordDialog() = default;

void ServerPasswordDialog::setMessage(const QString &message)
{
    m_ui->messageLabel->setText(message);
}

QString ServerPasswordDialog::password() const
{
    return m_ui->passwordEdit->text();
}

void ServerPasswordDialog::retranslate()
{
    m_connectButton->setText(tr("&Connect"));
}

void ServerPasswordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}
