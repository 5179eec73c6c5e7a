#pragma once

#include "events/event.h"
#include "invitees/inviteelist.h"
#include "letters/correspondence.h"

#include <QDialog>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class MessagesDialog;
}

// Letters › WhatsApp and SMS: each invitee's message from the event's template, in their own
// language. Per invitee "Copy the message" (to paste anywhere) and "Open in WhatsApp" (a wa.me
// link with the text, which the desktop opens in WhatsApp or WhatsApp Web); for everyone, a CSV
// for bulk-SMS services (mobile, message, template id; UTF-8). Each is noted in the dispatch
// register against the invitation it carries (numbered then, if it was not).
class MessagesDialog final : public QDialog
{
    Q_OBJECT
public:
    MessagesDialog(qint64 eventId, const QList<InviteeRow> &invitees, QWidget *parent = nullptr);
    ~MessagesDialog() override;

    const QList<OutgoingMessage> &messages() const { return m_messages; }
    void setCurrentRow(int row);
    // Opening a link goes through QDesktopServices; tests look at the URL instead.
    void setUrlOpener(const std::function<bool(const QUrl &)> &opener) { m_open = opener; }

public slots:
    void copyMessage();
    void openInWhatsApp();
    bool saveSmsFile(const QString &path);
    void saveSmsWithDialog();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reload();
    // The message of the current row with its invitation numbered; nothing after saying why.
    std::optional<OutgoingMessage> issueCurrent();
    void showCurrent();

    std::unique_ptr<Ui::MessagesDialog> m_ui;
    std::optional<Event> m_event;
    QList<InviteeRow> m_invitees;
    QList<OutgoingMessage> m_messages;
    std::function<bool(const QUrl &)> m_open;
};
