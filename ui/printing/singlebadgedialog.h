#pragma once

#include "events/event.h"
#include "invitees/inviteelist.h"
#include "report/reportdocument.h"

#include <QDialog>
#include <QTimer>
#include <memory>
#include <optional>

class QPrinter;

namespace Ui {
class SingleBadgeDialog;
}

// One guest's badge, printed at the desk there and then (a walk-in, a lost badge): the badge's
// texts (name, designation, enterprise, sector, stall) can be corrected before printing, a
// preview shows the one A6 badge as it will print, and Print sends it to the default printer
// (Print to… chooses one), Save as PDF… writes it. Edits change the badge only, never the
// register. A badge printed or saved is noted (BadgePrintRepository), and the dialog says when
// the guest's badge was printed before.
class SingleBadgeDialog final : public QDialog
{
    Q_OBJECT
public:
    SingleBadgeDialog(const Event &event, const InviteeRow &row, QWidget *parent = nullptr);
    ~SingleBadgeDialog() override;

    // The guest's row as the badge shows it: for `inviteeId` at `eventId`, with sector and stall.
    // Nothing when the event or the invitee no longer exists.
    static std::optional<InviteeRow> rowFor(qint64 eventId, qint64 inviteeId);

    // The row with the texts as edited.
    InviteeRow row() const;
    const ReportDocument &document() const { return m_document; }

    bool saveAsPdf(const QString &fileName, QString *error = nullptr);
    bool print(QPrinter *printer, QString *error = nullptr);

public slots:
    void printOnDefaultPrinter();
    void printWithDialog();
    void saveWithDialog();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    void showPrintedBefore();
    // Notes that the badge was printed; a failure is said, never swallowed.
    void recordPrinted();

    std::unique_ptr<Ui::SingleBadgeDialog> m_ui;
    Event m_event;
    InviteeRow m_row;
    ReportDocument m_document;
    QTimer m_rebuildTimer;
};
