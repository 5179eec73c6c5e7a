#include "senddialog.h"
#include "ui_senddialog.h"

#include "undo/errorchannel.h"
#include "events/eventrepository.h"
#include "text/languagemanager.h"
#include "letters/correspondence.h"
#include "mail/passwordstore.h"
#include "mailworker.h"
#include "messageboxes.h"
#include "templatedialog.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QThread>

namespace {
enum Column { NameColumn, EmailColumn, LanguageColumn, StateColumn, ColumnCount };
const QColor FailedColor(0xb0, 0x00, 0x20);
const QColor SentColor(0x1b, 0x6e, 0x20);
} // namespace

SendDialog::SendDialog(qint64 eventId, const QList<qint64> &selectedIds, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SendDialog>()), m_event(EventRepository().find(eventId)),
      m_selectedIds(selectedIds)
{
    m_ui->setupUi(this);
    m_ui->kindCombo->addItem(QString(), int(LetterKind::Invitation));
    m_ui->kindCombo->addItem(QString(), int(LetterKind::Reminder));
    m_ui->recipientTree->setColumnCount(ColumnCount);
    m_ui->recipientTree->header()->setStretchLastSection(true);
    m_ui->progressBar->setVisible(false);
    m_ui->stopButton->setVisible(false);
    m_settings = SmtpSettings::load();
    m_prompt = [this](const QString &message) -> std::optional<QString> {
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Mail server password"), message, QLineEdit::Password,
                                                   QString(), &ok);
        if (!ok || text.isEmpty())
            return std::nullopt;
        return text;
    };
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &SendDialog::reload);
    connect(m_ui->againCheck, &QCheckBox::toggled, this, &SendDialog::reload);
    connect(m_ui->daysSpin, &QSpinBox::valueChanged, this, &SendDialog::reload);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &SendDialog::send);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &SendDialog::retryFailed);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &SendDialog::stop);
    connect(m_ui->recipientTree, &QTreeWidget::currentItemChanged, this, &SendDialog::showDetail);
    connect(m_ui->templateButton, &QPushButton::clicked, this, [this] {
        if (!m_event)
            return;
        TemplateDialog dialog(*m_event, m_invitees, this);
        dialog.setKind(LetterKind(m_ui->kindCombo->currentData().toInt()) == LetterKind::Reminder ? TemplateKind::ReminderEmail
                                                                                                    : TemplateKind::Email);
        dialog.exec();
    });
    retranslateUi();
    reload();
}

SendDialog::~SendDialog()
{
    if (m_worker)
        m_worker->cancel();
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

void SendDialog::setKind(LetterKind kind)
{
    m_ui->kindCombo->setCurrentIndex(qMax(0, m_ui->kindCombo->findData(int(kind))));
}

void SendDialog::setSendAgain(bool again)
{
    m_ui->againCheck->setChecked(again);
}

void SendDialog::setNotRepliedDays(int days)
{
    m_ui->daysSpin->setValue(days);
}

void SendDialog::reload()
{
    const LetterKind kind = LetterKind(m_ui->kindCombo->currentData().toInt());
    const bool reminders = kind == LetterKind::Reminder;
    m_ui->daysLabel->setVisible(reminders && m_selectedIds.isEmpty());
    m_ui->daysSpin->setVisible(reminders && m_selectedIds.isEmpty());
    if (isSending() || !m_event)
        return;
    QString error;
    RecipientFilter filter;
    filter.eventId = m_event->id;
    filter.onlyIds = m_selectedIds;
    if (reminders)
        filter.notRepliedDays = m_selectedIds.isEmpty() ? m_ui->daysSpin->value() : 0;
    else if (m_selectedIds.isEmpty())
        filter.statuses = Correspondence::defaultStatuses();
    m_invitees = Correspondence::recipients(filter, Database::defaultConnectionName(), &error);
    m_plan = InvitationMail::plan(*m_event, kind, m_invitees, m_ui->againCheck->isChecked(),
                                  Database::defaultConnectionName(), &error);
    m_ui->recipientTree->clear();
    int willSend = 0, noEmail = 0, sentBefore = 0, failedBefore = 0;
    for (const MailRecipient &r : std::as_const(m_plan)) {
        auto *item = new QTreeWidgetItem(m_ui->recipientTree);
        fillRow(item, r);
        switch (r.state) {
        case MailRecipient::State::WillSend:
            ++willSend;
            failedBefore += r.lastFailure().isEmpty() ? 0 : 1;
            break;
        case MailRecipient::State::NoEmail: ++noEmail; break;
        case MailRecipient::State::AlreadySent: ++sentBefore; break;
        }
    }
    m_ui->recipientTree->resizeColumnToContents(NameColumn);
    m_ui->recipientTree->resizeColumnToContents(EmailColumn);
    m_ui->recipientTree->resizeColumnToContents(LanguageColumn);
    m_ui->summaryLabel->setText(
        tr("Will get it: %1 · no e-mail address: %2 · sent it before: %3 · failed last time: %4")
            .arg(LanguageManager::number(willSend), LanguageManager::number(noEmail), LanguageManager::number(sentBefore),
                 LanguageManager::number(failedBefore)));
    const QString problem = m_settings.validate();
    QString server = problem;
    if (problem.isEmpty()) {
        server = tr("Through %1, port %2 (%3), from %4.")
                     .arg(m_settings.host)
                     .arg(m_settings.port)
                     .arg(SmtpSettings::securityName(m_settings.security), m_settings.fromAddress);
        if (m_settings.needsPassword())
            server += QLatin1Char(' ') + tr("Logs in as %1.").arg(m_settings.user);
    }
    m_ui->serverLabel->setText(error.isEmpty() ? server : error);
    m_ui->serverLabel->setStyleSheet(problem.isEmpty() && error.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
    m_ui->sendButton->setEnabled(willSend > 0 && problem.isEmpty());
    m_ui->retryButton->setEnabled(failedBefore > 0 && problem.isEmpty());
    showDetail();
}

void SendDialog::fillRow(QTreeWidgetItem *item, const MailRecipient &r, const QString &now, bool failedNow)
{
    item->setText(NameColumn, r.invitee.name);
    item->setText(EmailColumn, r.invitee.email);
    item->setText(LanguageColumn, LanguageManager::nativeName(r.language));
    QString state = now;
    QColor color;
    if (state.isEmpty()) {
        switch (r.state) {
        case MailRecipient::State::WillSend:
            state = r.lastFailure().isEmpty() ? tr("Will be sent")
                                              : tr("Will be sent again (failed before: %1)").arg(r.lastFailure());
            if (!r.lastFailure().isEmpty())
                color = FailedColor;
            break;
        case MailRecipient::State::NoEmail:
            state = tr("No e-mail address: skipped");
            color = palette().color(QPalette::Disabled, QPalette::Text);
            break;
        case MailRecipient::State::AlreadySent:
            state = tr("Sent on %1: skipped").arg(LanguageManager::dateTime(r.sentAt));
            color = SentColor;
            break;
        }
    } else {
        color = failedNow ? FailedColor : SentColor;
    }
    item->setText(StateColumn, state);
    item->setToolTip(StateColumn, state);
    for (int c = 0; c < ColumnCount; ++c)
        item->setForeground(c, color.isValid() ? QBrush(color) : QBrush());
}

// Every attempt for the invitee selected: when, how it went, what the server said.
void SendDialog::showDetail()
{
    const int index = m_ui->recipientTree->indexOfTopLevelItem(m_ui->recipientTree->currentItem());
    if (index < 0 || index >= m_plan.size()) {
        m_ui->detailLabel->setText(tr("Select an invitee to see every attempt to e-mail them."));
        return;
    }
    const MailRecipient &r = m_plan.at(index);
    if (r.attempts.isEmpty()) {
        m_ui->detailLabel->setText(tr("%1: not e-mailed yet.").arg(r.invitee.name));
        return;
    }
    QStringList lines;
    for (const DispatchAttempt &a : r.attempts)
        lines << tr("%1 · %2 · %3 · %4")
                     .arg(LanguageManager::dateTime(a.at), a.ok ? tr("sent") : tr("failed"), a.address, a.reply);
    m_ui->detailLabel->setText(tr("%1, letter %2:").arg(r.invitee.name, r.attempts.constFirst().number) + QLatin1Char('\n')
                               + lines.mid(0, 5).join(QLatin1Char('\n')));
}

std::optional<QString> SendDialog::password(const SmtpSettings &settings, bool *keepIt)
{
    *keepIt = false;
    if (!settings.needsPassword())
        return QString();
    const PasswordStore::Result stored = PasswordStore::read(settings.passwordKey());
    if (stored.status == PasswordStore::Status::Ok)
        return stored.password;
    QString message;
    if (stored.status == PasswordStore::Status::NoKeyring) {
        message = PasswordStore::cannotKeep(stored) + QStringLiteral("\n\n");
    } else {
        *keepIt = true;
        message = tr("It will be kept in the desktop's keyring once the mail server takes it.") + QStringLiteral("\n\n");
    }
    message += tr("Password for %1 at %2:").arg(settings.user, settings.host);
    return m_prompt(message);
}

void SendDialog::send()
{
    QList<int> indexes;
    for (int i = 0; i < m_plan.size(); ++i)
        if (m_plan.at(i).state == MailRecipient::State::WillSend)
            indexes << i;
    start(indexes);
}

void SendDialog::retryFailed()
{
    QList<int> indexes;
    for (int i = 0; i < m_plan.size(); ++i)
        if (m_plan.at(i).state == MailRecipient::State::WillSend && !m_plan.at(i).lastFailure().isEmpty())
            indexes << i;
    start(indexes);
}

void SendDialog::start(const QList<int> &indexes)
{
    if (isSending() || indexes.isEmpty() || !m_event)
        return;
    if (const QString why = m_settings.validate(); !why.isEmpty()) {
        MessageBoxes::warn(this, tr("Send by e-mail"), why);
        return;
    }
    const LetterKind kind = LetterKind(m_ui->kindCombo->currentData().toInt());
    // Templates with unknown fields are corrected before anything goes.
    QStringList unknown;
    for (const QString &language : LanguageManager::availableLanguages())
        for (TemplateKind t : {kind == LetterKind::Reminder ? TemplateKind::ReminderEmail : TemplateKind::Email,
                               kind == LetterKind::Reminder ? TemplateKind::Reminder : TemplateKind::Invitation})
            for (const QString &f : TemplateRepository().get(m_event->id, t, language).unknownFields())
                if (!unknown.contains(f))
                    unknown << f;
    if (!unknown.isEmpty()) {
        MessageBoxes::warn(this, tr("Send by e-mail"),
                           tr("The templates have unknown fields: %1. Correct them with “Edit the template…” first.")
                               .arg(unknown.join(QStringLiteral(", "))));
        return;
    }
    bool keep = false;
    const std::optional<QString> secret = password(m_settings, &keep);
    if (!secret)
        return;
    m_newPassword = keep ? *secret : QString();

    QList<MailRecipient> going;
    for (int i : indexes)
        going << m_plan.at(i);
    QString error;
    m_letters = InvitationMail::issue(*m_event, kind, going, Database::defaultConnectionName(), &error);
    if (!error.isEmpty()) {
        MessageBoxes::warn(this, tr("Send by e-mail"), error);
        return;
    }
    m_queue = indexes;
    m_total = int(indexes.size());
    m_stopped = false;
    m_summary = InvitationMail::Summary();
    for (const MailRecipient &r : std::as_const(m_plan))
        if (r.state != MailRecipient::State::WillSend)
            ++m_summary.skipped;

    m_thread = new QThread(this);
    m_worker = new MailWorker(m_settings, *secret);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &MailWorker::sent, this, &SendDialog::sent);
    m_thread->start();

    m_ui->progressBar->setRange(0, m_total);
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->setVisible(true);
    m_ui->stopButton->setVisible(true);
    m_ui->stopButton->setEnabled(true);
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->sendButton, m_ui->retryButton, m_ui->kindCombo,
                                                       m_ui->againCheck, m_ui->templateButton, m_ui->closeButton})
        w->setEnabled(false);
    m_ui->statusLabel->setText(tr("Sending…"));
    sendNext();
}

void SendDialog::sendNext()
{
    if (m_stopped || m_queue.isEmpty()) {
        finish();
        return;
    }
    const int index = m_queue.constFirst();
    const MailRecipient &r = m_plan.at(index);
    const LetterKind kind = LetterKind(m_ui->kindCombo->currentData().toInt());
    QString error;
    const MailMessage message = InvitationMail::message(*m_event, kind, r, m_letters.value(r.invitee.id), m_settings,
                                                        Database::defaultConnectionName(), &error);
    if (!error.isEmpty()) {
        SmtpResult failed;
        failed.error = error;
        sent(index, failed);
        return;
    }
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, index, message] { worker->send(index, message); },
                              Qt::QueuedConnection);
}

void SendDialog::sent(int index, const SmtpResult &result)
{
    if (m_queue.isEmpty() || m_queue.constFirst() != index)
        return;
    m_queue.removeFirst();
    MailRecipient &r = m_plan[index];
    const IssuedLetter letter = m_letters.value(r.invitee.id);
    QString error;
    if (!InvitationMail::record(letter, r.invitee.email, result, Database::defaultConnectionName(), &error))
        ErrorChannel::instance()->report(error);
    DispatchAttempt attempt{letter.id, letter.number, DispatchChannel::Email, r.invitee.email, result.ok, result.text(),
                            QDateTime::currentDateTime()};
    r.attempts.prepend(attempt);
    if (result.ok) {
        ++m_summary.sent;
        if (!m_newPassword.isEmpty()) {
            // The server took it: now it is worth keeping.
            PasswordStore::write(m_settings.passwordKey(), m_newPassword);
            m_newPassword.clear();
        }
    } else {
        ++m_summary.failed;
        m_summary.failures << tr("%1 <%2>: %3").arg(r.invitee.name, r.invitee.email, result.text());
    }
    fillRow(m_ui->recipientTree->topLevelItem(index), r,
            result.ok ? tr("Sent, letter %1").arg(letter.number) : tr("Failed: %1").arg(result.text()), !result.ok);
    m_ui->progressBar->setValue(m_total - int(m_queue.size()));
    if (result.cancelled)
        m_stopped = true;
    sendNext();
}

void SendDialog::stop()
{
    m_stopped = true;
    m_summary.cancelled = true;
    m_ui->stopButton->setEnabled(false);
    if (m_worker)
        m_worker->cancel();
}

void SendDialog::finish()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait(); // the worker says goodbye to the server (QUIT) on its own thread
        m_thread->deleteLater();
        m_thread = nullptr;
    }
    m_worker = nullptr;
    m_newPassword.clear();
    m_ui->stopButton->setVisible(false);
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->kindCombo, m_ui->againCheck, m_ui->templateButton, m_ui->closeButton})
        w->setEnabled(true);
    QString text = tr("Sent: %1 · failed: %2 · skipped: %3")
                       .arg(LanguageManager::number(m_summary.sent), LanguageManager::number(m_summary.failed),
                            LanguageManager::number(m_summary.skipped));
    if (m_summary.cancelled)
        text += QLatin1Char(' ') + tr("(stopped)");
    m_ui->statusLabel->setText(text);
    // The list as the register now has it; the failures are listed there with their reasons.
    reload();
    emit sendingFinished();
}

void SendDialog::reject()
{
    if (isSending()) {
        if (!MessageBoxes::confirm(this, tr("Send by e-mail"), tr("Stop sending and close?"), tr("Stop and close")))
            return;
        stop();
        // The message under way ends (or is cut off) first.
        while (isSending())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    }
    QDialog::reject();
}

void SendDialog::retranslateUi()
{
    m_ui->kindCombo->setItemText(0, LetterKinds::displayName(LetterKind::Invitation));
    m_ui->kindCombo->setItemText(1, LetterKinds::displayName(LetterKind::Reminder));
    m_ui->recipientTree->setHeaderLabels({tr("Name"), tr("E-mail"), tr("Language"), tr("What happens")});
    if (m_event)
        setWindowTitle(tr("Send by e-mail: %1").arg(m_event->name(LanguageManager::currentLanguage())));
}

void SendDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
        reload();
    }
    QDialog::changeEvent(event);
}
