#pragma once

#include "storage/bulkwriter.h"

typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;

// BulkWriter for a PostgreSQL server: COPY … FROM STDIN in libpq's text format (tab between
// values, \N for NULL, backslash, tab, line feed and carriage return escaped, bytes as bytea's
// hex), sent through libpq on the QPSQL connection's own PGconn.
//
// One COPY stays open while rows come: they are sent in chunks of ChunkRows (or ChunkBytes), so
// the server stores them while the program reads and checks the next ones, and the COPY ends
// at flush(), when the caller needs the connection for something else, or when ids run out.
//
// COPY gives no ids back, so the ids are taken from the table's sequence beforehand (nextval
// over generate_series, in blocks that double from one up to IdBlock, so a single row takes one
// id and a large load few round trips) and copied with the rows. Inside the caller's
// transaction a refused row (a unique index, a trigger) fails the COPY: nothing of it is
// written, and the failure names the row (the server says which line of the COPY).
class PostgresBulkWriter final : public BulkWriter
{
    Q_DECLARE_TR_FUNCTIONS(PostgresBulkWriter)
public:
    static constexpr int ChunkRows = 1000;
    static constexpr qsizetype ChunkBytes = 1 << 20;
    static constexpr int IdBlock = 16384;

    // nullptr (with `error`) when the table has no id sequence (asked only for Ids::Made).
    static std::unique_ptr<PostgresBulkWriter> create(PGconn *connection, const QString &table,
                                                      const QStringList &columns, QString *error,
                                                      Ids ids = Ids::Made);
    // Rows never flushed are dropped, a COPY still open is cancelled (the caller's transaction
    // rolls back anyway), and the connection is free again.
    ~PostgresBulkWriter() override;

    qint64 add(const BulkRow &row, int tag, BulkFailure *failure, qint64 id = 0) override;
    bool write(const BulkRow &row, int tag, BulkFailure *failure) override;
    bool flush(BulkFailure *failure) override;
    int pending() const override { return int(m_tags.size()); }

private:
    PostgresBulkWriter() = default;
    // Appends the row's values (after the id's, when the writer makes them) to the buffer and
    // sends a full chunk.
    bool append(const BulkRow &row, int tag, BulkFailure *failure);
    // Takes the next block of ids from the sequence (the COPY ends first).
    bool reserveIds(BulkFailure *failure);
    // Sends the rows held back, starting a COPY when none is open.
    bool send(BulkFailure *failure);
    // Ends the open COPY and waits for the server's verdict on all its rows.
    bool endCopy(BulkFailure *failure);
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
    bool m_idsInRows = false;  // Ids::InRows: no id is reserved or written before the row's values
    QByteArray m_buffer;       // the COPY text of the rows not yet sent
    int m_buffered = 0;        // rows in m_buffer
    QList<int> m_tags;         // callers' tags of the open COPY's rows (sent or not), by line
    bool m_copying = false;    // a COPY is open
    bool m_failed = false;
};
