#pragma once

#include "invitees/inviteelist.h"

#include <QMenu>
#include <functional>

class QAction;

// The Letters menu of the Invitees page (and of the window's File menu): invitation letters,
// reminders, address labels, certificates and the dispatch register to print; the letters by
// e-mail, WhatsApp and SMS; the templates. Each opens its dialog for the page's event and
// selection, which the page gives through `context`.
class LettersMenu final : public QMenu
{
    Q_OBJECT
public:
    struct Context {
        qint64 eventId = 0;
        QList<qint64> selectedIds;
    };
    LettersMenu(const std::function<Context()> &context, QWidget *parent);

    QAction *lettersAction() const { return m_letters; }
    QAction *remindersAction() const { return m_reminders; }
    QAction *labelsAction() const { return m_labels; }
    QAction *certificatesAction() const { return m_certificates; }
    QAction *registerAction() const { return m_register; }
    QAction *emailAction() const { return m_email; }
    QAction *messagesAction() const { return m_messages; }
    QAction *templatesAction() const { return m_templates; }
    // Enabled when there is an event to write for.
    void setEventChosen(bool chosen);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void openLetters(int document);
    // The invitees a mail or message goes to: the selection, or the invited and confirmed.
    QList<InviteeRow> recipients(const Context &context) const;

    std::function<Context()> m_context;
    QAction *m_letters;
    QAction *m_reminders;
    QAction *m_labels;
    QAction *m_certificates;
    QAction *m_register;
    QAction *m_email;
    QAction *m_messages;
    QAction *m_templates;
};
