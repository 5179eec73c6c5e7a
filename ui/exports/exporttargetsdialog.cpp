#include "exporttargetsdialog.h"

#include "undo/changenotifier.h"
#include "countrycompleter.h"
#include "storage/database.h"
#include "exports/countries.h"
#include "exports/exporttablemodel.h"
#include "exports/exporttargetrepository.h"
#include "exports/targetcommands.h"
#include "text/languagemanager.h"
#include "undo/writecommand.h"

#include <QComboBox>
#include <QDate>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
enum Column { YearColumn, ScopeColumn, TargetColumn, ActualColumn, ProgressColumn, ColumnCount };
enum Scope { Overall, CountryScope, ProductScope };
} // namespace

ExportTargetsDialog::ExportTargetsDialog(const ExportTableModel *model, QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent), m_model(model), m_undoStack(undoStack)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setColumnCount(ColumnCount);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ProgressColumn, QHeaderView::Stretch);
    m_table->setWordWrap(true);
    // Only the target's figure is edited in place; year and scope make a target what it is.
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || item->column() != TargetColumn)
            return;
        const int row = item->row();
        if (row < 0 || row >= m_targets.size())
            return;
        QString text = item->text();
        text.remove(QLatin1Char(','));
        bool ok = false;
        double value = 0;
        for (QChar &c : text)
            if (c.isDigit() && c.unicode() > 0x7f)
                c = QChar(u'0' + c.digitValue());
        value = text.trimmed().toDouble(&ok);
        if (!ok || !(value > 0)) {
            m_problem->setText(tr("“%1” is not a target in ₹ crore: write a number above 0.").arg(item->text()));
            reload();
            return;
        }
        ExportTarget after = m_targets.at(row);
        after.targetCrore = value;
        if (after.targetCrore != m_targets.at(row).targetCrore)
            pushKept(m_undoStack, new EditTargetCommand(Database::defaultConnectionName(), m_targets.at(row), after));
    });

    m_yearLabel = new QLabel(this);
    m_year = new QComboBox(this);
    m_year->setEditable(true);
    m_yearLabel->setBuddy(m_year);
    // This financial year and the next five: targets look ahead.
    const QDate today = QDate::currentDate();
    const int current = today.month() >= 4 ? today.year() : today.year() - 1;
    for (int y = current - 3; y <= current + 5; ++y)
        m_year->addItem(ExportRecord::financialYear(y), y);
    m_year->setCurrentIndex(m_year->findData(current + 1));
    m_scopeLabel = new QLabel(this);
    m_scope = new QComboBox(this);
    m_scopeLabel->setBuddy(m_scope);
    m_country = new QLineEdit(this);
    m_country->setCompleter(new CountryCompleter(m_country));
    m_product = new QComboBox(this);
    const QString language = LanguageManager::currentLanguage();
    QList<Sector> sectors = model->sectors().values();
    std::sort(sectors.begin(), sectors.end(), [&](const Sector &a, const Sector &b) {
        return a.name(language).localeAwareCompare(b.name(language)) < 0;
    });
    for (const Sector &s : sectors)
        m_product->addItem(s.name(language), s.id);
    m_targetLabel = new QLabel(this);
    m_target = new QDoubleSpinBox(this);
    m_target->setRange(0, 1e7);
    m_target->setDecimals(2);
    m_target->setGroupSeparatorShown(true);
    m_target->setPrefix(QStringLiteral("₹ "));
    m_targetLabel->setBuddy(m_target);
    m_add = new QPushButton(this);
    m_delete = new QPushButton(this);
    m_close = new QPushButton(this);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));

    connect(m_add, &QPushButton::clicked, this, &ExportTargetsDialog::addTarget);
    connect(m_delete, &QPushButton::clicked, this, &ExportTargetsDialog::deleteSelected);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ExportTargetsDialog::check);
    connect(m_year, &QComboBox::currentTextChanged, this, &ExportTargetsDialog::check);
    connect(m_country, &QLineEdit::textChanged, this, &ExportTargetsDialog::check);
    connect(m_product, &QComboBox::currentIndexChanged, this, &ExportTargetsDialog::check);
    connect(m_target, &QDoubleSpinBox::valueChanged, this, &ExportTargetsDialog::check);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_delete->setEnabled(m_table->selectionModel()->hasSelection());
    });
    // The model reloads on every change of records or targets; the table follows it.
    connect(m_model, &QAbstractItemModel::modelReset, this, &ExportTargetsDialog::reload);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ExportTargetsDialog::reload);
    connect(ChangeNotifier::instance(), &ChangeNotifier::changed, this, [this](ChangeNotifier::Table table) {
        if (table == ChangeNotifier::Table::ExportRecords)
            reload();
    });

    auto *form = new QGridLayout;
    form->addWidget(m_yearLabel, 0, 0);
    form->addWidget(m_year, 0, 1);
    form->addWidget(m_scopeLabel, 0, 2);
    form->addWidget(m_scope, 0, 3);
    form->addWidget(m_country, 0, 4);
    form->addWidget(m_product, 0, 4);
    form->addWidget(m_targetLabel, 1, 0);
    form->addWidget(m_target, 1, 1);
    form->addWidget(m_add, 1, 3);
    form->setColumnStretch(4, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    resize(820, 480);
    retranslateUi();
    reload();
}

void ExportTargetsDialog::retranslateUi()
{
    setWindowTitle(tr("Export targets"));
    m_intro->setText(tr("The District Export Action Plan's targets in ₹ crore, for the district's exports as a whole "
                        "or for one country or product. Each is set against the figures of its year; the growth "
                        "needed runs from the latest year with figures. Double-click a target to change it."));
    m_table->setHorizontalHeaderLabels({tr("Financial year"), tr("Target for"), tr("Target, ₹ crore"),
                                        tr("Actual, ₹ crore"), tr("Progress")});
    m_yearLabel->setText(tr("Financial &year:"));
    m_scopeLabel->setText(tr("&For:"));
    m_targetLabel->setText(tr("&Target:"));
    m_target->setSuffix(tr(" crore"));
    m_country->setPlaceholderText(tr("Country, in English or Hindi"));
    const int scope = std::max(0, m_scope->currentIndex());
    {
        const QSignalBlocker quiet(m_scope);
        m_scope->clear();
        m_scope->addItem(tr("All exports"), Overall);
        m_scope->addItem(tr("One country"), CountryScope);
        m_scope->addItem(tr("One product"), ProductScope);
        m_scope->setCurrentIndex(scope);
    }
    m_add->setText(tr("&Add target"));
    m_delete->setText(tr("&Delete"));
    m_close->setText(tr("Close"));
    reload();
    check();
}

void ExportTargetsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExportTargetsDialog::reload()
{
    m_targets = Database::isOpen() ? ExportTargetRepository().all() : QList<ExportTarget>();
    const QList<TargetProgress> progress = TargetProgress::of(m_targets, m_model->allRecords());
    m_filling = true;
    m_table->setRowCount(int(progress.size()));
    for (int row = 0; row < progress.size(); ++row) {
        const TargetProgress &p = progress.at(row);
        auto item = [this, row](int column, const QString &text, bool editable = false) {
            auto *i = new QTableWidgetItem(text);
            if (!editable)
                i->setFlags(i->flags() & ~Qt::ItemIsEditable);
            if (column == TargetColumn || column == ActualColumn)
                i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, i);
        };
        item(YearColumn, LanguageManager::digits(ExportRecord::financialYear(p.target.fyStart)));
        item(ScopeColumn, TargetTexts::scope(p.target, m_model->productName(p.target.sectorId)));
        item(TargetColumn, LanguageManager::number(p.target.targetCrore, 2), true);
        item(ActualColumn, p.hasActual ? LanguageManager::number(p.actual, 2) : QStringLiteral("—"));
        item(ProgressColumn, TargetTexts::progress(p));
    }
    m_filling = false;
    m_delete->setEnabled(m_table->selectionModel()->hasSelection());
}

ExportTarget ExportTargetsDialog::formTarget() const
{
    ExportTarget t;
    t.fyStart = ExportRecord::parseFinancialYear(m_year->currentText());
    const int scope = m_scope->currentData().toInt();
    if (scope == CountryScope)
        if (const auto country = Countries::instance().find(m_country->text()))
            t.countryCode = country->alpha2;
    if (scope == ProductScope)
        t.sectorId = m_product->currentData().toLongLong();
    t.targetCrore = m_target->value();
    return t;
}

void ExportTargetsDialog::check()
{
    const int scope = m_scope->currentData().toInt();
    m_country->setVisible(scope == CountryScope);
    m_product->setVisible(scope == ProductScope);
    const ExportTarget t = formTarget();
    QString problem;
    if (!t.fyStart)
        problem = tr("Write the financial year as in 2026-27.");
    else if (scope == CountryScope && t.countryCode.isEmpty())
        problem = m_country->text().trimmed().isEmpty()
                      ? tr("Name the country.")
                      : tr("“%1” is not a country of the list: write its name in English or Hindi, or its code such as EG.")
                            .arg(m_country->text().trimmed());
    else if (scope == ProductScope && !t.sectorId)
        problem = tr("Choose the product.");
    else if (!(t.targetCrore > 0))
        problem = tr("Write the target in ₹ crore.");
    else if (Database::isOpen() && ExportTargetRepository().idOf(t))
        problem = tr("That year already has this target: double-click its figure in the list to change it.");
    m_problem->setText(problem);
    m_add->setEnabled(problem.isEmpty());
}

bool ExportTargetsDialog::addTarget()
{
    check();
    if (!m_add->isEnabled())
        return false;
    const bool added = pushKept(m_undoStack, new AddTargetCommand(Database::defaultConnectionName(), formTarget())) != nullptr;
    if (added)
        m_target->setValue(0);
    reload();
    check();
    return added;
}

void ExportTargetsDialog::deleteSelected()
{
    QList<ExportTarget> chosen;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        if (index.row() < m_targets.size())
            chosen << m_targets.at(index.row());
    if (chosen.isEmpty())
        return;
    pushKept(m_undoStack, new DeleteTargetsCommand(Database::defaultConnectionName(), chosen));
    reload();
    check();
}
