#include "importwizard.h"

#include "sectors/sectorrepository.h"
#include "text/textfold.h"

#include "storage/database.h"
#include "events/eventmodel.h"
#include "events/eventrepository.h"
#include "import/csvwriter.h"
#include "invitees/inviteecommands.h"
#include "text/languagemanager.h"
#include "messageboxes.h"
#include "sectors/sectorrepository.h"
#include "text/textfold.h"
#include "numberlocale.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
const QString Connection = Database::defaultConnectionName();
const QString LastFolderKey = QStringLiteral("import/folder");
constexpr int PreviewRows = 10;

// A spreadsheet's row (or column) number, as the spreadsheet writes it (no grouping), in the
// digits the user chose.
QString rowLabel(int number)
{
    return LanguageManager::digits(QString::number(number));
}

QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}
} // namespace

ImportWizard::ImportWizard(QUndoStack *undoStack, qint64 eventId, QWidget *parent)
    : QWizard(parent), m_undoStack(undoStack), m_eventId(eventId)
{
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    resize(900, 620);
    buildPages();
    retranslateUi();
}

void ImportWizard::buildPages()
{
    // 1. The file, the event, duplicates.
    auto *file = new QWizardPage(this);
    m_fileIntro = new QLabel(file);
    m_fileIntro->setWordWrap(true);
    m_fileLabel = new QLabel(file);
    m_fileEdit = new QLineEdit(file);
    m_fileLabel->setBuddy(m_fileEdit);
    m_browseButton = new QPushButton(file);
    connect(m_browseButton, &QPushButton::clicked, this, &ImportWizard::browse);
    m_eventLabel = new QLabel(file);
    m_eventCombo = new QComboBox(file);
    m_eventLabel->setBuddy(m_eventCombo);
    m_duplicateLabel = new QLabel(file);
    m_skipRadio = new QRadioButton(file);
    m_updateRadio = new QRadioButton(file);
    m_skipRadio->setChecked(true);
    m_fileProblem = problemLabel(file);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_browseButton);
    auto *duplicates = new QVBoxLayout;
    duplicates->addWidget(m_skipRadio);
    duplicates->addWidget(m_updateRadio);
    auto *fileForm = new QFormLayout;
    fileForm->addRow(m_fileLabel, fileRow);
    fileForm->addRow(m_eventLabel, m_eventCombo);
    fileForm->addRow(m_duplicateLabel, duplicates);
    auto *fileLayout = new QVBoxLayout(file);
    fileLayout->addWidget(m_fileIntro);
    fileLayout->addSpacing(8);
    fileLayout->addLayout(fileForm);
    fileLayout->addWidget(m_fileProblem);
    fileLayout->addStretch();
    setPage(FilePage, file);

    // 2. Columns and preview.
    auto *columns = new QWizardPage(this);
    m_columnsIntro = new QLabel(columns);
    m_columnsIntro->setWordWrap(true);
    m_mappingTable = new QTableWidget(columns);
    m_mappingTable->setColumnCount(3);
    m_mappingTable->verticalHeader()->hide();
    m_mappingTable->horizontalHeader()->setStretchLastSection(true);
    m_mappingTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_previewLabel = new QLabel(columns);
    m_preview = new QTableWidget(columns);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    m_columnsProblem = problemLabel(columns);
    auto *columnsLayout = new QVBoxLayout(columns);
    columnsLayout->addWidget(m_columnsIntro);
    columnsLayout->addWidget(m_mappingTable, 3);
    columnsLayout->addWidget(m_previewLabel);
    columnsLayout->addWidget(m_preview, 2);
    columnsLayout->addWidget(m_columnsProblem);
    setPage(ColumnsPage, columns);

    // 3. What will happen, rejected rows to fix or keep.
    auto *check = new QWizardPage(this);
    m_counts = new QLabel(check);
    m_counts->setWordWrap(true);
    QFont bigger = m_counts->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.15);
    m_counts->setFont(bigger);
    m_rejectsLabel = new QLabel(check);
    m_rejectsLabel->setWordWrap(true);
    m_rejects = new QTableWidget(check);
    m_rejects->setWordWrap(false);
    m_recheckButton = new QPushButton(check);
    m_saveRejectsButton = new QPushButton(check);
    connect(m_recheckButton, &QPushButton::clicked, this, &ImportWizard::recheck);
    connect(m_saveRejectsButton, &QPushButton::clicked, this, &ImportWizard::saveRejects);
    auto *checkButtons = new QHBoxLayout;
    checkButtons->addWidget(m_recheckButton);
    checkButtons->addWidget(m_saveRejectsButton);
    checkButtons->addStretch();
    // Category names the file gives that are not an existing category's: each with the choice
    // of the close existing one ("Textile" → "Textiles") or a new category, before anything is
    // written (a stray spelling would split the lists and the stall colours).
    m_sectorsLabel = new QLabel(check);
    m_sectorsLabel->setWordWrap(true);
    m_sectors = new QTableWidget(check);
    m_sectors->setObjectName(QStringLiteral("newSectors"));
    m_sectors->setColumnCount(3);
    m_sectors->verticalHeader()->hide();
    m_sectors->horizontalHeader()->setStretchLastSection(true);
    m_sectors->setSelectionMode(QAbstractItemView::NoSelection);
    m_sectors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *checkLayout = new QVBoxLayout(check);
    checkLayout->addWidget(m_counts);
    checkLayout->addWidget(m_sectorsLabel);
    checkLayout->addWidget(m_sectors);
    checkLayout->addWidget(m_rejectsLabel);
    checkLayout->addWidget(m_rejects, 1);
    checkLayout->addLayout(checkButtons);
    check->setCommitPage(true);
    setPage(CheckPage, check);

    // 4. The import and its outcome.
    auto *result = new QWizardPage(this);
    m_progress = new QProgressBar(result);
    NumberLocale::follow(m_progress);
    m_result = new QLabel(result);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setFont(bigger);
    m_cancelImport = new QPushButton(result);
    m_cancelImport->hide();
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelImport);
    auto *resultLayout = new QVBoxLayout(result);
    resultLayout->addLayout(progressRow);
    resultLayout->addWidget(m_result);
    resultLayout->addStretch();
    setPage(ResultPage, result);
}

void ImportWizard::retranslateUi()
{
    setWindowTitle(tr("Add invitees from an Excel/CSV file"));
    page(FilePage)->setTitle(tr("Choose the file"));
    m_fileIntro->setText(tr("Sammelan reads CSV files (UTF-8, as LibreOffice and Excel's “CSV UTF-8” save "
                            "them), Excel's “Unicode Text” and Excel workbooks (.xlsx, the first sheet). "
                            "Nothing is written until the last step."));
    m_fileLabel->setText(tr("&File:"));
    m_browseButton->setText(tr("Bro&wse…")); // B is the wizard's own Back
    m_eventLabel->setText(tr("Status applies to &event:"));
    m_duplicateLabel->setText(tr("Rows already registered:"));
    m_skipRadio->setText(tr("&Skip them (the register keeps what it has)"));
    m_updateRadio->setText(tr("&Update the registered records with the file's values"));
    page(ColumnsPage)->setTitle(tr("Check the columns"));
    m_columnsIntro->setText(tr("Each column of the file was matched by its heading. Change a match if it "
                               "is wrong; columns set to “Ignore” are not imported."));
    m_mappingTable->setHorizontalHeaderLabels({tr("Column in the file"), tr("Use as"), tr("First value")});
    m_previewLabel->setText(tr("The first rows as they will be read:"));
    page(CheckPage)->setTitle(tr("What will happen"));
    m_rejectsLabel->setText(tr("Rejected rows are not imported. Correct them here and press “Check again”, "
                               "or save them to a file to correct later."));
    m_recheckButton->setText(tr("Check &again"));
    m_saveRejectsButton->setText(tr("Save &rejected rows…"));
    page(ResultPage)->setTitle(tr("Import"));
    m_cancelImport->setText(tr("Cancel the import"));
    setButtonText(QWizard::CommitButton, tr("&Import"));

    // The event list, in the current language.
    const qint64 selected = m_eventCombo->count() ? m_eventCombo->currentData().toLongLong() : m_eventId;
    m_eventCombo->clear();
    m_eventCombo->addItem(tr("(none: ignore the status column)"), qint64(0));
    if (Database::isOpen(Connection))
        for (const Event &e : EventRepository(Connection).all())
            m_eventCombo->addItem(EventModel::label(e, LanguageManager::currentLanguage()), e.id);
    m_eventCombo->setCurrentIndex(qMax(0, m_eventCombo->findData(selected)));
    if (m_table)
        fillMapping();
    if (m_plan)
        fillCheck();
}

void ImportWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void ImportWizard::browse()
{
    const QString start = m_fileEdit->text().isEmpty()
                              ? QSettings().value(LastFolderKey, QDir::homePath()).toString()
                              : QFileInfo(m_fileEdit->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the list of invitees"), start,
        tr("Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)"));
    if (!path.isEmpty()) {
        m_fileEdit->setText(QDir::toNativeSeparators(path));
        QSettings().setValue(LastFolderKey, QFileInfo(path).absolutePath());
    }
}

bool ImportWizard::loadFile(const QString &path)
{
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto table = TableReader::read(path, &error);
    QApplication::restoreOverrideCursor();
    m_fileProblem->setVisible(!table);
    m_fileProblem->setText(error);
    if (!table)
        return false;
    m_table = std::move(table);
    m_path = path;
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    m_mapping = InviteeImport::mapColumns(m_table->headers);
    m_plan.reset();
    fillMapping();
    return true;
}

InviteeImport::Options ImportWizard::options() const
{
    InviteeImport::Options o;
    o.eventId = m_eventCombo->currentData().toLongLong();
    o.onDuplicate = m_updateRadio->isChecked() ? InviteeImport::OnDuplicate::Update
                                               : InviteeImport::OnDuplicate::Skip;
    for (int row = 0; m_sectors && row < m_sectors->rowCount(); ++row) {
        const auto *choice = qobject_cast<QComboBox *>(m_sectors->cellWidget(row, 2));
        if (choice)
            o.sectorChoices.insert(TextFold::fold(m_sectors->item(row, 0)->text()), choice->currentData().toLongLong());
    }
    return o;
}

void ImportWizard::fillMapping()
{
    const QSignalBlocker block(m_mappingTable);
    const int columns = int(m_table->headers.size());
    m_mappingTable->setRowCount(columns);
    for (int c = 0; c < columns; ++c) {
        auto *heading = new QTableWidgetItem(m_table->headers.at(c).isEmpty()
                                                 ? tr("(column %1, no heading)").arg(rowLabel(c + 1))
                                                 : m_table->headers.at(c));
        heading->setFlags(Qt::ItemIsEnabled);
        m_mappingTable->setItem(c, 0, heading);
        auto *combo = new QComboBox(m_mappingTable);
        const bool known = !m_mapping.unknownColumns.contains(c);
        combo->addItem(known ? tr("Ignore") : tr("Ignore (not recognised)"), -1);
        for (int f = 0; f < InviteeImport::FieldCount; ++f)
            combo->addItem(InviteeImport::fieldTitle(f), f);
        combo->setCurrentIndex(qMax(0, combo->findData(int(m_mapping.columnOfField.indexOf(c)))));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportWizard::mappingChanged);
        m_mappingTable->setCellWidget(c, 1, combo);
        QString first;
        if (!m_table->rows.isEmpty())
            first = m_table->rows.constFirst().value(c).simplified();
        auto *sample = new QTableWidgetItem(first);
        sample->setFlags(Qt::ItemIsEnabled);
        m_mappingTable->setItem(c, 2, sample);
    }
    m_mappingTable->resizeColumnToContents(0);
    m_mappingTable->setColumnWidth(1, 260);
    fillPreview();
}

void ImportWizard::mappingChanged()
{
    // Each field has one column: choosing a field for a column takes it from any other.
    auto *changedCombo = qobject_cast<QComboBox *>(sender());
    ColumnMapping mapping;
    mapping.columnOfField.fill(-1, InviteeImport::FieldCount);
    for (int c = 0; c < m_mappingTable->rowCount(); ++c) {
        auto *combo = qobject_cast<QComboBox *>(m_mappingTable->cellWidget(c, 1));
        const int field = combo->currentData().toInt();
        if (field < 0) {
            mapping.unknownColumns << c;
            continue;
        }
        if (mapping.columnOfField.at(field) >= 0 && combo != changedCombo) {
            // Another column already took this field: this one gives it up.
            const QSignalBlocker block(combo);
            combo->setCurrentIndex(0);
            mapping.unknownColumns << c;
            continue;
        }
        if (mapping.columnOfField.at(field) >= 0) {
            auto *other = qobject_cast<QComboBox *>(m_mappingTable->cellWidget(mapping.columnOfField.at(field), 1));
            const QSignalBlocker block(other);
            other->setCurrentIndex(0);
            mapping.unknownColumns << mapping.columnOfField.at(field);
        }
        mapping.columnOfField[field] = c;
    }
    m_mapping = mapping;
    m_plan.reset();
    fillPreview();
}

void ImportWizard::fillPreview()
{
    QStringList headers;
    QList<int> fields;
    for (int f = 0; f < InviteeImport::FieldCount; ++f)
        if (m_mapping.column(f) >= 0) {
            headers << InviteeImport::fieldTitle(f);
            fields << f;
        }
    const int rows = int(qMin<qsizetype>(PreviewRows, m_table->rows.size()));
    m_preview->clear();
    m_preview->setColumnCount(int(headers.size()));
    m_preview->setHorizontalHeaderLabels(headers);
    m_preview->setRowCount(rows);
    QStringList rowLabels;
    for (int r = 0; r < rows; ++r) {
        rowLabels << rowLabel(m_table->rowNumbers.value(r));
        for (int i = 0; i < fields.size(); ++i)
            m_preview->setItem(r, i, new QTableWidgetItem(
                                         m_table->rows.at(r).value(m_mapping.column(fields.at(i))).simplified()));
    }
    m_preview->setVerticalHeaderLabels(rowLabels);
    m_preview->resizeColumnsToContents();
    const bool hasName = m_mapping.column(InviteeImport::Name) >= 0;
    QString problem;
    if (!m_mapping.duplicateColumns.isEmpty())
        problem = ColumnMapper::duplicateProblem(m_table->headers, m_mapping) + QLatin1Char(' ')
                  + tr("Or choose below which of them to use.");
    else if (!hasName)
        problem = tr("Choose the column that holds the names.");
    m_columnsProblem->setVisible(!problem.isEmpty());
    m_columnsProblem->setText(problem);
}

void ImportWizard::recheck()
{
    if (!m_table)
        return;
    // Edits made in the rejected rows go back into the table before checking again.
    if (m_plan) {
        int line = 0;
        for (const auto &r : std::as_const(m_plan->rows)) {
            if (r.action != InviteeImport::Action::Reject)
                continue;
            QStringList &cells = m_table->rows[r.source];
            bool edited = false;
            for (int c = 0; c < m_table->headers.size() && c < m_rejects->columnCount() - 1; ++c)
                if (QTableWidgetItem *item = m_rejects->item(line, c + 1); item && cells.at(c) != item->text()) {
                    cells[c] = item->text();
                    edited = true;
                }
            // A row the reader found malformed (an unclosed quote) is judged by its cells once
            // the user has corrected them.
            if (edited)
                m_table->issues.remove(r.source);
            ++line;
        }
    }
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_plan = InviteeImport::analyse(*m_table, m_mapping, options(), &error);
    QApplication::restoreOverrideCursor();
    if (!m_plan)
        m_counts->setText(error);
    fillCheck();
}

void ImportWizard::fillSectors()
{
    const QList<InviteeImport::Plan::NewSector> names = m_plan ? m_plan->newSectors : QList<InviteeImport::Plan::NewSector>();
    const QString language = LanguageManager::currentLanguage();
    QList<Sector> existing = SectorRepository().all();
    m_sectors->setRowCount(int(names.size()));
    m_sectors->setHorizontalHeaderLabels({tr("In the file"), tr("Rows"), tr("Category to use")});
    for (int row = 0; row < names.size(); ++row) {
        const auto &n = names.at(row);
        m_sectors->setItem(row, 0, new QTableWidgetItem(n.name));
        m_sectors->setItem(row, 1, new QTableWidgetItem(LanguageManager::number(n.rows)));
        auto *choice = new QComboBox(m_sectors);
        if (n.closeId)
            choice->addItem(tr("Use the existing “%1”").arg(n.closeName), n.closeId);
        choice->addItem(tr("Add “%1” as a new category").arg(n.name), qint64(0));
        for (const Sector &s : std::as_const(existing))
            if (s.id != n.closeId)
                choice->addItem(tr("Use “%1”").arg(s.name(language)), s.id);
        m_sectors->setCellWidget(row, 2, choice);
    }
    m_sectors->resizeColumnsToContents();
    m_sectorsLabel->setText(tr("%n category name(s) in the file are not in the register yet. Choose for each "
                               "whether it is an existing category written another way, or a new one:",
                               nullptr, int(names.size())));
    const bool any = !names.isEmpty();
    m_sectorsLabel->setVisible(any);
    m_sectors->setVisible(any);
    m_sectors->setMaximumHeight(m_sectors->horizontalHeader()->height() + 2 * m_sectors->frameWidth()
                                + m_sectors->verticalHeader()->length() + 4);
}

void ImportWizard::fillCheck()
{
    fillSectors();
    if (!m_plan)
        return;
    m_counts->setText(tr("%1 to add, %2 to update, %3 to skip as already registered, %4 rejected.")
                          .arg(LanguageManager::number(m_plan->imported), LanguageManager::number(m_plan->updated),
                               LanguageManager::number(m_plan->skipped), LanguageManager::number(m_plan->rejected)));
    // Rejected rows: the reason, then the file's own columns, editable.
    QStringList headers{tr("Reason")};
    headers += m_table->headers;
    m_rejects->clear();
    m_rejects->setColumnCount(int(headers.size()));
    m_rejects->setHorizontalHeaderLabels(headers);
    m_rejects->setRowCount(m_plan->rejected);
    QStringList rowLabels;
    int line = 0;
    for (const auto &r : std::as_const(m_plan->rows)) {
        if (r.action != InviteeImport::Action::Reject)
            continue;
        rowLabels << rowLabel(r.rowNumber);
        auto *reason = new QTableWidgetItem(r.reason);
        reason->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        reason->setForeground(QColor(0xb0, 0x00, 0x20));
        reason->setToolTip(r.reason);
        m_rejects->setItem(line, 0, reason);
        const QStringList &cells = m_table->rows.at(r.source);
        for (int c = 0; c < m_table->headers.size(); ++c)
            m_rejects->setItem(line, c + 1, new QTableWidgetItem(cells.value(c)));
        ++line;
    }
    m_rejects->setVerticalHeaderLabels(rowLabels);
    m_rejects->resizeColumnsToContents();
    m_rejects->setColumnWidth(0, qMin(m_rejects->columnWidth(0), 380));
    const bool any = m_plan->rejected > 0;
    m_rejects->setVisible(any);
    m_rejectsLabel->setVisible(any);
    m_recheckButton->setVisible(any);
    m_saveRejectsButton->setVisible(any);
}

void ImportWizard::saveRejects()
{
    if (!m_plan || !m_table)
        return;
    const QString suggested = QFileInfo(m_path).absolutePath() + QLatin1Char('/')
                              + QFileInfo(m_path).completeBaseName() + tr("-rejected") + QStringLiteral(".csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the rejected rows"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!InviteeImport::writeRejects(path, *m_table, *m_plan, &error, m_path))
        MessageBoxes::warn(this, tr("Save the rejected rows"), error);
}

void ImportWizard::initializePage(int id)
{
    if (id == CheckPage && !m_plan)
        recheck();
    if (id == ResultPage)
        runImport();
}

bool ImportWizard::validateCurrentPage()
{
    switch (currentId()) {
    case FilePage: {
        const QString path = QDir::fromNativeSeparators(m_fileEdit->text().trimmed());
        if (path.isEmpty()) {
            m_fileProblem->setText(tr("Choose a file first."));
            m_fileProblem->show();
            return false;
        }
        if (path != m_path || !m_table)
            return loadFile(path);
        m_plan.reset(); // the event or the duplicate choice may have changed
        return true;
    }
    case ColumnsPage:
        return m_mapping.column(InviteeImport::Name) >= 0;
    case CheckPage:
        return m_plan.has_value();
    default:
        return true;
    }
}

bool ImportWizard::runImport()
{
    if (!m_plan || m_imported)
        return m_imported;
    m_progress->setRange(0, int(m_plan->rows.size()));
    m_progress->show();
    m_cancelImport->show();
    button(QWizard::FinishButton)->setEnabled(false);
    QString error;
    // The progress bar moves and the Cancel button works: everything is rolled back then.
    bool cancelled = false;
    const auto onCancel = connect(m_cancelImport, &QPushButton::clicked, this, [&cancelled] { cancelled = true; });
    const auto onClose = connect(this, &QWizard::rejected, this, [&cancelled] { cancelled = true; });
    const auto applied = InviteeImport::apply(*m_plan, options(), &error, [&](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
        QCoreApplication::processEvents();
        return !cancelled;
    });
    disconnect(onCancel);
    disconnect(onClose);
    m_cancelImport->hide();
    button(QWizard::FinishButton)->setEnabled(true);
    if (!applied) {
        m_result->setText(error);
        return false;
    }
    m_imported = true;
    m_progress->setValue(m_progress->maximum());
    m_undoStack->push(new ImportInviteesCommand(Connection, *m_plan, options(), *applied,
                                                QFileInfo(m_path).fileName()));
    m_result->setText(resultText());
    return true;
}

QString ImportWizard::resultText() const
{
    if (!m_plan)
        return {};
    return tr("Done: %1 added, %2 updated, %3 skipped as already registered, %4 rejected.\n"
              "Edit → Undo takes the whole import back.")
        .arg(LanguageManager::number(m_plan->imported), LanguageManager::number(m_plan->updated),
             LanguageManager::number(m_plan->skipped), LanguageManager::number(m_plan->rejected));
}
