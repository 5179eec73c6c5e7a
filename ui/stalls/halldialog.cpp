#include "halldialog.h"
#include "ui_halldialog.h"

#include "stalls/stallgeometry.h"
#include "text/validators.h"

#include <QPushButton>

HallDialog::HallDialog(const Hall &hall, const QList<Stall> &stalls, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::HallDialog>()), m_hall(hall), m_stalls(stalls)
{
    m_ui->setupUi(this);
    m_ui->nameEdit->setText(hall.name);
    m_ui->widthSpin->setValue(hall.width);
    m_ui->depthSpin->setValue(hall.depth);
    m_ui->problemLabel->hide();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &HallDialog::accept);
}

HallDialog::~HallDialog() = default;

Hall HallDialog::hall() const
{
    Hall h = m_hall;
    h.name = m_ui->nameEdit->text().simplified();
    h.width = m_ui->widthSpin->value();
    h.depth = m_ui->depthSpin->value();
    return h;
}

void HallDialog::accept()
{
    // The name is one line of sensible length, like every name.
    const FieldCheck name = Validators::line(m_ui->nameEdit->text());
    QString why = StallGeometry::problem(m_stalls, {}, hall());
    if (!why.isEmpty())
        why += QLatin1Char(' ') + tr("Move or delete it first.");
    if (!name.ok)
        why = tr("Name: %1").arg(name.reason);
    m_ui->problemLabel->setText(why);
    m_ui->problemLabel->setVisible(!why.isEmpty());
    if (why.isEmpty())
        QDialog::accept();
}

void HallDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}
