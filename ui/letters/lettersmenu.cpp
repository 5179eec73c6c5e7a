#include "lettersmenu.h"

#include "events/eventrepository.h"
#include "letters/correspondence.h"
#include "lettersdialog.h"
#include "messagesdialog.h"
#include "senddialog.h"
#include "templatedialog.h"

#include <QAction>
#include <QEvent>

LettersMenu::LettersMenu(const std::function<Context()> &context, QWidget *parent)
    : QMenu(parent), m_context(context)
{
    m_letters = addAction(QString());
    m_reminders = addAction(QString());
    m_labels = addAction(QString());
    m_certificates = addAction(QString());
    m_register = addAction(QString());
    addSeparator();
    m_email = addAction(QIcon::fromTheme(QStringLiteral("mail-send")), QString());
    m_messages = addAction(QString());
    addSeparator();
    m_templates = addAction(QString());
    connect(m_letters, &QAction::triggered, this, [this] { openLetters(int(LettersDialog::Document::Invitations)); });
    connect(m_reminders, &QAction::triggered, this, [this] { openLetters(int(LettersDialog::Document::Reminders)); });
    connect(m_labels, &QAction::triggered, this, [this] { openLetters(int(LettersDialog::Document::Labels2x7)); });
    connect(m_certificates, &QAction::triggered, this, [this] { openLetters(int(LettersDialog::Document::Certificates)); });
    connect(m_register, &QAction::triggered, this, [this] { openLetters(int(LettersDialog::Document::Register)); });
    connect(m_email, &QAction::triggered, this, [this] {
        const Context c = m_context();
        SendDialog dialog(c.eventId, c.selectedIds, parentWidget());
        dialog.exec();
    });
    connect(m_messages, &QAction::triggered, this, [this] {
        const Context c = m_context();
        MessagesDialog dialog(c.eventId, recipients(c), parentWidget());
        dialog.exec();
    });
    connect(m_templates, &QAction::triggered, this, [this] {
        const Context c = m_context();
        const std::optional<Event> event = EventRepository().find(c.eventId);
        if (!event)
            return;
        TemplateDialog dialog(*event, recipients(c), parentWidget());
        dialog.exec();
    });
    retranslateUi();
    setEventChosen(false);
}

void LettersMenu::setEventChosen(bool chosen)
{
    for (QAction *a : actions())
        a->setEnabled(chosen);
    menuAction()->setEnabled(chosen);
}

QList<InviteeRow> LettersMenu::recipients(const Context &context) const
{
    RecipientFilter filter;
    filter.eventId = context.eventId;
    if (context.selectedIds.isEmpty())
        filter.statuses = Correspondence::defaultStatuses();
    else
        filter.onlyIds = context.selectedIds;
    return Correspondence::recipients(filter);
}

void LettersMenu::openLetters(int document)
{
    const Context c = m_context();
    LettersDialog dialog(c.eventId, c.selectedIds, parentWidget());
    dialog.setDocumentKind(LettersDialog::Document(document));
    dialog.exec();
}

void LettersMenu::retranslateUi()
{
    setTitle(tr("&Letters"));
    menuAction()->setToolTip(tr("Letters, labels, certificates and the dispatch register; invitations by e-mail, "
                                "WhatsApp and SMS"));
    m_letters->setText(tr("&Invitation letters…"));
    m_reminders->setText(tr("&Reminders…"));
    m_labels->setText(tr("Address &labels…"));
    m_certificates->setText(tr("&Certificates…"));
    m_register->setText(tr("&Dispatch register…"));
    m_email->setText(tr("Send by &e-mail…"));
    m_messages->setText(tr("&WhatsApp and SMS…"));
    m_templates->setText(tr("&Templates…"));
}

void LettersMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}
