#include "eventdialog.h"
#include "ui_eventdialog.h"

#include "events/eventrepository.h"
#include "text/languagemanager.h"
#include "numberlocale.h"

#include <QPushButton>

EventDialog::EventDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::EventDialog>())
{
    m_ui->setupUi(this);
    // Dates as every dialog writes them (24-09-2021), in the digits the user chose.
    NumberLocale::setUpDateEdit(m_ui->startEdit);
    NumberLocale::setUpDateEdit(m_ui->endEdit);
    const QDate today = QDate::currentDate();
    m_ui->startEdit->setDate(today);
    m_ui->endEdit->setDate(today);
    // The end date follows the start date while it has not been set on its own.
    connect(m_ui->startEdit, &QDateEdit::dateChanged, this, [this](const QDate &start) {
        if (m_ui->endEdit->date() < start)
            m_ui->endEdit->setDate(start);
    });
    for (QLineEdit *edit : {m_ui->nameEnEdit, m_ui->nameHiEdit, m_ui->venueEdit, m_ui->organiserEdit})
        connect(edit, &QLineEdit::textChanged, this, &EventDialog::revalidate);
    connect(m_ui->startEdit, &QDateEdit::dateChanged, this, &EventDialog::revalidate);
    connect(m_ui->endEdit, &QDateEdit::dateChanged, this, &EventDialog::revalidate);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty() && (!m_saver || m_saver()))
            accept();
    });
    revalidate();
}

EventDialog::~EventDialog() = default;

void EventDialog::setEvent(const Event &event)
{
    m_original = event;
    m_ui->nameEnEdit->setText(event.nameEn);
    m_ui->nameHiEdit->setText(event.nameHi);
    if (event.startDate.isValid())
        m_ui->startEdit->setDate(event.startDate);
    if (event.endDate.isValid())
        m_ui->endEdit->setDate(event.endDate);
    m_ui->venueEdit->setText(event.venue);
    m_ui->organiserEdit->setText(event.organiser);
    m_ui->notesEdit->setPlainText(event.notes);
    setWindowTitle(event.id ? tr("Edit event") : tr("New event"));
    revalidate();
}

Event EventDialog::event() const
{
    Event e = m_original;
    e.nameEn = m_ui->nameEnEdit->text().simplified();
    e.nameHi = m_ui->nameHiEdit->text().simplified();
    e.startDate = m_ui->startEdit->date();
    e.endDate = m_ui->endEdit->date();
    e.venue = m_ui->venueEdit->text().simplified();
    e.organiser = m_ui->organiserEdit->text().simplified();
    e.notes = m_ui->notesEdit->toPlainText().trimmed();
    return e;
}

QString EventDialog::problem() const
{
    return EventRepository::validate(event());
}

void EventDialog::revalidate()
{
    const QString why = problem();
    // The reasons quote nothing typed, only limits ("at most 200"): all their digits are numbers.
    m_ui->problemLabel->setText(LanguageManager::digits(why));
    m_ui->problemLabel->setVisible(!why.isEmpty());
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(why.isEmpty());
}

void EventDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        setWindowTitle(m_original.id ? tr("Edit event") : tr("New event"));
        revalidate();
    }
    QDialog::changeEvent(event);
}
