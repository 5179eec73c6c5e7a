#include "messagesdialog.h"
#include "ui_messagesdialog.h"

#include "undo/errorchannel.h"
#include "events/eventrepository.h"
#include "text/languagemanager.h"
#include "messageboxes.h"
#include "templatedialog.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QSettings>
#include <QStandardPaths>

namespace {
enum Column { NameColumn, MobileColumn, LanguageColumn, MessageColumn, ColumnCount };
const QString FolderKey = QStringLiteral("letters/smsFolder");
} // namespace

MessagesDialog::MessagesDialog(qint64 eventId, const QList<InviteeRow> &invitees, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::MessagesDialog>()), m_event(EventRepository().find(eventId)),
      m_invitees(invitees), m_open([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    m_ui->setupUi(this);
    m_ui->messageTree->setColumnCount(ColumnCount);
    m_ui->messageTree->header()->setStretchLastSection(true);
    connect(m_ui->messageTree, &QTreeWidget::currentItemChanged, this, &MessagesDialog::showCurrent);
    connect(m_ui->messageTree, &QTreeWidget::itemActivated, this, &MessagesDialog::copyMessage);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &MessagesDialog::copyMessage);
    connect(m_ui->whatsAppButton, &QPushButton::clicked, this, &MessagesDialog::openInWhatsApp);
    connect(m_ui->smsButton, &QPushButton::clicked, this, &MessagesDialog::saveSmsWithDialog);
    connect(m_ui->templateButton, &QPushButton::clicked, this, [this] {
        if (!m_event)
            return;
        TemplateDialog dialog(*m_event, m_invitees, this);
        dialog.setKind(TemplateKind::Message);
        dialog.exec();
        reload();
    });
    retranslateUi();
    reload();
}

MessagesDialog::~MessagesDialog() = default;

void MessagesDialog::reload()
{
    const int current = qMax(0, m_ui->messageTree->indexOfTopLevelItem(m_ui->messageTree->currentItem()));
    m_messages.clear();
    m_ui->messageTree->clear();
    if (!m_event)
        return;
    QString error;
    m_messages = Correspondence::messages(*m_event, m_invitees, false, Database::defaultConnectionName(), &error);
    for (const OutgoingMessage &m : std::as_const(m_messages)) {
        auto *item = new QTreeWidgetItem(m_ui->messageTree);
        item->setText(NameColumn, m.invitee.name);
        item->setText(MobileColumn, m.invitee.mobile);
        item->setText(LanguageColumn, LanguageManager::nativeName(m.language));
        item->setText(MessageColumn, m.text);
        item->setToolTip(MessageColumn, m.text);
    }
    for (int c : {NameColumn, MobileColumn, LanguageColumn})
        m_ui->messageTree->resizeColumnToContents(c);
    const int without = int(m_invitees.size() - m_messages.size());
    QString status = tr("Messages: %1").arg(LanguageManager::number(m_messages.size()));
    if (without > 0)
        status += QStringLiteral(" · ") + tr("without a mobile number: %1").arg(LanguageManager::number(without));
    m_ui->statusLabel->setText(error.isEmpty() ? status : error);
    if (!m_messages.isEmpty())
        setCurrentRow(qMin(current, int(m_messages.size()) - 1));
    m_ui->copyButton->setEnabled(!m_messages.isEmpty());
    m_ui->whatsAppButton->setEnabled(!m_messages.isEmpty());
    m_ui->smsButton->setEnabled(!m_messages.isEmpty());
    showCurrent();
}

void MessagesDialog::setCurrentRow(int row)
{
    m_ui->messageTree->setCurrentItem(m_ui->messageTree->topLevelItem(row));
}

void MessagesDialog::showCurrent()
{
    const int row = m_ui->messageTree->indexOfTopLevelItem(m_ui->messageTree->currentItem());
    m_ui->messageText->setPlainText(row >= 0 && row < m_messages.size() ? m_messages.at(row).text : QString());
}

std::optional<OutgoingMessage> MessagesDialog::issueCurrent()
{
    const int row = m_ui->messageTree->indexOfTopLevelItem(m_ui->messageTree->currentItem());
    if (row < 0 || row >= m_messages.size() || !m_event)
        return std::nullopt;
    QString error;
    const QList<OutgoingMessage> issued =
        Correspondence::messages(*m_event, {m_messages.at(row).invitee}, true, Database::defaultConnectionName(), &error);
    if (issued.isEmpty()) {
        MessageBoxes::warn(this, tr("WhatsApp and SMS"), error);
        return std::nullopt;
    }
    m_messages[row] = issued.constFirst(); // with its letter number now
    m_ui->messageTree->topLevelItem(row)->setText(MessageColumn, issued.constFirst().text);
    showCurrent();
    return issued.constFirst();
}

void MessagesDialog::copyMessage()
{
    const auto message = issueCurrent();
    if (!message)
        return;
    QGuiApplication::clipboard()->setText(message->text);
    m_ui->statusLabel->setText(tr("The message for %1 is copied: paste it where you send it.").arg(message->invitee.name));
}

void MessagesDialog::openInWhatsApp()
{
    const auto message = issueCurrent();
    if (!message)
        return;
    if (!m_open(message->whatsAppUrl())) {
        MessageBoxes::warn(this, tr("WhatsApp and SMS"),
                           tr("WhatsApp could not be opened: no web browser or WhatsApp is set up on this computer."));
        return;
    }
    QString error;
    IssuedLetter letter;
    letter.id = message->letterId;
    if (!Correspondence::recordDispatch({letter}, DispatchChannel::WhatsApp, Database::defaultConnectionName(), &error))
        ErrorChannel::instance()->report(error);
    m_ui->statusLabel->setText(tr("WhatsApp was opened with the message for %1.").arg(message->invitee.name));
}

bool MessagesDialog::saveSmsFile(const QString &path)
{
    if (!m_event)
        return false;
    QString error;
    const QList<OutgoingMessage> issued =
        Correspondence::messages(*m_event, m_invitees, true, Database::defaultConnectionName(), &error);
    if (!error.isEmpty() || !Correspondence::writeSmsCsv(path, issued, &error)) {
        MessageBoxes::warn(this, tr("The SMS file could not be saved"), error);
        return false;
    }
    QList<IssuedLetter> letters;
    for (const OutgoingMessage &m : issued) {
        IssuedLetter l;
        l.id = m.letterId;
        letters << l;
    }
    if (!Correspondence::recordDispatch(letters, DispatchChannel::Sms, Database::defaultConnectionName(), &error))
        ErrorChannel::instance()->report(error);
    reload();
    m_ui->statusLabel->setText(tr("Saved %1 messages to %2: upload it to the SMS service.")
                                   .arg(LanguageManager::number(issued.size()), QDir::toNativeSeparators(path)));
    return true;
}

void MessagesDialog::saveSmsWithDialog()
{
    QSettings settings;
    const QString folder = settings.value(FolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString suggested = QDir(folder).filePath(QStringLiteral("sms-event-%1.csv").arg(m_event ? m_event->id : 0));
    QString path = QFileDialog::getSaveFileName(this, tr("Save the SMS file"), suggested, tr("CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    if (saveSmsFile(path))
        settings.setValue(FolderKey, QFileInfo(path).absolutePath());
}

void MessagesDialog::retranslateUi()
{
    m_ui->messageTree->setHeaderLabels({tr("Name"), tr("Mobile"), tr("Language"), tr("Message")});
    if (m_event)
        setWindowTitle(tr("WhatsApp and SMS: %1").arg(m_event->name(LanguageManager::currentLanguage())));
}

void MessagesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QDialog::changeEvent(event);
}
