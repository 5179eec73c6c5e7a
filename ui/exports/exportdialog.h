#pragma once

#include "exports/exportrecord.h"

#include <QDialog>

#include <functional>

class ExportTableModel;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Adds one export figure: financial year, country (completed as you type, in English or
// Hindi, or by code), product, ₹ crore and/or US$ million (₹ 0 with a US$ figure: the rupees
// follow from the year's exchange rate), and optionally the ITC(HS) code, quantity and unit, and
// the exporter's IEC. OK stays off until the figure can be written, and the reason is shown
// under the form.
class ExportDialog final : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const ExportTableModel *model, int defaultYear, QWidget *parent = nullptr);

    ExportRecord record() const;
    // Called on Save once the form is valid; the dialog closes only when it returns true (the
    // write succeeded), so a save that fails keeps what was typed on screen.
    void setSaver(std::function<bool()> saver) { m_saver = std::move(saver); }
    QLineEdit *countryEdit() const { return m_country; }
    QComboBox *yearCombo() const { return m_year; }
    QComboBox *productCombo() const { return m_product; }
    QDoubleSpinBox *valueSpin() const { return m_value; }
    QLineEdit *usdEdit() const { return m_usd; }
    QLineEdit *hsEdit() const { return m_hs; }
    QLineEdit *quantityEdit() const { return m_quantity; }
    QLineEdit *iecEdit() const { return m_iec; }
    QLabel *noteLabel() const { return m_note; }
    QPushButton *addButton() const { return m_addButton; }
    QLabel *problemLabel() const { return m_problem; }

private:
    void check();

    const ExportTableModel *m_model;
    QComboBox *m_year;
    QLineEdit *m_country;
    QComboBox *m_product;
    QDoubleSpinBox *m_value;
    QLineEdit *m_usd;
    QLineEdit *m_hs;
    QLineEdit *m_quantity;
    QLineEdit *m_iec;
    QLabel *m_note;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QPushButton *m_addButton;
    std::function<bool()> m_saver;
};
