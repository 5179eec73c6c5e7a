#include "generatedialog.h"
#include "ui_generatedialog.h"

#include "languagemanager.h"
#include "stalls/stallgeometry.h"

#include <QPushButton>

GenerateDialog::GenerateDialog(const Hall &hall, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::GenerateDialog>()), m_hall(hall)
{
    m_ui->setupUi(this);
    connect(m_ui->countSpin, &QSpinBox::valueChanged, this, &GenerateDialog::updateFit);
    for (QDoubleSpinBox *spin : {m_ui->widthSpin, m_ui->depthSpin, m_ui->aisleSpin})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &GenerateDialog::updateFit);
    updateFit();
}

GenerateDialog::~GenerateDialog() = default;

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
    m_ui->fitLabel->setText(enough ? tr("%1 stalls of this size fit in the hall (%2 m × %3 m).")
                                         .arg(LanguageManager::number(fit), LanguageManager::number(m_hall.width, 1),
                                              LanguageManager::number(m_hall.depth, 1))
                                   : tr("Only %1 stalls of this size fit in the hall (%2 m × %3 m): make them "
                                        "smaller, the aisles narrower or the hall larger.")
                                         .arg(LanguageManager::number(fit), LanguageManager::number(m_hall.width, 1),
                                              LanguageManager::number(m_hall.depth, 1)));
    m_ui->fitLabel->setStyleSheet(enough ? QString() : QStringLiteral("color: #b00020;"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(enough);
}

void GenerateDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateFit();
    }
    QDialog::changeEvent(event);
}
