#pragma once

#include "storage/conflictresolver.h"
#include "storage/database.h"
#include "invitees/invitee.h"
#include "invitees/inviteelist.h"
#include "storage/rowsnapshot.h"
#include "storage/rowversion.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMap>
#include <memory>
#include <optional>

// Another record holding the same mobile, GSTIN, Udyam number or email.
struct DuplicateMatch {
    qint64 id = 0;
    QString name;
    QString enterprise;
    QString field; // "mobile", "gstin", "udyam", "email" or "name"
    QString mobile;
};

// Where an invitee stood for an event before a change, so undo can put it back exactly.
struct InvitationState {
    bool exists = false;
    InvitationStatus status = InvitationStatus::NotInvited;
    qint64 nominatedEventId = 0;
    QString changedAt; // as stored (UTC ISO 8601)
    qint64 id = 0;      // the invitation's row, 0 when there is none
    qint64 version = 0; // its version, 0 when there is none
};

// One entry of an invitation's history.
struct StatusChange {
    InvitationStatus status = InvitationStatus::NotInvited;
    qint64 nominatedEventId = 0;
    QDateTime changedAt;
};

// All SQL about invitees and their invitations.
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
    // A conflict over an invitation's status in words (`seen`: the state this desk last saw).
    ConflictNotice notice(qint64 inviteeId, const Conflict<InvitationState> &conflict,
                          const InvitationState *seen = nullptr) const;
    int count() const;

    // Records other than `invitee.id` that share its mobile, GSTIN, Udyam number or email.
    QList<DuplicateMatch> duplicates(const Invitee &invitee) const;
    // Other records whose name sounds the same, in either script (गीता निषाद for "Geeta
    // Nishad"): perhaps the same person, registered before (field "name"; at most `limit`).
    QList<DuplicateMatch> sameName(const Invitee &invitee, int limit = 5) const;

    // The identifying keys of every invitee (for checking a whole file at once): each map goes
    // from the key (mobile; GSTIN; Udyam number; email in lower case) to the invitee's id.
    struct Keys {
        QHash<QString, qint64> mobile, gstin, udyam, email;
        QHash<qint64, QString> names;
    };
    Keys allKeys() const;

    // For a bulk load inside the caller's transaction: drops the indexes of `invitees` and
    // returns the statements that create them again (SQLite builds an index from a full table
    // much faster than it updates it row by row); on a server its foreign keys too
    // (BulkWriter::suspendForeignKeys). recreateIndexes() fails, and the caller rolls back, if
    // a unique index finds duplicates (or a key a missing row).
    QStringList dropIndexes(QString *error = nullptr) const;
    bool recreateIndexes(const QStringList &statements, QString *error = nullptr) const;

    // Inserts invitees through the back-end's bulk writer (storage/bulkwriter.h: SQLite's own
    // prepared statement, PostgreSQL's COPY), inside the caller's transaction: imports, and
    // insert() with one. Announces nothing: the caller announces once when done.
    class BulkInserter
    {
    public:
        explicit BulkInserter(const QString &connection);
        ~BulkInserter();
        // How a row is written beyond the invitee's fields.
        struct Extra {
            QString searchText;   // invitees.search_text when already made (else it is made here)
            qint64 sectorId = -1; // the category when not invitee.sectorId (an import names it)
            int tag = -1;         // names the row in a failure (an import's row number)
            qint64 id = 0;        // re-uses an id (undo)
        };
        // Returns the new invitee's id, or 0 (with `error`). On a server the row is held back
        // until flush() (its id is reserved): whatever refers to it in the same transaction
        // comes after flush().
        qint64 insert(const Invitee &invitee, QString *error, const Extra &extra);
        qint64 insert(const Invitee &invitee, QString *error);
        // Writes the rows held back. On failure none of them is written.
        bool flush(QString *error);
        int pending() const;
        // The tag of the row the last failure was about, when the database said (else -1).
        int failedTag() const;
        // Who writes and when: the desk, user and time every row of this inserter carries.
        const ChangeStamp &stamp() const;

    private:
        struct Private;
        std::unique_ptr<Private> d;
    };

    // The list as the Invitees page, printing and export see it. `limit` < 0: all rows.
    QList<InviteeRow> list(const InviteeFilter &filter, const InviteeSort &sort = {},
                           int offset = 0, int limit = -1) const;
    int count(const InviteeFilter &filter) const;
    QList<qint64> ids(const InviteeFilter &filter, const InviteeSort &sort = {}) const;
    // How many of the filtered invitees (ignoring its status filter) stand at each status.
    QMap<InvitationStatus, int> statusCounts(const InviteeFilter &filter) const;

    // Sets the invitee's status for an event, time-stamped, recording the change in the history.
    // Returns the id of the history entry (0 on failure). With `expectedVersion` (>= 0; 0: no
    // invitation yet), refused when the invitation is at another version: `conflict` then says
    // what it is now.
    qint64 setStatus(qint64 eventId, qint64 inviteeId, InvitationStatus status,
                     qint64 nominatedEventId = 0, QString *error = nullptr,
                     const QDateTime &when = QDateTime::currentDateTimeUtc(), qint64 expectedVersion = -1,
                     std::optional<Conflict<InvitationState>> *conflict = nullptr) const;
    // NotInvited when there is no invitation row.
    InvitationStatus status(qint64 eventId, qint64 inviteeId) const;
    InvitationState invitationState(qint64 eventId, qint64 inviteeId) const;
    // Undoes setStatus(): puts `before` back and drops the history entry `changeId`. With
    // `expectedVersion` (>= 0), refused when the invitation moved on from the version the undone
    // change left (another desk changed the status since): `conflict` says how.
    bool restoreInvitation(qint64 eventId, qint64 inviteeId, const InvitationState &before,
                           qint64 changeId, QString *error = nullptr, qint64 expectedVersion = -1,
                           std::optional<Conflict<InvitationState>> *conflict = nullptr) const;
    QList<StatusChange> history(qint64 eventId, qint64 inviteeId) const;

    // The text folded into invitees.search_text.
    static QString searchText(const Invitee &invitee);

private:
    QString m_connection;
};
