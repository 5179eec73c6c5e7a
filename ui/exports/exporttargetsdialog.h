#pragma once

#include "exports/exporttarget.h"
#include "exports/targetprogress.h"

#include <QDialog>

class ExportTableModel;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QUndoStack;

// Exports › Targets: the District Export Action Plan's targets per financial year, overall and
// per country or product (₹ crore), each with the actual of its year against it and the growth
// a year still needed (TargetProgress). Adding, changing a target's figure and deleting go on
// the undo stack.
class ExportTargetsDialog final : public QDialog
{
    Q_OBJECT
public:
    ExportTargetsDialog(const ExportTableModel *model, QUndoStack *undoStack, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QComboBox *yearCombo() const { return m_year; }
    QComboBox *scopeCombo() const { return m_scope; }
    QLineEdit *countryEdit() const { return m_country; }
    QComboBox *productCombo() const { return m_product; }
    QDoubleSpinBox *targetSpin() const { return m_target; }
    QPushButton *addButton() const { return m_add; }
    QLabel *problemLabel() const { return m_problem; }
    // The target the form describes.
    ExportTarget formTarget() const;

public slots:
    bool addTarget();
    void deleteSelected();
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void check();

    const ExportTableModel *m_model;
    QUndoStack *m_undoStack;
    QList<ExportTarget> m_targets;
    QLabel *m_intro;
    QTableWidget *m_table;
    QLabel *m_yearLabel, *m_scopeLabel, *m_targetLabel;
    QComboBox *m_year;
    QComboBox *m_scope;
    QLineEdit *m_country;
    QComboBox *m_product;
    QDoubleSpinBox *m_target;
    QPushButton *m_add;
    QPushButton *m_delete;
    QPushButton *m_close;
    QLabel *m_problem;
    bool m_filling = false;
};
