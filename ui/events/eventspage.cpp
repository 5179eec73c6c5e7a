#include "eventspage.h"

#include "actionbutton.h"
#include "undo/writecommand.h"
#include "storage/database.h"
#include "conclavereportdialog.h"
#include "events/eventcommands.h"
#include "eventdialog.h"
#include "events/eventmodel.h"
#include "text/languagemanager.h"
#include "messageboxes.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

EventsPage::EventsPage(EventModel *model, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_model(model), m_undoStack(undoStack)
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_newAction = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), QString(), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_editAction = new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), QString(), this);
    m_editAction->setShortcut(Qt::Key_F2);
    m_editAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), QString(), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_reportAction = new QAction(QIcon::fromTheme(QStringLiteral("x-office-document")), QString(), this);
    m_reportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_reportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_newAction, m_editAction, m_deleteAction, m_reportAction});
    connect(m_newAction, &QAction::triggered, this, &EventsPage::newEvent);
    connect(m_editAction, &QAction::triggered, this, &EventsPage::editSelected);
    connect(m_deleteAction, &QAction::triggered, this, &EventsPage::deleteSelected);
    connect(m_reportAction, &QAction::triggered, this, &EventsPage::reportOnSelected);

    m_newButton = actionButton(m_newAction, this);
    m_editButton = actionButton(m_editAction, this);
    m_deleteButton = actionButton(m_deleteAction, this);
    m_reportButton = actionButton(m_reportAction, this);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(EventModel::NameColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(EventModel::VenueColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(EventModel::StartColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(EventModel::EndColumn, QHeaderView::ResizeToContents);
    m_view->setWordWrap(false);
    connect(m_view, &QTableView::doubleClicked, this, &EventsPage::editSelected);
    connect(m_view, &QTableView::activated, this, &EventsPage::editSelected);
    // On selectionChanged, not currentRowChanged: a mouse click makes the row current before
    // it selects it, so the selection was not there yet (Edit and Delete stayed disabled).
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        if (const qint64 id = selectedId())
            emit eventActivated(id);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &EventsPage::updateActions);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_title);
    buttons->addStretch();
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_deleteButton);
    buttons->addWidget(m_reportButton);
    // An empty register says what to do first, where the list will be.
    m_emptyHint = new QLabel(this);
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setContentsMargins(24, 24, 24, 24);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EventsPage::updateEmptyHint);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &EventsPage::updateEmptyHint);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &EventsPage::updateEmptyHint);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_emptyHint);
    layout->addWidget(m_view, 1);

    retranslateUi();
    updateActions();
    updateEmptyHint();
}

void EventsPage::updateEmptyHint()
{
    m_emptyHint->setVisible(m_model->rowCount() == 0);
}

void EventsPage::setCurrentEvent(qint64 eventId)
{
    const int row = m_model->rowOf(eventId);
    if (row >= 0 && selectedId() != eventId)
        m_view->selectRow(row);
}

qint64 EventsPage::selectedId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return 0;
    return m_model->eventAt(current.row()).id;
}

void EventsPage::updateActions()
{
    const bool has = selectedId() != 0;
    m_editAction->setEnabled(has);
    m_deleteAction->setEnabled(has);
    m_reportAction->setEnabled(has);
}

void EventsPage::newEvent()
{
    EventDialog dialog(this);
    dialog.setEvent(Event{});
    qint64 newId = 0;
    dialog.setSaver([&] {
        const auto *command = pushKept(m_undoStack, new AddEventCommand(Database::defaultConnectionName(), dialog.event()));
        newId = command ? command->eventId() : 0;
        return command != nullptr; // on failure the window has said why; the form stays open
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int row = m_model->rowOf(newId);
    if (row >= 0)
        m_view->selectRow(row);
}

void EventsPage::editSelected()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    Event before = m_model->eventAt(m_model->rowOf(id));
    EventDialog dialog(this);
    dialog.setEvent(before);
    dialog.setSaver([&] {
        const Event after = dialog.event();
        if (after == before)
            return true;
        const ConflictWatch conflicts;
        if (pushKept(m_undoStack, new EditEventCommand(Database::defaultConnectionName(), before, after)))
            return true;
        if (conflicts.reloaded()) {
            // Another desk's version, as asked: the form shows it and nothing is written.
            const auto now = EventRepository().find(id);
            if (!now) {
                dialog.done(QDialog::Rejected);
                return false;
            }
            before = *now;
            dialog.setEvent(before);
        }
        return false;
    });
    dialog.exec();
}

void EventsPage::deleteSelected()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    const Event event = m_model->eventAt(m_model->rowOf(id));
    const QString name = EventModel::label(event, LanguageManager::currentLanguage());
    if (!MessageBoxes::confirm(this, tr("Delete event"),
                               tr("Delete “%1” with its invitations, hall and stalls?\n"
                                  "You can bring it back with Edit → Undo.").arg(name),
                               tr("Delete")))
        return;
    m_undoStack->push(new DeleteEventCommand(Database::defaultConnectionName(), event));
}

void EventsPage::reportOnSelected()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    ConclaveReportDialog dialog(m_model->eventAt(m_model->rowOf(id)), this);
    dialog.exec();
}

void EventsPage::retranslateUi()
{
    m_title->setText(tr("Events"));
    m_newAction->setText(tr("&New event…"));
    m_newAction->setToolTip(tr("Create an event (Ctrl+N)"));
    m_editAction->setText(tr("&Edit…"));
    m_editAction->setToolTip(tr("Edit the selected event (F2 or double click)"));
    m_deleteAction->setText(tr("&Delete…"));
    m_deleteAction->setToolTip(tr("Delete the selected event (Del)"));
    m_reportAction->setText(tr("&Report…"));
    m_reportAction->setToolTip(tr("The conclave report of the selected event for the District Export Promotion "
                                  "Committee, with its decisions and follow-ups (Ctrl+Shift+R)"));
    m_emptyHint->setText(tr("No events yet. Start with “New event…” (Ctrl+N): the conclave's name, dates and "
                            "venue. Then bring in the invitees on the Invitees page, lay out the stalls on "
                            "the Stalls page, and print the register when the day comes. Help › Guide (F1) "
                            "walks through it."));
}

void EventsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
