#pragma once

#include "events/event.h"
#include "invitees/inviteelist.h"
#include "letters/letter.h"
#include "mail/invitationmail.h"

#include <QDialog>
#include <functional>
#include <memory>
#include <optional>

class MailWorker;
class QThread;
class QTreeWidgetItem;

namespace Ui {
class SendDialog;
}

// Letters › Send by e-mail: the invitation (or reminder) letters to the office's mail server,
// the letter attached as PDF, the subject and text from the e-mail template in each invitee's
// language. Before sending it lists who will get it, who has no e-mail address and who was sent
// it before (and when); nothing goes twice unless "Send again" is ticked. It sends with a progress
// bar and Stop, notes every attempt (time, result, the server's reply), and lists failures with
// their reasons, to be retried.
//
// The mail server's password comes from the desktop's keyring; where none runs, the dialog asks
// for it and says that it cannot be kept.
class SendDialog final : public QDialog
{
    Q_OBJECT
public:
    // Asks for the password; `message` says why. Nothing when the clerk cancelled.
    using PasswordPrompt = std::function<std::optional<QString>(const QString &message)>;

    // To the invitees selected on the page (reminders: those of them still waiting to reply), or
    // else to the invited and confirmed (reminders: those who have not replied after some days).
    SendDialog(qint64 eventId, const QList<qint64> &selectedIds, QWidget *parent = nullptr);
    ~SendDialog() override;

    void setKind(LetterKind kind); // Invitation or Reminder
    void setSendAgain(bool again);
    void setNotRepliedDays(int days);
    // Replaces the password dialog (tests give the password this way).
    void setPasswordPrompt(const PasswordPrompt &prompt) { m_prompt = prompt; }
    const QList<MailRecipient> &plan() const { return m_plan; }
    bool isSending() const { return m_worker != nullptr; }
    // What the last run did.
    const InvitationMail::Summary &summary() const { return m_summary; }

public slots:
    // Sends to everyone the list says will get it.
    void send();
    // Sends again to those whose last attempt failed.
    void retryFailed();
    void stop();

signals:
    void sendingFinished();

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslateUi();
    void reload();
    void fillRow(QTreeWidgetItem *item, const MailRecipient &r, const QString &now = QString(), bool failedNow = false);
    void showDetail();
    void start(const QList<int> &indexes);
    void sendNext();
    void sent(int index, const SmtpResult &result);
    void finish();
    std::optional<QString> password(const SmtpSettings &settings, bool *keepIt);

    std::unique_ptr<Ui::SendDialog> m_ui;
    std::optional<Event> m_event;
    QList<qint64> m_selectedIds;
    QList<InviteeRow> m_invitees;
    QList<MailRecipient> m_plan;
    PasswordPrompt m_prompt;
    SmtpSettings m_settings;
    QHash<qint64, IssuedLetter> m_letters;
    QList<int> m_queue;       // plan indexes still to send
    int m_total = 0;
    bool m_stopped = false;
    InvitationMail::Summary m_summary;
    QString m_newPassword;    // typed in and to be kept in the keyring once it worked
    QThread *m_thread = nullptr;
    MailWorker *m_worker = nullptr;
};
