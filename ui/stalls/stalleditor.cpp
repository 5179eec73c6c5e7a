#include "stalleditor.h"

#include "storage/database.h"
#include "generatedialog.h"
#include "halldialog.h"
#include "text/languagemanager.h"
#include "messageboxes.h"
#include "stalls/stallcommands.h"
#include "stalls/stallgeometry.h"
#include "stallscene.h"
#include "stallview.h"
#include "undo/writecommand.h"

#include <QUndoStack>

#include <algorithm>

namespace {
const QString Connection = Database::defaultConnectionName();
} // namespace

StallEditor::StallEditor(QUndoStack *undoStack, StallScene *scene, StallView *view, QWidget *parent)
    : QObject(parent), m_undoStack(undoStack), m_scene(scene), m_view(view), m_parent(parent)
{
}

void StallEditor::setNotes(const std::function<void(const Note &, bool)> &say, const std::function<void()> &clearProblem)
{
    m_say = say;
    m_clearProblem = clearProblem;
}

void StallEditor::say(const Note &note, bool problem)
{
    if (m_say)
        m_say(note, problem);
}

Hall StallEditor::hall() const
{
    return m_scene->plan().hall;
}

QList<Stall> StallEditor::others(const QList<Stall> &excluded) const
{
    QList<Stall> result;
    for (const Stall &s : m_scene->plan().stalls) {
        bool skip = false;
        for (const Stall &e : excluded)
            skip = skip || e.id == s.id;
        if (!skip)
            result << s;
    }
    return result;
}

bool StallEditor::change(const QList<Stall> &before, const QList<Stall> &after, int kind)
{
    const QList<Stall> rest = others(before);
    // A new code: there is one, and no other stall has it (case aside).
    for (const Stall &s : after) {
        const QString code = s.code;
        const auto was = std::find_if(before.cbegin(), before.cend(), [&s](const Stall &b) { return b.id == s.id; });
        if (was != before.cend() && was->code == code)
            continue;
        if (code.isEmpty()) {
            say([] { return tr("A stall needs a code, such as A-01."); }, true);
            m_scene->setPlan(m_scene->plan());
            return false;
        }
        for (const Stall &o : rest)
            if (o.code.compare(code, Qt::CaseInsensitive) == 0) {
                say([code] { return tr("There is already a stall %1.").arg(code); }, true);
                m_scene->setPlan(m_scene->plan());
                return false;
            }
    }
    const Hall where = hall();
    if (!StallGeometry::problem(after, rest, where).isEmpty()) {
        say([after, rest, where] { return StallGeometry::problem(after, rest, where); }, true);
        m_scene->setPlan(m_scene->plan()); // back where they were
        return false;
    }
    // A drag that merges into the step before leaves the stack's index alone: clear here too.
    if (m_clearProblem)
        m_clearProblem();
    if (pushWritten(m_undoStack, new ChangeStallsCommand(Connection, before, after, ChangeStallsCommand::Kind(kind))))
        return true;
    m_scene->setPlan(m_scene->plan()); // not saved (the window said why): back where they were
    return false;
}

void StallEditor::addStall()
{
    if (!m_eventId)
        return;
    const QList<Stall> existing = m_scene->plan().stalls;
    const double width = existing.isEmpty() ? 3 : existing.constLast().width;
    const double depth = existing.isEmpty() ? 3 : existing.constLast().depth;
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center()) / StallScene::Scale;
    const auto spot = StallGeometry::freeSpot(hall(), existing, width, depth, centre);
    if (!spot) {
        say([width, depth] { return tr("There is no free space of %1 left in the hall.").arg(StallGeometry::size(width, depth)); },
            true);
        return;
    }
    Stall s;
    s.eventId = m_eventId;
    s.code = StallGeometry::nextCode(existing);
    s.x = spot->x();
    s.y = spot->y();
    s.width = width;
    s.depth = depth;
    if (const auto *command = pushKept(m_undoStack, new AddStallsCommand(Connection, {s}, tr("add stall %1").arg(s.code))))
        m_scene->selectStalls(command->ids());
}

void StallEditor::duplicateSelection()
{
    const QList<Stall> selected = m_scene->selectedStalls();
    if (selected.isEmpty())
        return;
    QList<Stall> copies;
    QList<Stall> taken = m_scene->plan().stalls;
    for (const Stall &s : selected) {
        const auto spot = StallGeometry::freeSpot(hall(), taken, s.width, s.depth, QPointF(s.x + s.width, s.y));
        if (!spot) {
            const QString code = s.code;
            say([code] { return tr("There is no free space left in the hall for a copy of %1.").arg(code); }, true);
            return;
        }
        Stall copy = s;
        copy.id = 0;
        copy.code = StallGeometry::nextCode(taken);
        copy.x = spot->x();
        copy.y = spot->y();
        copy.inviteeId = 0; // a copy is a new, empty stall
        copy.status = s.status == StallStatus::Blocked ? StallStatus::Blocked : StallStatus::Free;
        copies << copy;
        taken << copy;
    }
    if (const auto *command = pushKept(m_undoStack, new AddStallsCommand(Connection, copies,
                                                                         tr("duplicate %n stall(s)", nullptr, int(copies.size())))))
        m_scene->selectStalls(command->ids());
}

void StallEditor::deleteSelection()
{
    const QList<Stall> selected = m_scene->selectedStalls();
    if (selected.isEmpty())
        return;
    int allotted = 0;
    for (const Stall &s : selected)
        allotted += s.inviteeId ? 1 : 0;
    if (allotted && !MessageBoxes::confirm(m_parent, tr("Delete stalls"),
                                           LanguageManager::digits(tr("%n of the selected stalls are allotted. Delete them all?",
                                                                      nullptr, allotted)),
                                           tr("Delete")))
        return;
    m_undoStack->push(new RemoveStallsCommand(Connection, selected));
}

void StallEditor::generate()
{
    if (!m_eventId)
        return;
    GenerateDialog dialog(hall(), m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<Stall> stalls = StallGeometry::generate(hall(), dialog.count(), dialog.stallWidth(),
                                                        dialog.stallDepth(), dialog.aisle());
    const QList<Stall> existing = m_scene->plan().stalls;
    if (!dialog.replaceExisting()) {
        const Hall where = hall();
        if (!StallGeometry::problem(stalls, existing, where).isEmpty()) {
            say([stalls, existing, where] {
                return StallGeometry::problem(stalls, existing, where) + QLatin1Char(' ')
                       + tr("Choose “Replace the stalls there are now”, or move them first.");
            }, true);
            return;
        }
    }
    const QList<Stall> replaced = dialog.replaceExisting() ? existing : QList<Stall>();
    if (!pushWritten(m_undoStack, new ReplaceStallsCommand(Connection, replaced, stalls,
                                                           tr("generate %n stall(s)", nullptr, int(stalls.size())))))
        return; // the window has said why
    m_view->fitToWindow();
    const int placed = int(stalls.size());
    say([placed] { return LanguageManager::digits(tr("%n stall(s) placed.", nullptr, placed)); });
}

void StallEditor::editHall()
{
    if (!m_eventId)
        return;
    HallDialog dialog(hall(), m_scene->plan().stalls, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Hall after = dialog.hall();
    after.eventId = m_eventId;
    Hall before = hall();
    before.eventId = m_eventId;
    m_undoStack->push(new SetHallCommand(Connection, before, after));
    m_view->fitToWindow();
}

void StallEditor::align(Qt::Alignment edge)
{
    const QList<Stall> before = m_scene->selectedStalls();
    if (before.size() >= 2)
        change(before, StallGeometry::aligned(before, edge), ChangeStallsCommand::Properties);
}

void StallEditor::distribute(Qt::Orientation orientation)
{
    const QList<Stall> before = m_scene->selectedStalls();
    if (before.size() >= 3)
        change(before, StallGeometry::distributed(before, orientation), ChangeStallsCommand::Properties);
}

void StallEditor::allot(qint64 stallId, qint64 inviteeId, bool allowMoreThanOne)
{
    StallItem *item = m_scene->itemFor(stallId);
    if (!item)
        return;
    const Stall before = item->stall();
    if (before.status == StallStatus::Blocked) {
        const QString code = before.code;
        say([code] { return tr("Stall %1 is blocked; set it free first.").arg(code); }, true);
        return;
    }
    if (!allowMoreThanOne) {
        for (const Stall &s : m_scene->plan().stalls)
            if (s.inviteeId == inviteeId && s.id != stallId) {
                const QString code = s.code;
                say([code] {
                    return tr("This enterprise already holds stall %1. Tick “Allow an enterprise more than one stall” "
                              "to give it another.").arg(code);
                }, true);
                return;
            }
    }
    Stall after = before;
    after.inviteeId = inviteeId;
    after.status = StallStatus::Allotted;
    if (pushWritten(m_undoStack, new ChangeStallsCommand(Connection, {before}, {after}, ChangeStallsCommand::Allot))) {
        const QString code = after.code;
        say([code] { return tr("Stall %1 allotted.").arg(code); });
    }
}

void StallEditor::freeStall(qint64 stallId)
{
    StallItem *item = m_scene->itemFor(stallId);
    if (!item || !item->stall().inviteeId)
        return;
    const Stall before = item->stall();
    Stall after = before;
    after.inviteeId = 0;
    after.status = StallStatus::Free;
    if (pushWritten(m_undoStack, new ChangeStallsCommand(Connection, {before}, {after}, ChangeStallsCommand::Allot))) {
        const QString code = after.code;
        say([code] { return tr("Stall %1 is free again.").arg(code); });
    }
}
