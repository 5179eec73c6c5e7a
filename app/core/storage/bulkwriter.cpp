#include "storage/bulkwriter.h"

#include "storage/database.h"
#include "storage/databaseerrors.h"
#include "storage/postgresbackend.h"
#include "storage/postgresbulkwriter.h"
#include "storage/sqlitebulkwriter.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QVariant>

void BulkRow::addText(QStringView text)
{
    const qsizetype offset = m_text.size();
    // At most three bytes of UTF-8 per UTF-16 unit; the buffer keeps its size from row to row.
    m_text.resize(offset + text.size() * 3);
    char *const start = m_text.data() + offset;
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    char *const end = encoder.appendToBuffer(start, text);
    m_text.resize(offset + (end - start));
    m_cells.append(Cell{0, 0, offset, end - start, Kind::Text});
}

void BulkRow::addUtf8(QByteArrayView utf8)
{
    const qsizetype offset = m_text.size();
    m_text.append(utf8.data(), utf8.size());
    m_cells.append(Cell{0, 0, offset, utf8.size(), Kind::Text});
}

void BulkRow::addBlob(QByteArrayView bytes)
{
    const qsizetype offset = m_text.size();
    m_text.append(bytes.data(), bytes.size());
    m_cells.append(Cell{0, 0, offset, bytes.size(), Kind::Blob});
}

void BulkRow::addValue(const QVariant &value)
{
    if (value.isNull()) {
        addNull();
        return;
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Bool: // 1 and 0: SQLite's integers, and words PostgreSQL's boolean takes
        addNumber(value.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        addReal(value.toDouble());
        return;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray(); // shared, not copied
        addBlob(bytes);
        return;
    }
    default:
        addText(value.toString());
    }
}

namespace {
PGconn *pgConnection(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    // Qt names the type by libpq's struct: "pg_conn*".
    if (!v.isValid() || (qstrcmp(v.typeName(), "pg_conn*") != 0 && qstrcmp(v.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(v.constData());
}
} // namespace

std::unique_ptr<BulkWriter> BulkWriter::create(const QString &connection, const QString &table,
                                               const QStringList &columns, QString *error, Ids ids)
{
    const QSqlDatabase db = QSqlDatabase::database(connection, false);
    if (PostgresBackend::isPostgres(db)) {
        if (PGconn *conn = pgConnection(db))
            return PostgresBulkWriter::create(conn, table, columns, error, ids);
    } else if (sqlite3 *handle = Database::handle(db)) {
        return SqliteBulkWriter::create(handle, table, columns, error);
    }
    if (error)
        *error = tr("The database connection is not open.");
    return nullptr;
}

void BulkWriter::refreshStatistics(const QString &connection, const QStringList &tables)
{
    const QSqlDatabase db = QSqlDatabase::database(connection, false);
    if (!PostgresBackend::isPostgres(db) || tables.isEmpty())
        return;
    // Table names come from the program, never from input. VACUUM as well: it marks the new
    // rows' pages all-visible, so the list walks its name index without reading the rows
    // (PostgresBackend::installSearchIndex); autovacuum would do it only a minute later. VACUUM
    // refuses to run inside a transaction, and its refusal would abort the caller's: there,
    // ANALYZE only.
    QSqlQuery q(db);
    const bool inTransaction = PostgresBackend::inTransaction(db);
    q.exec((inTransaction ? QStringLiteral("ANALYZE ") : QStringLiteral("VACUUM (ANALYZE) "))
           + tables.join(QStringLiteral(", ")));
}

std::optional<QStringList> BulkWriter::suspendForeignKeys(const QString &connection, const QString &table,
                                                          QString *error)
{
    const QSqlDatabase db = QSqlDatabase::database(connection, false);
    if (!PostgresBackend::isPostgres(db))
        return QStringList();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
                             " WHERE conrelid = to_regclass(?) AND contype = 'f' ORDER BY conname"));
    q.addBindValue(table);
    if (!q.exec()) {
        if (error)
            *error = DatabaseErrors::describe(q.lastError());
        return std::nullopt;
    }
    QStringList names;
    QStringList restore;
    while (q.next()) {
        // The names come from the catalogue, the table from the program: never from input.
        names << q.value(0).toString();
        restore << QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT \"%2\" %3").arg(table, names.constLast(), q.value(1).toString());
    }
    for (const QString &name : std::as_const(names))
        if (!q.exec(QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT \"%2\"").arg(table, name))) {
            if (error)
                *error = DatabaseErrors::describe(q.lastError());
            return std::nullopt;
        }
    return restore;
}

SmallCacheDuringLoad::SmallCacheDuringLoad(const QString &connection) : m_connection(connection)
{
    const QSqlDatabase db = QSqlDatabase::database(connection, false);
    if (!db.isOpen() || PostgresBackend::isPostgres(db))
        return;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA cache_size")) || !q.next())
        return;
    const qint64 previous = q.value(0).toLongLong();
    // A smaller cache is a saving, never a condition of the load: a refusal changes nothing.
    if (previous != 0 && q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(CacheKiB)))
        m_previous = previous;
}

SmallCacheDuringLoad::~SmallCacheDuringLoad()
{
    if (!m_previous)
        return;
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (db.isOpen())
        QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
}
