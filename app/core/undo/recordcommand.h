#pragma once

#include "storage/conflictresolver.h"
#include "storage/rowversion.h"
#include "undo/writecommand.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <algorithm>
#include <optional>

// One undoable add, edit or delete of records, for every kind of record (events, invitees,
// export figures, stalls, halls), so that what happens when a write fails is written once: the
// command reports the failure (WriteCommand::fail) and drops out of the stack.
//
// `Store` adapts a repository to four writes, each all-or-nothing for its list of records:
//     using Record = …;               // the value type, with a `version` (see rowversion.h)
//     using Removed = …;              // what a delete keeps to put the rows back
//     static constexpr bool AddsAndDeletes = true;  // false: edits only (insert/remove/restore
//                                                    // are then never called and may be absent)
//     static qint64 idOf(const Record &);
//     bool insert(QList<Record> &records, QString *error);  // sets the new ids and versions
//     WriteResult<Record> update(QList<Record> &records, QString *error);  // sets the new versions
//     WriteResult<Record> remove(const QList<Record> &records, Removed *removed, QString *error);
//     bool restore(const Removed &removed, QString *error);  // ids and versions as they were
//     ConflictNotice notice(const Conflict<Record> &, const Record *seen) const;  // in words
// Edits with the same merge id (see mergeWith) of the same records in a row become one step
// (a drag, arrow-key nudges).
//
// Versions: the command writes each row only over the version it last saw (the one read for
// the form or page, then the one its own last write made). When another desk wrote in between,
// the store reports a Conflict; the command asks the person (ConflictResolver): "Reload theirs"
// drops the command from the stack with nothing written (the stack stays what the database
// holds), "Keep mine" writes again over the other desk's version. Version 0 is written over
// whatever is there (a caller that read none).
//
// The commands of one program share what they last wrote of each row (see lastWritten()): once
// a command has written, its undo and redo go over the version the stack's other commands left
// (undoing an add after undoing its edit), so only another desk's write is a conflict.
namespace RecordCommandDetail {
// The connection a Store writes through: its `connection`, or its repository's.
template<typename S>
auto connectionOf(const S &store, int) -> decltype(QString(store.connection))
{
    return store.connection;
}
template<typename S>
QString connectionOf(const S &store, long)
{
    return store.repository.connection();
}
} // namespace RecordCommandDetail

template<typename Store>
class RecordCommand : public WriteCommand
{
public:
    using Record = typename Store::Record;
    using Removed = typename Store::Removed;
    enum class Operation { Add, Edit, Delete };

    RecordCommand(Store store, Operation operation, const QList<Record> &before, const QList<Record> &after,
                  const QString &text, int mergeId = -1, QUndoCommand *parent = nullptr)
        : WriteCommand(text, parent), m_store(std::move(store)), m_operation(operation), m_before(before),
          m_after(after), m_mergeId(mergeId)
    {
        for (const Record &record : before)
            m_versions.insert(Store::idOf(record), record.version);
    }

    void redo() override { run(true); }
    void undo() override { run(false); }
    int id() const override { return m_mergeId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const RecordCommand *>(other);
        // A failed edit never merges: the stack would then show a change the file lacks.
        if (failed() || next->failed() || m_operation != Operation::Edit || next->m_operation != Operation::Edit
            || next->m_after.size() != m_after.size())
            return false;
        for (int i = 0; i < m_after.size(); ++i)
            if (Store::idOf(next->m_after.at(i)) != Store::idOf(m_after.at(i)))
                return false;
        m_after = next->m_after; // one step from where the first began to where the last ended
        m_versions = next->m_versions; // and over the versions the last one wrote
        return true;
    }

    // The records as the last successful redo() left them (with their ids after an add).
    const QList<Record> &records() const { return m_operation == Operation::Delete ? m_before : m_after; }
    qint64 firstId() const { return records().isEmpty() ? 0 : Store::idOf(records().constFirst()); }

protected:
    Store m_store;

private:
    static constexpr int MaxKeeps = 5; // "Keep mine" asked this often in one step, then refused

    // By connection and record id: the version the last write of a command of this kind left
    // (0: not known, the row was written over whatever was there).
    static QHash<QString, qint64> &lastWritten()
    {
        static QHash<QString, qint64> versions;
        return versions;
    }
    QString key(qint64 id) const
    {
        // The opening of the database too: ids start again in another file (and in each test's).
        const QString connection = RecordCommandDetail::connectionOf(m_store, 0);
        return RowVersion::openingOf(QSqlDatabase::database(connection, false)) + QLatin1Char('|') + connection
               + QLatin1Char('|') + QString::number(id);
    }
    void setVersion(qint64 id, qint64 version)
    {
        m_versions.insert(id, version);
        if (version > 0)
            lastWritten().insert(key(id), version);
        else
            lastWritten().remove(key(id));
    }

    void run(bool forward)
    {
        clearError();
        // A row this program's commands wrote since this one read it is where they left it
        // (versions only grow, a deleted row comes back at its own): not another desk's change.
        for (auto it = m_versions.begin(); it != m_versions.end(); ++it)
            if (it.value() > 0)
                it.value() = std::max(it.value(), lastWritten().value(key(it.key()), 0));
        for (int attempt = 0;; ++attempt) {
            QString error;
            std::optional<Conflict<Record>> conflict;
            if (write(forward, &error, &conflict))
                return;
            if (!conflict || attempt >= MaxKeeps)
                return fail(error);
            // What this desk last saw of the row: what it read before the first redo, or what
            // this command's own last write left there.
            const ConflictNotice notice = m_store.notice(*conflict, seen(forward ? m_before : m_after, conflict->id));
            if (ConflictResolver::instance()->ask(notice) != ConflictResolver::Choice::KeepMine
                || !conflict->current)
                return refuse(notice.message());
            setVersion(conflict->id, conflict->current->version); // deliberately over theirs
        }
    }

    static const Record *seen(const QList<Record> &records, qint64 id)
    {
        for (const Record &record : records)
            if (Store::idOf(record) == id)
                return &record;
        return nullptr;
    }

    // `records` as this command will write them: over the versions it last saw.
    QList<Record> withVersions(QList<Record> records) const
    {
        for (Record &record : records)
            record.version = m_versions.value(Store::idOf(record), record.version);
        return records;
    }
    void remember(const QList<Record> &written)
    {
        for (const Record &record : written)
            setVersion(Store::idOf(record), record.version);
    }
    // Rows deleted at `records`' versions come back at them (an undone delete, a redone add).
    void restored(const QList<Record> &records)
    {
        for (const Record &record : records)
            setVersion(Store::idOf(record), record.version);
    }

    bool write(bool forward, QString *error, std::optional<Conflict<Record>> *conflict)
    {
        if (m_operation == Operation::Edit) {
            QList<Record> records = withVersions(forward ? m_after : m_before);
            const auto result = m_store.update(records, error);
            if (!result) {
                *conflict = result.conflict;
                return false;
            }
            remember(records);
            return true;
        }
        if constexpr (Store::AddsAndDeletes) {
            if (m_operation == Operation::Add) {
                if (!forward) {
                    const auto result = m_store.remove(withVersions(m_after), &m_removed, error);
                    *conflict = result.conflict;
                    return bool(result);
                }
                if (m_written) { // a redo after an undo: the same rows, ids and versions included
                    if (!m_store.restore(m_removed, error))
                        return false;
                    restored(withVersions(m_after));
                    return true;
                }
                if (!m_store.insert(m_after, error))
                    return false;
                remember(m_after);
                m_written = true;
                return true;
            }
            if (forward) {
                m_removed = Removed();
                const auto result = m_store.remove(withVersions(m_before), &m_removed, error);
                *conflict = result.conflict;
                return bool(result);
            }
            if (!m_store.restore(m_removed, error))
                return false;
            restored(withVersions(m_before));
            return true;
        }
        return false;
    }

    Operation m_operation;
    QList<Record> m_before;
    QList<Record> m_after;
    Removed m_removed{};
    QHash<qint64, qint64> m_versions; // by record id: the version this command last saw
    int m_mergeId;
    bool m_written = false;
};
