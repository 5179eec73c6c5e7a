#pragma once

#include "events/event.h"
#include "report/reportdocument.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

// The conclave report (सम्मेलन प्रतिवेदन) of an event: the decisions and follow-ups are typed
// here and kept with the event; the report (ConclaveReport) is saved as PDF or printed in the
// program's language, with its charts.
class ConclaveReportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ConclaveReportDialog(const Event &event, QWidget *parent = nullptr);

    QPlainTextEdit *decisionsEdit() const { return m_decisions; }
    QPlainTextEdit *followUpsEdit() const { return m_followUps; }
    QPushButton *pdfButton() const { return m_pdf; }
    QPushButton *printButton() const { return m_print; }
    QLabel *statusLabel() const { return m_status; }

    // Saves what was typed; false (the window has said why) when it could not be written.
    bool saveNotes();
    // The report as it stands (notes saved first).
    ReportDocument document(QString *error = nullptr);
    bool saveAsPdf(const QString &path, QString *error = nullptr);

public slots:
    void chooseFile();
    void printReport();
    void done(int result) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Event m_event;
    QLabel *m_intro;
    QLabel *m_decisionsLabel;
    QPlainTextEdit *m_decisions;
    QLabel *m_followUpsLabel;
    QPlainTextEdit *m_followUps;
    QLabel *m_status;
    QPushButton *m_pdf;
    QPushButton *m_print;
    QPushButton *m_close;
};
