#pragma once

#include "report/reportdocument.h"

#include "stalls/stallplan.h"

#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QGraphicsView;
class QLabel;
class QListWidget;
class QToolBar;
class QToolButton;
class QUndoStack;
class StallEditor;
class StallLegend;
class StallPropertiesPanel;
class StallScene;
class StallView;
class WaitingList;

// The Stalls page: the hall and its stalls in an editor (StallView over StallScene: mouse and
// keyboard, snapping grid, align and distribute, generate), the selected stall's properties
// (StallPropertiesPanel), the confirmed invitees still waiting for a stall (WaitingList), to
// drag onto one, and the legend. The page wires them to StallEditor, which checks every change
// (inside the hall, no overlap) and writes it at once as an undo step, and to the toolbar,
// the notes under the plan, saving and printing.
class StallsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit StallsPage(QUndoStack *undoStack, QWidget *parent = nullptr);

    StallScene *scene() const { return m_scene; }
    QGraphicsView *view() const;
    QListWidget *waitingList() const;
    WaitingList *waitingPanel() const { return m_waiting; }
    StallPropertiesPanel *propertiesPanel() const { return m_properties; }
    StallLegend *legend() const { return m_legend; }
    // The note under the plan (what was done, or in red why not) as it reads now.
    QString lastMessage() const;
    bool lastMessageIsProblem() const { return m_problem; }
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

private:
    void retranslateUi();
    void createActions();
    void showSelection();
    // Shows a note under the plan; kept as the function that writes it, so that a language or
    // digit switch writes it again.
    void say(const std::function<QString()> &note, bool problem = false);
    void clearProblem();
    void chooseExportPng();
    void chooseExportPdf();

    QUndoStack *m_undoStack;
    qint64 m_eventId = 0;
    StallScene *m_scene;
    StallView *m_view;
    StallEditor *m_editor;
    WaitingList *m_waiting;
    StallPropertiesPanel *m_properties;
    StallLegend *m_legend;
    QToolBar *m_toolBar;
    QLabel *m_message;
    std::function<QString()> m_say;
    bool m_problem = false;
    QComboBox *m_colorBy;
    QLabel *m_colorByLabel;

    QAction *m_hallAction, *m_addAction, *m_generateAction, *m_duplicateAction, *m_deleteAction;
    QAction *m_alignLeft, *m_alignRight, *m_alignTop, *m_alignBottom, *m_distributeH, *m_distributeV;
    QToolButton *m_arrangeButton = nullptr;
    QToolButton *m_saveButton = nullptr;
    QAction *m_snapAction, *m_zoomIn, *m_zoomOut, *m_fit, *m_pngAction, *m_pdfAction, *m_printAction;
};
