#include "stallpropertiespanel.h"
#include "ui_stallpropertiespanel.h"

#include "text/languagemanager.h"
#include "stalls/stallgeometry.h"
#include "waitinglist.h"

#include <QEvent>

StallPropertiesPanel::StallPropertiesPanel(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::StallPropertiesPanel>())
{
    m_ui->setupUi(this);
    for (QDoubleSpinBox *spin : {m_ui->widthSpin, m_ui->depthSpin}) {
        spin->setMinimum(StallGeometry::MinimumSide);
        connect(spin, &QDoubleSpinBox::editingFinished, this, &StallPropertiesPanel::apply);
    }
    connect(m_ui->codeEdit, &QLineEdit::editingFinished, this, &StallPropertiesPanel::apply);
    connect(m_ui->notesEdit, &QLineEdit::editingFinished, this, &StallPropertiesPanel::apply);
    for (QComboBox *combo : {m_ui->categoryCombo, m_ui->statusCombo, m_ui->holderCombo})
        connect(combo, &QComboBox::activated, this, &StallPropertiesPanel::apply);
    // The count of selected stalls follows the digit setting, which sends no LanguageChange.
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this, &StallPropertiesPanel::fill);
    fill();
}

StallPropertiesPanel::~StallPropertiesPanel() = default;

void StallPropertiesPanel::setStalls(const StallPlan &plan, const QList<Stall> &selected,
                                     const QList<StallRepository::Holder> &waiting)
{
    m_plan = plan;
    m_selected = selected;
    m_waiting = waiting;
    fill();
}

void StallPropertiesPanel::fill()
{
    const bool one = m_selected.size() == 1;
    m_ui->titleLabel->setText(one ? tr("Stall %1").arg(m_selected.constFirst().code)
                              : m_selected.isEmpty()
                                  ? tr("No stall selected")
                                  : LanguageManager::digits(tr("%n stalls selected", nullptr, int(m_selected.size()))));
    m_ui->hintLabel->setText(m_selected.isEmpty() ? tr("Click a stall to see and change it, or drag across several.")
                                                  : tr("Arrange lines them up or spaces them evenly; Delete removes them."));
    m_ui->hintLabel->setVisible(!one);
    m_ui->fields->setVisible(one);
    m_filling = true;
    // Emptied when hidden, so no text of an earlier stall or language stays behind.
    m_ui->categoryCombo->clear();
    m_ui->statusCombo->clear();
    m_ui->holderCombo->clear();
    if (!one) {
        m_ui->codeEdit->clear();
        m_ui->notesEdit->clear();
        m_filling = false;
        return;
    }
    const Stall &s = m_selected.constFirst();
    const QString language = LanguageManager::currentLanguage();
    m_ui->categoryCombo->addItem(tr("(none)"), qint64(0));
    for (const Sector &sector : std::as_const(m_plan.sectors))
        m_ui->categoryCombo->addItem(sector.name(language), sector.id);
    m_ui->categoryCombo->model()->sort(0);
    for (StallStatus status : StallStatuses::all())
        m_ui->statusCombo->addItem(StallStatuses::displayName(status), int(status));
    // Its holder, and whoever is waiting, to choose from.
    m_ui->holderCombo->addItem(tr("(free)"), qint64(0));
    if (s.inviteeId) {
        const StallRepository::Holder holder = m_plan.holders.value(s.id);
        m_ui->holderCombo->addItem(WaitingList::displayName(holder), s.inviteeId);
    }
    for (const StallRepository::Holder &h : std::as_const(m_waiting))
        m_ui->holderCombo->addItem(WaitingList::displayName(h), h.inviteeId);

    m_ui->codeEdit->setText(s.code);
    m_ui->widthSpin->setValue(s.width);
    m_ui->depthSpin->setValue(s.depth);
    m_ui->categoryCombo->setCurrentIndex(qMax(0, m_ui->categoryCombo->findData(s.sectorId)));
    m_ui->statusCombo->setCurrentIndex(qMax(0, m_ui->statusCombo->findData(int(s.status))));
    m_ui->holderCombo->setCurrentIndex(qMax(0, m_ui->holderCombo->findData(s.inviteeId)));
    m_ui->notesEdit->setText(s.notes);
    m_filling = false;
}

void StallPropertiesPanel::apply()
{
    if (m_filling || m_selected.size() != 1)
        return;
    const Stall before = m_selected.constFirst();
    Stall after = before;
    after.code = m_ui->codeEdit->text().simplified().toUpper();
    after.width = m_ui->widthSpin->value();
    after.depth = m_ui->depthSpin->value();
    after.sectorId = m_ui->categoryCombo->currentData().toLongLong();
    after.status = StallStatus(m_ui->statusCombo->currentData().toInt());
    after.notes = m_ui->notesEdit->text().simplified();
    const qint64 holder = m_ui->holderCombo->currentData().toLongLong();
    if (holder != before.inviteeId) {
        after.inviteeId = holder;
        after.status = holder ? StallStatus::Allotted : StallStatus::Free;
    } else if (after.status != StallStatus::Allotted && before.inviteeId) {
        after.inviteeId = 0; // set free or blocked: nobody holds it any more
    }
    if (after == before)
        return;
    emit changeRequested(before, after);
}

void StallPropertiesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fill();
    }
    QWidget::changeEvent(event);
}
