#include "invitees/inviteecommands.h"

#include "undo/changenotifier.h"
#include "checkin/checkinrepository.h"
#include "storage/conflictresolver.h"
#include "storage/rowversion.h"
#include "storage/transaction.h"
#include "invitees/invitationrepository.h"
#include "invitees/inviteerepository.h"

#include <QSqlDatabase>
#include <algorithm>

bool InviteeStore::insert(QList<Invitee> &invitees, QString *error) const
{
    const InviteeRepository repository(connection);
    const InvitationRepository invitations(connection);
    return Transaction::run(QSqlDatabase::database(connection), error,
                            InviteeRepository::tr("The invitee could not be saved: %1"), [&] {
        for (Invitee &invitee : invitees) {
            invitee.id = repository.insert(invitee, error);
            if (!invitee.id)
                return false;
            invitee.version = 1;
            if (eventId && status != InvitationStatus::NotInvited
                && !invitations.setStatus(eventId, invitee.id, status, 0, error))
                return false;
            if (eventId && checkInDay.isValid()
                && CheckinRepository(connection).insert(eventId, invitee.id, checkInDay, QDateTime::currentDateTime(),
                                                        desk, nullptr, error)
                       == CheckinRepository::Result::Failed)
                return false;
        }
        return true;
    });
}

WriteResult<Invitee> InviteeStore::update(QList<Invitee> &invitees, QString *error) const
{
    const InviteeRepository repository(connection);
    return RowVersion::writeAll(QSqlDatabase::database(connection), invitees, error,
                                InviteeRepository::tr("The invitee could not be saved: %1"),
                                [&](const Invitee &invitee) { return repository.update(invitee); });
}

WriteResult<Invitee> InviteeStore::remove(const QList<Invitee> &invitees, RowSnapshot *removed, QString *error) const
{
    QList<qint64> ids;
    QHash<qint64, qint64> versions;
    for (const Invitee &invitee : invitees) {
        ids << invitee.id;
        if (invitee.version > 0)
            versions.insert(invitee.id, invitee.version);
    }
    return InviteeRepository(connection).remove(ids, removed, error, versions);
}

bool InviteeStore::restore(const RowSnapshot &removed, QString *error) const
{
    return InviteeRepository(connection).restore(removed, error);
}

AddInviteeCommand::AddInviteeCommand(const QString &connection, const Invitee &invitee,
                                     qint64 eventId, InvitationStatus status, QUndoCommand *parent)
    : RecordCommand(InviteeStore(connection, eventId, status), Operation::Add, {}, {invitee},
                    tr("add invitee “%1”").arg(invitee.name), -1, parent)
{
}

EditInviteeCommand::EditInviteeCommand(const QString &connection, const Invitee &before,
                                       const Invitee &after, QUndoCommand *parent)
    : RecordCommand(InviteeStore(connection), Operation::Edit, {before}, {after},
                    tr("edit invitee “%1”").arg(after.name), -1, parent)
{
}

DeleteInviteesCommand::DeleteInviteesCommand(const QString &connection, const QList<qint64> &ids,
                                             const QString &firstName, QUndoCommand *parent,
                                             const QHash<qint64, qint64> &versions)
    : RecordCommand(InviteeStore(connection), Operation::Delete, RowVersion::byIds<Invitee>(ids, versions), {},
                    ids.size() == 1 ? tr("delete invitee “%1”").arg(firstName)
                                    : tr("delete %n invitee(s)", nullptr, int(ids.size())),
                    -1, parent)
{
}

SetStatusCommand::SetStatusCommand(const QString &connection, qint64 eventId,
                                   const QList<qint64> &inviteeIds, InvitationStatus status,
                                   qint64 nominatedEventId, Outcome *outcome, QUndoCommand *parent)
    : WriteCommand(parent), m_connection(connection), m_invitations(connection), m_eventId(eventId),
      m_inviteeIds(inviteeIds), m_steps{status}, m_nominatedEventId(nominatedEventId),
      m_outcome(outcome)
{
    setText(tr("mark %n invitee(s) as %1", nullptr, int(inviteeIds.size()))
                .arg(InvitationStatuses::displayName(status)));
}

SetStatusCommand::SetStatusCommand(const QString &connection, qint64 eventId,
                                   const QList<qint64> &inviteeIds, const QList<InvitationStatus> &steps,
                                   Outcome *outcome, QUndoCommand *parent)
    : SetStatusCommand(connection, eventId, inviteeIds, steps.constLast(), 0, outcome, parent)
{
    m_steps = steps;
}

namespace {
constexpr int MaxKeeps = 5; // "Keep mine" asked this often in one step, then refused

QHash<QString, qint64> &leftVersions()
{
    static QHash<QString, qint64> versions;
    return versions;
}
QString leftKey(const QString &connection, qint64 eventId, qint64 inviteeId)
{
    // The opening of the database too: ids start again in another file (and in each test's).
    return QStringLiteral("%1|%2|%3|%4")
        .arg(RowVersion::openingOf(QSqlDatabase::database(connection, false)), connection)
        .arg(eventId)
        .arg(inviteeId);
}
} // namespace

qint64 SetStatusCommand::lastLeft(const QString &connection, qint64 eventId, qint64 inviteeId, qint64 otherwise)
{
    return leftVersions().value(leftKey(connection, eventId, inviteeId), otherwise);
}

void SetStatusCommand::setLeft(const QString &connection, qint64 eventId, qint64 inviteeId, qint64 version)
{
    leftVersions().insert(leftKey(connection, eventId, inviteeId), version);
}

void SetStatusCommand::redo()
{
    clearError();
    QList<Change> changes;
    int skipped = 0;
    QString error;
    bool written = false;
    for (int attempt = 0; !written; ++attempt) {
        changes.clear();
        skipped = 0;
        error.clear();
        std::optional<Conflict<InvitationState>> conflict;
        qint64 conflictInvitee = 0;
        written = Transaction::run(QSqlDatabase::database(m_connection), &error,
                                   InvitationRepository::tr("The status could not be saved: %1"), [&] {
            // One refresh for the whole batch instead of one per invitee (errors travel apart).
            const QSignalBlocker quiet(ChangeNotifier::instance());
            for (qint64 id : std::as_const(m_inviteeIds)) {
                bool first = true;
                for (const InvitationStatus status : std::as_const(m_steps)) {
                    const InvitationState before = m_invitations.invitationState(m_eventId, id);
                    // The first step only over what this desk saw; later ones follow its own.
                    // A fresh command: a later write of this program's own is not a conflict
                    // (versions only grow); after its first run, where the stack left it.
                    qint64 expected = -1;
                    if (first && m_seen.contains(id)) {
                        const qint64 seen = m_seen.value(id).version;
                        const qint64 left = lastLeft(m_connection, m_eventId, id, -1);
                        expected = left < 0 ? seen : m_ran ? left : std::max(seen, left);
                    }
                    if (expected >= 0 && before.version != expected) {
                        conflictInvitee = id;
                        conflict = Conflict<InvitationState>{before.id, before,
                                                             RowVersion::lastChange(QSqlDatabase::database(m_connection),
                                                                                    QStringLiteral("invitations"), before.id)};
                        return false;
                    }
                    first = false;
                    const bool otherNomination = before.status == InvitationStatus::Nominated
                                                 && status == InvitationStatus::Nominated
                                                 && before.nominatedEventId != m_nominatedEventId;
                    if (!otherNomination && !InvitationStatuses::nextStatuses(before.status).contains(status)) {
                        ++skipped;
                        break; // the later steps do not follow either
                    }
                    const qint64 changeId = m_invitations.setStatus(m_eventId, id, status, m_nominatedEventId, &error,
                                                                   QDateTime::currentDateTimeUtc(), before.version, &conflict);
                    if (!changeId) {
                        if (conflict)
                            conflictInvitee = id;
                        return false; // the transaction rolls back
                    }
                    changes << Change{id, before, changeId, before.exists ? before.version + 1 : 1, status};
                }
            }
            return true;
        });
        if (written || !conflict)
            break;
        const InvitationState seen = m_seen.value(conflictInvitee);
        const ConflictNotice notice = m_invitations.notice(conflictInvitee, *conflict, &seen);
        if (attempt >= MaxKeeps
            || ConflictResolver::instance()->ask(notice) != ConflictResolver::Choice::KeepMine) {
            m_changes.clear();
            if (m_outcome) {
                m_outcome->failed = true;
                m_outcome = nullptr;
            }
            refuse(notice.message());
            return;
        }
        // Deliberately over the other desk's: from where it stands now.
        m_seen.insert(conflictInvitee, conflict->current.value_or(InvitationState{}));
    }
    m_changes = written ? changes : QList<Change>();
    if (written) {
        m_ran = true;
        for (const Change &change : std::as_const(m_changes))
            setLeft(m_connection, m_eventId, change.inviteeId, change.version);
    }
    if (!written) {
        if (m_outcome) {
            m_outcome->failed = true;
            m_outcome = nullptr;
        }
        fail(error);
        return;
    }
    if (m_outcome) {
        *m_outcome = Outcome{int(m_changes.size()), skipped};
        m_outcome = nullptr; // only the first redo reports; the caller's object is gone later
    }
    if (m_changes.isEmpty())
        setObsolete(true); // nothing to undo
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::Invitations);
}

void SetStatusCommand::undo()
{
    clearError();
    QString error;
    // Each invitation back over the version this command's own last step left: another desk
    // that changed it since is not undone silently.
    QHash<qint64, qint64> keep; // invitee → the version "Keep mine" undoes over
    for (int attempt = 0;; ++attempt) {
        error.clear();
        std::optional<Conflict<InvitationState>> conflict;
        qint64 conflictInvitee = 0;
        QHash<qint64, qint64> expected = keep;
        QHash<qint64, InvitationState> left;
        const bool written = Transaction::run(QSqlDatabase::database(m_connection), &error,
                                              InvitationRepository::tr("The status could not be saved: %1"), [&] {
            const QSignalBlocker quiet(ChangeNotifier::instance());
            for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it) {
                if (!expected.contains(it->inviteeId))
                    expected.insert(it->inviteeId, lastLeft(m_connection, m_eventId, it->inviteeId, it->version));
                if (!m_invitations.restoreInvitation(m_eventId, it->inviteeId, it->before, it->changeId, &error,
                                                    expected.value(it->inviteeId), &conflict)) {
                    if (conflict)
                        conflictInvitee = it->inviteeId;
                    return false;
                }
                InvitationState now = it->before;
                now.version = it->before.exists ? expected.value(it->inviteeId) + 1 : 0;
                expected.insert(it->inviteeId, now.version);
                left.insert(it->inviteeId, now);
            }
            return true;
        });
        if (written) {
            for (auto it = left.cbegin(); it != left.cend(); ++it) {
                m_seen.insert(it.key(), it.value()); // a redo goes over what this undo left
                setLeft(m_connection, m_eventId, it.key(), it.value().version);
            }
            break;
        }
        if (!conflict)
            return fail(error);
        // What this command last left there: the status of its last step for that invitee.
        InvitationState seen;
        for (const Change &change : std::as_const(m_changes))
            if (change.inviteeId == conflictInvitee) {
                seen.exists = true;
                seen.status = change.status;
                seen.version = change.version;
            }
        const ConflictNotice notice = m_invitations.notice(conflictInvitee, *conflict, &seen);
        if (attempt >= MaxKeeps
            || ConflictResolver::instance()->ask(notice) != ConflictResolver::Choice::KeepMine)
            return refuse(notice.message());
        keep.insert(conflictInvitee, conflict->current ? conflict->current->version : 0);
    }
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::Invitations);
}

ImportInviteesCommand::ImportInviteesCommand(const QString &connection, const InviteeImport::Plan &plan,
                                             const InviteeImport::Options &options,
                                             const InviteeImport::Applied &applied,
                                             const QString &fileName, QUndoCommand *parent)
    : WriteCommand(parent), m_connection(connection), m_plan(plan), m_options(options), m_applied(applied)
{
    setText(tr("import from %1").arg(fileName));
}

void ImportInviteesCommand::redo()
{
    clearError();
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    QString error;
    const auto applied = InviteeImport::apply(m_plan, m_options, &error, {}, m_connection);
    if (!applied) {
        fail(error);
        return;
    }
    m_applied = *applied;
}

void ImportInviteesCommand::undo()
{
    clearError();
    QString error;
    if (!InviteeImport::revert(m_applied, &error, m_connection))
        fail(error);
}
