#include "storage/sqlitebulkwriter.h"

#include "storage/databaseerrors.h"

#include <sqlite3.h>

namespace {
QString engineText(sqlite3 *handle)
{
    return DatabaseErrors::describe(sqlite3_extended_errcode(handle), QString::fromUtf8(sqlite3_errmsg(handle)));
}
} // namespace

std::unique_ptr<SqliteBulkWriter> SqliteBulkWriter::create(sqlite3 *handle, const QString &table,
                                                           const QStringList &columns, QString *error)
{
    std::unique_ptr<SqliteBulkWriter> writer(new SqliteBulkWriter);
    writer->m_handle = handle;
    writer->m_columns = int(columns.size());
    const QString marks = QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "));
    writer->m_sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                        .arg(table, columns.join(QStringLiteral(", ")), marks)
                        .toUtf8();
    writer->m_sqlWithId = QStringLiteral("INSERT INTO %1 (id, %2) VALUES (?, %3)")
                              .arg(table, columns.join(QStringLiteral(", ")), marks)
                              .toUtf8();
    if (sqlite3_prepare_v2(handle, writer->m_sql.constData(), -1, &writer->m_insert, nullptr) != SQLITE_OK) {
        if (error)
            *error = engineText(handle);
        return nullptr;
    }
    return writer;
}

SqliteBulkWriter::~SqliteBulkWriter()
{
    sqlite3_finalize(m_insert);
    sqlite3_finalize(m_insertWithId);
}

qint64 SqliteBulkWriter::add(const BulkRow &row, int tag, BulkFailure *failure, qint64 id)
{
    if (id && !m_insertWithId && !m_failed
        && sqlite3_prepare_v2(m_handle, m_sqlWithId.constData(), -1, &m_insertWithId, nullptr) != SQLITE_OK) {
        if (failure)
            *failure = BulkFailure{engineText(m_handle), tag};
        return 0;
    }
    if (!step(id ? m_insertWithId : m_insert, row, id, tag, failure))
        return 0;
    return id ? id : sqlite3_last_insert_rowid(m_handle);
}

bool SqliteBulkWriter::write(const BulkRow &row, int tag, BulkFailure *failure)
{
    return step(m_insert, row, 0, tag, failure);
}

bool SqliteBulkWriter::step(sqlite3_stmt *st, const BulkRow &row, qint64 id, int tag, BulkFailure *failure)
{
    auto fail = [&](const QString &text) {
        if (failure)
            *failure = BulkFailure{text, tag};
        return false;
    };
    Q_ASSERT(row.size() == m_columns);
    if (m_failed)
        return fail(tr("An earlier row could not be written."));
    int first = 1;
    if (id)
        sqlite3_bind_int64(st, first++, id);
    for (int c = 0; c < m_columns; ++c) {
        switch (row.kind(c)) {
        case BulkRow::Kind::Null:
            sqlite3_bind_null(st, first + c);
            break;
        case BulkRow::Kind::Number:
            sqlite3_bind_int64(st, first + c, row.number(c));
            break;
        case BulkRow::Kind::Real:
            sqlite3_bind_double(st, first + c, row.real(c));
            break;
        case BulkRow::Kind::Text: {
            // The row's buffer lives until sqlite3_step() is done with it. Never a null pointer,
            // which SQLite would take for NULL: an empty text stays an empty text.
            const QByteArrayView text = row.utf8(c);
            sqlite3_bind_text(st, first + c, text.data() ? text.data() : "", int(text.size()), SQLITE_STATIC);
            break;
        }
        case BulkRow::Kind::Blob: {
            const QByteArrayView bytes = row.utf8(c);
            sqlite3_bind_blob64(st, first + c, bytes.data() ? bytes.data() : "", sqlite3_uint64(bytes.size()),
                                SQLITE_STATIC);
            break;
        }
        }
    }
    const int rc = sqlite3_step(st);
    // The reason is read before reset() (which may set another).
    const QString why = rc == SQLITE_DONE ? QString() : engineText(m_handle);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (rc != SQLITE_DONE) {
        m_failed = true;
        return fail(why);
    }
    return true;
}
