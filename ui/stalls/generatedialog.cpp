#include "generatedialog.h"
#include "ui_generatedialog.h"

#include "text/languagemanager.h"
#include "stalls/stallgeometry.h"

#include <QPushButton>

GenerateDialog::GenerateDialog(const Hall &hall, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::GenerateDialog>()), m_hall(hall)
{
    m_ui->setupUi(this);
    connect(m_ui->countSpin, &QSpinBox::valueChanged, this, &GenerateDialog::updateFit);
    // The lengths follow the digit setting by themselves (MetreSpinBox); the count and the
    // sentence under the form follow it here.
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this, &GenerateDialog::retranslate);
    for (QDoubleSpinBox *spin : {m_ui->widthSpin, m_ui->depthSpin, m_ui->aisleSpin})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &GenerateDialog::updateFit);
    retranslate();
}

GenerateDialog::~GenerateDialog() = default;

void GenerateDialog::retranslate()
{
    // Marathi is the locale Qt knows that writes Devanagari digits and reads them back; its
    // decimal point and grouping are Hindi's.
    const bool native = LanguageManager::digits(QStringLiteral("0")) != QLatin1String("0");
    m_ui->countSpin->setLocale(native ? QLocale(QLocale::Marathi, QLocale::India) : LanguageManager::instance()->locale());
    m_ui->countSpin->setValue(m_ui->countSpin->value()); // written again in the digits now chosen
    updateFit();
}

int GenerateDialog::count() const { return m_ui->countSpin->value(); }
double GenerateDialog::stallWidth() const { return m_ui->widthSpin->value(); }
double GenerateDialog::stallDepth() const { return m_ui->depthSpin->value(); }
double GenerateDialog::aisle() const { return m_ui->aisleSpin->value(); }
bool GenerateDialog::replaceExisting() const { return m_ui->replaceCheck->isChecked(); }

void GenerateDialog::updateFit()
{
    int fit = 0;
    StallGeometry::generate(m_hall, 0, stallWidth(), stallDepth(), aisle(), &fit);
    const bool enough = fit >= count();
    m_ui->fitLabel->setText(enough ? tr("%1 stalls of this size fit in the hall (%2).")
                                         .arg(LanguageManager::number(fit), StallGeometry::size(m_hall.width, m_hall.depth))
                                   : tr("Only %1 stalls of this size fit in the hall (%2): make them smaller, the "
                                        "aisles narrower or the hall larger.")
                                         .arg(LanguageManager::number(fit), StallGeometry::size(m_hall.width, m_hall.depth)));
    m_ui->fitLabel->setStyleSheet(enough ? QString() : QStringLiteral("color: #b00020;"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(enough);
}

void GenerateDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}
