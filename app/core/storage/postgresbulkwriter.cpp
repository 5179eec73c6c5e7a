#include "storage/postgresbulkwriter.h"

#include "storage/databaseerrors.h"

#include <QRegularExpression>

#include <charconv>
#include <libpq-fe.h>

namespace {
// One result of libpq, cleared when it goes out of scope.
struct Result {
    PGresult *r;
    explicit Result(PGresult *result) : r(result) {}
    ~Result() { PQclear(r); }
    Result(const Result &) = delete;
    Result &operator=(const Result &) = delete;
    ExecStatusType status() const { return r ? PQresultStatus(r) : PGRES_FATAL_ERROR; }
};

void appendNumber(QByteArray &out, qint64 value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, end - digits);
}

// The shortest text that reads back as the same double.
void appendReal(QByteArray &out, double value)
{
    char digits[32];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, end - digits);
}

// COPY's text format: backslash, tab, line feed and carriage return escaped; nothing else needs it.
// Written straight into the buffer's room (appending piece by piece took a tenth of an import).
void appendEscaped(QByteArray &out, QByteArrayView text)
{
    const qsizetype start = out.size();
    out.resize(start + 2 * text.size()); // every byte escaped at worst; the room stays allocated
    char *o = out.data() + start;
    for (const char c : text) {
        switch (c) {
        case '\\': *o++ = '\\'; *o++ = '\\'; break;
        case '\t': *o++ = '\\'; *o++ = 't'; break;
        case '\n': *o++ = '\\'; *o++ = 'n'; break;
        case '\r': *o++ = '\\'; *o++ = 'r'; break;
        default: *o++ = c;
        }
    }
    out.resize(o - out.constData());
}
} // namespace

std::unique_ptr<PostgresBulkWriter> PostgresBulkWriter::create(PGconn *connection, const QString &table,
                                                               const QStringList &columns, QString *error, Ids ids)
{
    std::unique_ptr<PostgresBulkWriter> writer(new PostgresBulkWriter);
    writer->m_conn = connection;
    writer->m_columns = int(columns.size());
    writer->m_idsInRows = ids == Ids::InRows;
    writer->m_copySql = QStringLiteral("COPY %1 (%2%3) FROM STDIN")
                            .arg(table, writer->m_idsInRows ? QString() : QStringLiteral("id, "),
                                 columns.join(QStringLiteral(", ")))
                            .toUtf8();
    BulkFailure failure;
    if (!writer->idle(&failure)) {
        if (error)
            *error = failure.text;
        return nullptr;
    }
    if (writer->m_idsInRows)
        return writer;
    const QByteArray name = table.toUtf8();
    const char *values[] = {name.constData()};
    Result sequence(PQexecParams(connection, "SELECT pg_get_serial_sequence($1, 'id')", 1, nullptr, values,
                                 nullptr, nullptr, 0));
    if (sequence.status() != PGRES_TUPLES_OK || PQntuples(sequence.r) != 1 || PQgetisnull(sequence.r, 0, 0)) {
        if (error)
            *error = sequence.status() == PGRES_TUPLES_OK
                         ? tr("The table %1 has no sequence for its ids.").arg(table)
                         : writer->describe(sequence.r);
        return nullptr;
    }
    writer->m_sequence = QByteArray(PQgetvalue(sequence.r, 0, 0));
    return writer;
}

bool PostgresBulkWriter::idle(BulkFailure *failure) const
{
    if (PQstatus(m_conn) == CONNECTION_BAD) {
        *failure = BulkFailure{DatabaseErrors::describe(DatabaseErrors::Cause::Unreachable, QString()), -1};
        return false;
    }
    // A statement of Qt's driver still delivering rows (a forward-only query not read to its
    // end) would be cut off: that is a mistake of the caller, never worked around.
    if (PQtransactionStatus(m_conn) == PQTRANS_ACTIVE) {
        *failure = BulkFailure{tr("Another statement is still running on this connection."), -1};
        return false;
    }
    return true;
}

QString PostgresBulkWriter::describe(const PGresult *result) const
{
    if (PQstatus(m_conn) == CONNECTION_BAD)
        return DatabaseErrors::describe(DatabaseErrors::Cause::Unreachable, QString());
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char *primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    const char *detail = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_DETAIL) : nullptr;
    QString words = QString::fromUtf8(primary ? primary : PQerrorMessage(m_conn)).trimmed();
    if (detail)
        words += QLatin1Char(' ') + QString::fromUtf8(detail).trimmed();
    return DatabaseErrors::describe(DatabaseErrors::causeOfSqlState(QString::fromLatin1(state ? state : "")), words);
}

PostgresBulkWriter::~PostgresBulkWriter()
{
    if (!m_copying)
        return;
    // Cancelled: the server drops the COPY's rows with an error, which nobody needs.
    PQputCopyEnd(m_conn, "cancelled by the program");
    while (PGresult *r = PQgetResult(m_conn))
        PQclear(r);
}

bool PostgresBulkWriter::reserveIds(BulkFailure *failure)
{
    // A statement cannot run beside a COPY: the rows held back are sent and settled first.
    if (m_copying && !(send(failure) && endCopy(failure)))
        return false;
    if (!idle(failure))
        return false;
    const QByteArray count = QByteArray::number(m_reserve);
    const char *values[] = {m_sequence.constData(), count.constData()};
    Result ids(PQexecParams(m_conn, "SELECT nextval($1::regclass) FROM generate_series(1, $2::integer)", 2,
                            nullptr, values, nullptr, nullptr, 0));
    if (ids.status() != PGRES_TUPLES_OK) {
        *failure = BulkFailure{describe(ids.r), -1};
        return false;
    }
    m_ids.resize(0);
    const int n = PQntuples(ids.r);
    m_ids.reserve(n);
    for (int i = 0; i < n; ++i) {
        const char *text = PQgetvalue(ids.r, i, 0);
        qint64 id = 0;
        std::from_chars(text, text + PQgetlength(ids.r, i, 0), id);
        m_ids.append(id);
    }
    m_nextId = 0;
    m_reserve = qMin(m_reserve * 2, IdBlock);
    return n > 0;
}

qint64 PostgresBulkWriter::add(const BulkRow &row, int tag, BulkFailure *failure, qint64 id)
{
    BulkFailure local;
    BulkFailure &why = failure ? *failure : local;
    Q_ASSERT(!m_idsInRows);
    if (m_failed) {
        why = BulkFailure{tr("An earlier row could not be written."), tag};
        return 0;
    }
    if (!id) {
        if (m_nextId >= m_ids.size() && !reserveIds(&why)) {
            m_failed = true;
            return 0;
        }
        id = m_ids.at(m_nextId++);
    }
    appendNumber(m_buffer, id);
    return append(row, tag, &why) ? id : 0;
}

bool PostgresBulkWriter::write(const BulkRow &row, int tag, BulkFailure *failure)
{
    BulkFailure local;
    BulkFailure &why = failure ? *failure : local;
    Q_ASSERT(m_idsInRows);
    if (m_failed) {
        why = BulkFailure{tr("An earlier row could not be written."), tag};
        return false;
    }
    return append(row, tag, &why);
}

bool PostgresBulkWriter::append(const BulkRow &row, int tag, BulkFailure *failure)
{
    Q_ASSERT(row.size() == m_columns);
    for (int c = 0; c < m_columns; ++c) {
        if (c > 0 || !m_idsInRows) // after the one before, or the id
            m_buffer.append('\t');
        switch (row.kind(c)) {
        case BulkRow::Kind::Null:
            m_buffer.append("\\N", 2);
            break;
        case BulkRow::Kind::Number:
            appendNumber(m_buffer, row.number(c));
            break;
        case BulkRow::Kind::Real:
            appendReal(m_buffer, row.real(c));
            break;
        case BulkRow::Kind::Text:
            appendEscaped(m_buffer, row.utf8(c));
            break;
        case BulkRow::Kind::Blob:
            m_buffer.append("\\\\x", 3); // bytea's hex form; its backslash escaped for COPY
            m_buffer.append(row.utf8(c).toByteArray().toHex());
            break;
        }
    }
    m_buffer.append('\n');
    m_tags.append(tag);
    ++m_buffered;
    return (m_buffered < ChunkRows && m_buffer.size() < ChunkBytes) || send(failure);
}

bool PostgresBulkWriter::send(BulkFailure *failure)
{
    if (m_buffered == 0)
        return true;
    if (!m_copying) {
        if (!idle(failure)) {
            m_failed = true;
            return false;
        }
        Result start(PQexec(m_conn, m_copySql.constData()));
        if (start.status() != PGRES_COPY_IN) {
            *failure = BulkFailure{describe(start.r), -1};
            m_failed = true;
            return false;
        }
        m_copying = true;
    }
    // A failed send (the server already refused a row, or the connection broke) shows in the
    // COPY's result.
    const bool sent = PQputCopyData(m_conn, m_buffer.constData(), int(m_buffer.size())) == 1;
    m_buffer.resize(0);
    m_buffered = 0;
    return sent || endCopy(failure);
}

bool PostgresBulkWriter::flush(BulkFailure *failure)
{
    BulkFailure local;
    BulkFailure &why = failure ? *failure : local;
    if (m_failed) {
        why = BulkFailure{tr("An earlier row could not be written."), -1};
        return false;
    }
    if (!send(&why))
        return false;
    return !m_copying || endCopy(&why);
}

bool PostgresBulkWriter::endCopy(BulkFailure *failure)
{
    m_copying = false;
    PQputCopyEnd(m_conn, nullptr);
    bool ok = true;
    while (PGresult *r = PQgetResult(m_conn)) {
        const Result result(r);
        if (result.status() == PGRES_COMMAND_OK)
            continue;
        if (result.status() == PGRES_COPY_IN) { // cannot happen after PQputCopyEnd; never hang on it
            PQputCopyEnd(m_conn, "unexpected");
            continue;
        }
        if (ok) {
            *failure = BulkFailure{describe(r), -1};
            // "COPY invitees, line 3: …" (perhaps after a trigger's own context) names the row.
            static const QRegularExpression line(QStringLiteral("COPY \\w+, line (\\d+)"));
            const QRegularExpressionMatch m = line.match(QString::fromUtf8(PQresultErrorField(r, PG_DIAG_CONTEXT)));
            if (m.hasMatch()) {
                const int index = m.captured(1).toInt() - 1;
                if (index >= 0 && index < m_tags.size())
                    failure->tag = m_tags.at(index);
            }
        }
        ok = false;
    }
    if (PQstatus(m_conn) == CONNECTION_BAD && ok) {
        *failure = BulkFailure{describe(nullptr), -1};
        ok = false;
    }
    Q_ASSERT(m_buffered == 0); // sent before the COPY ends
    m_tags.resize(0);
    m_failed = !ok;
    return ok;
}
