#pragma once

#include "writecommand.h"

#include <QList>
#include <QString>

// One undoable add, edit or delete of records, for every kind of record (events, invitees,
// export figures, stalls, halls), so that what happens when a write fails is written once: the
// command reports the failure (WriteCommand::fail) and drops out of the stack.
//
// `Store` adapts a repository to four writes, each all-or-nothing for its list of records:
//     using Record = …;               // the value type
//     using Removed = …;              // what a delete keeps to put the rows back
//     static constexpr bool AddsAndDeletes = true;  // false: edits only (insert/remove/restore
//                                                    // are then never called and may be absent)
//     static qint64 idOf(const Record &);
//     bool insert(QList<Record> &records, QString *error);  // sets the new ids
//     bool update(const QList<Record> &records, QString *error);
//     bool remove(const QList<Record> &records, Removed *removed, QString *error);
//     bool restore(const Removed &removed, QString *error);  // ids as they were
// Edits with the same merge id (see mergeWith) of the same records in a row become one step
// (a drag, arrow-key nudges).
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
        return true;
    }

    // The records as the last successful redo() left them (with their ids after an add).
    const QList<Record> &records() const { return m_operation == Operation::Delete ? m_before : m_after; }
    qint64 firstId() const { return records().isEmpty() ? 0 : Store::idOf(records().constFirst()); }

protected:
    Store m_store;

private:
    void run(bool forward)
    {
        clearError();
        QString error;
        if (!write(forward, &error))
            fail(error);
    }

    bool write(bool forward, QString *error)
    {
        if (m_operation == Operation::Edit)
            return m_store.update(forward ? m_after : m_before, error);
        if constexpr (Store::AddsAndDeletes) {
            if (m_operation == Operation::Add) {
                if (!forward)
                    return m_store.remove(m_after, &m_removed, error);
                if (m_written) // a redo after an undo: the same rows, ids included
                    return m_store.restore(m_removed, error);
                if (!m_store.insert(m_after, error))
                    return false;
                m_written = true;
                return true;
            }
            if (forward) {
                m_removed = Removed();
                return m_store.remove(m_before, &m_removed, error);
            }
            return m_store.restore(m_removed, error);
        }
        return false;
    }

    Operation m_operation;
    QList<Record> m_before;
    QList<Record> m_after;
    Removed m_removed{};
    int m_mergeId;
    bool m_written = false;
};
