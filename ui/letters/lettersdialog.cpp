#include "lettersdialog.h"
#include "ui_lettersdialog.h"

#include "undo/errorchannel.h"
#include "events/eventrepository.h"
#include "text/languagemanager.h"
#include "letters/correspondence.h"
#include "letters/letterrepository.h"
#include "messageboxes.h"
#include "printing/documentpreview.h"
#include "printing/documentprinting.h"
#include "report/dispatchreport.h"
#include "report/inviteereport.h"
#include "report/reportrenderer.h"
#include "templatedialog.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {
const QString SettingsGroup = QStringLiteral("letters/print");
const QString GeometryKey = QStringLiteral("geometry");
const QString DocumentKey = QStringLiteral("document");
const QString PdfFolderKey = QStringLiteral("printing/pdfFolder");

// The statuses offered, in the order of an invitation's life.
const QList<InvitationStatus> OfferedStatuses{InvitationStatus::Invited,  InvitationStatus::Confirmed,
                                              InvitationStatus::Attended, InvitationStatus::Declined,
                                              InvitationStatus::Nominated, InvitationStatus::NotInvited};
} // namespace

LettersDialog::LettersDialog(qint64 eventId, const QList<qint64> &selectedIds, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LettersDialog>()), m_event(EventRepository().find(eventId)),
      m_selectedIds(selectedIds)
{
    m_ui->setupUi(this);
    for (int kind = int(Document::Invitations); kind <= int(Document::Register); ++kind)
        m_ui->documentCombo->addItem(QString(), kind);
    for (InvitationStatus status : OfferedStatuses) {
        auto *item = new QListWidgetItem(m_ui->statusList);
        item->setData(Qt::UserRole, int(status));
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(Correspondence::defaultStatuses().contains(status) ? Qt::Checked : Qt::Unchecked);
    }
    m_ui->statusList->setMaximumHeight(m_ui->statusList->sizeHintForRow(0) * m_ui->statusList->count()
                                       + 2 * m_ui->statusList->frameWidth() + 4);
    QFont bold = m_ui->countLabel->font();
    bold.setBold(true);
    m_ui->countLabel->setFont(bold);
    m_ui->warningLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_ui->onlySelectedCheck->setVisible(!selectedIds.isEmpty());
    m_ui->onlySelectedCheck->setChecked(selectedIds.size() > 0);
    m_ui->notRepliedCheck->setChecked(true);
    retranslateUi();

    QSettings settings;
    settings.beginGroup(SettingsGroup);
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    m_ui->documentCombo->setCurrentIndex(
        qMax(0, m_ui->documentCombo->findData(settings.value(DocumentKey, int(Document::Invitations)).toInt())));
    settings.endGroup();

    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(0);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &LettersDialog::rebuild);
    connect(m_ui->documentCombo, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(SettingsGroup + QStringLiteral("/") + DocumentKey, int(documentKind()));
        updateOptions();
        scheduleRebuild();
    });
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, [this] {
        (isCertificate() ? m_certificateLanguage : m_letterLanguage) = language();
        scheduleRebuild();
    });
    connect(m_ui->statusList, &QListWidget::itemChanged, this, &LettersDialog::scheduleRebuild);
    connect(m_ui->notRepliedCheck, &QCheckBox::toggled, this, [this] {
        updateOptions();
        scheduleRebuild();
    });
    connect(m_ui->daysSpin, &QSpinBox::valueChanged, this, &LettersDialog::scheduleRebuild);
    connect(m_ui->onlySelectedCheck, &QCheckBox::toggled, this, &LettersDialog::scheduleRebuild);
    connect(m_ui->templateButton, &QPushButton::clicked, this, &LettersDialog::editTemplate);
    connect(m_ui->printButton, &QPushButton::clicked, this, &LettersDialog::printWithDialog);
    connect(m_ui->savePdfButton, &QPushButton::clicked, this, &LettersDialog::saveWithDialog);

    updateOptions();
    m_settingUp = false;
    rebuild();
}

LettersDialog::~LettersDialog() = default;

LettersDialog::Document LettersDialog::documentKind() const
{
    return Document(m_ui->documentCombo->currentData().toInt());
}

void LettersDialog::setDocumentKind(Document kind)
{
    m_ui->documentCombo->setCurrentIndex(qMax(0, m_ui->documentCombo->findData(int(kind))));
    rebuild();
}

QList<InvitationStatus> LettersDialog::statuses() const
{
    QList<InvitationStatus> out;
    for (int i = 0; i < m_ui->statusList->count(); ++i)
        if (m_ui->statusList->item(i)->checkState() == Qt::Checked)
            out << InvitationStatus(m_ui->statusList->item(i)->data(Qt::UserRole).toInt());
    return out;
}

void LettersDialog::setStatuses(const QList<InvitationStatus> &statuses)
{
    {
        const QSignalBlocker blocker(m_ui->statusList);
        for (int i = 0; i < m_ui->statusList->count(); ++i) {
            QListWidgetItem *item = m_ui->statusList->item(i);
            item->setCheckState(statuses.contains(InvitationStatus(item->data(Qt::UserRole).toInt())) ? Qt::Checked
                                                                                                     : Qt::Unchecked);
        }
    }
    rebuild();
}

QString LettersDialog::language() const
{
    return m_ui->languageCombo->currentData().toString();
}

void LettersDialog::setLanguage(const QString &language)
{
    m_ui->languageCombo->setCurrentIndex(qMax(0, m_ui->languageCombo->findData(language)));
    rebuild();
}

void LettersDialog::setOnlySelected(bool only)
{
    m_ui->onlySelectedCheck->setChecked(only && !m_selectedIds.isEmpty());
    rebuild();
}

void LettersDialog::setNotReplied(int days)
{
    m_ui->notRepliedCheck->setChecked(days >= 0);
    if (days >= 0)
        m_ui->daysSpin->setValue(days);
    rebuild();
}

const ReportDocument &LettersDialog::document() const
{
    return m_ui->preview->document();
}

bool LettersDialog::isLetter() const
{
    return documentKind() == Document::Invitations || documentKind() == Document::Reminders;
}

bool LettersDialog::isCertificate() const
{
    return documentKind() == Document::Certificates || documentKind() == Document::ExhibitorCertificates;
}

LetterKind LettersDialog::letterKind() const
{
    switch (documentKind()) {
    case Document::Reminders: return LetterKind::Reminder;
    case Document::Certificates: return LetterKind::Certificate;
    case Document::ExhibitorCertificates: return LetterKind::ExhibitorCertificate;
    default: return LetterKind::Invitation;
    }
}

// Each document shows the choices that matter to it.
void LettersDialog::updateOptions()
{
    const bool labels = documentKind() == Document::Labels2x7 || documentKind() == Document::Labels3x8;
    const bool reminders = documentKind() == Document::Reminders;
    const bool register_ = documentKind() == Document::Register;
    const bool byReply = reminders && m_ui->notRepliedCheck->isChecked();
    // Letters: each invitee's own language, or one; certificates: which language comes first.
    {
        const QSignalBlocker blocker(m_ui->languageCombo);
        // Letters and certificates each keep the language chosen for them.
        const QString current = isCertificate() ? m_certificateLanguage : m_letterLanguage;
        m_ui->languageCombo->clear();
        if (isLetter())
            m_ui->languageCombo->addItem(tr("Each invitee's own"), QString());
        m_ui->languageCombo->addItem(isCertificate() ? tr("English first") : LanguageManager::nativeName(QStringLiteral("en")),
                                     QStringLiteral("en"));
        m_ui->languageCombo->addItem(isCertificate() ? tr("Hindi first") : LanguageManager::nativeName(QStringLiteral("hi")),
                                     QStringLiteral("hi"));
        int index = m_ui->languageCombo->findData(current);
        if (index < 0 && isCertificate())
            index = m_ui->languageCombo->findData(LanguageManager::currentLanguage());
        m_ui->languageCombo->setCurrentIndex(qMax(0, index));
    }
    m_ui->languageLabel->setVisible(isLetter() || isCertificate());
    m_ui->languageCombo->setVisible(isLetter() || isCertificate());
    m_ui->statusesLabel->setVisible((isLetter() || labels) && !byReply);
    m_ui->statusList->setVisible((isLetter() || labels) && !byReply);
    m_ui->notRepliedCheck->setVisible(reminders);
    m_ui->daysLabel->setVisible(byReply);
    m_ui->daysSpin->setVisible(byReply);
    m_ui->onlySelectedCheck->setVisible(!register_ && !m_selectedIds.isEmpty());
    m_ui->recordPostCheck->setVisible(labels);
    m_ui->templateButton->setVisible(isLetter());
}

void LettersDialog::scheduleRebuild()
{
    if (!m_settingUp)
        m_rebuildTimer.start();
}

void LettersDialog::rebuild()
{
    m_rebuildTimer.stop();
    m_rows.clear();
    m_unknownFields.clear();
    m_ui->warningLabel->clear();
    ReportDocument doc;
    QString empty;
    QString count;
    QString error;
    if (!m_event) {
        empty = tr("Choose an event first: letters are written for one event.");
    } else if (documentKind() == Document::Register) {
        const QList<DispatchRegisterRow> rows = LetterRepository().dispatchRegister(m_event->id, &error);
        if (!rows.isEmpty())
            doc = DispatchReport::build(InviteeReport::officeLine(), m_event->name(LanguageManager::currentLanguage()), rows);
        count = tr("Letters and certificates in the register: %1").arg(LanguageManager::number(rows.size()));
        empty = tr("Nothing has been issued for this event yet: the register is empty.");
    } else {
        RecipientFilter filter;
        filter.eventId = m_event->id;
        const bool reminders = documentKind() == Document::Reminders;
        if (reminders && m_ui->notRepliedCheck->isChecked())
            filter.notRepliedDays = m_ui->daysSpin->value();
        else if (!isCertificate())
            filter.statuses = statuses();
        if (!m_selectedIds.isEmpty() && m_ui->onlySelectedCheck->isChecked())
            filter.onlyIds = m_selectedIds;
        const bool nobody = !isCertificate() && filter.notRepliedDays < 0 && filter.statuses.isEmpty();
        if (!nobody) {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            m_rows = Correspondence::recipients(filter, Database::defaultConnectionName(), &error);
            QApplication::restoreOverrideCursor();
        }
        if (isLetter()) {
            const auto letters = Correspondence::letters(*m_event, letterKind(), m_rows, language(), false);
            doc = letters.document;
            m_unknownFields = letters.unknownFields;
            const int numbered = int(std::count_if(letters.letters.cbegin(), letters.letters.cend(),
                                                   [](const IssuedLetter &l) { return l.id != 0; }));
            count = LanguageManager::digits(tr("%Ln letter(s) will be printed.", nullptr, int(m_rows.size())));
            if (numbered)
                count += QLatin1Char(' ') + tr("Keeping the number given before: %1.").arg(LanguageManager::number(numbered));
            empty = nobody ? tr("Tick at least one status.")
                           : reminders && filter.notRepliedDays >= 0
                                 ? tr("Everyone invited has replied, or was invited less than %1 days ago.")
                                       .arg(LanguageManager::number(filter.notRepliedDays))
                                 : tr("No invitee has the statuses ticked.");
        } else if (isCertificate()) {
            const auto certificates = Correspondence::certificates(*m_event, letterKind(), m_rows, language(), false);
            doc = certificates.document;
            count = LanguageManager::digits(tr("%Ln certificate(s) will be printed.", nullptr, int(certificates.letters.size())));
            empty = letterKind() == LetterKind::Certificate
                        ? tr("No one has attended yet: certificates are for those who attended.")
                        : tr("No invitee has a stall at this event: these certificates are for exhibitors.");
        } else {
            const LabelLayout layout = documentKind() == Document::Labels2x7 ? LabelLayout::TwoBySeven : LabelLayout::ThreeByEight;
            doc = LabelReport::build(m_rows, layout);
            count = tr("Labels: %1 · sheets: %2").arg(LanguageManager::number(m_rows.size()),
                                                      LanguageManager::number(doc.pageCount()));
            empty = nobody ? tr("Tick at least one status.") : tr("No invitee has the statuses ticked.");
        }
    }
    if (!m_unknownFields.isEmpty())
        m_ui->warningLabel->setText(tr("The template has unknown fields: %1. They would print as they stand; "
                                       "correct them with “Edit the template…”.")
                                        .arg(m_unknownFields.join(QStringLiteral(", "))));
    if (!error.isEmpty())
        m_ui->warningLabel->setText(error);
    m_ui->countLabel->setText(doc.pages.isEmpty() ? QString() : count);
    m_ui->preview->setDocument(doc, empty);
    m_ui->printButton->setEnabled(!doc.pages.isEmpty());
    m_ui->savePdfButton->setEnabled(!doc.pages.isEmpty());
}

bool LettersDialog::confirmUnknownFields()
{
    if (m_unknownFields.isEmpty())
        return true;
    return MessageBoxes::confirm(this, tr("Unknown fields"),
                                 tr("The template has unknown fields: %1. They will print as they stand.")
                                     .arg(m_unknownFields.join(QStringLiteral(", "))),
                                 tr("Print anyway"));
}

ReportDocument LettersDialog::issueAndLayOut(QList<IssuedLetter> *letters, QString *error)
{
    letters->clear();
    if (!m_event)
        return {};
    if (isLetter()) {
        const auto out = Correspondence::letters(*m_event, letterKind(), m_rows, language(), true);
        *error = out.error;
        *letters = out.letters;
        return out.error.isEmpty() ? out.document : ReportDocument();
    }
    if (isCertificate()) {
        const auto out = Correspondence::certificates(*m_event, letterKind(), m_rows, language(), true);
        *error = out.error;
        *letters = out.letters;
        return out.error.isEmpty() ? out.document : ReportDocument();
    }
    if (documentKind() == Document::Labels2x7 || documentKind() == Document::Labels3x8) {
        const LabelLayout layout = documentKind() == Document::Labels2x7 ? LabelLayout::TwoBySeven : LabelLayout::ThreeByEight;
        QString why;
        ReportDocument doc = Correspondence::labels(*m_event, m_rows, layout, m_ui->recordPostCheck->isChecked(),
                                                    Database::defaultConnectionName(), &why);
        if (!why.isEmpty())
            ErrorChannel::instance()->report(why); // the labels print; the note could not be kept
        return doc;
    }
    return document();
}

void LettersDialog::recordPrinted(const QList<IssuedLetter> &letters, int first, int last)
{
    if (!isLetter() && !isCertificate())
        return;
    const QList<IssuedLetter> printed = letters.mid(first, last - first + 1); // one per page
    QString error;
    if (!Correspondence::recordDispatch(printed, DispatchChannel::Print, Database::defaultConnectionName(), &error)) {
        m_ui->statusLabel->setText(error);
        ErrorChannel::instance()->report(error);
    }
}

void LettersDialog::printWithDialog()
{
    if (!confirmUnknownFields())
        return;
    QList<IssuedLetter> letters;
    QString error;
    const ReportDocument doc = issueAndLayOut(&letters, &error);
    if (doc.pages.isEmpty()) {
        if (!error.isEmpty())
            MessageBoxes::warn(this, tr("It could not be printed"), error);
        return;
    }
    QPair<int, int> pages;
    const QString sent = DocumentPrinting::printWithDialog(this, doc, m_ui->preview->currentPage(), &pages);
    if (!sent.isEmpty()) {
        recordPrinted(letters, pages.first, pages.second);
        m_ui->statusLabel->setText(sent);
    }
    rebuild(); // the numbers given show now
}

bool LettersDialog::saveAsPdf(const QString &fileName, QString *error)
{
    if (!confirmUnknownFields()) {
        if (error)
            *error = tr("Cancelled.");
        return false;
    }
    return writePdf(fileName, error);
}

bool LettersDialog::writePdf(const QString &fileName, QString *error)
{
    QString why;
    QList<IssuedLetter> letters;
    const ReportDocument doc = issueAndLayOut(&letters, &why);
    bool saved = !doc.pages.isEmpty() && ReportRenderer::writePdf(doc, fileName, &why);
    if (saved)
        recordPrinted(letters, 0, doc.pageCount() - 1);
    else if (error)
        *error = why.isEmpty() ? tr("There is nothing to print.") : why;
    rebuild();
    return saved;
}

void LettersDialog::saveWithDialog()
{
    if (!m_event)
        return;
    QSettings settings;
    const QString folder = settings.value(PdfFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    static const QStringList names{QStringLiteral("letters"), QStringLiteral("reminders"), QStringLiteral("labels-2x7"),
                                   QStringLiteral("labels-3x8"), QStringLiteral("certificates"),
                                   QStringLiteral("exhibitor-certificates"), QStringLiteral("dispatch-register")};
    const QString suggested = QDir(folder).filePath(QStringLiteral("%1-event-%2.pdf").arg(names.value(int(documentKind()))).arg(m_event->id));
    if (!confirmUnknownFields())
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Save as PDF"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    QString error;
    if (!writePdf(path, &error)) {
        MessageBoxes::warn(this, tr("The PDF could not be saved"), error);
        return;
    }
    settings.setValue(PdfFolderKey, QFileInfo(path).absolutePath());
    m_ui->statusLabel->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

void LettersDialog::editTemplate()
{
    if (!m_event)
        return;
    TemplateDialog dialog(*m_event, m_rows, this);
    dialog.setKind(documentKind() == Document::Reminders ? TemplateKind::Reminder : TemplateKind::Invitation);
    if (!language().isEmpty())
        dialog.setLanguage(language());
    dialog.exec();
    rebuild();
}

void LettersDialog::retranslateUi()
{
    const QStringList names{tr("Invitation letters"),
                            tr("Reminders"),
                            tr("Address labels, 2 × 7 to a sheet"),
                            tr("Address labels, 3 × 8 to a sheet"),
                            tr("Certificates of participation"),
                            tr("Certificates for exhibitors"),
                            tr("Dispatch register")};
    for (int i = 0; i < m_ui->documentCombo->count(); ++i)
        m_ui->documentCombo->setItemText(i, names.value(m_ui->documentCombo->itemData(i).toInt()));
    {
        const QSignalBlocker blocker(m_ui->statusList);
        for (int i = 0; i < m_ui->statusList->count(); ++i) {
            QListWidgetItem *item = m_ui->statusList->item(i);
            QString name = InvitationStatuses::displayName(InvitationStatus(item->data(Qt::UserRole).toInt()));
            if (!name.isEmpty())
                name[0] = name.at(0).toUpper();
            item->setText(name);
        }
    }
    m_ui->onlySelectedCheck->setText(tr("Only the selected &invitees (%1)").arg(LanguageManager::number(m_selectedIds.size())));
    m_ui->daysSpin->setSuffix(tr(" days"));
    if (m_event)
        setWindowTitle(tr("Letters: %1").arg(m_event->name(LanguageManager::currentLanguage())));
}

void LettersDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
        updateOptions();
        if (!m_settingUp)
            rebuild();
    }
    QDialog::changeEvent(event);
}

void LettersDialog::done(int result)
{
    QSettings().setValue(SettingsGroup + QStringLiteral("/") + GeometryKey, saveGeometry());
    QDialog::done(result);
}
