#pragma once

#include "events/event.h"
#include "invitees/inviteelist.h"
#include "report/badgereport.h"
#include "report/inviteereport.h"

#include <QDateTime>
#include <QDialog>
#include <QHash>
#include <QTimer>
#include <memory>
#include <optional>

class QLabel;
class QPrinter;

namespace Ui {
class PrintInviteesDialog;
}

// Print preview, Print… and Save as PDF… for the invitee list as the Invitees page shows it
// (its event, filter and sort): the invitee list, the attendance register or the list by
// sector, with the columns and the orientation the user picks (remembered per layout), or
// the guests' badges (A6 or 8 per A4 label sheet) with their check-in QR codes.
//
// Who is printed: the statuses ticked in the dialog. They start as the page's own status filter
// when it has one, otherwise as the defaults of the mode: invited, confirmed and attended for
// lists and registers (InvitationStatuses::listedByDefault()), everyone the check-in desk expects
// for badges (InvitationStatuses::expected()). The count of what will be printed shows before
// printing, and the rows are read again when the statuses change.
//
// Print… opens on the list layout used last, Badges… (chooseBadges()) on the badge layout used
// last: each is remembered on its own. Badges remember that they were printed
// (BadgePrintRepository): the dialog says how many of them were, and offers only the others.
//
// The preview shows the pages of the very document that is saved or printed: one layout by the
// report engine, replayed as images here, as PDF for Save and as page images for the printer.
class PrintInviteesDialog final : public QDialog
{
    Q_OBJECT
public:
    PrintInviteesDialog(const InviteeFilter &filter, const InviteeSort &sort, QWidget *parent = nullptr);
    ~PrintInviteesDialog() override;

    InviteeReportOptions options() const;
    // The badge layout chosen, or none when a list is chosen.
    std::optional<BadgeLayout> badgeLayout() const;
    // Chooses badges (the layout used last, A6 at first) and, if `onlyIds` is not empty, keeps
    // just those invitees: one badge, or the rows selected on the page.
    // "Only the selected invitees" stays a choice in the dialog (ticked at first).
    void chooseBadges(const QList<qint64> &onlyIds = {});
    void setOnlySelected(bool only);
    // The statuses ticked (who is printed).
    QList<InvitationStatus> statuses() const;
    void setStatuses(const QList<InvitationStatus> &statuses);
    // The day of the event the register is for; invalid: the event as a whole.
    QDate day() const;
    // Badges: leave out those printed before.
    void setOnlyNew(bool only);
    const ReportDocument &document() const { return m_document; }
    int currentPage() const; // 0-based
    void setCurrentPage(int page);
    // The zoom of the preview: 0 fits the page's width, -1 the whole page, otherwise percent.
    int zoom() const;
    void setZoom(int zoom);

    // Writes the document as it stands (what the preview shows).
    bool saveAsPdf(const QString &fileName, QString *error = nullptr);
    // Prints the pages the printer's range asks for (all, a range, or the current page).
    bool print(QPrinter *printer, QString *error = nullptr);

public slots:
    void printWithDialog();
    void saveWithDialog();
    void nextPage();
    void previousPage();
    void zoomIn();
    void zoomOut();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void done(int result) override;

private:
    void retranslateUi();
    // Reads the rows for the statuses ticked, and what was printed before.
    void reloadRows();
    // m_rows from m_allRows: only the selected, only the badges not printed yet.
    void applyRowChoices();
    // The statuses a mode starts with when the page gives none.
    static QList<InvitationStatus> defaultStatuses(bool badges);
    // Notes the badges on the pages printed or saved (first..last, 0-based).
    void recordBadgesPrinted(int first, int last);
    void loadLayoutChoices();
    void saveLayoutChoices() const;
    void scheduleRebuild();
    void rebuild();
    void updatePreview();
    void updateNavigation();
    QList<InviteeColumn> checkedColumns() const;
    void setCheckedColumns(const QList<InviteeColumn> &columns);
    InviteeReportLayout currentLayout() const;
    QString currentLayoutKey() const; // "list", ..., "badges-a6", "badges-8up"
    void selectLayoutKey(const QString &key);
    qreal previewDpi() const;

    std::unique_ptr<Ui::PrintInviteesDialog> m_ui;
    QLabel *m_preview;
    InviteeFilter m_filter;
    InviteeSort m_sort;
    std::optional<Event> m_event;
    QList<InviteeRow> m_rows;
    ReportDocument m_document;
    QTimer m_rebuildTimer;
    bool m_settingUp = true;
    QList<InviteeRow> m_allRows;  // the event's invitees at the statuses ticked
    QList<qint64> m_selectedIds;  // given by chooseBadges()
    bool m_statusesFromPage = false; // the page had a status filter: the dialog keeps it
    bool m_statusesChosen = false;   // the user ticked or unticked a status
    bool m_badgeMode = false;        // the layout shown is a badge layout
    QHash<qint64, QDateTime> m_printed; // the event's badges printed before: when, last
    bool m_onlyNewChosen = false;    // the user set "only those not printed yet"
    QList<qint64> m_badgeIds;        // whose badge each badge of m_document is
};
