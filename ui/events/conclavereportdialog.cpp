#include "conclavereportdialog.h"

#include "charts/reportcharts.h"
#include "storage/database.h"
#include "undo/errorchannel.h"
#include "text/languagemanager.h"
#include "messageboxes.h"
#include "printing/documentprinting.h"
#include "report/conclavereport.h"
#include "report/conclavereportrepository.h"
#include "report/reportrenderer.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

ConclaveReportDialog::ConclaveReportDialog(const Event &event, QWidget *parent)
    : QDialog(parent), m_event(event)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_decisionsLabel = new QLabel(this);
    m_decisions = new QPlainTextEdit(this);
    m_decisionsLabel->setBuddy(m_decisions);
    m_followUpsLabel = new QLabel(this);
    m_followUps = new QPlainTextEdit(this);
    m_followUpsLabel->setBuddy(m_followUps);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_pdf = new QPushButton(this);
    m_print = new QPushButton(this);
    m_close = new QPushButton(this);
    m_pdf->setDefault(true);
    connect(m_pdf, &QPushButton::clicked, this, &ConclaveReportDialog::chooseFile);
    connect(m_print, &QPushButton::clicked, this, &ConclaveReportDialog::printReport);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    const ConclaveNotes notes = ConclaveReportRepository().notes(event.id);
    m_decisions->setPlainText(notes.decisions);
    m_followUps->setPlainText(notes.followUps);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_print);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_decisionsLabel);
    layout->addWidget(m_decisions, 1);
    layout->addWidget(m_followUpsLabel);
    layout->addWidget(m_followUps, 1);
    layout->addLayout(buttons);
    resize(640, 480);
    retranslateUi();
}

void ConclaveReportDialog::retranslateUi()
{
    setWindowTitle(tr("Conclave report: %1").arg(m_event.name(LanguageManager::currentLanguage())));
    m_intro->setText(tr("The report for the District Export Promotion Committee: the event, invitations and "
                        "attendance by sector and by block or tehsil, first-time participants, nominations, "
                        "stalls, and the district's exports against the targets. It is made in the program's "
                        "language (Language menu). Type the committee's decisions and the follow-ups below; "
                        "they are kept with the event. Left empty, the report leaves lines to write them by hand."));
    m_decisionsLabel->setText(tr("&Decisions:"));
    m_followUpsLabel->setText(tr("&Follow-ups (who does what, by when):"));
    m_pdf->setText(tr("Save as &PDF…"));
    m_print->setText(tr("P&rint…"));
    m_close->setText(tr("Close"));
}

void ConclaveReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

bool ConclaveReportDialog::saveNotes()
{
    const ConclaveReportRepository repository;
    const ConclaveNotes notes{m_decisions->toPlainText(), m_followUps->toPlainText()};
    if (notes == repository.notes(m_event.id))
        return true;
    QString error;
    if (!repository.setNotes(m_event.id, notes, &error)) {
        ErrorChannel::instance()->report(error);
        return false;
    }
    return true;
}

ReportDocument ConclaveReportDialog::document(QString *error)
{
    if (!saveNotes()) {
        if (error)
            *error = tr("The decisions and follow-ups could not be saved.");
        return {};
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto data = ConclaveReport::gather(m_event.id, Database::defaultConnectionName(), error);
    ReportDocument doc = data ? ConclaveReport::build(*data, ReportCharts::renderer()) : ReportDocument();
    QApplication::restoreOverrideCursor();
    return doc;
}

bool ConclaveReportDialog::saveAsPdf(const QString &path, QString *error)
{
    const ReportDocument doc = document(error);
    if (doc.pages.isEmpty())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = ReportRenderer::writePdf(doc, path, error);
    QApplication::restoreOverrideCursor();
    if (ok)
        m_status->setText(tr("Saved the report (%1 pages) to %2.")
                              .arg(LanguageManager::number(doc.pageCount()), QDir::toNativeSeparators(path)));
    return ok;
}

void ConclaveReportDialog::chooseFile()
{
    QSettings settings;
    const QString key = QStringLiteral("conclaveReport/folder");
    const QString folder = settings.value(key, QDir::homePath()).toString();
    QString path = QFileDialog::getSaveFileName(this, tr("Save the conclave report"),
                                                folder + QLatin1Char('/') + tr("conclave-report") + QStringLiteral(".pdf"),
                                                tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().toLower() != QLatin1String("pdf"))
        path += QStringLiteral(".pdf");
    settings.setValue(key, QFileInfo(path).absolutePath());
    QString error;
    if (!saveAsPdf(path, &error))
        MessageBoxes::warn(this, tr("Save the conclave report"), error);
}

void ConclaveReportDialog::printReport()
{
    QString error;
    const ReportDocument doc = document(&error);
    if (doc.pages.isEmpty()) {
        MessageBoxes::warn(this, tr("Print the conclave report"), error);
        return;
    }
    const QString sent = DocumentPrinting::printWithDialog(this, doc);
    if (!sent.isEmpty())
        m_status->setText(sent);
}

void ConclaveReportDialog::done(int result)
{
    // What was typed is kept on closing; a failed save keeps the dialog open.
    if (!saveNotes())
        return;
    QDialog::done(result);
}
