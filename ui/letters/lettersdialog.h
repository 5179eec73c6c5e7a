#pragma once

#include "events/event.h"
#include "invitees/inviteelist.h"
#include "letters/letter.h"
#include "report/reportdocument.h"

#include <QDialog>
#include <QTimer>
#include <memory>
#include <optional>

class QPrinter;

namespace Ui {
class LettersDialog;
}

// Invitations › Letters: the office's printed correspondence for an event, with a preview of the
// very pages that print: invitation letters and reminders on the letterhead (one per page, in each
// invitee's language or one chosen), address labels (2 × 7 or 3 × 8 to a sheet), certificates of
// participation (for those who attended, or exhibitors) and the dispatch register.
//
// Who gets them: the statuses ticked (invited and confirmed at first), or only the invitees
// selected on the page; reminders go to those who have not replied some days after their
// invitation. A preview gives no numbers: Print and Save as PDF do, once, and note in the dispatch
// register that the letters were printed. A template with unknown fields is flagged before
// anything prints.
class LettersDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Document { Invitations, Reminders, Labels2x7, Labels3x8, Certificates, ExhibitorCertificates, Register };

    LettersDialog(qint64 eventId, const QList<qint64> &selectedIds, QWidget *parent = nullptr);
    ~LettersDialog() override;

    Document documentKind() const;
    void setDocumentKind(Document kind);
    QList<InvitationStatus> statuses() const;
    void setStatuses(const QList<InvitationStatus> &statuses);
    // "" each invitee's own, "en" or "hi" (certificates: the language set first).
    QString language() const;
    void setLanguage(const QString &language);
    void setOnlySelected(bool only);
    // Reminders: only those who have not replied after `days` (-1: by status instead).
    void setNotReplied(int days);

    const ReportDocument &document() const;
    // Who the document is for, as the preview shows them.
    const QList<InviteeRow> &recipients() const { return m_rows; }
    QStringList unknownFields() const { return m_unknownFields; }

    // Gives the numbers, writes the PDF and notes the dispatch: what Save as PDF does without
    // asking. False with a reason.
    bool saveAsPdf(const QString &fileName, QString *error = nullptr);

public slots:
    void printWithDialog();
    void saveWithDialog();
    void editTemplate();

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;

private:
    void retranslateUi();
    void updateOptions();
    void scheduleRebuild();
    void rebuild();
    // The document with its numbers given (letters, certificates), or as it is (labels,
    // register); labels note the post here when asked. Empty with `error` on failure.
    ReportDocument issueAndLayOut(QList<IssuedLetter> *letters, QString *error);
    // Notes pages first..last of what was printed.
    void recordPrinted(const QList<IssuedLetter> &letters, int first, int last);
    bool confirmUnknownFields();
    // saveAsPdf() once the unknown fields were accepted.
    bool writePdf(const QString &fileName, QString *error);
    bool isLetter() const;
    bool isCertificate() const;
    LetterKind letterKind() const;

    std::unique_ptr<Ui::LettersDialog> m_ui;
    std::optional<Event> m_event;
    QList<qint64> m_selectedIds;
    QList<InviteeRow> m_rows;
    QStringList m_unknownFields;
    QString m_letterLanguage;      // "" each invitee's own
    QString m_certificateLanguage; // the one set first; empty: the program's
    QTimer m_rebuildTimer;
    bool m_settingUp = true;
};
