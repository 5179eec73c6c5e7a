#include "stallspage.h"

#include "undo/changenotifier.h"
#include "storage/database.h"
#include "events/eventrepository.h"
#include "text/languagemanager.h"
#include "messageboxes.h"
#include "printing/documentprinting.h"
#include "report/reportrenderer.h"
#include "stalleditor.h"
#include "stalllegend.h"
#include "stallpropertiespanel.h"
#include "stalls/stallcommands.h"
#include "stalls/stallgeometry.h"
#include "stalls/stallreport.h"
#include "stallscene.h"
#include "stallview.h"
#include "waitinglist.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
const QString Connection = Database::defaultConnectionName();
const QString ColorByKey = QStringLiteral("stalls/colorBy");
} // namespace

StallsPage::StallsPage(QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_undoStack(undoStack), m_scene(new StallScene(this))
{
    m_view = new StallView(m_scene, this);
    m_editor = new StallEditor(m_undoStack, m_scene, m_view, this);
    m_editor->setNotes([this](const StallEditor::Note &note, bool problem) { say(note, problem); },
                       [this] { clearProblem(); });
    createActions();
    m_waiting = new WaitingList(this);
    m_properties = new StallPropertiesPanel(this);

    m_legend = new StallLegend(this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_colorByLabel = new QLabel(this);
    m_colorBy = new QComboBox(this);
    m_colorByLabel->setBuddy(m_colorBy);

    auto *center = new QWidget(this);
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    auto *legendRow = new QHBoxLayout;
    legendRow->addWidget(m_colorByLabel, 0, Qt::AlignTop);
    legendRow->addWidget(m_colorBy, 0, Qt::AlignTop);
    legendRow->addWidget(m_legend, 1);
    centerLayout->addWidget(m_view, 1);
    centerLayout->addLayout(legendRow);
    centerLayout->addWidget(m_message);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_waiting);
    splitter->addWidget(center);
    splitter->addWidget(m_properties);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({210, 800, 230});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    layout->addWidget(splitter, 1);

    connect(m_colorBy, &QComboBox::activated, this, [this] {
        const auto mode = StallPlan::ColorBy(m_colorBy->currentData().toInt());
        QSettings().setValue(ColorByKey, int(mode));
        m_scene->setColorBy(mode);
        m_legend->setEntries(m_scene->plan().legend());
    });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &StallsPage::showSelection);
    connect(m_scene, &StallScene::moveRequested, this, [this](const QList<Stall> &before, const QList<Stall> &after) {
        m_editor->change(before, after, ChangeStallsCommand::Move);
    });
    connect(m_scene, &StallScene::resizeRequested, this, [this](const Stall &before, const Stall &after) {
        m_editor->change({before}, {after}, ChangeStallsCommand::Resize);
    });
    connect(m_scene, &StallScene::allotRequested, this, &StallsPage::allot);
    connect(m_waiting, &WaitingList::freeRequested, this, &StallsPage::freeStall);
    connect(m_properties, &StallPropertiesPanel::changeRequested, this, [this](const Stall &before, const Stall &after) {
        if (!m_editor->change({before}, {after},
                    after.inviteeId != before.inviteeId ? ChangeStallsCommand::Allot : ChangeStallsCommand::Properties))
            showSelection(); // refused: the panel shows the stall as it is
    });
    // Whatever succeeds next (here or an undo) makes an old "would overlap" note untrue.
    connect(m_undoStack, &QUndoStack::indexChanged, this, &StallsPage::clearProblem);
    connect(ChangeNotifier::instance(), &ChangeNotifier::changed, this, [this](ChangeNotifier::Table table) {
        using T = ChangeNotifier::Table;
        if (table == T::Stalls || table == T::Halls || table == T::Invitations || table == T::Invitees
            || table == T::Sectors)
            reload();
    });
    connect(ChangeNotifier::instance(), &ChangeNotifier::reset, this, &StallsPage::reload);
    // Numbers in the note and the toolbar follow the digit setting, which sends no LanguageChange.
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this, &StallsPage::retranslateUi);
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
    // Aligning and spacing share one menu button, and so do the two ways of saving: buttons of
    // their own pushed printing out of sight on a 1,024-pixel screen, in Hindi most of all.
    auto menuButton = [this](const QList<QAction *> &actions, int separatorAfter) {
        auto *menu = new QMenu(this);
        for (int i = 0; i < actions.size(); ++i) {
            menu->addAction(actions.at(i));
            if (i + 1 == separatorAfter)
                menu->addSeparator();
        }
        auto *button = new QToolButton(this);
        button->setMenu(menu);
        button->setPopupMode(QToolButton::InstantPopup);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_toolBar->addWidget(button);
        return button;
    };
    m_arrangeButton = menuButton({m_alignLeft, m_alignRight, m_alignTop, m_alignBottom, m_distributeH, m_distributeV}, 4);
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_snapAction, m_zoomIn, m_zoomOut, m_fit});
    m_toolBar->addSeparator();
    m_saveButton = menuButton({m_pngAction, m_pdfAction}, 0);
    m_toolBar->addAction(m_printAction);
}

QGraphicsView *StallsPage::view() const
{
    return m_view;
}

QListWidget *StallsPage::waitingList() const
{
    return m_waiting->list();
}

QString StallsPage::lastMessage() const
{
    return m_message->text();
}

void StallsPage::setCurrentEvent(qint64 eventId)
{
    m_eventId = eventId;
    m_editor->setEvent(eventId);
    reload();
    fitToWindow();
}

void StallsPage::reload()
{
    if (!m_eventId || !Database::isOpen(Connection)) {
        m_scene->setPlan(StallPlan());
        m_waiting->setHolders({});
    } else {
        StallPlan plan = StallPlan::load(m_eventId, Connection);
        plan.colorBy = StallPlan::ColorBy(m_colorBy->currentData().toInt());
        m_scene->setPlan(plan);
        m_waiting->setHolders(StallRepository(Connection).waitingForStall(m_eventId));
    }
    m_legend->setEntries(m_scene->plan().legend());
    showSelection();
}

void StallsPage::showSelection()
{
    const QList<Stall> selected = m_scene->selectedStalls();
    m_duplicateAction->setEnabled(!selected.isEmpty());
    m_deleteAction->setEnabled(!selected.isEmpty());
    for (QAction *a : {m_alignLeft, m_alignRight, m_alignTop, m_alignBottom})
        a->setEnabled(selected.size() >= 2);
    m_distributeH->setEnabled(selected.size() >= 3);
    m_distributeV->setEnabled(selected.size() >= 3);
    m_properties->setStalls(m_scene->plan(), selected, m_waiting->holders());
}

void StallsPage::say(const std::function<QString()> &message, bool problem)
{
    m_say = message;
    m_problem = problem && message;
    m_message->setText(message ? message() : QString());
    m_message->setStyleSheet(m_problem ? QStringLiteral("color: #b00020;") : QString());
}

void StallsPage::clearProblem()
{
    if (m_problem)
        say({});
}

void StallsPage::addStall()
{
    m_editor->addStall();
}

void StallsPage::duplicateSelection()
{
    m_editor->duplicateSelection();
}

void StallsPage::deleteSelection()
{
    m_editor->deleteSelection();
}

void StallsPage::generate()
{
    m_editor->generate();
}

void StallsPage::editHall()
{
    m_editor->editHall();
}

void StallsPage::align(Qt::Alignment edge)
{
    m_editor->align(edge);
}

void StallsPage::distribute(Qt::Orientation orientation)
{
    m_editor->distribute(orientation);
}

void StallsPage::allot(qint64 stallId, qint64 inviteeId)
{
    m_editor->allot(stallId, inviteeId, m_waiting->allowMoreThanOne());
}

void StallsPage::freeStall(qint64 stallId)
{
    m_editor->freeStall(stallId);
}

void StallsPage::zoomBy(double factor)
{
    m_view->zoomBy(factor);
}

void StallsPage::fitToWindow()
{
    m_view->fitToWindow();
}

bool StallsPage::exportPng(const QString &path)
{
    StallPlan plan = m_scene->plan();
    QString error;
    if (!plan.writePng(path, &error)) {
        MessageBoxes::warn(this, tr("Save the plan as a picture"), error);
        return false;
    }
    say([path] { return tr("The plan was saved as %1.").arg(QDir::toNativeSeparators(path)); });
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
    // Worded by the printing code in the language of the moment; a later switch clears it.
    if (!sent.isEmpty())
        say([sent, language = LanguageManager::currentLanguage()] {
            return LanguageManager::currentLanguage() == language ? sent : QString();
        });
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
    say([path] { return tr("The plan and the stall list were saved as %1.").arg(QDir::toNativeSeparators(path)); });
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
    m_snapAction->setText(tr("&Snap to %1").arg(StallGeometry::metres(StallGeometry::Grid)));
    m_snapAction->setToolTip(tr("Show the grid and snap stalls to it (Ctrl+G)"));
    // Plus and minus say it in any language and leave room for the rest on a small screen; the
    // words are in the tooltip and for screen readers.
    m_zoomIn->setText(QStringLiteral("+"));
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl++)"));
    m_toolBar->widgetForAction(m_zoomIn)->setAccessibleName(tr("Zoom in"));
    m_zoomOut->setText(QString(QChar(0x2212))); // minus sign
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+-)"));
    m_toolBar->widgetForAction(m_zoomOut)->setAccessibleName(tr("Zoom out"));
    m_fit->setText(tr("&Fit"));
    m_fit->setToolTip(tr("Show the whole hall (Ctrl+0)"));
    m_arrangeButton->setText(tr("A&rrange"));
    m_arrangeButton->setToolTip(tr("Align the selected stalls or space them evenly"));
    m_saveButton->setText(tr("Save as"));
    m_saveButton->setToolTip(tr("Save the plan as a picture, or with the stall list as a PDF"));
    m_pngAction->setText(tr("Save as &picture…"));
    m_pdfAction->setText(tr("Save as P&DF…"));
    m_pdfAction->setToolTip(tr("The plan with its legend, then the stall list, as a PDF (Ctrl+Shift+P)"));
    m_printAction->setText(tr("&Print…"));
    m_printAction->setToolTip(tr("Print the plan with its legend, then the stall list (Ctrl+P)"));
    // Toolbar buttons show no mnemonic (they have their shortcuts): without the Hindi "(&H)"
    // form too, which would otherwise show as a literal "(H)" and take room.
    static const QRegularExpression mnemonic(QStringLiteral("\\s*\\(&.\\)|&(?=.)"));
    for (QAction *a : m_toolBar->actions())
        if (!a->text().isEmpty())
            a->setIconText(QString(a->text()).remove(mnemonic));
    m_colorByLabel->setText(tr("Colour &by:"));
    const int mode = m_colorBy->currentIndex();
    m_colorBy->clear();
    m_colorBy->addItem(tr("category"), int(StallPlan::ColorBy::Category));
    m_colorBy->addItem(tr("status"), int(StallPlan::ColorBy::Status));
    m_colorBy->setCurrentIndex(qMax(0, mode));
    say(m_say, m_problem);
    reload();
}

void StallsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
