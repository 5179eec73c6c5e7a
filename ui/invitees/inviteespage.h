#pragma once

#include "invitees/invitee.h"
#include "invitees/inviteelist.h"

#include <QWidget>

class InviteeTableModel;
class LettersMenu;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QToolButton;
class QUndoStack;

// The Invitees page: the register with one search box and filters, counts per status, and the
// actions staff use every day (add, edit, delete, set status, nominate), on one or many rows.
// Every change is an undo command on the shared stack.
class InviteesPage final : public QWidget
{
    Q_OBJECT
public:
    InviteesPage(QUndoStack *undoStack, QWidget *parent = nullptr);
    ~InviteesPage() override;

    InviteeTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    qint64 currentEvent() const { return m_eventId; }
    // Ids of the selected rows, in the view's order.
    QList<qint64> selectedIds() const;
    // Letters, labels, certificates, the dispatch register, e-mail, WhatsApp and SMS for the
    // page's event and selection (also in the window's File menu).
    QMenu *lettersMenu() const;
    // The selected rows as the list shows them (their versions: what this desk saw), when
    // they are loaded; empty when all of a long list is selected.
    QList<InviteeRow> selectedRows() const;

public slots:
    void setCurrentEvent(qint64 eventId);
    void addInvitee();
    void editSelected();
    void editInvitee(qint64 id);
    void deleteSelected();
    void setStatusOfSelected(InvitationStatus status);
    void nominateSelected();
    void importFromFile();
    // Writes the invitees shown (current filter and order) to a CSV or XLSX file.
    bool exportToFile(const QString &path);
    void chooseExportFile();
    // Opens the print dialog on the invitees shown (current event, filter and order).
    void print();
    void printBadges();

signals:
    // For the status bar: what a bulk action did.
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillFilters();
    void applyFilter();
    void updateActions();
    void updateCounts();
    void showContextMenu(const QPoint &pos);
    void showHeaderMenu(const QPoint &pos);
    void saveViewState() const;
    void restoreViewState();

    QUndoStack *m_undoStack;
    InviteeTableModel *m_model;
    qint64 m_eventId = 0;

    QLabel *m_title;
    QLineEdit *m_search;
    QLabel *m_statusFilterLabel;
    QComboBox *m_statusFilter;
    QLabel *m_sectorFilterLabel;
    QComboBox *m_sectorFilter;
    QLabel *m_exporterFilterLabel;
    QComboBox *m_exporterFilter;
    QTableView *m_view;
    QLabel *m_counts;

    QAction *m_addAction;
    QAction *m_editAction;
    QAction *m_deleteAction;
    QAction *m_nominateAction;
    QAction *m_findAction;
    QAction *m_importAction;
    QAction *m_exportAction;
    QAction *m_printAction;
    QAction *m_badgesAction;
    QMenu *m_statusMenu;
    LettersMenu *m_lettersMenu;
    QList<QAction *> m_statusActions;
    QToolButton *m_statusButton;
};
