#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVariant>
#include <memory>
#include <optional>

// One row for a BulkWriter: its values in the writer's column order, text held as UTF-8 in one
// buffer. Made to be filled again for every row (clear() keeps the memory), so writing a row
// allocates nothing.
class BulkRow final
{
public:
    enum class Kind : quint8 { Null, Number, Real, Text, Blob };

    void clear()
    {
        m_cells.resize(0);
        m_text.resize(0);
    }
    void addNull() { m_cells.append(Cell{0, 0, 0, 0, Kind::Null}); }
    void addNumber(qint64 value) { m_cells.append(Cell{value, 0, 0, 0, Kind::Number}); }
    void addText(QStringView text);
    // SQL NULL for an empty text (optional values that unique indexes must ignore).
    void addTextOrNull(QStringView text)
    {
        if (text.isEmpty())
            addNull();
        else
            addText(text);
    }
    void addUtf8(QByteArrayView utf8);
    void addReal(double value) { m_cells.append(Cell{0, value, 0, 0, Kind::Real}); }
    void addBlob(QByteArrayView bytes);
    // A value as a query gives it (a copy between databases): its type says how it is written;
    // anything that is not a number or bytes is written as its text.
    void addValue(const QVariant &value);

    int size() const { return int(m_cells.size()); }
    Kind kind(int column) const { return m_cells.at(column).kind; }
    qint64 number(int column) const { return m_cells.at(column).number; }
    double real(int column) const { return m_cells.at(column).real; }
    // A Text cell's UTF-8, or a Blob cell's bytes.
    QByteArrayView utf8(int column) const
    {
        const Cell &c = m_cells.at(column);
        return QByteArrayView(m_text.constData() + c.offset, c.length);
    }

private:
    struct Cell {
        qint64 number;
        double real;
        qsizetype offset;
        qsizetype length;
        Kind kind;
    };
    QList<Cell> m_cells;
    QByteArray m_text;
};

// Why a bulk write failed: the engine's reason in words (DatabaseErrors), and which row, by the
// tag its caller gave it (a file's row number), when the engine said (-1 when it did not).
struct BulkFailure {
    QString text;
    int tag = -1;
};

// Writes many rows into one table as fast as the back-end allows, inside the caller's
// transaction (or, outside one, each flush as its own), with one interface for both; imports
// and DatabaseCopy write through it:
//
//  - SQLite (SqliteBulkWriter): one prepared INSERT on the QSQLITE driver's own sqlite3 handle,
//    UTF-8 bound directly. Binding through QSqlQuery (QVariant, then UTF-16 that SQLite converts
//    back) took two thirds of an import's time. Rows are written as they are added.
//  - PostgreSQL (PostgresBulkWriter): COPY … FROM STDIN in libpq's text format on the QPSQL
//    connection's PGconn. Rows are held back and sent in batches; COPY returns no ids, so ids
//    are taken from the table's sequence ahead (nextval over generate_series) and copied
//    explicitly. A row the server refuses fails the whole batch: the caller rolls back.
//
// Whatever else the caller writes in the same transaction that may refer to the rows (an
// update, a status) must wait until flush() has sent them. Nothing else may use the connection
// while a flush runs (it does not return before the server is done).
class BulkWriter
{
    Q_DECLARE_TR_FUNCTIONS(BulkWriter)
public:
    // Who writes the rows' ids.
    enum class Ids {
        // The writer: the id is not among `columns`; add() writes one (given, or the database's).
        Made,
        // The rows: `columns` are all that is written, the id among them when the table has one
        // (a copy of a whole database); rows go through write().
        InRows,
    };

    // `columns` as in the table (names come from the program or a database's catalogue, never
    // from input). Returns nullptr (with `error`) when the connection cannot take bulk writes.
    static std::unique_ptr<BulkWriter> create(const QString &connection, const QString &table,
                                              const QStringList &columns, QString *error, Ids ids = Ids::Made);
    // Before a large load inside the caller's transaction: drops the table's foreign keys where
    // the back-end checks them row by row at a great cost (PostgreSQL: a trigger and a query for
    // every row, half of what COPY takes), and returns the statements that add them back, which
    // check every row in one query. Nothing on SQLite (its checks are cheap lookups). nullopt,
    // with `error`, on failure.
    static std::optional<QStringList> suspendForeignKeys(const QString &connection, const QString &table,
                                                         QString *error);
    // After a large load has been committed: the planner's statistics of `tables` brought up to
    // date where the back-end plans by them, and the new rows' pages marked all-visible so the
    // list walks its name index alone (PostgreSQL's VACUUM (ANALYZE); ANALYZE only inside a
    // caller's transaction). Until the server's autovacuum comes round, a minute or more later,
    // searches would be planned as for the table before the load. A table may name the columns
    // to sample: "invitees (search_text)". Nothing on SQLite: its plans here do not use
    // statistics. Best effort: a failure changes no data, so it is not reported.
    static void refreshStatistics(const QString &connection, const QStringList &tables);
    virtual ~BulkWriter() = default;

    // Adds a row; returns its id: `id` when one is given (an undo putting a row back), else the
    // one the database gives (or reserved). 0 on failure, `failure` saying why; then nothing
    // more may be added and the caller rolls back. `tag` names the row in a later failure.
    virtual qint64 add(const BulkRow &row, int tag, BulkFailure *failure, qint64 id = 0) = 0;
    // For a writer of Ids::InRows: adds a row as it is. false on failure, as add().
    virtual bool write(const BulkRow &row, int tag, BulkFailure *failure) = 0;
    // Sends the rows held back (none on SQLite). On failure none of them is written.
    virtual bool flush(BulkFailure *failure) = 0;
    // Rows added and not yet sent.
    virtual int pending() const { return 0; }

protected:
    BulkWriter() = default;
};

// For the length of a large load into an SQLite file: a page cache of CacheKiB instead of the
// connection's own (64 MiB, for browsing), put back when this ends, whether the load was
// committed or not. The rows are only appended (the indexes are built afterwards), so a large
// cache only holds pages written once: with it 100,000 invitees took 60 MiB more memory and no
// less time. Nothing changes on a server.
class SmallCacheDuringLoad final
{
public:
    static constexpr int CacheKiB = 16384;

    explicit SmallCacheDuringLoad(const QString &connection);
    ~SmallCacheDuringLoad();
    SmallCacheDuringLoad(const SmallCacheDuringLoad &) = delete;
    SmallCacheDuringLoad &operator=(const SmallCacheDuringLoad &) = delete;

private:
    QString m_connection;
    qint64 m_previous = 0; // the connection's cache_size; 0: nothing was changed
};
