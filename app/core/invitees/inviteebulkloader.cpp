#include "invitees/inviteebulkloader.h"

#include "storage/bulkwriter.h"
#include "storage/databaseerrors.h"
#include "storage/sqlvalues.h"
#include "invitees/inviteecolumns.h"
#include "invitees/inviteerepository.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace SqlValues;

InviteeBulkLoader::Keys InviteeBulkLoader::allKeys() const
{
    Keys keys;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, mobile, gstin, udyam, lower(email), name FROM invitees")))
        return keys;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        keys.mobile.insert(q.value(1).toString(), id);
        if (!q.value(2).isNull())
            keys.gstin.insert(q.value(2).toString(), id);
        if (!q.value(3).isNull())
            keys.udyam.insert(q.value(3).toString(), id);
        if (!q.value(4).isNull())
            keys.email.insert(q.value(4).toString(), id);
        keys.names.insert(id, q.value(5).toString());
    }
    return keys;
}

// The bulk writer of the connection's back-end (storage/bulkwriter.h) with the columns an
// insert writes (InviteeColumns, then search_text, the time stamps and the version), and one row
// buffer filled again for every invitee.
struct InviteeBulkLoader::BulkInserter::Private {
    QString now;
    std::unique_ptr<BulkWriter> writer;
    QString error; // why `writer` could not be made
    BulkRow row;
    int failedTag = -1;
    ChangeStamp stamp; // who writes: the desk and user recorded on every row
    QList<InviteeColumns::Column> columns; // of InviteeColumns::all(), those an insert writes
    qsizetype sectorColumn = -1;            // sector_id among them (Extra::sectorId replaces it)
};

InviteeBulkLoader::BulkInserter::BulkInserter(const QString &connection)
    : d(std::make_unique<Private>())
{
    d->stamp = RowVersion::now(QSqlDatabase::database(connection));
    d->now = d->stamp.at.toUTC().toString(Qt::ISODate);
    QStringList names;
    for (const InviteeColumns::Column &column : InviteeColumns::all()) {
        if (column.write == InviteeColumns::Write::Never)
            continue;
        if (column.name == QLatin1String("sector_id"))
            d->sectorColumn = d->columns.size();
        d->columns << column;
        names << column.name;
    }
    names << QStringLiteral("search_text") << QStringLiteral("created_at") << QStringLiteral("updated_at")
          << QStringLiteral("changed_at") << QStringLiteral("changed_desk") << QStringLiteral("changed_user")
          << QStringLiteral("version");
    d->writer = BulkWriter::create(connection, QStringLiteral("invitees"), names, &d->error);
}

InviteeBulkLoader::BulkInserter::~BulkInserter() = default;

qint64 InviteeBulkLoader::BulkInserter::insert(const Invitee &invitee, QString *error, const Extra &extra)
{
    if (!d->writer) {
        setError(error, InviteeRepository::tr("The invitee could not be saved: %1").arg(d->error));
        return 0;
    }
    BulkRow &row = d->row;
    row.clear();
    for (qsizetype i = 0; i < d->columns.size(); ++i) {
        if (i == d->sectorColumn && extra.sectorId >= 0)
            InviteeColumns::addReference(row, extra.sectorId);
        else
            d->columns.at(i).addTo(invitee, row);
    }
    row.addText(extra.searchText.isEmpty() ? InviteeRepository::searchText(invitee) : extra.searchText);
    row.addText(d->now);
    row.addText(d->now);
    row.addText(d->now);
    row.addText(d->stamp.desk);
    row.addText(d->stamp.user);
    // An undone delete puts the row back at the version it had.
    row.addNumber(extra.id && invitee.version > 0 ? invitee.version : 1);
    BulkFailure failure;
    const qint64 written = d->writer->add(row, extra.tag, &failure, extra.id);
    if (!written) {
        setError(error, InviteeRepository::tr("The invitee could not be saved: %1").arg(failure.text));
        d->failedTag = failure.tag;
    }
    return written;
}

qint64 InviteeBulkLoader::BulkInserter::insert(const Invitee &invitee, QString *error)
{
    return insert(invitee, error, Extra());
}

bool InviteeBulkLoader::BulkInserter::flush(QString *error)
{
    if (!d->writer) {
        setError(error, InviteeRepository::tr("The invitee could not be saved: %1").arg(d->error));
        return false;
    }
    BulkFailure failure;
    if (d->writer->flush(&failure))
        return true;
    setError(error, InviteeRepository::tr("The invitee could not be saved: %1").arg(failure.text));
    d->failedTag = failure.tag;
    return false;
}

const ChangeStamp &InviteeBulkLoader::BulkInserter::stamp() const
{
    return d->stamp;
}

int InviteeBulkLoader::BulkInserter::failedTag() const
{
    return d->failedTag;
}

int InviteeBulkLoader::BulkInserter::pending() const
{
    return d->writer ? d->writer->pending() : 0;
}

QStringList InviteeBulkLoader::dropIndexes(QString *error) const
{
    QStringList statements;
    QStringList names;
    // Indexes with SQL of their own (not those behind UNIQUE or PRIMARY KEY constraints).
    const auto indexes = Database::indexes(QStringLiteral("invitees"), error, m_connection);
    if (!indexes)
        return {};
    for (const auto &[name, sql] : *indexes) {
        names << name;
        statements << sql;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    for (const QString &name : std::as_const(names)) {
        // Index names come from the schema above, never from input.
        if (!q.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name))) {
            setError(error, DatabaseErrors::describe(q.lastError()));
            return {};
        }
    }
    // On a server the foreign key (the category) is checked row by row too: added back after
    // the load, it checks all rows at once.
    const auto foreignKeys = BulkWriter::suspendForeignKeys(m_connection, QStringLiteral("invitees"), error);
    if (!foreignKeys)
        return {};
    return statements << *foreignKeys;
}

bool InviteeBulkLoader::recreateIndexes(const QStringList &statements, QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    for (const QString &statement : statements) {
        if (!q.exec(statement)) {
            setError(error, DatabaseErrors::describe(q.lastError()));
            return false;
        }
    }
    return true;
}
