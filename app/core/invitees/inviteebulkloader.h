#pragma once

#include "storage/database.h"
#include "invitees/invitee.h"
#include "storage/rowversion.h"

#include <QHash>
#include <QStringList>
#include <memory>

// Loading many invitees at once (an import, a copy): the keys already taken, a back-end's bulk
// writer, and the indexes set aside meanwhile.
class InviteeBulkLoader final
{
public:
    explicit InviteeBulkLoader(const QString &connectionName = Database::defaultConnectionName())
        : m_connection(connectionName) {}

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
    // InviteeRepository::insert() with one. Announces nothing: the caller announces once when done.
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

private:
    QString m_connection;
};
