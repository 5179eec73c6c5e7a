#include "inviteedialog.h"
#include "ui_inviteedialog.h"

#include "events/eventrepository.h"
#include "invitees/invitationrepository.h"
#include "invitees/inviteerepository.h"
#include "text/languagemanager.h"
#include "messageboxes.h"
#include "sectors/sectorrepository.h"
#include "storage/changelog.h"

#include <QFormLayout>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QTextCursor>

InviteeDialog::InviteeDialog(const QString &connection, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::InviteeDialog>()), m_connection(connection)
{
    m_ui->setupUi(this);
    fillChoices();
    const QList<QLineEdit *> edits{m_ui->nameEdit, m_ui->designationEdit, m_ui->enterpriseEdit,
                                   m_ui->mobileEdit, m_ui->altPhoneEdit, m_ui->emailEdit,
                                   m_ui->pinEdit, m_ui->gstinEdit, m_ui->udyamEdit, m_ui->iecEdit};
    for (QLineEdit *edit : edits) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { markTouched(edit); });
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] { markTouched(edit); });
        connect(edit, &QLineEdit::textChanged, this, &InviteeDialog::revalidate);
    }
    connect(m_ui->shareSpin, &QSpinBox::valueChanged, this, [this] {
        markTouched(m_ui->shareSpin);
    });
    // The free-text fields have length limits and refuse control characters: their reasons
    // show under them like the others'.
    m_textErrors = {
        {InviteeField::Designation, errorLabelUnder(m_ui->personForm, m_ui->designationEdit)},
        {InviteeField::Enterprise, errorLabelUnder(m_ui->personForm, m_ui->enterpriseEdit)},
        {InviteeField::Sector, errorLabelUnder(m_ui->personForm, m_ui->sectorCombo)},
        {InviteeField::Address, errorLabelUnder(m_ui->personForm, m_ui->addressEdit)},
        {InviteeField::Notes, errorLabelUnder(m_ui->registrationForm, m_ui->notesEdit)},
    };
    connect(m_ui->sectorCombo, &QComboBox::currentTextChanged, this, [this] {
        markTouched(m_ui->sectorCombo);
        revalidate();
    });
    for (QPlainTextEdit *edit : {m_ui->addressEdit, m_ui->notesEdit})
        connect(edit, &QPlainTextEdit::textChanged, this, [this, edit] {
            markTouched(edit);
            revalidate();
        });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &InviteeDialog::accept);
    // Each reason has its line under its field reserved, whether shown or not: a reason that
    // appears never pushes the fields below it down under the mouse (a click landed in the
    // wrong field). One line each; the whole reason is in the tooltip when it is longer.
    for (QLabel *error : findChildren<QLabel *>()) {
        if (!error->objectName().endsWith(QLatin1String("Error")))
            continue;
        // Always there, empty when there is nothing to say (QFormLayout drops the row of a
        // hidden widget, whatever its size policy says).
        error->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        error->setWordWrap(false);
        error->setFixedHeight(error->fontMetrics().height());
        error->show();
    }
    revalidate();
}

InviteeDialog::~InviteeDialog()
{
    // The fields are destroyed after this object's members: a field that loses the focus then
    // must not reach markTouched() and its hash, gone already.
    for (QWidget *field : findChildren<QWidget *>())
        field->disconnect(this);
}

void InviteeDialog::reject()
{
    // Typed work is not thrown away by a stray Escape or Cancel.
    if (isChanged()
        && !MessageBoxes::confirm(this, tr("Discard the changes?"),
                                  tr("What was typed in this form is not saved. Close it anyway?"),
                                  tr("Discard")))
        return;
    QDialog::reject();
}

bool InviteeDialog::isChanged() const
{
    Invitee now = invitee();
    Invitee before = m_original;
    now.sectorId = before.sectorId = 0; // the sector is compared by name
    const QString sectorBefore = m_original.sectorId
                                     ? SectorRepository(m_connection).find(m_original.sectorId).value_or(Sector{}).name(LanguageManager::currentLanguage())
                                     : QString();
    return now != before || sectorName() != sectorBefore;
}

QLabel *InviteeDialog::errorLabelUnder(QFormLayout *form, QWidget *field)
{
    int row = -1;
    QFormLayout::ItemRole role;
    form->getWidgetPosition(field, &row, &role);
    auto *label = new QLabel(field->parentWidget());
    // "designationEdit" → "designationError", like the labels of the .ui
    QString name = field->objectName();
    name.replace(QLatin1String("Edit"), QLatin1String("Error")).replace(QLatin1String("Combo"), QLatin1String("Error"));
    label->setObjectName(name);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    form->insertRow(row + 1, static_cast<QWidget *>(nullptr), label);
    return label;
}

void InviteeDialog::fillChoices()
{
    const QString language = LanguageManager::currentLanguage();
    const QString typed = m_ui->sectorCombo->currentText();
    m_ui->sectorCombo->clear();
    m_ui->sectorCombo->addItem(QString());
    for (const Sector &s : SectorRepository(m_connection).all())
        m_ui->sectorCombo->addItem(s.name(language), s.id);
    m_ui->sectorCombo->setCurrentText(typed);

    const int exporter = m_ui->exporterCombo->currentIndex();
    m_ui->exporterCombo->clear();
    for (ExporterStatus s : {ExporterStatus::NotExporting, ExporterStatus::Direct, ExporterStatus::ThroughMerchant})
        m_ui->exporterCombo->addItem(ExporterStatuses::displayName(s), int(s));
    m_ui->exporterCombo->setCurrentIndex(qMax(0, exporter));
    m_ui->shareSpin->setSpecialValueText(tr("not given"));
    m_ui->shareSpin->setSuffix(QStringLiteral(" %"));
}

void InviteeDialog::setInvitee(const Invitee &invitee)
{
    m_original = invitee;
    m_ui->nameEdit->setText(invitee.name);
    m_ui->designationEdit->setText(invitee.designation);
    m_ui->enterpriseEdit->setText(invitee.enterprise);
    QString sector;
    if (invitee.sectorId)
        if (const auto s = SectorRepository(m_connection).find(invitee.sectorId))
            sector = s->name(LanguageManager::currentLanguage());
    m_ui->sectorCombo->setCurrentText(sector);
    m_ui->mobileEdit->setText(invitee.mobile);
    m_ui->altPhoneEdit->setText(invitee.altPhone);
    m_ui->emailEdit->setText(invitee.email);
    m_ui->addressEdit->setPlainText(invitee.address);
    m_ui->pinEdit->setText(invitee.pin);
    m_ui->gstinEdit->setText(invitee.gstin);
    m_ui->udyamEdit->setText(invitee.udyam);
    m_ui->iecEdit->setText(invitee.iec);
    m_ui->exporterCombo->setCurrentIndex(m_ui->exporterCombo->findData(int(invitee.exporterStatus)));
    m_ui->shareSpin->setValue(invitee.exportShare);
    m_ui->notesEdit->setPlainText(invitee.notes);
    setWindowTitle(invitee.id ? tr("Edit invitee") : tr("New invitee"));
    // An existing record's problems (if any) show at once; a new form waits for typing.
    m_showAll = invitee.id != 0;
    revalidate();
    showStatus();
}

void InviteeDialog::setEvent(qint64 eventId)
{
    m_eventId = eventId;
    showStatus();
}

void InviteeDialog::showStatus()
{
    const auto event = m_eventId ? EventRepository(m_connection).find(m_eventId) : std::nullopt;
    m_ui->statusBox->setVisible(m_original.id != 0);
    if (!m_original.id)
        return;
    const QString language = LanguageManager::currentLanguage();
    InvitationRepository repository(m_connection);
    m_ui->statusLabel->setVisible(event.has_value());
    if (event)
        m_ui->statusLabel->setText(tr("At %1: %2").arg(event->name(language),
                                                       InvitationStatuses::displayName(
                                                           repository.status(m_eventId, m_original.id))));
    // Who changed what and when: the invitee's own fields, and their status for this event,
    // newest last (the view scrolls there).
    QStringList lines;
    for (const ChangeLog::Entry &entry :
         ChangeLog::inviteeHistory(QSqlDatabase::database(m_connection), m_original.id, m_eventId))
        lines << ChangeLog::line(entry);
    m_ui->historyView->setPlainText(lines.join(QLatin1Char('\n')));
    m_ui->historyView->moveCursor(QTextCursor::End);
    m_ui->historyView->setVisible(!lines.isEmpty());
}

InviteeInput InviteeDialog::input() const
{
    InviteeInput in;
    in.name = m_ui->nameEdit->text();
    in.designation = m_ui->designationEdit->text();
    in.enterprise = m_ui->enterpriseEdit->text();
    in.sector = m_ui->sectorCombo->currentText();
    in.mobile = m_ui->mobileEdit->text();
    in.altPhone = m_ui->altPhoneEdit->text();
    in.email = m_ui->emailEdit->text();
    in.address = m_ui->addressEdit->toPlainText();
    in.pin = m_ui->pinEdit->text();
    in.gstin = m_ui->gstinEdit->text();
    in.udyam = m_ui->udyamEdit->text();
    in.iec = m_ui->iecEdit->text();
    in.exportShare = m_ui->shareSpin->value() < 0 ? QString() : QString::number(m_ui->shareSpin->value());
    in.notes = m_ui->notesEdit->toPlainText();
    in.exporterStatus = ExporterStatus(m_ui->exporterCombo->currentData().toInt());
    return in;
}

QMap<InviteeField, QString> InviteeDialog::problems() const
{
    return InviteeValidator::validate(input()).problems;
}

Invitee InviteeDialog::invitee() const
{
    Invitee v = InviteeValidator::validate(input()).invitee;
    v.id = m_original.id;
    v.isDemo = m_original.isDemo;
    v.sectorId = m_original.sectorId;
    v.version = m_original.version;
    return v;
}

QString InviteeDialog::sectorName() const
{
    return m_ui->sectorCombo->currentText().simplified();
}

void InviteeDialog::markTouched(QWidget *field)
{
    if (!m_touched.value(field)) {
        m_touched.insert(field, true);
        revalidate();
    }
}

void InviteeDialog::revalidate()
{
    const auto validation = InviteeValidator::validate(input());
    struct FieldWidgets {
        InviteeField field;
        QWidget *edit;
        QLabel *error;
    };
    QList<FieldWidgets> fields{
        {InviteeField::Name, m_ui->nameEdit, m_ui->nameError},
        {InviteeField::Mobile, m_ui->mobileEdit, m_ui->mobileError},
        {InviteeField::AltPhone, m_ui->altPhoneEdit, m_ui->altPhoneError},
        {InviteeField::Email, m_ui->emailEdit, m_ui->emailError},
        {InviteeField::Pin, m_ui->pinEdit, m_ui->pinError},
        {InviteeField::Gstin, m_ui->gstinEdit, m_ui->gstinError},
        {InviteeField::Udyam, m_ui->udyamEdit, m_ui->udyamError},
        {InviteeField::Iec, m_ui->iecEdit, m_ui->iecError},
        {InviteeField::ExportShare, m_ui->shareSpin, m_ui->shareError},
        {InviteeField::Designation, m_ui->designationEdit, m_textErrors.value(InviteeField::Designation)},
        {InviteeField::Enterprise, m_ui->enterpriseEdit, m_textErrors.value(InviteeField::Enterprise)},
        {InviteeField::Sector, m_ui->sectorCombo, m_textErrors.value(InviteeField::Sector)},
        {InviteeField::Address, m_ui->addressEdit, m_textErrors.value(InviteeField::Address)},
        {InviteeField::Notes, m_ui->notesEdit, m_textErrors.value(InviteeField::Notes)},
    };
    for (const auto &f : std::as_const(fields)) {
        if (!f.error)
            continue;
        const QString reason = validation.problems.value(f.field);
        const bool show = !reason.isEmpty() && (m_showAll || m_touched.value(f.edit));
        f.error->setText(show ? reason : QString());
        f.error->setToolTip(show ? reason : QString());
        f.edit->setProperty("invalid", show);
        // A tinted field, not a style-sheet border: a border changes the field's height and
        // would move the fields below it.
        QPalette palette = f.edit->palette();
        palette.setColor(QPalette::Base, show ? QColor(0xfd, 0xec, 0xea) : this->palette().color(QPalette::Base));
        f.edit->setPalette(palette);
        f.edit->setAccessibleDescription(show ? reason : QString());
    }
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(validation.ok());
}

std::optional<Invitee> InviteeDialog::inviteeWithSector(QString *error) const
{
    Invitee v = invitee();
    const QString sector = sectorName();
    if (!sector.isEmpty()) {
        v.sectorId = SectorRepository(m_connection).ensureNamed(sector, error);
        if (!v.sectorId)
            return std::nullopt;
    }
    return v;
}

void InviteeDialog::accept()
{
    const auto validation = InviteeValidator::validate(input());
    if (!validation.ok()) {
        m_showAll = true;
        revalidate();
        return;
    }
    Invitee candidate = validation.invitee;
    candidate.id = m_original.id;
    const QList<DuplicateMatch> matches = InviteeRepository(m_connection).duplicates(candidate);
    if (!matches.isEmpty()) {
        const DuplicateMatch &m = matches.constFirst();
        const QHash<QString, QString> fieldNames{
            {QStringLiteral("mobile"), InviteeValidator::fieldName(InviteeField::Mobile)},
            {QStringLiteral("gstin"), InviteeValidator::fieldName(InviteeField::Gstin)},
            {QStringLiteral("udyam"), InviteeValidator::fieldName(InviteeField::Udyam)},
            {QStringLiteral("email"), InviteeValidator::fieldName(InviteeField::Email)}};
        const QString who = m.enterprise.isEmpty() ? m.name : tr("%1 (%2)").arg(m.name, m.enterprise);
        QMessageBox box(QMessageBox::Warning, tr("Already registered"),
                        tr("%1 is already registered with this %2.\nOpen that record instead?")
                            .arg(who, fieldNames.value(m.field)),
                        QMessageBox::NoButton, this);
        QPushButton *open = box.addButton(tr("Open %1").arg(m.name), QMessageBox::AcceptRole);
        QPushButton *back = box.addButton(tr("Back to the form"), QMessageBox::RejectRole);
        box.setDefaultButton(open);
        box.setEscapeButton(back);
        box.exec();
        if (box.clickedButton() == open) {
            m_openInstead = m.id;
            QDialog::reject();
        }
        return;
    }
    // A new person whose name sounds like someone's already registered (typed in the other
    // script, or spelled another way): most likely the same person at the desk again.
    if (!m_original.id && !m_sameNameConfirmed) {
        const QList<DuplicateMatch> same = InviteeRepository(m_connection).sameName(candidate);
        if (!same.isEmpty()) {
            const DuplicateMatch &m = same.constFirst();
            QStringList details;
            for (const QString &part : {m.enterprise, m.mobile})
                if (!part.isEmpty())
                    details << part;
            const QString who = details.isEmpty() ? m.name : tr("%1 (%2)").arg(m.name, details.join(QStringLiteral(", ")));
            QMessageBox box(QMessageBox::Question, tr("Already registered?"),
                            tr("%1 is already registered, with a name that sounds the same.\nIs it the same person?")
                                .arg(who),
                            QMessageBox::NoButton, this);
            QPushButton *open = box.addButton(tr("Yes, open %1").arg(m.name), QMessageBox::AcceptRole);
            QPushButton *another = box.addButton(tr("No, save a new person"), QMessageBox::DestructiveRole);
            QPushButton *back = box.addButton(tr("Back to the form"), QMessageBox::RejectRole);
            box.setDefaultButton(open);
            box.setEscapeButton(back);
            box.exec();
            if (box.clickedButton() == open) {
                m_openInstead = m.id;
                QDialog::reject();
                return;
            }
            if (box.clickedButton() != another)
                return;
            m_sameNameConfirmed = true; // asked once; a failed save and a retry does not ask again
        }
    }
    if (m_saver && !m_saver())
        return; // the write failed and the window said why: the form stays as typed
    QDialog::accept();
}

void InviteeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillChoices();
        setWindowTitle(m_original.id ? tr("Edit invitee") : tr("New invitee"));
        revalidate();
        showStatus();
    }
    QDialog::changeEvent(event);
}
