#include "stallspage.h"

#include "changenotifier.h"
#include "writecommand.h"
#include "database.h"
#include "eventrepository.h"
#include "generatedialog.h"
#include "halldialog.h"
#include "languagemanager.h"
#include "messageboxes.h"
#include "printing/documentprinting.h"
#include "report/reportrenderer.h"
#include "sectorrepository.h"
#include "stalls/stallcommands.h"
#include "stalls/stallgeometry.h"
#include "stalls/stallreport.h"
#include "stallscene.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QDrag>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace {
const QString Connection = Database::defaultConnectionName();
const QString InviteeMime = QStringLiteral("application/x-sammelan-invitee");
const QString StallMime = QStringLiteral("application/x-sammelan-stall");
const QString AllowMoreKey = QStringLiteral("stalls/allowMoreThanOne");
const QString ColorByKey = QStringLiteral("stalls/colorBy");
} // namespace

// The confirmed invitees without a stall: drag one onto a stall to allot it; drop a stall
// here (Ctrl+drag it from the plan) to free it.
class WaitingList final : public QListWidget
{
public:
    explicit WaitingList(StallsPage *page) : QListWidget(page), m_page(page)
    {
        setDragEnabled(true);
        setAcceptDrops(true);
        setDropIndicatorShown(false);
        setDragDropMode(QAbstractItemView::DragDrop);
        setSelectionMode(QAbstractItemView::SingleSelection);
    }

protected:
    QStringList mimeTypes() const override { return {InviteeMime}; }
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override
    {
        if (items.isEmpty())
            return nullptr;
        auto *data = new QMimeData;
        data->setData(InviteeMime, QByteArray::number(items.constFirst()->data(Qt::UserRole).toLongLong()));
        data->setText(items.constFirst()->text());
        return data;
    }
    void dragEnterEvent(QDragEnterEvent *event) override
    {
        if (event->mimeData()->hasFormat(StallMime))
            event->acceptProposedAction();
        else
            QListWidget::dragEnterEvent(event);
    }
    void dragMoveEvent(QDragMoveEvent *event) override
    {
        if (event->mimeData()->hasFormat(StallMime))
            event->acceptProposedAction();
        else
            event->ignore();
    }
    void dropEvent(QDropEvent *event) override
    {
        if (event->mimeData()->hasFormat(StallMime)) {
            m_page->freeStall(event->mimeData()->data(StallMime).toLongLong());
            event->acceptProposedAction();
        }
    }

private:
    StallsPage *m_page;
};

// The plan's view: Ctrl+wheel zooms, a drag with nothing under it selects with a band,
// Ctrl+drag of an allotted stall carries it to the waiting list.
class StallView final : public QGraphicsView
{
public:
    StallView(StallScene *scene, StallsPage *page) : QGraphicsView(scene, page), m_page(page)
    {
        setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        setDragMode(QGraphicsView::RubberBandDrag);
        setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
        // The hall and its grid change only with the layout: kept as a picture while panning.
        setCacheMode(QGraphicsView::CacheBackground);
        setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
        setAcceptDrops(true);
        setFocusPolicy(Qt::StrongFocus);
    }

protected:
    void wheelEvent(QWheelEvent *event) override
    {
        if (event->modifiers() & Qt::ControlModifier) {
            m_page->zoomBy(event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
            event->accept();
            return;
        }
        QGraphicsView::wheelEvent(event);
    }
    void mousePressEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ControlModifier)) {
            for (QGraphicsItem *item : items(event->position().toPoint()))
                if (item->type() == StallItem::Type && static_cast<StallItem *>(item)->stall().inviteeId) {
                    auto *data = new QMimeData;
                    data->setData(StallMime, QByteArray::number(static_cast<StallItem *>(item)->stall().id));
                    auto *drag = new QDrag(this);
                    drag->setMimeData(data);
                    drag->exec(Qt::MoveAction);
                    return;
                }
        }
        QGraphicsView::mousePressEvent(event);
    }

private:
    StallsPage *m_page;
};

StallsPage::StallsPage(QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_undoStack(undoStack), m_scene(new StallScene(this))
{
    m_view = new StallView(m_scene, this);
    createActions();

    m_waitingLabel = new QLabel(this);
    m_waitingLabel->setWordWrap(true);
    m_waiting = new WaitingList(this);
    m_allowMore = new QCheckBox(this);
    m_allowMore->setChecked(QSettings().value(AllowMoreKey, false).toBool());
    connect(m_allowMore, &QCheckBox::toggled, this, [](bool on) { QSettings().setValue(AllowMoreKey, on); });
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_waitingLabel);
    leftLayout->addWidget(m_waiting, 1);
    leftLayout->addWidget(m_allowMore);

    // Properties of the selected stall.
    auto *right = new QWidget(this);
    m_propertiesTitle = new QLabel(right);
    QFont bold = m_propertiesTitle->font();
    bold.setBold(true);
    m_propertiesTitle->setFont(bold);
    m_code = new QLineEdit(right);
    m_width = new QDoubleSpinBox(right);
    m_depth = new QDoubleSpinBox(right);
    for (QDoubleSpinBox *spin : {m_width, m_depth}) {
        spin->setDecimals(1);
        spin->setRange(StallGeometry::MinimumSide, 100);
        spin->setSingleStep(StallGeometry::Grid);
        spin->setSuffix(QStringLiteral(" m"));
    }
    m_category = new QComboBox(right);
    m_status = new QComboBox(right);
    m_holder = new QComboBox(right);
    m_notes = new QLineEdit(right);
    m_codeLabel = new QLabel(right);
    m_widthLabel = new QLabel(right);
    m_depthLabel = new QLabel(right);
    m_categoryLabel = new QLabel(right);
    m_statusLabel = new QLabel(right);
    m_holderLabel = new QLabel(right);
    m_notesLabel = new QLabel(right);
    auto *form = new QFormLayout;
    form->addRow(m_codeLabel, m_code);
    form->addRow(m_widthLabel, m_width);
    form->addRow(m_depthLabel, m_depth);
    form->addRow(m_categoryLabel, m_category);
    form->addRow(m_statusLabel, m_status);
    form->addRow(m_holderLabel, m_holder);
    form->addRow(m_notesLabel, m_notes);
    m_codeLabel->setBuddy(m_code);
    m_widthLabel->setBuddy(m_width);
    m_depthLabel->setBuddy(m_depth);
    m_categoryLabel->setBuddy(m_category);
    m_statusLabel->setBuddy(m_status);
    m_holderLabel->setBuddy(m_holder);
    m_notesLabel->setBuddy(m_notes);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_propertiesTitle);
    rightLayout->addLayout(form);
    rightLayout->addStretch();
    connect(m_code, &QLineEdit::editingFinished, this, &StallsPage::applyProperties);
    connect(m_notes, &QLineEdit::editingFinished, this, &StallsPage::applyProperties);
    connect(m_width, &QDoubleSpinBox::editingFinished, this, &StallsPage::applyProperties);
    connect(m_depth, &QDoubleSpinBox::editingFinished, this, &StallsPage::applyProperties);
    for (QComboBox *combo : {m_category, m_status, m_holder})
        connect(combo, &QComboBox::activated, this, &StallsPage::applyProperties);

    m_legend = new QLabel(this);
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_colorByLabel = new QLabel(this);
    m_colorBy = new QComboBox(this);
    m_colorByLabel->setBuddy(m_colorBy);
    connect(m_colorBy, &QComboBox::activated, this, [this] {
        const auto mode = StallPlan::ColorBy(m_colorBy->currentData().toInt());
        QSettings().setValue(ColorByKey, int(mode));
        m_scene->setColorBy(mode);
        updateLegend();
    });

    auto *center = new QWidget(this);
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    auto *legendRow = new QHBoxLayout;
    legendRow->addWidget(m_colorByLabel);
    legendRow->addWidget(m_colorBy);
    legendRow->addWidget(m_legend, 1);
    centerLayout->addWidget(m_view, 1);
    centerLayout->addLayout(legendRow);
    centerLayout->addWidget(m_message);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(center);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 800, 260});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    layout->addWidget(splitter, 1);

    connect(m_scene, &QGraphicsScene::selectionChanged, this, &StallsPage::fillProperties);
    connect(m_scene, &StallScene::moveRequested, this, [this](const QList<Stall> &before, const QList<Stall> &after) {
        change(before, after, ChangeStallsCommand::Move);
    });
    connect(m_scene, &StallScene::resizeRequested, this, [this](const Stall &before, const Stall &after) {
        change({before}, {after}, ChangeStallsCommand::Resize);
    });
    connect(m_scene, &StallScene::allotRequested, this, &StallsPage::allot);
    connect(ChangeNotifier::instance(), &ChangeNotifier::changed, this, [this](ChangeNotifier::Table table) {
        using T = ChangeNotifier::Table;
        if (table == T::Stalls || table == T::Halls || table == T::Invitations || table == T::Invitees
            || table == T::Sectors)
            reload();
    });
    connect(ChangeNotifier::instance(), &ChangeNotifier::reset, this, &StallsPage::reload);
    retranslateUi();
    m_colorBy->setCurrentIndex(qMax(0, m_colorBy->findData(QSettings().value(ColorByKey, 0).toInt())));
}

void StallsPage::createActions()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto make = [this](const QKeySequence &key = {}) {
        auto *action = new QAction(this);
        if (!key.isEmpty()) {
            action->setShortcut(key);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        addAction(action);
        return action;
    };
    m_hallAction = make();
    m_addAction = make(QKeySequence(Qt::Key_Insert));
    m_generateAction = make();
    m_duplicateAction = make(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_deleteAction = make(QKeySequence::Delete);
    m_alignLeft = make();
    m_alignRight = make();
    m_alignTop = make();
    m_alignBottom = make();
    m_distributeH = make();
    m_distributeV = make();
    m_snapAction = make(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_snapAction->setCheckable(true);
    m_snapAction->setChecked(true);
    m_zoomIn = make(QKeySequence::ZoomIn);
    m_zoomOut = make(QKeySequence::ZoomOut);
    m_fit = make(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_pngAction = make();
    m_pdfAction = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_printAction = make(QKeySequence::Print);
    connect(m_hallAction, &QAction::triggered, this, &StallsPage::editHall);
    connect(m_addAction, &QAction::triggered, this, &StallsPage::addStall);
    connect(m_generateAction, &QAction::triggered, this, &StallsPage::generate);
    connect(m_duplicateAction, &QAction::triggered, this, &StallsPage::duplicateSelection);
    connect(m_deleteAction, &QAction::triggered, this, &StallsPage::deleteSelection);
    connect(m_alignLeft, &QAction::triggered, this, [this] { align(Qt::AlignLeft); });
    connect(m_alignRight, &QAction::triggered, this, [this] { align(Qt::AlignRight); });
    connect(m_alignTop, &QAction::triggered, this, [this] { align(Qt::AlignTop); });
    connect(m_alignBottom, &QAction::triggered, this, [this] { align(Qt::AlignBottom); });
    connect(m_distributeH, &QAction::triggered, this, [this] { distribute(Qt::Horizontal); });
    connect(m_distributeV, &QAction::triggered, this, [this] { distribute(Qt::Vertical); });
    connect(m_snapAction, &QAction::toggled, this, [this](bool on) {
        m_scene->setSnap(on);
        m_scene->update();
    });
    connect(m_zoomIn, &QAction::triggered, this, [this] { zoomBy(1.25); });
    connect(m_zoomOut, &QAction::triggered, this, [this] { zoomBy(0.8); });
    connect(m_fit, &QAction::triggered, this, &StallsPage::fitToWindow);
    connect(m_pngAction, &QAction::triggered, this, &StallsPage::chooseExportPng);
    connect(m_pdfAction, &QAction::triggered, this, &StallsPage::chooseExportPdf);
    connect(m_printAction, &QAction::triggered, this, &StallsPage::printPlan);
    m_toolBar->addActions({m_hallAction, m_addAction, m_generateAction, m_duplicateAction, m_deleteAction});
    m_toolBar->addSeparator();
    // Aligning and spacing share one menu button: six buttons of their own pushed printing out of
    // sight on an ordinary laptop screen.
    auto *arrangeMenu = new QMenu(this);
    arrangeMenu->addActions({m_alignLeft, m_alignRight, m_alignTop, m_alignBottom});
    arrangeMenu->addSeparator();
    arrangeMenu->addActions({m_distributeH, m_distributeV});
    m_arrangeButton = new QToolButton(this);
    m_arrangeButton->setMenu(arrangeMenu);
    m_arrangeButton->setPopupMode(QToolButton::InstantPopup);
    m_arrangeButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addWidget(m_arrangeButton);
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_snapAction, m_zoomIn, m_zoomOut, m_fit});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_pngAction, m_pdfAction, m_printAction});
}

QListWidget *StallsPage::waitingList() const
{
    return m_waiting;
}

QString StallsPage::lastMessage() const
{
    return m_message->text();
}

Hall StallsPage::hall() const
{
    return m_scene->plan().hall;
}

void StallsPage::setCurrentEvent(qint64 eventId)
{
    m_eventId = eventId;
    reload();
    fitToWindow();
}

void StallsPage::reload()
{
    if (!m_eventId || !Database::isOpen(Connection)) {
        m_scene->setPlan(StallPlan());
        m_waiting->clear();
        return;
    }
    StallPlan plan = StallPlan::load(m_eventId, Connection);
    plan.colorBy = StallPlan::ColorBy(m_colorBy->currentData().toInt());
    m_scene->setPlan(plan);
    m_waiting->clear();
    for (const auto &h : StallRepository(Connection).waitingForStall(m_eventId)) {
        auto *item = new QListWidgetItem(h.enterprise.isEmpty() ? h.name : QStringLiteral("%1 — %2").arg(h.enterprise, h.name),
                                         m_waiting);
        item->setData(Qt::UserRole, h.inviteeId);
        item->setToolTip(h.mobile);
    }
    m_waitingLabel->setText(tr("Waiting for a stall (%1): drag one onto a stall").arg(LanguageManager::number(m_waiting->count())));
    fillChoices();
    fillProperties();
    updateLegend();
}

void StallsPage::say(const QString &message, bool problem)
{
    m_message->setText(message);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

QList<Stall> StallsPage::others(const QList<Stall> &excluded) const
{
    QList<Stall> result;
    for (const Stall &s : m_scene->plan().stalls) {
        bool skip = false;
        for (const Stall &e : excluded)
            skip = skip || e.id == s.id;
        if (!skip)
            result << s;
    }
    return result;
}

bool StallsPage::change(const QList<Stall> &before, const QList<Stall> &after, int kind)
{
    const QString why = StallGeometry::problem(after, others(before), hall());
    if (!why.isEmpty()) {
        say(why, true);
        m_scene->setPlan(m_scene->plan()); // back where they were
        return false;
    }
    say(QString());
    if (pushWritten(m_undoStack, new ChangeStallsCommand(Connection, before, after, ChangeStallsCommand::Kind(kind))))
        return true;
    m_scene->setPlan(m_scene->plan()); // not saved (the window said why): back where they were
    return false;
}

void StallsPage::addStall()
{
    if (!m_eventId)
        return;
    const QList<Stall> existing = m_scene->plan().stalls;
    const double width = existing.isEmpty() ? 3 : existing.constLast().width;
    const double depth = existing.isEmpty() ? 3 : existing.constLast().depth;
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center()) / StallScene::Scale;
    const auto spot = StallGeometry::freeSpot(hall(), existing, width, depth, centre);
    if (!spot) {
        say(tr("There is no free space of %1 m × %2 m left in the hall.").arg(width).arg(depth), true);
        return;
    }
    Stall s;
    s.eventId = m_eventId;
    s.code = StallGeometry::nextCode(existing);
    s.x = spot->x();
    s.y = spot->y();
    s.width = width;
    s.depth = depth;
    if (const auto *command = pushKept(m_undoStack, new AddStallsCommand(Connection, {s}, tr("add stall %1").arg(s.code))))
        m_scene->selectStalls(command->ids());
}

void StallsPage::duplicateSelection()
{
    const QList<Stall> selected = m_scene->selectedStalls();
    if (selected.isEmpty())
        return;
    QList<Stall> copies;
    QList<Stall> taken = m_scene->plan().stalls;
    for (const Stall &s : selected) {
        const auto spot = StallGeometry::freeSpot(hall(), taken, s.width, s.depth, QPointF(s.x + s.width, s.y));
        if (!spot) {
            say(tr("There is no free space left in the hall for a copy of %1.").arg(s.code), true);
            return;
        }
        Stall copy = s;
        copy.id = 0;
        copy.code = StallGeometry::nextCode(taken);
        copy.x = spot->x();
        copy.y = spot->y();
        copy.inviteeId = 0; // a copy is a new, empty stall
        copy.status = s.status == StallStatus::Blocked ? StallStatus::Blocked : StallStatus::Free;
        copies << copy;
        taken << copy;
    }
    if (const auto *command = pushKept(m_undoStack, new AddStallsCommand(Connection, copies,
                                                                         tr("duplicate %n stall(s)", nullptr, int(copies.size())))))
        m_scene->selectStalls(command->ids());
}

void StallsPage::deleteSelection()
{
    const QList<Stall> selected = m_scene->selectedStalls();
    if (selected.isEmpty())
        return;
    int allotted = 0;
    for (const Stall &s : selected)
        allotted += s.inviteeId ? 1 : 0;
    if (allotted && !MessageBoxes::confirm(this, tr("Delete stalls"),
                                           tr("%n of the selected stalls are allotted. Delete them all?", nullptr, allotted),
                                           tr("Delete")))
        return;
    m_undoStack->push(new RemoveStallsCommand(Connection, selected));
}

void StallsPage::generate()
{
    if (!m_eventId)
        return;
    GenerateDialog dialog(hall(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<Stall> stalls = StallGeometry::generate(hall(), dialog.count(), dialog.stallWidth(),
                                                        dialog.stallDepth(), dialog.aisle());
    const QList<Stall> existing = m_scene->plan().stalls;
    if (!dialog.replaceExisting()) {
        const QString why = StallGeometry::problem(stalls, existing, hall());
        if (!why.isEmpty()) {
            say(why + QLatin1Char(' ') + tr("Choose “Replace the stalls there are now”, or move them first."), true);
            return;
        }
    }
    const QList<Stall> replaced = dialog.replaceExisting() ? existing : QList<Stall>();
    if (!pushWritten(m_undoStack, new ReplaceStallsCommand(Connection, replaced, stalls,
                                                           tr("generate %n stall(s)", nullptr, int(stalls.size())))))
        return; // the window has said why
    fitToWindow();
    say(tr("%n stall(s) placed.", nullptr, int(stalls.size())));
}

void StallsPage::editHall()
{
    if (!m_eventId)
        return;
    HallDialog dialog(hall(), m_scene->plan().stalls, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Hall after = dialog.hall();
    after.eventId = m_eventId;
    Hall before = hall();
    before.eventId = m_eventId;
    m_undoStack->push(new SetHallCommand(Connection, before, after));
    fitToWindow();
}

void StallsPage::align(Qt::Alignment edge)
{
    const QList<Stall> before = m_scene->selectedStalls();
    if (before.size() < 2)
        return;
    double target = edge & (Qt::AlignLeft | Qt::AlignTop) ? 1e9 : -1e9;
    for (const Stall &s : before) {
        if (edge == Qt::AlignLeft)
            target = qMin(target, s.x);
        else if (edge == Qt::AlignRight)
            target = qMax(target, s.x + s.width);
        else if (edge == Qt::AlignTop)
            target = qMin(target, s.y);
        else
            target = qMax(target, s.y + s.depth);
    }
    QList<Stall> after = before;
    for (Stall &s : after) {
        if (edge == Qt::AlignLeft)
            s.x = target;
        else if (edge == Qt::AlignRight)
            s.x = target - s.width;
        else if (edge == Qt::AlignTop)
            s.y = target;
        else
            s.y = target - s.depth;
    }
    change(before, after, ChangeStallsCommand::Properties);
}

void StallsPage::distribute(Qt::Orientation orientation)
{
    QList<Stall> before = m_scene->selectedStalls();
    if (before.size() < 3)
        return;
    const bool horizontal = orientation == Qt::Horizontal;
    std::sort(before.begin(), before.end(), [horizontal](const Stall &a, const Stall &b) {
        return horizontal ? a.x < b.x : a.y < b.y;
    });
    // Equal gaps between the first and the last, which stay where they are.
    double total = 0;
    for (const Stall &s : before)
        total += horizontal ? s.width : s.depth;
    const Stall &first = before.constFirst();
    const Stall &last = before.constLast();
    const double span = horizontal ? last.x + last.width - first.x : last.y + last.depth - first.y;
    const double gap = (span - total) / (before.size() - 1);
    QList<Stall> after = before;
    double at = horizontal ? first.x : first.y;
    for (Stall &s : after) {
        if (horizontal)
            s.x = StallGeometry::snap(at, 0.1);
        else
            s.y = StallGeometry::snap(at, 0.1);
        at += (horizontal ? s.width : s.depth) + gap;
    }
    change(before, after, ChangeStallsCommand::Properties);
}

void StallsPage::allot(qint64 stallId, qint64 inviteeId)
{
    StallItem *item = m_scene->itemFor(stallId);
    if (!item)
        return;
    const Stall before = item->stall();
    if (before.status == StallStatus::Blocked) {
        say(tr("Stall %1 is blocked; set it free first.").arg(before.code), true);
        return;
    }
    if (!m_allowMore->isChecked()) {
        for (const Stall &s : m_scene->plan().stalls)
            if (s.inviteeId == inviteeId && s.id != stallId) {
                say(tr("This enterprise already holds stall %1. Tick “Allow an enterprise more than one stall” "
                       "to give it another.").arg(s.code), true);
                return;
            }
    }
    Stall after = before;
    after.inviteeId = inviteeId;
    after.status = StallStatus::Allotted;
    if (pushWritten(m_undoStack, new ChangeStallsCommand(Connection, {before}, {after}, ChangeStallsCommand::Allot)))
        say(tr("Stall %1 allotted.").arg(after.code));
}

void StallsPage::freeStall(qint64 stallId)
{
    StallItem *item = m_scene->itemFor(stallId);
    if (!item || !item->stall().inviteeId)
        return;
    const Stall before = item->stall();
    Stall after = before;
    after.inviteeId = 0;
    after.status = StallStatus::Free;
    if (pushWritten(m_undoStack, new ChangeStallsCommand(Connection, {before}, {after}, ChangeStallsCommand::Allot)))
        say(tr("Stall %1 is free again.").arg(after.code));
}

void StallsPage::fillChoices()
{
    const QString language = LanguageManager::currentLanguage();
    m_filling = true;
    m_category->clear();
    m_category->addItem(tr("(none)"), qint64(0));
    for (const Sector &s : m_scene->plan().sectors)
        m_category->addItem(s.name(language), s.id);
    m_category->model()->sort(0);
    m_status->clear();
    for (StallStatus s : StallStatuses::all())
        m_status->addItem(StallStatuses::displayName(s), int(s));
    m_filling = false;
}

void StallsPage::fillProperties()
{
    const QList<Stall> selected = m_scene->selectedStalls();
    const bool one = selected.size() == 1;
    for (QWidget *w : std::initializer_list<QWidget *>{m_code, m_width, m_depth, m_category, m_status, m_holder, m_notes})
        w->setEnabled(one);
    m_duplicateAction->setEnabled(!selected.isEmpty());
    m_deleteAction->setEnabled(!selected.isEmpty());
    for (QAction *a : {m_alignLeft, m_alignRight, m_alignTop, m_alignBottom})
        a->setEnabled(selected.size() >= 2);
    m_distributeH->setEnabled(selected.size() >= 3);
    m_distributeV->setEnabled(selected.size() >= 3);
    m_propertiesTitle->setText(one ? tr("Stall %1").arg(selected.constFirst().code)
                                   : selected.isEmpty() ? tr("No stall selected")
                                                        : tr("%n stalls selected", nullptr, int(selected.size())));
    if (!one)
        return;
    const Stall &s = selected.constFirst();
    m_filling = true;
    m_code->setText(s.code);
    m_width->setValue(s.width);
    m_depth->setValue(s.depth);
    m_category->setCurrentIndex(qMax(0, m_category->findData(s.sectorId)));
    m_status->setCurrentIndex(qMax(0, m_status->findData(int(s.status))));
    m_notes->setText(s.notes);
    // Its holder, and whoever is waiting, to choose from.
    m_holder->clear();
    m_holder->addItem(tr("(free)"), qint64(0));
    const auto holder = m_scene->plan().holders.value(s.id);
    if (s.inviteeId)
        m_holder->addItem(holder.enterprise.isEmpty() ? holder.name : holder.enterprise, s.inviteeId);
    for (int i = 0; i < m_waiting->count(); ++i)
        m_holder->addItem(m_waiting->item(i)->text(), m_waiting->item(i)->data(Qt::UserRole));
    m_holder->setCurrentIndex(qMax(0, m_holder->findData(s.inviteeId)));
    m_filling = false;
}

void StallsPage::applyProperties()
{
    const QList<Stall> selected = m_scene->selectedStalls();
    if (m_filling || selected.size() != 1)
        return;
    const Stall before = selected.constFirst();
    Stall after = before;
    after.code = m_code->text().simplified().toUpper();
    after.width = m_width->value();
    after.depth = m_depth->value();
    after.sectorId = m_category->currentData().toLongLong();
    after.status = StallStatus(m_status->currentData().toInt());
    after.notes = m_notes->text().simplified();
    const qint64 holder = m_holder->currentData().toLongLong();
    if (holder != before.inviteeId) {
        after.inviteeId = holder;
        after.status = holder ? StallStatus::Allotted : StallStatus::Free;
    } else if (after.status != StallStatus::Allotted && before.inviteeId) {
        after.inviteeId = 0; // set free or blocked: nobody holds it any more
    }
    if (after == before)
        return;
    if (after.code.isEmpty()) {
        say(tr("A stall needs a code, such as A-01."), true);
        fillProperties();
        return;
    }
    for (const Stall &s : m_scene->plan().stalls)
        if (s.id != after.id && s.code.compare(after.code, Qt::CaseInsensitive) == 0) {
            say(tr("There is already a stall %1.").arg(after.code), true);
            fillProperties();
            return;
        }
    if (!change({before}, {after}, holder != before.inviteeId ? ChangeStallsCommand::Allot : ChangeStallsCommand::Properties))
        fillProperties();
}

void StallsPage::updateLegend()
{
    QStringList parts;
    for (const StallPlan::LegendEntry &e : m_scene->plan().legend())
        parts << QStringLiteral("<span style='background:%1; border:1px solid #555;'>&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;%2")
                     // Lines break between entries, never inside one ("Readymade garments").
                     .arg(e.color.name(), e.text.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
    m_legend->setText(parts.join(QStringLiteral("&nbsp;&nbsp; ")));
}

void StallsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_autoFit)
        fitToWindow();
}

void StallsPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_autoFit)
        fitToWindow();
}

void StallsPage::zoomBy(double factor)
{
    m_autoFit = false;
    const double current = m_view->transform().m11();
    const double next = qBound(0.05, current * factor, 8.0);
    m_view->scale(next / current, next / current);
}

void StallsPage::fitToWindow()
{
    m_autoFit = true;
    m_view->fitInView(m_scene->hallRect().adjusted(-20, -20, 20, 20), Qt::KeepAspectRatio);
}

bool StallsPage::exportPng(const QString &path)
{
    StallPlan plan = m_scene->plan();
    QString error;
    if (!plan.writePng(path, &error)) {
        MessageBoxes::warn(this, tr("Save the plan as a picture"), error);
        return false;
    }
    say(tr("The plan was saved as %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

ReportDocument StallsPage::planDocument() const
{
    const auto event = EventRepository(Connection).find(m_eventId);
    const QString title = tr("Stall layout — %1").arg(event ? event->name(LanguageManager::currentLanguage()) : QString());
    StallPlan plan = m_scene->plan();
    plan.language = LanguageManager::currentLanguage();
    return StallReport::build(plan, title);
}

void StallsPage::printPlan()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ReportDocument document = planDocument();
    QApplication::restoreOverrideCursor();
    const QString sent = DocumentPrinting::printWithDialog(this, document);
    if (!sent.isEmpty())
        say(sent);
}

bool StallsPage::exportPdf(const QString &path)
{
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = ReportRenderer::writePdf(planDocument(), path, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        MessageBoxes::warn(this, tr("Print the plan"), error);
        return false;
    }
    say(tr("The plan and the stall list were saved as %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void StallsPage::chooseExportPng()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the plan as a picture"),
                                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                          + QLatin1Char('/') + tr("stall-plan") + QStringLiteral(".png"),
                                                      tr("PNG pictures (*.png)"));
    if (!path.isEmpty())
        exportPng(path);
}

void StallsPage::chooseExportPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Print the plan"),
                                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                          + QLatin1Char('/') + tr("stall-plan") + QStringLiteral(".pdf"),
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

void StallsPage::retranslateUi()
{
    m_toolBar->setWindowTitle(tr("Stalls"));
    m_hallAction->setText(tr("&Hall…"));
    m_hallAction->setToolTip(tr("The hall's name and size"));
    m_addAction->setText(tr("&Add stall"));
    m_addAction->setToolTip(tr("Add a stall in a free place (Insert)"));
    m_generateAction->setText(tr("&Generate…"));
    m_generateAction->setToolTip(tr("Place a number of stalls in rows with aisles"));
    m_duplicateAction->setText(tr("D&uplicate"));
    m_duplicateAction->setToolTip(tr("Copy the selected stalls into free places (Ctrl+D)"));
    m_deleteAction->setText(tr("&Delete"));
    m_deleteAction->setToolTip(tr("Delete the selected stalls (Del)"));
    m_alignLeft->setText(tr("Align left"));
    m_alignRight->setText(tr("Align right"));
    m_alignTop->setText(tr("Align top"));
    m_alignBottom->setText(tr("Align bottom"));
    m_distributeH->setText(tr("Space across"));
    m_distributeH->setToolTip(tr("Equal gaps from left to right between the selected stalls"));
    m_distributeV->setText(tr("Space down"));
    m_distributeV->setToolTip(tr("Equal gaps from top to bottom between the selected stalls"));
    m_snapAction->setText(tr("&Snap to 0.5 m"));
    m_snapAction->setToolTip(tr("Show the grid and snap stalls to it (Ctrl+G)"));
    m_zoomIn->setText(tr("Zoom in"));
    m_zoomOut->setText(tr("Zoom out"));
    m_fit->setText(tr("&Fit"));
    m_fit->setToolTip(tr("Show the whole hall (Ctrl+0)"));
    m_arrangeButton->setText(tr("A&rrange"));
    m_arrangeButton->setToolTip(tr("Align the selected stalls or space them evenly"));
    m_pngAction->setText(tr("Save as &picture…"));
    m_pdfAction->setText(tr("Save as P&DF…"));
    m_pdfAction->setToolTip(tr("The plan with its legend, then the stall list, as a PDF (Ctrl+Shift+P)"));
    m_printAction->setText(tr("&Print…"));
    m_printAction->setToolTip(tr("Print the plan with its legend, then the stall list (Ctrl+P)"));
    m_allowMore->setText(tr("Allow an enterprise more than one stall"));
    m_codeLabel->setText(tr("&Code:"));
    m_widthLabel->setText(tr("&Width:"));
    m_depthLabel->setText(tr("De&pth:"));
    m_categoryLabel->setText(tr("Ca&tegory:"));
    m_statusLabel->setText(tr("&Status:"));
    m_holderLabel->setText(tr("Allotted &to:"));
    m_notesLabel->setText(tr("&Notes:"));
    m_colorByLabel->setText(tr("Colour by:"));
    const int mode = m_colorBy->currentIndex();
    m_colorBy->clear();
    m_colorBy->addItem(tr("category"), int(StallPlan::ColorBy::Category));
    m_colorBy->addItem(tr("status"), int(StallPlan::ColorBy::Status));
    m_colorBy->setCurrentIndex(qMax(0, mode));
    reload();
}

void StallsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
