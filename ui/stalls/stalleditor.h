#pragma once

#include "stalls/stall.h"

#include <QObject>

#include <functional>

class QUndoStack;
class QWidget;
class StallScene;
class StallView;

// The rules of editing a stall plan, between what the page's rooms ask for and the undo stack:
// a change is checked against the hall and the other stalls (inside, no overlap; one stall an
// enterprise unless allowed; a blocked stall is not allotted) and then written at once as an
// undo step, or refused with a reason. What was done, or why not, goes out as a note; the
// dialogs it needs (generate, hall size, confirm a delete) open over `parent`.
class StallEditor final : public QObject
{
    Q_OBJECT
public:
    // A note is kept as the function that writes it, so that a language or digit switch can
    // write it again.
    using Note = std::function<QString()>;

    StallEditor(QUndoStack *undoStack, StallScene *scene, StallView *view, QWidget *parent);

    void setEvent(qint64 eventId) { m_eventId = eventId; }
    // Where notes go, and how a standing problem note is cleared once a change succeeds.
    void setNotes(const std::function<void(const Note &, bool problem)> &say, const std::function<void()> &clearProblem);

    // Checks `after` against the hall and the other stalls (room, and codes: present and not
    // taken); on success pushes the change (a ChangeStallsCommand of `kind`). On refusal the
    // scene goes back to the plan as stored.
    bool change(const QList<Stall> &before, const QList<Stall> &after, int kind);
    void addStall();
    void duplicateSelection();
    void deleteSelection();
    void generate();
    void editHall();
    void align(Qt::Alignment edge);
    void distribute(Qt::Orientation orientation);
    void allot(qint64 stallId, qint64 inviteeId, bool allowMoreThanOne);
    void freeStall(qint64 stallId);

private:
    void say(const Note &note, bool problem = false);
    QList<Stall> others(const QList<Stall> &excluded) const;
    Hall hall() const;

    QUndoStack *m_undoStack;
    StallScene *m_scene;
    StallView *m_view;
    QWidget *m_parent;
    qint64 m_eventId = 0;
    std::function<void(const Note &, bool)> m_say;
    std::function<void()> m_clearProblem;
};
