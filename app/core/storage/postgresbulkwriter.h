#pragma once

#include "storage/bulkwriter.h"

typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;

// BulkWriter for a PostgreSQL server: COPY … FROM STDIN in libpq's text format (tab between
// values, \N for NULL, backslash, tab, line feed and carriage return escaped), sent through
// libpq on the QPSQL connection's own PGconn, in batches of BatchRows rows (or BatchBytes).
//
// COPY gives no ids back, so the ids are taken from the table's sequence beforehand (nextval
// over generate_series, in blocks that double from one up to a batch, so a single row takes one
// id and a large load few round trips) and copied with the rows. Inside the caller's
// transaction a refused row (a unique index, a trigger) fails its batch: nothing of it is
// written, and the failure names the row (the server says which line of the COPY).
class PostgresBulkWriter final : public BulkWriter
{
    Q_DECLARE_TR_FUNCTIONS(PostgresBulkWriter)
public:
    static constexpr int BatchRows = 5000;
    static constexpr qsizetype BatchBytes = 8 << 20;

    // nullptr (with `error`) when the table has no id sequence.
    static std::unique_ptr<PostgresBulkWriter> create(PGconn *connection, const QString &table,
                                                      const QStringList &columns, QString *error);
    // Rows added but never flushed are dropped (the caller's transaction rolls back anyway).
    ~PostgresBulkWriter() override = default;

    qint64 add(const BulkRow &row, int tag, BulkFailure *failure, qint64 id = 0) override;
    bool flush(BulkFailure *failure) override;
    int pending() const override { return int(m_tags.size()); }

private:
    PostgresBulkWriter() = default;
    // Takes the next block of ids from the sequence.
    bool reserveIds(BulkFailure *failure);
    // The server's reason for a failed statement, in words (DatabaseErrors).
    QString describe(const PGresult *result) const;
    // Whether libpq is free for a statement of ours (Qt's driver has none running).
    bool idle(BulkFailure *failure) const;

    PGconn *m_conn = nullptr;
    QByteArray m_copySql;
    QByteArray m_sequence;     // the sequence behind the table's id
    QList<qint64> m_ids;       // reserved, not yet used
    qsizetype m_nextId = 0;
    int m_reserve = 1;         // the next block's size
    int m_columns = 0;
    QByteArray m_buffer;       // the COPY text of the rows held back
    QList<int> m_tags;         // their callers' tags, by line of the COPY
    bool m_failed = false;
};
