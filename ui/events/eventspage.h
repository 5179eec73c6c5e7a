#pragma once

#include <QWidget>

class EventModel;
class QAction;
class QLabel;
class QTableView;
class QToolButton;
class QUndoStack;

// The Events page: the list of events with New, Edit and Delete, and the conclave report. Every change goes through an
// undo command on the shared stack.
class EventsPage final : public QWidget
{
    Q_OBJECT
public:
    EventsPage(EventModel *model, QUndoStack *undoStack, QWidget *parent = nullptr);

    QAction *newEventAction() const { return m_newAction; }
    QAction *editEventAction() const { return m_editAction; }
    QAction *deleteEventAction() const { return m_deleteAction; }
    QAction *reportAction() const { return m_reportAction; }
    void setCurrentEvent(qint64 eventId);

public slots:
    void newEvent();
    void editSelected();
    void deleteSelected();
    // The conclave report of the selected event: its decisions and follow-ups, PDF and print.
    void reportOnSelected();

signals:
    // The user picked an event in the list (double click opens the form instead).
    void eventActivated(qint64 eventId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateActions();
    void updateEmptyHint();
    qint64 selectedId() const;

    EventModel *m_model;
    QUndoStack *m_undoStack;
    QLabel *m_emptyHint = nullptr;
    QTableView *m_view;
    QLabel *m_title;
    QAction *m_newAction;
    QAction *m_editAction;
    QAction *m_deleteAction;
    QAction *m_reportAction;
    QToolButton *m_newButton;
    QToolButton *m_editButton;
    QToolButton *m_deleteButton;
    QToolButton *m_reportButton;
};
