#pragma once

#include "report/reportdocument.h"

#include "stalls/stallplan.h"

#include <QWidget>

class QAction;
class QToolButton;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGraphicsView;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QToolBar;
class QUndoStack;
class StallScene;
class WaitingList;

// The Stalls page: the hall and its stalls in an editor (mouse and keyboard, snapping grid,
// align and distribute, generate), a panel with the selected stall's properties, and the list
// of confirmed invitees still waiting for a stall, to drag onto one. Every change is checked
// (inside the hall, no overlap) and written at once as an undo step.
class StallsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit StallsPage(QUndoStack *undoStack, QWidget *parent = nullptr);

    StallScene *scene() const { return m_scene; }
    QGraphicsView *view() const { return m_view; }
    QListWidget *waitingList() const;
    QString lastMessage() const;
    qint64 currentEvent() const { return m_eventId; }

public slots:
    void setCurrentEvent(qint64 eventId);
    void reload();
    void addStall();
    void duplicateSelection();
    void deleteSelection();
    void generate();
    void editHall();
    void align(Qt::Alignment edge);
    void distribute(Qt::Orientation orientation);
    void allot(qint64 stallId, qint64 inviteeId);
    void freeStall(qint64 stallId);
    void zoomBy(double factor);
    void fitToWindow();
    bool exportPng(const QString &path);
    bool exportPdf(const QString &path);
    // The printed plan and stall list (what Print… and Save as PDF… produce).
    ReportDocument planDocument() const;
    void printPlan();

protected:
    void changeEvent(QEvent *event) override;
    // Until the user zooms, the whole hall stays in view as the window changes size.
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    void createActions();
    void fillProperties();
    void applyProperties();
    void fillChoices();
    void updateLegend();
    void say(const QString &message, bool problem = false);
    // Checks `after` against the hall and the other stalls; on success pushes the change.
    bool change(const QList<Stall> &before, const QList<Stall> &after, int kind);
    QList<Stall> others(const QList<Stall> &excluded) const;
    Hall hall() const;
    void chooseExportPng();
    void chooseExportPdf();

    QUndoStack *m_undoStack;
    qint64 m_eventId = 0;
    StallScene *m_scene;
    QGraphicsView *m_view;
    QToolBar *m_toolBar;
    WaitingList *m_waiting;
    QLabel *m_waitingLabel;
    QCheckBox *m_allowMore;
    QLabel *m_legend;
    QLabel *m_message;
    QComboBox *m_colorBy;
    QLabel *m_colorByLabel;

    // Properties of the selected stall.
    QLabel *m_propertiesTitle;
    QLabel *m_codeLabel, *m_widthLabel, *m_depthLabel, *m_categoryLabel, *m_statusLabel, *m_holderLabel, *m_notesLabel;
    QLineEdit *m_code;
    QDoubleSpinBox *m_width;
    QDoubleSpinBox *m_depth;
    QComboBox *m_category;
    QComboBox *m_status;
    QComboBox *m_holder;
    QLineEdit *m_notes;
    bool m_filling = false;
    bool m_autoFit = true;

    QAction *m_hallAction, *m_addAction, *m_generateAction, *m_duplicateAction, *m_deleteAction;
    QAction *m_alignLeft, *m_alignRight, *m_alignTop, *m_alignBottom, *m_distributeH, *m_distributeV;
    QToolButton *m_arrangeButton = nullptr;
    QAction *m_snapAction, *m_zoomIn, *m_zoomOut, *m_fit, *m_pngAction, *m_pdfAction, *m_printAction;
};
