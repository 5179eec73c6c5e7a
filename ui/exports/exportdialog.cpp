#include "exportdialog.h"

#include "countrycompleter.h"
#include "exports/countries.h"
#include "exports/exporttablemodel.h"
#include "import/exportimport.h"
#include "exports/exchangeraterepository.h"
#include "exports/hschapters.h"
#include "text/languagemanager.h"
#include "numberlocale.h"
#include "text/validators.h"

#include <QRegularExpression>

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ExportDialog::ExportDialog(const ExportTableModel *model, int defaultYear, QWidget *parent)
    : QDialog(parent), m_model(model)
{
    setWindowTitle(tr("Add an export figure"));
    const QString language = LanguageManager::currentLanguage();

    m_year = new QComboBox(this);
    m_year->setEditable(true);
    // This financial year (April to March) and the ten before it.
    const QDate today = QDate::currentDate();
    const int current = today.month() >= 4 ? today.year() : today.year() - 1;
    // In the digits the user chose; typed ones are read in either.
    for (int y = current; y > current - 11; --y)
        m_year->addItem(LanguageManager::digits(ExportRecord::financialYear(y)), y);
    m_year->setCurrentText(LanguageManager::digits(ExportRecord::financialYear(defaultYear ? defaultYear : current - 1)));

    m_country = new QLineEdit(this);
    m_country->setCompleter(new CountryCompleter(m_country));
    m_country->setPlaceholderText(tr("Name in English or Hindi, or code (EG)"));
    // Wide enough for what it asks for, in either language.
    m_country->setMinimumWidth(m_country->fontMetrics().horizontalAdvance(m_country->placeholderText()) + 24);

    m_product = new QComboBox(this);
    m_product->addItem(QStringLiteral("—"), qint64(0));
    QList<Sector> sectors = model->sectors().values();
    std::sort(sectors.begin(), sectors.end(), [&](const Sector &a, const Sector &b) {
        return a.name(language).localeAwareCompare(b.name(language)) < 0;
    });
    for (const Sector &s : sectors)
        m_product->addItem(s.name(language), s.id);

    m_value = new QDoubleSpinBox(this);
    m_value->setRange(0, 1e7);
    m_value->setDecimals(2);
    m_value->setGroupSeparatorShown(true);
    m_value->setSuffix(tr(" crore"));
    m_value->setPrefix(QStringLiteral("₹ "));
    NumberLocale::follow(m_value);

    m_usd = new QLineEdit(this);
    m_usd->setPlaceholderText(tr("optional"));
    m_usd->setToolTip(tr("With ₹ 0 and a figure in US$, the rupees follow from the year's exchange rate."));

    m_hs = new QLineEdit(this);
    m_hs->setPlaceholderText(tr("optional: 6109.10.00"));
    m_hs->setToolTip(tr("The ITC(HS) code: 2, 4, 6 or 8 digits, such as 61, 6109 or 6109.10.00"));
    m_quantity = new QLineEdit(this);
    m_quantity->setPlaceholderText(tr("optional: 1200 KGS"));
    m_iec = new QLineEdit(this);
    m_iec->setPlaceholderText(tr("optional: AAFCP4821K"));
    m_note = new QLabel(this);
    m_note->setWordWrap(true);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));

    m_buttons = new QDialogButtonBox(this);
    m_addButton = m_buttons->addButton(tr("Add"), QDialogButtonBox::AcceptRole);
    m_addButton->setDefault(true);
    m_buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_saver || m_saver())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Financial &year:"), m_year);
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("&Product:"), m_product);
    form->addRow(tr("&Value:"), m_value);
    form->addRow(tr("Value in &US$ million:"), m_usd);
    form->addRow(tr("&HS code:"), m_hs);
    form->addRow(tr("&Quantity:"), m_quantity);
    form->addRow(tr("E&xporter's IEC:"), m_iec);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(420); // room for the notes under the form, in Hindi too

    connect(m_year, &QComboBox::currentTextChanged, this, &ExportDialog::check);
    connect(m_country, &QLineEdit::textChanged, this, &ExportDialog::check);
    connect(m_product, &QComboBox::currentIndexChanged, this, &ExportDialog::check);
    connect(m_value, &QDoubleSpinBox::valueChanged, this, &ExportDialog::check);
    connect(m_usd, &QLineEdit::textChanged, this, &ExportDialog::check);
    connect(m_hs, &QLineEdit::textChanged, this, &ExportDialog::check);
    connect(m_quantity, &QLineEdit::textChanged, this, &ExportDialog::check);
    connect(m_iec, &QLineEdit::textChanged, this, &ExportDialog::check);
    m_country->setFocus();
    check();
}

ExportRecord ExportDialog::record() const
{
    ExportRecord r;
    r.fyStart = ExportRecord::parseFinancialYear(m_year->currentText());
    if (const auto country = Countries::instance().find(m_country->text()))
        r.countryCode = country->alpha2;
    r.sectorId = m_product->currentData().toLongLong();
    r.valueCrore = m_value->value();
    r.valueUsdMillion = m_usd->text().trimmed().isEmpty() ? -1 : ExportImport::parseValue(m_usd->text());
    // ₹ 0 beside a US$ figure: only the dollars were given, the rupees follow from the rate.
    r.inrDerived = r.valueCrore == 0 && r.valueUsdMillion > 0;
    r.hsCode = HsChapters::checkCode(m_hs->text()).value;
    static const QRegularExpression quantity(QStringLiteral("^([0-9०-९.,\\s]*[0-9०-९])\\s*([^0-9०-९]*)$"));
    if (const auto m = quantity.match(m_quantity->text().trimmed()); m.hasMatch()) {
        r.quantity = ExportImport::parseValue(m.captured(1));
        r.unit = m.captured(2).simplified().toUpper();
    }
    r.exporterIec = Validators::iec(m_iec->text()).value;
    return r;
}

void ExportDialog::check()
{
    const ExportRecord r = record();
    QString problem;
    if (!r.fyStart)
        problem = LanguageManager::digits(tr("Write the financial year as in 2020-21."));
    else if (m_country->text().trimmed().isEmpty())
        problem = tr("Name the country.");
    else if (r.countryCode.isEmpty())
        problem = tr("“%1” is not a country of the list: write its name in English or Hindi, or its code such as EG.")
                      .arg(m_country->text().trimmed());
    else if (!m_usd->text().trimmed().isEmpty() && r.valueUsdMillion < 0)
        problem = tr("“%1” is not a value in US$ million: write a number, 0 or more, or leave it empty.")
                      .arg(m_usd->text().trimmed());
    else if (const FieldCheck code = HsChapters::checkCode(m_hs->text()); !code.ok)
        problem = code.reason;
    else if (!m_quantity->text().trimmed().isEmpty() && r.quantity < 0)
        problem = tr("“%1” is not a quantity: write a number and its unit, such as 1200 KGS.").arg(m_quantity->text().trimmed());
    else if (const FieldCheck iec = Validators::iec(m_iec->text()); !iec.ok)
        problem = iec.reason;
    else
        problem = m_model->problemWith(r);
    // Which figure follows from which, at what rate.
    QString note;
    if (r.fyStart && problem.isEmpty()) {
        const double rate = ExchangeRateRepository().rate(r.fyStart);
        const QString fy = LanguageManager::digits(ExportRecord::financialYear(r.fyStart));
        if (r.inrDerived && rate > 0)
            note = tr("₹ %1 crore at the %2 rate of ₹%3 per US$.")
                       .arg(LanguageManager::number(ExchangeRateRepository::croreFromUsdMillion(r.valueUsdMillion, rate), 2), fy,
                            LanguageManager::number(rate, 2));
        else if (r.inrDerived)
            note = tr("%1 has no exchange rate yet: the figure counts as ₹0 until one is set in Settings › Exchange rates.").arg(fy);
        else if (r.valueUsdMillion < 0 && rate > 0)
            note = tr("US$ %1 million at the %2 rate of ₹%3 per US$.")
                       .arg(LanguageManager::number(ExchangeRateRepository::usdMillionFromCrore(r.valueCrore, rate), 2), fy,
                            LanguageManager::number(rate, 2));
        if (!r.exporterIec.isEmpty()) {
            const QString name = m_model->exporterName(r.exporterIec);
            note += (note.isEmpty() ? QString() : QStringLiteral(" ")) +
                    (name == r.exporterIec ? tr("No invitee has this IEC yet.") : tr("Exporter: %1.").arg(name));
        }
    }
    m_note->setText(note);
    m_problem->setText(problem);
    m_addButton->setEnabled(problem.isEmpty());
}
