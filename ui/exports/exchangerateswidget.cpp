#include "exchangerateswidget.h"

#include "exports/exportrecord.h"
#include "import/exportimport.h"
#include "text/languagemanager.h"

#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { YearColumn, RateColumn, NoteColumn, ColumnCount };
}

ExchangeRatesWidget::ExchangeRatesWidget(QWidget *parent) : QWidget(parent)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(YearColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RateColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    m_add = new QPushButton(this);
    m_remove = new QPushButton(this);
    connect(m_add, &QPushButton::clicked, this, &ExchangeRatesWidget::addYear);
    connect(m_remove, &QPushButton::clicked, this, &ExchangeRatesWidget::removeSelected);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    retranslateUi();
}

void ExchangeRatesWidget::retranslateUi()
{
    m_intro->setText(tr("Rupees for one US dollar in each financial year, such as the RBI reference rate. An export "
                        "figure given only in ₹ or only in US$ gets the other from its year's rate (shown with ≈)."));
    m_table->setHorizontalHeaderLabels({tr("Financial year"), tr("₹ per US$"), tr("Source")});
    m_add->setText(tr("A&dd a year"));
    m_remove->setText(tr("&Remove"));
}

void ExchangeRatesWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ExchangeRatesWidget::load(const QList<ExchangeRate> &rates)
{
    m_table->setRowCount(0);
    for (const ExchangeRate &r : rates) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, YearColumn, new QTableWidgetItem(ExportRecord::financialYear(r.fyStart)));
        m_table->setItem(row, RateColumn, new QTableWidgetItem(QString::number(r.inrPerUsd, 'f', 2)));
        m_table->setItem(row, NoteColumn, new QTableWidgetItem(r.note));
    }
}

void ExchangeRatesWidget::addYear()
{
    // The year after the newest one listed, else the last financial year.
    int year = 0;
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (const QTableWidgetItem *item = m_table->item(row, YearColumn))
            year = std::max(year, ExportRecord::parseFinancialYear(item->text()));
    if (!year) {
        const QDate today = QDate::currentDate();
        year = (today.month() >= 4 ? today.year() : today.year() - 1) - 2;
    }
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, YearColumn, new QTableWidgetItem(ExportRecord::financialYear(year + 1)));
    m_table->setItem(row, RateColumn, new QTableWidgetItem());
    m_table->setItem(row, NoteColumn, new QTableWidgetItem(tr("RBI reference rate, average of the year")));
    m_table->setCurrentCell(row, RateColumn);
    m_table->editItem(m_table->item(row, RateColumn));
}

void ExchangeRatesWidget::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows << m_table->currentRow();
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : std::as_const(rows))
        m_table->removeRow(row);
}

std::optional<QList<ExchangeRate>> ExchangeRatesWidget::rates(QString *problem) const
{
    QList<ExchangeRate> rates;
    QSet<int> years;
    auto text = [this](int row, int column) {
        const QTableWidgetItem *item = m_table->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (text(row, YearColumn).isEmpty() && text(row, RateColumn).isEmpty())
            continue;
        ExchangeRate r;
        r.fyStart = ExportRecord::parseFinancialYear(text(row, YearColumn));
        if (!r.fyStart) {
            *problem = tr("Row %1: “%2” is not a financial year such as 2022-23.").arg(row + 1).arg(text(row, YearColumn));
            return std::nullopt;
        }
        if (years.contains(r.fyStart)) {
            *problem = tr("Row %1: %2 has a rate already.").arg(row + 1).arg(ExportRecord::financialYear(r.fyStart));
            return std::nullopt;
        }
        years.insert(r.fyStart);
        r.inrPerUsd = ExportImport::parseValue(text(row, RateColumn));
        if (const QString why = ExchangeRateRepository::problemWith(r.inrPerUsd); !why.isEmpty()) {
            *problem = tr("Row %1: %2").arg(row + 1).arg(why);
            return std::nullopt;
        }
        r.note = text(row, NoteColumn).simplified();
        rates << r;
    }
    std::sort(rates.begin(), rates.end(), [](const ExchangeRate &a, const ExchangeRate &b) { return a.fyStart < b.fyStart; });
    return rates;
}
