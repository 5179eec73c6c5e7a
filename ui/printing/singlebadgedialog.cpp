#include "singlebadgedialog.h"
#include "ui_singlebadgedialog.h"

#include "report/badgeprintrepository.h"
#include "documentprinting.h"
#include "undo/errorchannel.h"
#include "events/eventrepository.h"
#include "invitees/invitationrepository.h"
#include "invitees/inviteerepository.h"
#include "text/languagemanager.h"
#include "messageboxes.h"
#include "report/badgereport.h"
#include "report/inviteereport.h"
#include "report/reportrenderer.h"
#include "sectors/sectorrepository.h"
#include "stalls/stallrepository.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QLocale>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>

namespace {
const QString PdfFolderKey = QStringLiteral("printing/pdfFolder");
}

SingleBadgeDialog::SingleBadgeDialog(const Event &event, const InviteeRow &row, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SingleBadgeDialog>()), m_event(event), m_row(row)
{
    m_ui->setupUi(this);
    const QString language = LanguageManager::currentLanguage();
    m_ui->nameEdit->setText(row.name);
    m_ui->designationEdit->setText(row.designation);
    m_ui->enterpriseEdit->setText(row.enterprise);
    m_ui->sectorEdit->setText(row.sector(language));
    m_ui->stallEdit->setText(row.stallCode);
    m_ui->previewLabel->setBackgroundRole(QPalette::Dark);
    m_ui->previewLabel->setAutoFillBackground(true);

    // Typing lays the badge out again once the keys pause for a moment's event loop.
    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(0);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &SingleBadgeDialog::rebuild);
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->designationEdit, m_ui->enterpriseEdit, m_ui->sectorEdit, m_ui->stallEdit})
        connect(edit, &QLineEdit::textChanged, &m_rebuildTimer, qOverload<>(&QTimer::start));
    connect(m_ui->printButton, &QPushButton::clicked, this, &SingleBadgeDialog::printOnDefaultPrinter);
    connect(m_ui->printDialogButton, &QPushButton::clicked, this, &SingleBadgeDialog::printWithDialog);
    connect(m_ui->savePdfButton, &QPushButton::clicked, this, &SingleBadgeDialog::saveWithDialog);
    retranslateUi();
    rebuild();
}

SingleBadgeDialog::~SingleBadgeDialog() = default;

std::optional<InviteeRow> SingleBadgeDialog::rowFor(qint64 eventId, qint64 inviteeId)
{
    const auto invitee = InviteeRepository().find(inviteeId);
    if (!invitee || !EventRepository().find(eventId))
        return std::nullopt;
    InviteeRow row;
    row.id = invitee->id;
    row.name = invitee->name;
    row.designation = invitee->designation;
    row.enterprise = invitee->enterprise;
    row.mobile = invitee->mobile;
    row.sectorId = invitee->sectorId;
    if (const auto sector = invitee->sectorId ? SectorRepository().find(invitee->sectorId) : std::nullopt) {
        row.sectorEn = sector->nameEn;
        row.sectorHi = sector->nameHi;
    }
    row.status = InvitationRepository().status(eventId, inviteeId);
    for (const Stall &stall : StallRepository().stalls(eventId))
        if (stall.inviteeId == inviteeId) {
            row.stallCode = stall.code;
            break;
        }
    return row;
}

InviteeRow SingleBadgeDialog::row() const
{
    InviteeRow row = m_row;
    row.name = m_ui->nameEdit->text().simplified();
    row.designation = m_ui->designationEdit->text().simplified();
    row.enterprise = m_ui->enterpriseEdit->text().simplified();
    // The sector line as typed, in whichever language is printed.
    row.sectorEn = row.sectorHi = m_ui->sectorEdit->text().simplified();
    row.stallCode = m_ui->stallEdit->text().simplified();
    return row;
}

void SingleBadgeDialog::rebuild()
{
    m_rebuildTimer.stop();
    const InviteeRow shown = row();
    const bool named = !shown.name.isEmpty();
    m_document = named ? BadgeReport::buildSingle(m_event, InviteeReport::officeLine(), shown).document : ReportDocument();
    m_ui->printButton->setEnabled(named);
    m_ui->printDialogButton->setEnabled(named);
    m_ui->savePdfButton->setEnabled(named);
    if (!named) {
        m_ui->previewLabel->setPixmap(QPixmap());
        m_ui->previewLabel->setText(tr("Type the name to print on the badge."));
        return;
    }
    // The badge fills the preview's height.
    const QSizeF page = m_document.pageSize;
    const QSize room = m_ui->previewLabel->size() - QSize(16, 16);
    const qreal dpi = qBound<qreal>(30, qMin(room.width() / page.width(), room.height() / page.height()) * 72, 300);
    const qreal ratio = devicePixelRatioF();
    QImage image = ReportRenderer::renderPage(m_document, 0, dpi * ratio);
    image.setDevicePixelRatio(ratio);
    m_ui->previewLabel->setPixmap(QPixmap::fromImage(image));
}

void SingleBadgeDialog::showPrintedBefore()
{
    QString error;
    const QHash<qint64, QDateTime> printed = BadgePrintRepository().lastPrinted(m_event.id, &error);
    if (!error.isEmpty())
        m_ui->printedLabel->setText(error);
    else if (printed.contains(m_row.id))
        m_ui->printedLabel->setText(
            tr("This badge was printed before, last on %1.")
                .arg(LanguageManager::digits(QLocale().toString(printed.value(m_row.id), QStringLiteral("d MMM, HH:mm")))));
    else
        m_ui->printedLabel->clear();
}

void SingleBadgeDialog::recordPrinted()
{
    QString error;
    if (!BadgePrintRepository().record(m_event.id, {m_row.id}, BadgeReport::singleLayoutKey(),
                                       QDateTime::currentDateTime(), &error)) {
        m_ui->statusLabel->setText(error);
        ErrorChannel::instance()->report(error);
        return;
    }
    showPrintedBefore();
}

bool SingleBadgeDialog::saveAsPdf(const QString &fileName, QString *error)
{
    rebuild(); // what was typed last
    if (m_document.pages.isEmpty())
        return false;
    if (!ReportRenderer::writePdf(m_document, fileName, error))
        return false;
    recordPrinted();
    return true;
}

bool SingleBadgeDialog::print(QPrinter *printer, QString *error)
{
    rebuild();
    if (m_document.pages.isEmpty() || !DocumentPrinting::print(this, m_document, printer, 0, error))
        return false;
    recordPrinted();
    return true;
}

void SingleBadgeDialog::printOnDefaultPrinter()
{
    rebuild();
    const QString sent = DocumentPrinting::printOnDefaultPrinter(this, m_document);
    if (sent.isEmpty())
        return;
    m_ui->statusLabel->setText(sent);
    recordPrinted();
}

void SingleBadgeDialog::printWithDialog()
{
    rebuild();
    const QString sent = DocumentPrinting::printWithDialog(this, m_document);
    if (sent.isEmpty())
        return;
    m_ui->statusLabel->setText(sent);
    recordPrinted();
}

void SingleBadgeDialog::saveWithDialog()
{
    rebuild();
    if (m_document.pages.isEmpty())
        return;
    QSettings settings;
    const QString folder = settings.value(PdfFolderKey,
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString suggested = QDir(folder).filePath(QStringLiteral("badge-%1-%2.pdf").arg(m_event.id).arg(m_row.id));
    QString path = QFileDialog::getSaveFileName(this, tr("Save as PDF"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    QString error;
    if (!saveAsPdf(path, &error)) {
        MessageBoxes::warn(this, tr("The PDF could not be saved"), error);
        return;
    }
    settings.setValue(PdfFolderKey, QFileInfo(path).absolutePath());
    m_ui->statusLabel->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

void SingleBadgeDialog::retranslateUi()
{
    setWindowTitle(tr("Badge: %1").arg(m_event.name(LanguageManager::currentLanguage())));
    showPrintedBefore();
}

// The preview follows the dialog's size.
void SingleBadgeDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    m_rebuildTimer.start();
}

void SingleBadgeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
        rebuild(); // the badge follows the program's language
    }
    QDialog::changeEvent(event);
}
