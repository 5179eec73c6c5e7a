#include "exportspage.h"

#include "actionbutton.h"
#include "undo/writecommand.h"
#include "undo/changenotifier.h"
#include "countrycompleter.h"
#include "storage/database.h"
#include "exportdialog.h"
#include "exporttargetsdialog.h"
#include "productchaptersdialog.h"
#include "whoexportsdialog.h"
#include "exports/countries.h"
#include "exports/exporttargetrepository.h"
#include "exports/productchapterrepository.h"
#include "printing/documentprinting.h"
#include "exports/exportcommands.h"
#include "exports/exporttablemodel.h"
#include "import/exportimport.h"
#include "import/tablereader.h"
#include "text/languagemanager.h"
#include "messageboxes.h"
#include "numberlocale.h"
#include "storage/settingsrepository.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

enum ChartChoice { BarsByCountry, BarsByProduct, StackedByProduct, ShareByCountry, ShareByProduct, Trend,
                   BarsByChapter, ShareByChapter, TargetsChart };

// Country cells complete as you type; product cells choose among the sectors.
class ExportItemDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() == ExportTableModel::CountryColumn) {
            auto *edit = new QLineEdit(parent);
            edit->setCompleter(new CountryCompleter(edit));
            return edit;
        }
        if (index.column() == ExportTableModel::ProductColumn) {
            auto *combo = new QComboBox(parent);
            const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(index.model());
            const auto *model = qobject_cast<const ExportTableModel *>(proxy ? proxy->sourceModel() : index.model());
            combo->addItem(QStringLiteral("—"), qint64(0));
            if (model) {
                const QString language = LanguageManager::currentLanguage();
                QList<Sector> sectors = model->sectors().values();
                std::sort(sectors.begin(), sectors.end(), [&](const Sector &a, const Sector &b) {
                    return a.name(language).localeAwareCompare(b.name(language)) < 0;
                });
                for (const Sector &s : sectors)
                    combo->addItem(s.name(language), s.id);
            }
            return combo;
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toLongLong())));
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            model->setData(index, combo->currentData(), Qt::EditRole);
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }
};

const QString SettingsGroup = QStringLiteral("exportsPage/");

} // namespace

ExportsPage::ExportsPage(QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_undoStack(undoStack)
{
    m_model = new ExportTableModel(undoStack, Database::defaultConnectionName(), this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ExportTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_addAction = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), QString(), this);
    m_addAction->setShortcut(QKeySequence::New);
    m_deleteAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), QString(), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_importAction = new QAction(QIcon::fromTheme(QStringLiteral("document-import")), QString(), this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_pngAction = new QAction(QIcon::fromTheme(QStringLiteral("image-x-generic")), QString(), this);
    m_pngAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_pdfAction = new QAction(QIcon::fromTheme(QStringLiteral("application-pdf")), QString(), this);
    m_printAction = new QAction(QIcon::fromTheme(QStringLiteral("document-print")), QString(), this);
    m_printAction->setShortcut(QKeySequence::Print);
    m_targetsAction = new QAction(QIcon::fromTheme(QStringLiteral("go-up")), QString(), this);
    m_targetsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    const QList<QAction *> actions{m_addAction, m_deleteAction, m_importAction, m_pngAction, m_pdfAction, m_printAction,
                                   m_targetsAction};
    for (QAction *a : actions)
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions(actions);
    connect(m_addAction, &QAction::triggered, this, &ExportsPage::addFigure);
    connect(m_deleteAction, &QAction::triggered, this, &ExportsPage::deleteSelected);
    connect(m_importAction, &QAction::triggered, this, &ExportsPage::importFromFile);
    connect(m_pngAction, &QAction::triggered, this, [this] { chooseChartFile(QStringLiteral("png")); });
    connect(m_pdfAction, &QAction::triggered, this, [this] { chooseChartFile(QStringLiteral("pdf")); });
    connect(m_printAction, &QAction::triggered, this, &ExportsPage::printChart);
    connect(m_targetsAction, &QAction::triggered, this, &ExportsPage::editTargets);

    // The table: figures of one year or all, with the totals by year under it.
    m_tableYearLabel = new QLabel(this);
    m_tableYear = new QComboBox(this);
    m_tableYearLabel->setBuddy(m_tableYear);
    connect(m_tableYear, &QComboBox::activated, this, [this] {
        m_model->setYear(m_tableYear->currentData().toInt());
        updateActions();
    });
    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new ExportItemDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Years and values keep their full width; the names share what is left.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(ExportTableModel::YearColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ExportTableModel::CountryColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ExportTableModel::ProductColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ExportTableModel::ValueColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ExportTableModel::UsdColumn, QHeaderView::ResizeToContents);
    // The code and quantity beside the product, the exporter last: the order of the ministry's tables.
    header->setSectionResizeMode(ExportTableModel::HsColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ExportTableModel::QuantityColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ExportTableModel::ExporterColumn, QHeaderView::Interactive);
    header->moveSection(header->visualIndex(ExportTableModel::HsColumn), header->visualIndex(ExportTableModel::ValueColumn));
    header->moveSection(header->visualIndex(ExportTableModel::QuantityColumn), header->visualIndex(ExportTableModel::ValueColumn));
    m_view->sortByColumn(ExportTableModel::ValueColumn, Qt::DescendingOrder);
    // Right-click a figure: who exports to its country or of its product, its product's chapters.
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ExportsPage::tableMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ExportsPage::updateActions);
    m_totals = new QLabel(this);
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The table sets demo figures in italics; this says so.
    m_demoNote = new QLabel(this);
    m_demoNote->setWordWrap(true);
    QFont demoFont = m_demoNote->font();
    demoFont.setItalic(true);
    m_demoNote->setFont(demoFont);
    m_demoNote->hide();

    auto *tablePane = new QWidget(this);
    auto *tableTop = new QHBoxLayout;
    tableTop->addWidget(m_tableYearLabel);
    tableTop->addWidget(m_tableYear);
    tableTop->addStretch();
    tableTop->addWidget(actionButton(m_addAction, this));
    tableTop->addWidget(actionButton(m_deleteAction, this));
    tableTop->addWidget(actionButton(m_importAction, this));
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(tableTop);
    tableLayout->addWidget(m_view, 1);
    tableLayout->addWidget(m_demoNote);
    tableLayout->addWidget(m_totals);

    // The chart, with what it shows.
    m_kindLabel = new QLabel(this);
    m_kind = new QComboBox(this);
    m_kindLabel->setBuddy(m_kind);
    m_chartYearLabel = new QLabel(this);
    m_chartYear = new QComboBox(this);
    m_chartYearLabel->setBuddy(m_chartYear);
    m_topLabel = new QLabel(this);
    m_top = new QSpinBox(this);
    m_top->setRange(3, 20);
    NumberLocale::follow(m_top);
    m_topLabel->setBuddy(m_top);
    m_chartView = new QChartView(this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(360, 280);
    // Right-click a bar or slice: who exports there.
    m_chartView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_chartView, &QWidget::customContextMenuRequested, this, &ExportsPage::chartMenu);
    m_chartTimer = new QTimer(this);
    m_chartTimer->setSingleShot(true);
    connect(m_chartTimer, &QTimer::timeout, this, &ExportsPage::rebuildChart);
    connect(m_kind, &QComboBox::activated, this, &ExportsPage::scheduleChart);
    connect(m_chartYear, &QComboBox::activated, this, &ExportsPage::scheduleChart);
    connect(m_top, &QSpinBox::valueChanged, this, &ExportsPage::scheduleChart);

    auto *chartPane = new QWidget(this);
    auto *chartTop = new QHBoxLayout;
    chartTop->addWidget(m_kindLabel);
    chartTop->addWidget(m_kind);
    chartTop->addWidget(m_chartYearLabel);
    chartTop->addWidget(m_chartYear);
    chartTop->addWidget(m_topLabel);
    chartTop->addWidget(m_top);
    chartTop->addStretch();
    // Saving and printing under the chart: with the choices above they crowd a laptop screen,
    // more so in Hindi.
    auto *chartBottom = new QHBoxLayout;
    chartBottom->addWidget(actionButton(m_targetsAction, this));
    chartBottom->addStretch();
    chartBottom->addWidget(actionButton(m_pngAction, this));
    chartBottom->addWidget(actionButton(m_pdfAction, this));
    chartBottom->addWidget(actionButton(m_printAction, this));
    auto *chartLayout = new QVBoxLayout(chartPane);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addLayout(chartTop);
    chartLayout->addWidget(m_chartView, 1);
    chartLayout->addLayout(chartBottom);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(tablePane);
    m_splitter->addWidget(chartPane);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_tableYear, m_view);
    setTabOrder(m_view, m_kind);
    setTabOrder(m_kind, m_chartYear);
    setTabOrder(m_chartYear, m_top);

    QSettings settings;
    if (!m_splitter->restoreState(settings.value(SettingsGroup + QStringLiteral("splitter")).toByteArray()))
        m_splitter->setSizes({560, 640}); // room for the table's names on a 1,024-pixel screen
    m_top->setValue(settings.value(SettingsGroup + QStringLiteral("top"), 8).toInt());
    const int kind = settings.value(SettingsGroup + QStringLiteral("chart"), BarsByCountry).toInt();

    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        reloadTargets();
        showUsedColumns();
        fillYearCombos();
        updateTotals();
        updateDemoNoteAndColumns();
        updateActions();
        scheduleChart();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        reloadTargets();
        showUsedColumns();
        fillYearCombos();
        updateTotals();
        updateDemoNoteAndColumns();
        scheduleChart();
    });
    connect(m_model, &ExportTableModel::editRefused, this, [this](const QString &text) {
        MessageBoxes::warn(this, tr("The figure was not changed"), text);
    });
    connect(ChangeNotifier::instance(), &ChangeNotifier::changed, this, [this](ChangeNotifier::Table table) {
        if (table == ChangeNotifier::Table::Settings)
            scheduleChart(); // the district's name is in the title
    });

    reloadTargets();
    showUsedColumns();
    retranslateUi();
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
    fillYearCombos();
    updateTotals();
    updateDemoNoteAndColumns();
    updateActions();
    rebuildChart();
}

ExportsPage::~ExportsPage()
{
    QSettings settings;
    settings.setValue(SettingsGroup + QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(SettingsGroup + QStringLiteral("top"), m_top->value());
    settings.setValue(SettingsGroup + QStringLiteral("chart"), m_kind->currentData().toInt());
    delete m_chartView->chart();
}

void ExportsPage::retranslateUi()
{
    m_title->setText(tr("Exports"));
    m_tableYearLabel->setText(tr("Financial &year:"));
    m_kindLabel->setText(tr("&Chart:"));
    m_chartYearLabel->setText(tr("Yea&r:"));
    m_topLabel->setText(tr("Na&med:"));
    m_top->setToolTip(tr("How many countries or products are named before “Other”"));
    m_addAction->setText(tr("&Add…"));
    m_addAction->setToolTip(tr("Add an export figure (Ctrl+N)"));
    m_deleteAction->setText(tr("&Delete…"));
    m_deleteAction->setToolTip(tr("Delete the selected figures (Del)"));
    m_importAction->setText(tr("Add from &file…"));
    m_importAction->setToolTip(tr("Add export figures from an Excel/CSV file: the columns year, country, product and value, "
                                  "or the ministry's export tables (HS code, country, values per year) (Ctrl+I)"));
    m_pngAction->setText(tr("Save as PN&G…"));
    m_pngAction->setToolTip(tr("Save the chart as an image (Ctrl+Shift+S)"));
    m_pdfAction->setText(tr("Save as PD&F…"));
    m_pdfAction->setToolTip(tr("Save the chart as a PDF page"));
    m_printAction->setText(tr("&Print…"));
    m_printAction->setToolTip(tr("Print the chart (Ctrl+P)"));
    m_demoNote->setText(tr("Rows in italics are demo figures: replace them with your district's own, or delete them."));
    m_targetsAction->setText(tr("&Targets…"));
    m_targetsAction->setToolTip(tr("The District Export Action Plan's targets and the progress towards them (Ctrl+T)"));
    const int kind = m_kind->currentData().isValid() ? m_kind->currentData().toInt() : BarsByCountry;
    m_kind->clear();
    m_kind->addItem(tr("Bars by country"), BarsByCountry);
    m_kind->addItem(tr("Bars by product"), BarsByProduct);
    m_kind->addItem(tr("Countries split by product"), StackedByProduct);
    m_kind->addItem(tr("Share of each country"), ShareByCountry);
    m_kind->addItem(tr("Share of each product"), ShareByProduct);
    m_kind->addItem(tr("Bars by HS chapter"), BarsByChapter);
    m_kind->addItem(tr("Share of each HS chapter"), ShareByChapter);
    m_kind->addItem(tr("Trend over the years"), Trend);
    m_kind->addItem(tr("Against the target"), TargetsChart);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
    fillYearCombos();
    updateTotals();
    scheduleChart();
}

void ExportsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ExportsPage::fillYearCombos()
{
    QList<int> years = ExportStats::years(m_model->allRecords());
    std::reverse(years.begin(), years.end()); // newest first
    auto refill = [&](QComboBox *combo, const QString &allText) {
        const int current = combo->currentData().toInt();
        const QSignalBlocker quiet(combo);
        combo->clear();
        combo->addItem(allText, 0);
        for (int y : years)
            combo->addItem(LanguageManager::digits(ExportRecord::financialYear(y)), y);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    refill(m_tableYear, tr("All years"));
    refill(m_chartYear, tr("Latest"));
}

void ExportsPage::updateTotals()
{
    const QList<ExportRecord> &records = m_model->allRecords();
    QList<int> years = ExportStats::years(records);
    if (years.isEmpty()) {
        m_totals->setText(tr("No export figures yet. Add them one by one or from a spreadsheet (Ctrl+I)."));
        return;
    }
    std::reverse(years.begin(), years.end());
    QStringList parts;
    for (int y : years)
        parts << tr("%1: %2").arg(LanguageManager::digits(ExportRecord::financialYear(y)),
                                  ExportChart::crore(ExportStats::total(records, y)));
    QString text = tr("Totals by year: %1").arg(parts.join(QStringLiteral(" · ")));
    if (const int missing = m_model->withoutRate())
        text += QLatin1Char(' ') + tr("%n figure(s) given only in US$ wait for their year's exchange rate "
                                      "(Edit › Settings › Exchange rates) and count as ₹0 until then.", nullptr, missing);
    m_totals->setText(text);
}

void ExportsPage::updateDemoNoteAndColumns()
{
    const QList<ExportRecord> &records = m_model->allRecords();
    m_demoNote->setVisible(std::any_of(records.cbegin(), records.cend(), [](const ExportRecord &r) { return r.isDemo; }));
    // US$ values are optional and often not known: the column takes room from the names only
    // when some figure has one (the form always asks for it).
    m_view->setColumnHidden(ExportTableModel::UsdColumn, std::none_of(records.cbegin(), records.cend(), [](const ExportRecord &r) {
        return r.valueUsdMillion >= 0;
    }));
}

void ExportsPage::updateActions()
{
    m_deleteAction->setEnabled(m_view->selectionModel()->hasSelection());
    const bool any = !m_model->allRecords().isEmpty();
    m_pngAction->setEnabled(any);
    m_pdfAction->setEnabled(any);
    m_printAction->setEnabled(any);
}

ExportChartOptions ExportsPage::chartOptions() const
{
    ExportChartOptions options;
    options.fyStart = m_chartYear->currentData().toInt();
    options.topN = m_top->value();
    switch (m_kind->currentData().toInt()) {
    case BarsByProduct:
        options.by = ExportStats::By::Product;
        break;
    case StackedByProduct:
        options.kind = ExportChartOptions::Kind::Stacked;
        break;
    case ShareByCountry:
        options.kind = ExportChartOptions::Kind::Share;
        break;
    case ShareByProduct:
        options.kind = ExportChartOptions::Kind::Share;
        options.by = ExportStats::By::Product;
        break;
    case Trend:
        options.kind = ExportChartOptions::Kind::Trend;
        break;
    case BarsByChapter:
        options.by = ExportStats::By::Chapter;
        break;
    case ShareByChapter:
        options.kind = ExportChartOptions::Kind::Share;
        options.by = ExportStats::By::Chapter;
        break;
    case TargetsChart:
        options.kind = ExportChartOptions::Kind::Targets;
        break;
    default:
        break;
    }
    options.targets = m_targets;
    return options;
}

void ExportsPage::scheduleChart()
{
    // Several changes in a row (a language switch, an import) draw the chart once.
    m_chartTimer->start(0);
}

void ExportsPage::rebuildChart()
{
    m_chartTimer->stop();
    const ExportChartOptions options = chartOptions();
    m_chartYear->setEnabled(options.kind != ExportChartOptions::Kind::Trend
                            && options.kind != ExportChartOptions::Kind::Targets);
    const QString district = QSqlDatabase::database(Database::defaultConnectionName(), false).isOpen()
        ? SettingsRepository().district(LanguageManager::currentLanguage())
        : QString();
    QChart *old = m_chartView->chart();
    m_chartView->setChart(ExportChart::create(m_model->allRecords(), m_model->sectors(), district, options));
    delete old;
}

QList<qint64> ExportsPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << index.data(ExportTableModel::IdRole).toLongLong();
    return ids;
}

void ExportsPage::showMessage(const QString &text)
{
    m_lastMessage = text;
    emit message(text);
}

void ExportsPage::addFigure()
{
    const QList<int> years = ExportStats::years(m_model->allRecords());
    const int defaultYear = m_model->year() ? m_model->year() : (years.isEmpty() ? 0 : years.constLast());
    ExportDialog dialog(m_model, defaultYear, this);
    qint64 newId = 0;
    dialog.setSaver([&] {
        const auto *command = pushKept(m_undoStack, new AddExportCommand(Database::defaultConnectionName(), dialog.record()));
        newId = command ? command->recordId() : 0;
        return command != nullptr; // on failure the window has said why; the form stays open
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int row = m_model->rowOf(newId);
    if (row >= 0)
        m_view->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
}

void ExportsPage::deleteSelected()
{
    QList<ExportRecord> records;
    for (qint64 id : selectedIds()) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            records << m_model->recordAt(row);
    }
    if (records.isEmpty())
        return;
    // %n is written in Latin digits: the messages have no other digits, so they are changed whole.
    if (!MessageBoxes::confirm(this, tr("Delete export figures"),
                               LanguageManager::digits(tr("Delete %n export figure(s)? You can undo this with Ctrl+Z.",
                                                          nullptr, int(records.size()))),
                               tr("Delete")))
        return;
    if (pushKept(m_undoStack, new DeleteExportsCommand(Database::defaultConnectionName(), records)))
        showMessage(LanguageManager::digits(tr("Deleted %n export figure(s).", nullptr, int(records.size()))));
}

void ExportsPage::importFromFile()
{
    QSettings settings;
    const QString folder = settings.value(SettingsGroup + QStringLiteral("importFolder"), QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Add export figures from a file"), folder,
                                                      tr("Spreadsheets (*.xlsx *.csv *.tsv *.txt)"));
    if (path.isEmpty())
        return;
    settings.setValue(SettingsGroup + QStringLiteral("importFolder"), QFileInfo(path).absolutePath());
    importFile(path);
}

bool ExportsPage::importFile(const QString &path)
{
    const QString title = tr("Add export figures from a file");
    QString error;
    auto source = TableReader::open(path, &error);
    const auto table = source ? TableReader::readAll(*source, &error) : std::nullopt;
    if (!table) {
        MessageBoxes::warn(this, title, error);
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto result = ExportImport::import(*table, &error);
    QApplication::restoreOverrideCursor();
    if (!result) {
        MessageBoxes::warn(this, title, error);
        return false;
    }
    if (result->imported || result->updated)
        m_undoStack->push(new ImportExportsCommand(Database::defaultConnectionName(), *result, path));
    const QString summary = tr("From %1: %2 added, %3 updated, %4 unchanged, %5 rejected.")
                                .arg(QFileInfo(path).fileName(), LanguageManager::number(result->imported),
                                     LanguageManager::number(result->updated), LanguageManager::number(result->skipped),
                                     LanguageManager::number(result->rejected));
    showMessage(summary);
    QStringList notes;
    if (!result->layout.isEmpty())
        notes << tr("Read with %1.").arg(result->layout);
    if (const QString passed = ExportImport::passedOverText(*result); !passed.isEmpty())
        notes << passed;
    if (!result->rejected && !notes.isEmpty())
        MessageBoxes::inform(this, title, summary + QStringLiteral("\n\n") + notes.join(QLatin1Char('\n')));
    if (result->rejected) {
        QStringList lines;
        for (const ExportImport::Rejected &r : result->rejects.mid(0, 12))
            // A row number names a row, as the spreadsheet does: no grouping.
            lines << tr("Row %1: %2").arg(LanguageManager::digits(QString::number(r.rowNumber)), r.reason);
        if (result->rejects.size() > 12)
            lines << LanguageManager::digits(tr("… and %n more.", nullptr, int(result->rejects.size() - 12)));
        const bool keep = MessageBoxes::ask(
            this, title,
            summary + QStringLiteral("\n\n") + (notes.isEmpty() ? QString() : notes.join(QLatin1Char('\n')) + QStringLiteral("\n\n"))
                + lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
                + tr("Save the rejected rows, with the reasons, to a CSV file to correct them?"),
            tr("Save rejected rows…"), tr("Close"));
        if (keep) {
            const QString out = QFileDialog::getSaveFileName(
                this, tr("Save the rejected rows"),
                QFileInfo(path).absolutePath() + QLatin1Char('/') + QFileInfo(path).completeBaseName()
                    + tr("-rejected") + QStringLiteral(".csv"),
                tr("CSV, UTF-8 (*.csv)"));
            if (!out.isEmpty() && !ImportReport::writeRejects(out, result->headers, result->rejects, &error, path))
                MessageBoxes::warn(this, title, error);
        }
    }
    return true;
}

bool ExportsPage::saveChart(const QString &path)
{
    const QString district = SettingsRepository().district(LanguageManager::currentLanguage());
    std::unique_ptr<QChart> chart(ExportChart::create(m_model->allRecords(), m_model->sectors(), district, chartOptions()));
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = ExportChart::save(chart.get(), path, QSize(1200, 750), &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        MessageBoxes::warn(this, tr("Save the chart"), error);
        return false;
    }
    showMessage(tr("Saved the chart to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ExportsPage::chooseChartFile(const QString &suffix)
{
    QSettings settings;
    const QString folder = settings.value(SettingsGroup + QStringLiteral("chartFolder"), QDir::homePath()).toString();
    const QString filter = suffix == QLatin1String("png") ? tr("PNG image (*.png)") : tr("PDF document (*.pdf)");
    QString path = QFileDialog::getSaveFileName(this, tr("Save the chart"),
                                                folder + QLatin1Char('/') + tr("exports") + QLatin1Char('.') + suffix, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().toLower() != suffix)
        path += QLatin1Char('.') + suffix;
    settings.setValue(SettingsGroup + QStringLiteral("chartFolder"), QFileInfo(path).absolutePath());
    saveChart(path);
}

void ExportsPage::printChart()
{
    const QString district = SettingsRepository().district(LanguageManager::currentLanguage());
    std::unique_ptr<QChart> chart(ExportChart::create(m_model->allRecords(), m_model->sectors(), district, chartOptions()));
    // The chart, then its figures: the same pages as Save as PDF.
    const QString sent = DocumentPrinting::printWithDialog(this, ExportChart::document(chart.get()));
    if (!sent.isEmpty())
        showMessage(sent);
}

void ExportsPage::reloadTargets()
{
    m_targets = QSqlDatabase::database(Database::defaultConnectionName(), false).isOpen() ? ExportTargetRepository().all()
                                                                                          : QList<ExportTarget>();
}

void ExportsPage::showUsedColumns()
{
    // The code, quantity and exporter columns appear once some figure has one; US$ once some
    // figure was given in US$ (dollars derived from rupees are in the ₹ cell's tooltip).
    bool hs = false, quantity = false, exporter = false, usd = false;
    for (const ExportRecord &r : m_model->allRecords()) {
        hs = hs || !r.hsCode.isEmpty();
        quantity = quantity || r.quantity >= 0;
        exporter = exporter || !r.exporterIec.isEmpty();
        usd = usd || (r.valueUsdMillion >= 0 && !r.usdDerived);
    }
    m_view->setColumnHidden(ExportTableModel::UsdColumn, !usd);
    m_view->setColumnHidden(ExportTableModel::HsColumn, !hs);
    m_view->setColumnHidden(ExportTableModel::QuantityColumn, !quantity);
    m_view->setColumnHidden(ExportTableModel::ExporterColumn, !exporter);
}

void ExportsPage::editTargets()
{
    ExportTargetsDialog dialog(m_model, m_undoStack, this);
    dialog.exec();
}

void ExportsPage::whoExports(ExportStats::By by, const QString &key, const QString &name)
{
    WhoExportsDialog dialog(m_model->allRecords(), by, key, name, m_undoStack, this);
    dialog.exec();
}

void ExportsPage::editProductChapters(qint64 sectorId)
{
    const auto it = m_model->sectors().constFind(sectorId);
    if (it == m_model->sectors().cend())
        return;
    ProductChaptersDialog dialog(*it, ProductChapterRepository().chosen().value(sectorId), this);
    if (dialog.exec() == QDialog::Accepted)
        showMessage(tr("Saved the HS chapters of %1.").arg(it->name(LanguageManager::currentLanguage())));
}

void ExportsPage::tableMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    const ExportRecord r = m_model->recordAt(m_model->rowOf(index.data(ExportTableModel::IdRole).toLongLong()));
    const QString language = LanguageManager::currentLanguage();
    QMenu menu(this);
    const auto country = Countries::instance().byCode(r.countryCode);
    const QString countryName = country ? country->name(language) : r.countryCode;
    menu.addAction(tr("Who exports to %1?").arg(countryName), this, [this, r, countryName] {
        whoExports(ExportStats::By::Country, r.countryCode, countryName);
    });
    if (r.sectorId) {
        const QString product = m_model->productName(r.sectorId);
        menu.addAction(tr("Who exports %1?").arg(product), this, [this, r, product] {
            whoExports(ExportStats::By::Product, QString::number(r.sectorId), product);
        });
        menu.addSeparator();
        menu.addAction(tr("HS chapters of %1…").arg(product), this, [this, r] { editProductChapters(r.sectorId); });
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void ExportsPage::chartMenu(const QPoint &pos)
{
    const auto pick = ExportChart::pickAt(m_chartView->chart(), m_chartView->mapToScene(pos));
    if (!pick)
        return;
    QMenu menu(this);
    const QString text = pick->by == ExportStats::By::Country ? tr("Who exports to %1?").arg(pick->name)
                                                               : tr("Who exports %1?").arg(pick->name);
    menu.addAction(text, this, [this, pick] { whoExports(pick->by, pick->key, pick->name); });
    if (pick->by == ExportStats::By::Product && pick->key.toLongLong())
        menu.addAction(tr("HS chapters of %1…").arg(pick->name), this,
                       [this, pick] { editProductChapters(pick->key.toLongLong()); });
    menu.exec(m_chartView->mapToGlobal(pos));
}
