#pragma once

#include "storage/conflictresolver.h"
#include "storage/database.h"
#include "invitees/invitee.h"
#include "storage/rowsnapshot.h"
#include "storage/rowversion.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

// Another record holding the same mobile, GSTIN, Udyam number or email.
struct DuplicateMatch {
    qint64 id = 0;
    QString name;
    QString enterprise;
    QString field; // "mobile", "gstin", "udyam", "email" or "name"
    QString mobile;
};

// The invitee record itself: writing, reading and deleting one, and finding others alike.
// Invitations are InvitationRepository's, the list InviteeListQuery's, bulk loads
// InviteeBulkLoader's; the columns of `invitees` are described once in inviteecolumns.h.
class InviteeRepository final
{
    Q_DECLARE_TR_FUNCTIONS(InviteeRepository)
public:
    explicit InviteeRepository(const QString &connectionName = Database::defaultConnectionName())
        : m_connection(connectionName) {}

    // Inserts and returns the new id, or 0 (with `error`). `keepId` re-uses invitee.id (undo).
    qint64 insert(const Invitee &invitee, QString *error = nullptr, bool keepId = false) const;
    std::optional<Invitee> find(qint64 id) const;
    // Saves every field of `invitee` (by id) and refreshes its search text, over
    // invitee.version (0: whatever is there); refused with a Conflict when the invitee changed
    // or was deleted at another desk meanwhile.
    WriteResult<Invitee> update(const Invitee &invitee, QString *error = nullptr) const;
    // Deletes the invitees with their invitations (stalls are freed); the snapshot can put
    // everything back. `versions`: the version each was seen at (an id without one is deleted
    // as it is); one that changed meanwhile refuses the whole delete with a Conflict.
    WriteResult<Invitee> remove(const QList<qint64> &ids, RowSnapshot *snapshot, QString *error = nullptr,
                                const QHash<qint64, qint64> &versions = {}) const;
    bool restore(const RowSnapshot &snapshot, QString *error = nullptr) const;

    // What changed between two states of an invitee, field by field (the changes log and
    // conflict messages name the sector, not its id).
    QList<FieldChange> differences(const Invitee &before, const Invitee &after) const;
    // A conflict in words; `seen`: the invitee as this desk last saw it, or nullptr.
    ConflictNotice notice(const Conflict<Invitee> &conflict, const Invitee *seen = nullptr) const;
    int count() const;

    // Records other than `invitee.id` that share its mobile, GSTIN, Udyam number or email.
    QList<DuplicateMatch> duplicates(const Invitee &invitee) const;
    // Other records whose name sounds the same, in either script (गीता निषाद for "Geeta
    // Nishad"): perhaps the same person, registered before (field "name"; at most `limit`).
    QList<DuplicateMatch> sameName(const Invitee &invitee, int limit = 5) const;

    // The text folded into invitees.search_text.
    static QString searchText(const Invitee &invitee);

private:
    QString m_connection;
};
