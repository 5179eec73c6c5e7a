#pragma once

#include "storage/bulkwriter.h"

struct sqlite3;
struct sqlite3_stmt;

// BulkWriter for an SQLite file: one INSERT prepared on the QSQLITE driver's own sqlite3 handle,
// each row bound as UTF-8 (no QVariant, no UTF-16 round trip) and written when it is added, so
// a refused row fails at once and its id is SQLite's rowid. The only place imports and copies
// write through sqlite3_* directly.
class SqliteBulkWriter final : public BulkWriter
{
    Q_DECLARE_TR_FUNCTIONS(SqliteBulkWriter)
public:
    // nullptr (with `error`) when the statement cannot be prepared.
    static std::unique_ptr<SqliteBulkWriter> create(sqlite3 *handle, const QString &table,
                                                    const QStringList &columns, QString *error);
    ~SqliteBulkWriter() override;

    qint64 add(const BulkRow &row, int tag, BulkFailure *failure, qint64 id = 0) override;
    bool write(const BulkRow &row, int tag, BulkFailure *failure) override;
    bool flush(BulkFailure *) override { return true; }

private:
    SqliteBulkWriter() = default;
    // Binds the row (after `id`, when one is given) and runs the statement.
    bool step(sqlite3_stmt *statement, const BulkRow &row, qint64 id, int tag, BulkFailure *failure);

    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_insert = nullptr;       // without the id: SQLite gives one
    sqlite3_stmt *m_insertWithId = nullptr; // the id as the first value (made when first needed)
    QByteArray m_sql;                        // m_insert's text
    QByteArray m_sqlWithId;
    int m_columns = 0;
    bool m_failed = false; // a row was refused: the caller rolls back, nothing more is taken
};
