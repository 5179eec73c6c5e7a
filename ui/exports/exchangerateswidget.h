#pragma once

#include "exports/exchangeraterepository.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

// Settings › Exchange rates: ₹ per US$ for each financial year (for example the RBI reference
// rate), from which an export figure given in one currency gets the other. Edited as a table;
// the settings dialog saves it with its other settings.
class ExchangeRatesWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit ExchangeRatesWidget(QWidget *parent = nullptr);

    void load(const QList<ExchangeRate> &rates);
    // The rates as typed, or nothing with the reason in `problem` (translated).
    std::optional<QList<ExchangeRate>> rates(QString *problem) const;
    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

public slots:
    void addYear();
    void removeSelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QLabel *m_intro;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
};
