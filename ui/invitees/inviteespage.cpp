#include "inviteespage.h"

#include "actionbutton.h"
#include "undo/errorchannel.h"
#include "undo/writecommand.h"
#include "undo/changenotifier.h"
#include "storage/database.h"
#include "events/eventmodel.h"
#include "events/eventrepository.h"
#include "import/inviteeexport.h"
#include "importwizard.h"
#include "invitees/inviteecommands.h"
#include "inviteedialog.h"
#include "invitees/invitationrepository.h"
#include "invitees/inviteerepository.h"
#include "invitees/inviteetablemodel.h"
#include "text/languagemanager.h"
#include "letters/lettersmenu.h"
#include "messageboxes.h"
#include "printing/printinviteesdialog.h"
#include "sectors/sectorrepository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QEvent>
#include <QHBoxLayout>
#include <QToolBar>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
const QString HeaderStateKey = QStringLiteral("invitees/header");
const QString Connection = Database::defaultConnectionName();

// Statuses a person can set from the list, in the order of an invitation's life.
const QList<InvitationStatus> SettableStatuses{InvitationStatus::Invited, InvitationStatus::Confirmed,
                                               InvitationStatus::Declined, InvitationStatus::Attended,
                                               InvitationStatus::NotInvited};
} // namespace

InviteesPage::InviteesPage(QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_undoStack(undoStack), m_model(new InviteeTableModel(Connection, this))
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    connect(m_search, &QLineEdit::textChanged, this, &InviteesPage::applyFilter);

    m_statusFilterLabel = new QLabel(this);
    m_statusFilter = new QComboBox(this);
    m_sectorFilterLabel = new QLabel(this);
    m_sectorFilter = new QComboBox(this);
    m_exporterFilterLabel = new QLabel(this);
    m_exporterFilter = new QComboBox(this);
    m_statusFilterLabel->setBuddy(m_statusFilter);
    m_sectorFilterLabel->setBuddy(m_sectorFilter);
    m_exporterFilterLabel->setBuddy(m_exporterFilter);
    for (QComboBox *combo : {m_statusFilter, m_sectorFilter, m_exporterFilter}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, &QComboBox::activated, this, &InviteesPage::applyFilter);
    }

    m_addAction = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), QString(), this);
    m_addAction->setShortcut(QKeySequence::New);
    m_editAction = new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), QString(), this);
    m_editAction->setShortcut(Qt::Key_F2);
    m_deleteAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), QString(), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_nominateAction = new QAction(this);
    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_importAction = new QAction(QIcon::fromTheme(QStringLiteral("document-import")), QString(), this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportAction = new QAction(QIcon::fromTheme(QStringLiteral("document-export")), QString(), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_printAction = new QAction(QIcon::fromTheme(QStringLiteral("document-print")), QString(), this);
    m_printAction->setShortcut(QKeySequence::Print);
    m_badgesAction = new QAction(this);
    m_badgesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B)); // Ctrl+Shift+B is the backup
    for (QAction *a : {m_addAction, m_editAction, m_deleteAction, m_nominateAction, m_findAction,
                       m_importAction, m_exportAction, m_printAction, m_badgesAction})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_addAction, m_editAction, m_deleteAction, m_nominateAction, m_findAction,
                m_importAction, m_exportAction, m_printAction, m_badgesAction});
    connect(m_printAction, &QAction::triggered, this, &InviteesPage::print);
    connect(m_badgesAction, &QAction::triggered, this, &InviteesPage::printBadges);
    connect(m_importAction, &QAction::triggered, this, &InviteesPage::importFromFile);
    connect(m_exportAction, &QAction::triggered, this, &InviteesPage::chooseExportFile);
    connect(m_addAction, &QAction::triggered, this, &InviteesPage::addInvitee);
    connect(m_editAction, &QAction::triggered, this, &InviteesPage::editSelected);
    connect(m_deleteAction, &QAction::triggered, this, &InviteesPage::deleteSelected);
    connect(m_nominateAction, &QAction::triggered, this, &InviteesPage::nominateSelected);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    m_statusMenu = new QMenu(this);
    for (int i = 0; i < SettableStatuses.size(); ++i) {
        const InvitationStatus status = SettableStatuses.at(i);
        auto *action = m_statusMenu->addAction(QString());
        // Ctrl+Shift+1…5: quick marking at the desk.
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | (Qt::Key_1 + i)));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, [this, status] { setStatusOfSelected(status); });
        m_statusActions << action;
    }

    m_lettersMenu = new LettersMenu([this] { return LettersMenu::Context{m_eventId, selectedIds()}; }, this);

    m_statusButton = new QToolButton(this);
    m_statusButton->setPopupMode(QToolButton::InstantPopup);
    m_statusButton->setMenu(m_statusMenu);
    m_statusButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setStretchLastSection(true);
    header->setSortIndicator(InviteeTableModel::NameColumn, Qt::AscendingOrder);
    connect(header, &QHeaderView::customContextMenuRequested, this, &InviteesPage::showHeaderMenu);
    connect(header, &QHeaderView::sectionResized, this, [this] { saveViewState(); });
    connect(header, &QHeaderView::sectionMoved, this, [this] { saveViewState(); });
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this] { saveViewState(); });
    connect(m_view, &QTableView::doubleClicked, this, &InviteesPage::editSelected);
    connect(m_view, &QTableView::activated, this, &InviteesPage::editSelected);
    connect(m_view, &QTableView::customContextMenuRequested, this, &InviteesPage::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InviteesPage::updateActions);
    connect(m_model, &InviteeTableModel::countsChanged, this, &InviteesPage::updateCounts);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InviteesPage::updateActions);
    // The sector filter lists the database's sectors: refill when they (or the file) change.
    connect(ChangeNotifier::instance(), &ChangeNotifier::reset, this, &InviteesPage::fillFilters);
    connect(ChangeNotifier::instance(), &ChangeNotifier::changed, this, [this](ChangeNotifier::Table table) {
        if (table == ChangeNotifier::Table::Sectors)
            fillFilters();
    });

    m_counts = new QLabel(this);
    m_counts->setWordWrap(true);

    // The actions in a tool bar: where the window is narrow (1,024 px, and Hindi words are
    // longer) the last ones go into its » menu instead of widening the window.
    auto *actions = new QToolBar(this);
    actions->setObjectName(QStringLiteral("inviteeActions"));
    actions->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    actions->setIconSize(QSize(16, 16));
    actions->addWidget(actionButton(m_addAction, actions));
    actions->addWidget(actionButton(m_editAction, actions));
    actions->addWidget(actionButton(m_deleteAction, actions));
    actions->addWidget(m_statusButton);
    actions->addWidget(actionButton(m_nominateAction, actions));
    actions->addSeparator();
    actions->addAction(m_importAction);
    actions->addAction(m_exportAction);
    actions->addAction(m_printAction);
    actions->addAction(m_badgesAction);
    actions->addAction(m_lettersMenu->menuAction());
    if (auto *letters = qobject_cast<QToolButton *>(actions->widgetForAction(m_lettersMenu->menuAction())))
        letters->setPopupMode(QToolButton::InstantPopup);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addWidget(actions, 1, Qt::AlignRight);
    // The filters share the row: long choices ("Exports through a merchant exporter") are
    // shortened in the closed box rather than widening the window.
    for (QComboBox *combo : {m_statusFilter, m_sectorFilter, m_exporterFilter}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_statusFilterLabel);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_sectorFilterLabel);
    filters->addWidget(m_sectorFilter);
    filters->addWidget(m_exporterFilterLabel);
    filters->addWidget(m_exporterFilter);
    filters->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_counts);

    setTabOrder(m_search, m_statusFilter);
    setTabOrder(m_statusFilter, m_sectorFilter);
    setTabOrder(m_sectorFilter, m_exporterFilter);
    setTabOrder(m_exporterFilter, m_view);

    retranslateUi();
    restoreViewState();
    updateActions();
}

InviteesPage::~InviteesPage() = default;

void InviteesPage::saveViewState() const
{
    QSettings().setValue(HeaderStateKey, m_view->horizontalHeader()->saveState());
}

void InviteesPage::restoreViewState()
{
    QHeaderView *header = m_view->horizontalHeader();
    if (!header->restoreState(QSettings().value(HeaderStateKey).toByteArray())) {
        // First start: the everyday columns, the rest one right click away.
        for (int c : {InviteeTableModel::DesignationColumn, InviteeTableModel::EmailColumn,
                      InviteeTableModel::PinColumn, InviteeTableModel::GstinColumn,
                      InviteeTableModel::UdyamColumn, InviteeTableModel::ExporterColumn})
            header->hideSection(c);
        header->resizeSection(InviteeTableModel::NameColumn, 200);
        header->resizeSection(InviteeTableModel::EnterpriseColumn, 260);
        header->resizeSection(InviteeTableModel::SectorColumn, 150);
        header->resizeSection(InviteeTableModel::MobileColumn, 110);
        header->resizeSection(InviteeTableModel::StatusColumn, 120);
    }
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

QMenu *InviteesPage::lettersMenu() const
{
    return m_lettersMenu;
}

void InviteesPage::setCurrentEvent(qint64 eventId)
{
    m_eventId = eventId;
    m_lettersMenu->setEventChosen(eventId != 0);
    applyFilter();
}

void InviteesPage::fillFilters()
{
    const QString language = LanguageManager::currentLanguage();
    auto refill = [](QComboBox *combo, const QList<QPair<QString, QVariant>> &items) {
        const QVariant current = combo->currentData();
        const QSignalBlocker block(combo);
        combo->clear();
        for (const auto &[text, data] : items)
            combo->addItem(text, data);
        const int index = combo->findData(current);
        combo->setCurrentIndex(index >= 0 ? index : 0);
    };
    QList<QPair<QString, QVariant>> statuses{{tr("All"), QVariant()}};
    for (InvitationStatus s : InvitationStatuses::all())
        statuses.append({InvitationStatuses::displayName(s), int(s)});
    refill(m_statusFilter, statuses);

    QList<QPair<QString, QVariant>> sectors{{tr("All"), QVariant()}};
    const QList<Sector> all = Database::isOpen(Connection) ? SectorRepository(Connection).all() : QList<Sector>();
    for (const Sector &s : all)
        sectors.append({s.name(language), s.id});
    sectors.append({tr("(no sector)"), qint64(0)});
    refill(m_sectorFilter, sectors);

    QList<QPair<QString, QVariant>> exporters{{tr("All"), QVariant()}};
    for (ExporterStatus s : {ExporterStatus::Direct, ExporterStatus::ThroughMerchant, ExporterStatus::NotExporting})
        exporters.append({ExporterStatuses::displayName(s), int(s)});
    refill(m_exporterFilter, exporters);
}

void InviteesPage::applyFilter()
{
    InviteeFilter filter;
    filter.eventId = m_eventId;
    filter.search = m_search->text();
    if (m_statusFilter->currentData().isValid())
        filter.statuses = {InvitationStatus(m_statusFilter->currentData().toInt())};
    if (m_sectorFilter->currentData().isValid())
        filter.sectorIds = {m_sectorFilter->currentData().toLongLong()};
    if (m_exporterFilter->currentData().isValid())
        filter.exporterStatuses = {ExporterStatus(m_exporterFilter->currentData().toInt())};
    m_model->setFilter(filter);
}

QList<qint64> InviteesPage::selectedIds() const
{
    QList<qint64> ids;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() == m_model->rowCount() && rows.size() > InviteeTableModel::BlockSize)
        return m_model->allIds(); // one query instead of fetching every block
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.row() < b.row();
    });
    ids.reserve(rows.size());
    for (const QModelIndex &index : rows)
        ids << m_model->idAt(index.row());
    return ids;
}

QList<InviteeRow> InviteesPage::selectedRows() const
{
    QList<InviteeRow> result;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() == m_model->rowCount() && rows.size() > InviteeTableModel::BlockSize)
        return result;
    for (const QModelIndex &index : rows)
        result << m_model->rowAt(index.row());
    return result;
}

namespace {
// The invitations as the page showed them: a status change over one that changed at another
// desk since asks first.
QHash<qint64, InvitationState> seenInvitations(const QList<InviteeRow> &rows)
{
    QHash<qint64, InvitationState> seen;
    for (const InviteeRow &row : rows) {
        InvitationState state;
        state.exists = row.invitationVersion > 0;
        state.status = row.status;
        state.nominatedEventId = row.nominatedEventId;
        state.version = row.invitationVersion;
        seen.insert(row.id, state);
    }
    return seen;
}
} // namespace

void InviteesPage::updateActions()
{
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    m_editAction->setEnabled(selected == 1);
    m_deleteAction->setEnabled(selected > 0);
    const bool haveEvent = m_eventId != 0;
    m_statusButton->setEnabled(selected > 0 && haveEvent);
    m_nominateAction->setEnabled(selected > 0 && haveEvent);
    // Only sensible transitions: with one row selected, the statuses reachable from its own.
    QList<InvitationStatus> offered = SettableStatuses;
    if (selected == 1) {
        const int row = m_view->selectionModel()->selectedRows().constFirst().row();
        offered = InvitationStatuses::nextStatuses(m_model->rowAt(row).status);
    }
    for (int i = 0; i < SettableStatuses.size(); ++i)
        m_statusActions.at(i)->setEnabled(selected > 0 && haveEvent && offered.contains(SettableStatuses.at(i)));
}

void InviteesPage::updateCounts()
{
    const auto &counts = m_model->statusCounts();
    const int total = m_model->totalIgnoringStatus();
    QStringList parts;
    parts << tr("Showing %1 of %2").arg(LanguageManager::number(m_model->rowCount()), LanguageManager::number(total));
    if (m_eventId) {
        for (InvitationStatus s : {InvitationStatus::Confirmed, InvitationStatus::Invited,
                                   InvitationStatus::Declined, InvitationStatus::Attended,
                                   InvitationStatus::Nominated, InvitationStatus::NotInvited})
            parts << tr("%1 %2 of %3").arg(InvitationStatuses::displayName(s),
                                           LanguageManager::number(counts.value(s)), LanguageManager::number(total));
    } else {
        parts << tr("choose an event to see invitation status");
    }
    m_counts->setText(parts.join(QStringLiteral("  ·  ")));
}

void InviteesPage::addInvitee()
{
    InviteeDialog dialog(Connection, this);
    dialog.setInvitee(Invitee{});
    Invitee invitee;
    qint64 newId = 0;
    dialog.setSaver([&] {
        QString error;
        const auto complete = dialog.inviteeWithSector(&error);
        if (!complete) {
            ErrorChannel::instance()->report(error);
            return false;
        }
        invitee = *complete;
        const auto *command = pushKept(m_undoStack, new AddInviteeCommand(Connection, invitee));
        newId = command ? command->inviteeId() : 0;
        return command != nullptr; // on failure the window has said why; the form stays open
    });
    const int result = dialog.exec();
    if (dialog.openInsteadId()) {
        editInvitee(dialog.openInsteadId());
        return;
    }
    if (result != QDialog::Accepted)
        return;
    // Show the new record: clear a search that would hide it, then select it if it is loaded.
    const int row = m_model->cachedRowOf(newId);
    if (row >= 0)
        m_view->selectRow(row);
    emit message(tr("Added %1.").arg(invitee.name));
}

void InviteesPage::editSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() == 1)
        editInvitee(ids.constFirst());
}

void InviteesPage::editInvitee(qint64 id)
{
    auto before = InviteeRepository(Connection).find(id);
    if (!before)
        return;
    InviteeDialog dialog(Connection, this);
    dialog.setInvitee(*before);
    dialog.setEvent(m_eventId);
    dialog.setSaver([&] {
        QString error;
        const auto after = dialog.inviteeWithSector(&error);
        if (!after) {
            ErrorChannel::instance()->report(error);
            return false;
        }
        if (*after == *before)
            return true;
        const ConflictWatch conflicts;
        if (pushKept(m_undoStack, new EditInviteeCommand(Connection, *before, *after)))
            return true;
        if (conflicts.reloaded()) {
            // Another desk's version, as asked: the form shows it and nothing is written; a
            // second Save edits over it. Gone altogether: the form closes.
            before = InviteeRepository(Connection).find(id);
            if (!before) {
                dialog.done(QDialog::Rejected);
                return false;
            }
            dialog.setInvitee(*before);
        }
        return false;
    });
    dialog.exec();
    if (dialog.openInsteadId())
        editInvitee(dialog.openInsteadId());
}

void InviteesPage::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const auto first = InviteeRepository(Connection).find(ids.constFirst());
    const QString name = first ? first->name : QString();
    const QString text = ids.size() == 1
                             ? tr("Delete %1 with all their invitations?").arg(name)
                             : tr("Delete %n invitee(s) with all their invitations?", nullptr, int(ids.size()));
    if (!MessageBoxes::confirm(this, tr("Delete invitees"),
                               text + QLatin1Char('\n') + tr("You can bring them back with Edit → Undo."),
                               tr("Delete")))
        return;
    QHash<qint64, qint64> versions;
    for (const InviteeRow &row : selectedRows())
        versions.insert(row.id, row.version);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool deleted = pushKept(m_undoStack, new DeleteInviteesCommand(Connection, ids, name, nullptr, versions));
    QApplication::restoreOverrideCursor();
    if (deleted)
        emit message(tr("Deleted %n invitee(s).", nullptr, int(ids.size())));
}

void InviteesPage::setStatusOfSelected(InvitationStatus status)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || !m_eventId)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    SetStatusCommand::Outcome outcome;
    auto *command = new SetStatusCommand(Connection, m_eventId, ids, status, 0, &outcome);
    command->setSeen(seenInvitations(selectedRows()));
    m_undoStack->push(command);
    QApplication::restoreOverrideCursor();
    if (outcome.failed)
        return; // the window has said why
    QString text = tr("Marked %n invitee(s) as %1.", nullptr, outcome.changed)
                       .arg(InvitationStatuses::displayName(status));
    if (outcome.skipped)
        text += QLatin1Char(' ') + tr("%n left unchanged: that step does not follow from their status.",
                                      nullptr, outcome.skipped);
    emit message(text);
}

void InviteesPage::nominateSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || !m_eventId)
        return;
    const QString language = LanguageManager::currentLanguage();
    QStringList names;
    QList<qint64> eventIds;
    for (const Event &e : EventRepository(Connection).all()) {
        if (e.id == m_eventId)
            continue;
        names << EventModel::label(e, language);
        eventIds << e.id;
    }
    if (names.isEmpty()) {
        MessageBoxes::inform(this, tr("Nominate"), tr("Create the event to nominate to first, on the Events page."));
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Nominate"),
                                                 tr("Nominate %n invitee(s) to:", nullptr, int(ids.size())),
                                                 names, 0, false, &ok);
    if (!ok)
        return;
    const qint64 target = eventIds.value(names.indexOf(chosen));
    SetStatusCommand::Outcome outcome;
    auto *command = new SetStatusCommand(Connection, m_eventId, ids, InvitationStatus::Nominated, target, &outcome);
    command->setSeen(seenInvitations(selectedRows()));
    m_undoStack->push(command);
    if (outcome.failed)
        return; // the window has said why
    emit message(tr("Nominated %n invitee(s) to %1.", nullptr, outcome.changed).arg(chosen));
}

void InviteesPage::importFromFile()
{
    ImportWizard wizard(m_undoStack, m_eventId, this);
    wizard.exec();
    if (wizard.plan() && !wizard.resultText().isEmpty())
        emit message(wizard.resultText().section(QLatin1Char('\n'), 0, 0));
}

void InviteesPage::chooseExportFile()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("export/folder"), QDir::homePath()).toString();
    QString selectedFilter;
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    const QString csv = tr("CSV, UTF-8 (*.csv)");
    QString path = QFileDialog::getSaveFileName(this, tr("Save the invitees to a file"),
                                                folder + QLatin1Char('/') + tr("invitees") + QStringLiteral(".xlsx"),
                                                xlsx + QStringLiteral(";;") + csv, &selectedFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selectedFilter == csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    exportToFile(path);
}

void InviteesPage::print()
{
    PrintInviteesDialog dialog(m_model->filter(), m_model->sortOrder(), this);
    dialog.exec();
}

// Badges for the rows selected (one badge, or a few reprinted), otherwise for all shown.
void InviteesPage::printBadges()
{
    PrintInviteesDialog dialog(m_model->filter(), m_model->sortOrder(), this);
    dialog.chooseBadges(selectedIds());
    dialog.exec();
}

bool InviteesPage::exportToFile(const QString &path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const int written = InviteeExport::write(path, m_model->filter(), m_model->sortOrder(), &error);
    QApplication::restoreOverrideCursor();
    if (written < 0) {
        MessageBoxes::warn(this, tr("Save the invitees to a file"), error);
        return false;
    }
    emit message(tr("Saved %n invitee(s) to %1.", nullptr, written).arg(QDir::toNativeSeparators(path)));
    return true;
}

void InviteesPage::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(m_addAction);
    menu.addAction(m_editAction);
    menu.addMenu(m_statusMenu)->setEnabled(m_statusButton->isEnabled());
    menu.addAction(m_nominateAction);
    menu.addSeparator();
    menu.addAction(m_deleteAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void InviteesPage::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *header = m_view->horizontalHeader();
    QMenu menu(this);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction *action = menu.addAction(m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        action->setEnabled(c != InviteeTableModel::NameColumn);
        connect(action, &QAction::toggled, this, [this, header, c](bool on) {
            header->setSectionHidden(c, !on);
            saveViewState();
        });
    }
    menu.exec(header->mapToGlobal(pos));
}

void InviteesPage::retranslateUi()
{
    m_title->setText(tr("Invitees"));
    m_search->setPlaceholderText(tr("Search name, enterprise, mobile, email or GSTIN (Ctrl+F)"));
    m_statusFilterLabel->setText(tr("Stat&us:")); // T is the toolbar's Event
    m_sectorFilterLabel->setText(tr("Se&ctor:"));
    m_exporterFilterLabel->setText(tr("E&xporter:"));
    m_addAction->setText(tr("&Add…"));
    m_addAction->setToolTip(tr("Add an invitee (Ctrl+N)"));
    m_editAction->setText(tr("&Edit…"));
    m_editAction->setToolTip(tr("Edit the selected invitee (F2, Enter or double click)"));
    m_deleteAction->setText(tr("&Delete…"));
    m_deleteAction->setToolTip(tr("Delete the selected invitees (Del)"));
    m_nominateAction->setText(tr("N&ominate…"));
    m_nominateAction->setToolTip(tr("Nominate the selected invitees to another event"));
    m_importAction->setText(tr("Add from &file…"));
    m_importAction->setToolTip(tr("Add invitees from an Excel/CSV file (Ctrl+I)"));
    m_exportAction->setText(tr("Save to fi&le…"));
    m_exportAction->setToolTip(tr("Save the invitees shown to an Excel/CSV file (Ctrl+E)"));
    m_printAction->setText(tr("&Print…"));
    m_printAction->setToolTip(tr("Print the invitees shown: list, attendance register or by sector (Ctrl+P)"));
    m_badgesAction->setText(tr("&Badges…"));
    m_badgesAction->setToolTip(tr("Print badges with check-in QR codes: for the selected invitees, or for all shown (Ctrl+B)"));
    m_statusButton->setText(tr("&Set status"));
    m_statusButton->setToolTip(tr("Change the invitation status of the selected invitees"));
    m_statusMenu->setTitle(tr("&Set status"));
    for (int i = 0; i < SettableStatuses.size(); ++i)
        m_statusActions.at(i)->setText(InvitationStatuses::displayName(SettableStatuses.at(i)));
    fillFilters();
    updateCounts();
}

void InviteesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
