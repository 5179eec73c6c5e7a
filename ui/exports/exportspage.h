#pragma once

#include "charts/exportchart.h"

#include <QWidget>

class ExportTableModel;
class QAction;
class QChartView;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QSpinBox;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;
class QUndoStack;

// The Exports page: the district's export figures in an editable table (add, delete, import,
// undo; totals by year; HS code, quantity and exporter once figures have them), and beside it
// the chart for the conclave (bars by country, product or HS chapter, stacked by product,
// share, trend, against the targets), saved as PNG or PDF or printed. Right-click a figure or a
// bar: who exports there. Targets… sets the District Export Action Plan's targets.
class ExportsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ExportsPage(QUndoStack *undoStack, QWidget *parent = nullptr);
    ~ExportsPage() override;

    ExportTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QChartView *chartView() const { return m_chartView; }
    QComboBox *chartKindCombo() const { return m_kind; }
    QComboBox *chartYearCombo() const { return m_chartYear; }
    QComboBox *tableYearCombo() const { return m_tableYear; }
    QAction *targetsAction() const { return m_targetsAction; }
    QLabel *totalsLabel() const { return m_totals; }
    // Says what the rows in italics are; shown while there are demo figures.
    QLabel *demoNote() const { return m_demoNote; }
    ExportChartOptions chartOptions() const;
    QString lastMessage() const { return m_lastMessage; }

public slots:
    void addFigure();
    void deleteSelected();
    void importFromFile();
    // Imports a file; true when it was read and written (rejected rows are reported).
    bool importFile(const QString &path);
    bool saveChart(const QString &path);
    void chooseChartFile(const QString &suffix);
    void printChart();
    void rebuildChart();
    void editTargets();
    // "Who exports there?" for a country, product or chapter (an ExportStats key).
    void whoExports(ExportStats::By by, const QString &key, const QString &name);
    void editProductChapters(qint64 sectorId);

signals:
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillYearCombos();
    void updateTotals();
    void updateDemoNoteAndColumns();
    void updateActions();
    void scheduleChart();
    void showMessage(const QString &text);
    QList<qint64> selectedIds() const;
    void reloadTargets();
    void showUsedColumns();
    void tableMenu(const QPoint &pos);
    void chartMenu(const QPoint &pos);

    QUndoStack *m_undoStack;
    ExportTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_title;
    QLabel *m_tableYearLabel;
    QComboBox *m_tableYear;
    QTableView *m_view;
    QLabel *m_totals;
    QLabel *m_demoNote;
    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QLabel *m_chartYearLabel;
    QComboBox *m_chartYear;
    QLabel *m_topLabel;
    QSpinBox *m_top;
    QChartView *m_chartView;
    QSplitter *m_splitter;
    QAction *m_addAction;
    QAction *m_deleteAction;
    QAction *m_importAction;
    QAction *m_pngAction;
    QAction *m_pdfAction;
    QAction *m_printAction;
    QAction *m_targetsAction;
    QList<ExportTarget> m_targets;
    QTimer *m_chartTimer;
    QString m_lastMessage;
};
