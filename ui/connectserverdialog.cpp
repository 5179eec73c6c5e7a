#include "connectserverdialog.h"
#include "ui_connectserverdialog.h"

#include "text/validators.h"

#include <QPushButton>
#include <QSettings>
#include <QUrl>

namespace {
// PostgreSQL's names are at most 63 bytes; what is longer is cut off by the server, silently.
constexpr int MaxNameLength = 63;
} // namespace

ConnectServerDialog::ConnectServerDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConnectServerDialog>())
{
    m_ui->setupUi(this);
    m_connectButton = m_ui->buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setDefault(true);
    m_ui->sslCombo->addItem(QString(), QStringLiteral("prefer"));
    m_ui->sslCombo->addItem(QString(), QStringLiteral("require"));
    retranslate();

    const QSettings settings;
    ServerAddress remembered;
    remembered.host = settings.value(HostKey).toString();
    remembered.port = settings.value(PortKey, ServerAddress::DefaultPort).toInt();
    remembered.database = settings.value(DatabaseKey, QStringLiteral("sammelan")).toString();
    // libpq's own default is the name one logged in to this computer with.
    remembered.user = settings.value(UserKey, qEnvironmentVariable("USER")).toString();
    remembered.sslMode = settings.value(SslModeKey, QStringLiteral("prefer")).toString();
    setAddress(remembered);

    for (QLineEdit *edit : {m_ui->hostEdit, m_ui->databaseEdit, m_ui->userEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectServerDialog::revalidate);
    revalidate();
    if (!remembered.host.isEmpty())
        m_connectButton->setFocus();
}

ConnectServerDialog::~ConnectServerDialog() = default;

ServerAddress ConnectServerDialog::address() const
{
    ServerAddress address;
    address.host = m_ui->hostEdit->text().trimmed();
    address.port = m_ui->portSpin->value();
    address.database = m_ui->databaseEdit->text().trimmed();
    address.user = m_ui->userEdit->text().trimmed();
    address.sslMode = m_ui->sslCombo->currentData().toString();
    return address;
}

void ConnectServerDialog::setAddress(const ServerAddress &address)
{
    m_ui->hostEdit->setText(address.host);
    m_ui->portSpin->setValue(address.port > 0 ? address.port : ServerAddress::DefaultPort);
    m_ui->databaseEdit->setText(address.database);
    m_ui->userEdit->setText(address.user);
    const int ssl = m_ui->sslCombo->findData(address.sslMode);
    m_ui->sslCombo->setCurrentIndex(ssl >= 0 ? ssl : 0);
}

QString ConnectServerDialog::problem() const
{
    const ServerAddress a = address();
    if (a.host.isEmpty())
        return tr("Enter the office server's name or address.");
    // QUrl knows what a host name or an address (IPv4, IPv6) may hold.
    QUrl probe(QStringLiteral("postgresql://server/"));
    probe.setHost(a.host, QUrl::StrictMode);
    if (!probe.isValid() || probe.host().isEmpty() || a.host.contains(QLatin1Char(' ')))
        return tr("“%1” is not a server name or address. Write it as the administrator gave it, "
                  "e.g. office-server or 192.168.1.10.").arg(a.host);
    if (a.database.isEmpty())
        return tr("Enter the name of the database on the server (usually sammelan).");
    if (const FieldCheck check = Validators::line(a.database, MaxNameLength); !check.ok)
        return tr("Database: %1").arg(check.reason);
    if (a.user.isEmpty())
        return tr("Enter your user name on the server.");
    if (const FieldCheck check = Validators::line(a.user, MaxNameLength); !check.ok)
        return tr("User: %1").arg(check.reason);
    return {};
}

void ConnectServerDialog::revalidate()
{
    const QString why = problem();
    m_ui->problemLabel->setText(why);
    m_ui->problemLabel->setVisible(!why.isEmpty());
    m_connectButton->setEnabled(why.isEmpty());
}

void ConnectServerDialog::accept()
{
    if (!problem().isEmpty())
        return;
    const ServerAddress a = address();
    QSettings settings;
    settings.setValue(HostKey, a.host);
    settings.setValue(PortKey, a.port);
    settings.setValue(DatabaseKey, a.database);
    settings.setValue(UserKey, a.user);
    settings.setValue(SslModeKey, a.sslMode);
    QDialog::accept();
}

void ConnectServerDialog::retranslate()
{
    m_ui->sslCombo->setItemText(0, tr("When the server offers it"));
    m_ui->sslCombo->setItemText(1, tr("Always (refuse an unencrypted connection)"));
    m_connectButton->setText(tr("&Connect"));
}

void ConnectServerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        revalidate();
    }
    QDialog::changeEvent(event);
}
