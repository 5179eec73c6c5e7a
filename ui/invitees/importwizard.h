#pragma once

#include "import/inviteeimport.h"
#include "import/tablereader.h"

#include <QWizard>
#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QUndoStack;

// "Add invitees from an Excel/CSV file": choose the file, the event and what to do with
// duplicates; check how its columns were matched (and change that) with a preview of the first
// rows; see what will happen to every row, fix rejected rows in place or save them to a file;
// then import in one step that can be cancelled and undone.
class ImportWizard final : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePage, ColumnsPage, CheckPage, ResultPage };

    ImportWizard(QUndoStack *undoStack, qint64 eventId, QWidget *parent = nullptr);

    // For tests and for callers that already know the file.
    bool loadFile(const QString &path);
    const std::optional<Table> &table() const { return m_table; }
    const ColumnMapping &mapping() const { return m_mapping; }
    const std::optional<InviteeImport::Plan> &plan() const { return m_plan; }
    // Re-checks the rows after edits in the rejected-rows table.
    void recheck();
    QTableWidget *rejectsTable() const { return m_rejects; }
    // The new category names and the choice for each (in the file / rows / category to use).
    QTableWidget *sectorsTable() const { return m_sectors; }
    QTableWidget *mappingTable() const { return m_mappingTable; }
    QString resultText() const;

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;
    void changeEvent(QEvent *event) override;

private:
    void buildPages();
    void retranslateUi();
    void browse();
    void fillMapping();
    void mappingChanged();
    void fillPreview();
    void fillCheck();
    void fillSectors();
    void saveRejects();
    bool runImport();
    InviteeImport::Options options() const;

    QUndoStack *m_undoStack;
    qint64 m_eventId;
    std::optional<Table> m_table;
    QString m_path;
    ColumnMapping m_mapping;
    std::optional<InviteeImport::Plan> m_plan;
    bool m_imported = false;

    // File page
    QLabel *m_fileIntro;
    QLabel *m_fileLabel;
    QLineEdit *m_fileEdit;
    QPushButton *m_browseButton;
    QLabel *m_eventLabel;
    QComboBox *m_eventCombo;
    QLabel *m_duplicateLabel;
    QRadioButton *m_skipRadio;
    QRadioButton *m_updateRadio;
    QLabel *m_fileProblem;
    // Columns page
    QLabel *m_columnsIntro;
    QTableWidget *m_mappingTable;
    QLabel *m_previewLabel;
    QTableWidget *m_preview;
    QLabel *m_columnsProblem;
    // Check page
    QLabel *m_counts;
    QLabel *m_rejectsLabel;
    QLabel *m_sectorsLabel = nullptr;
    QTableWidget *m_sectors = nullptr;
    QTableWidget *m_rejects;
    QPushButton *m_recheckButton;
    QPushButton *m_saveRejectsButton;
    // Result page
    QProgressBar *m_progress;
    QPushButton *m_cancelImport;
    QLabel *m_result;
};
