#include "invitees/inviteelistquery.h"

#include "invitees/inviteecolumns.h"
#include "invitees/phonetickey.h"
#include "text/textfold.h"

#include <QSqlQuery>
#include <QStringList>

#include <limits>

namespace {

// The shortest phonetic key the search looks for (see buildListQuery).
constexpr qsizetype MinKeyCharacters = 3;

// One column of a line of the list (InviteeRow): what is selected, over invitees i, sectors s
// and the filter's event's invitations v, under the name it is read back by.
struct RowColumn {
    QLatin1String name;
    QLatin1String expression;
    void (*read)(InviteeRow &row, const QVariant &value);
};

template<QString InviteeRow::*field>
RowColumn text(const char *name, const char *expression)
{
    return {QLatin1String(name), QLatin1String(expression),
            [](InviteeRow &r, const QVariant &v) { r.*field = v.toString(); }};
}

template<qint64 InviteeRow::*field>
RowColumn number(const char *name, const char *expression)
{
    return {QLatin1String(name), QLatin1String(expression),
            [](InviteeRow &r, const QVariant &v) { r.*field = v.toLongLong(); }};
}

// The columns of InviteeRow, each once. NULLs (no sector, no invitation) read as '' and 0.
const QList<RowColumn> &rowColumns()
{
    static const QList<RowColumn> columns{
        number<&InviteeRow::id>("id", "i.id"),
        text<&InviteeRow::name>("name", "i.name"),
        text<&InviteeRow::designation>("designation", "i.designation"),
        text<&InviteeRow::enterprise>("enterprise", "i.enterprise"),
        number<&InviteeRow::sectorId>("sector_id", "i.sector_id"),
        text<&InviteeRow::sectorEn>("sector_en", "s.name_en"),
        text<&InviteeRow::sectorHi>("sector_hi", "s.name_hi"),
        text<&InviteeRow::mobile>("mobile", "i.mobile"),
        text<&InviteeRow::email>("email", "i.email"),
        text<&InviteeRow::address>("address", "i.address"),
        text<&InviteeRow::pin>("pin", "i.pin"),
        text<&InviteeRow::gstin>("gstin", "i.gstin"),
        text<&InviteeRow::udyam>("udyam", "i.udyam"),
        text<&InviteeRow::iec>("iec", "i.iec"),
        {QLatin1String("exporter_status"), QLatin1String("i.exporter_status"),
         [](InviteeRow &r, const QVariant &v) { r.exporterStatus = ExporterStatus(v.toInt()); }},
        // No invitation for the event: not invited.
        {QLatin1String("status"), QLatin1String("coalesce(v.status, 'not_invited')"),
         [](InviteeRow &r, const QVariant &v) { r.status = InvitationStatuses::fromKey(v.toString()); }},
        number<&InviteeRow::nominatedEventId>("nominated_event_id", "v.nominated_event_id"),
        {QLatin1String("status_changed_at"), QLatin1String("v.status_changed_at"),
         [](InviteeRow &r, const QVariant &v) { r.statusChangedAt = QDateTime::fromString(v.toString(), Qt::ISODate); }},
        // The one value bound among the columns: the filter's event (see list()).
        text<&InviteeRow::stallCode>("stall_code",
                                     "(SELECT min(st.code) FROM stalls st WHERE st.event_id = ? AND st.invitee_id = i.id)"),
        {QLatin1String("is_demo"), QLatin1String("i.is_demo"),
         [](InviteeRow &r, const QVariant &v) { r.isDemo = v.toBool(); }},
        number<&InviteeRow::version>("version", "i.version"),
        number<&InviteeRow::invitationVersion>("invitation_version", "v.version"),
    };
    return columns;
}

// "i.id AS id, …": every column under its own name (engines name an expression each their way).
QString rowSelectList()
{
    QStringList list;
    for (const RowColumn &column : rowColumns())
        list << QString(column.expression) + QLatin1String(" AS ") + column.name;
    return list.join(QStringLiteral(", "));
}

// The FROM/WHERE part shared by list(), count(), ids() and statusCounts(), with its bound
// values in order. Joins are added only when the filter or the sort needs them: a keystroke in
// the search box scans every invitee, and each join would be done for every match.
struct ListQuery {
    QString from;
    QString where;
    QVariantList binds; // for `from` then `where`
};

enum class Joins { None = 0, Sectors = 1, Invitations = 2 };
constexpr int operator&(Joins a, Joins b) { return int(a) & int(b); }
constexpr Joins operator|(Joins a, Joins b) { return Joins(int(a) | int(b)); }

ListQuery buildListQuery(const InviteeFilter &filter, bool withStatusFilter, Joins joins)
{
    ListQuery query;
    const bool statusFilter = withStatusFilter && !filter.statuses.isEmpty();
    query.from = QStringLiteral(" FROM invitees i");
    if (joins & Joins::Sectors)
        query.from += QStringLiteral(" LEFT JOIN sectors s ON s.id = i.sector_id");
    if ((joins & Joins::Invitations) || statusFilter) {
        query.from += QStringLiteral(" LEFT JOIN invitations v ON v.event_id = ? AND v.invitee_id = i.id");
        query.binds << filter.eventId;
    }
    QStringList conditions;
    const QString search = TextFold::fold(filter.search);
    if (!search.isEmpty()) {
        // As typed, anywhere; or by sound, from the start of a word of the name, in either
        // script ("Geeta" finds गीता निषाद, "नेहा" finds Neha Singh). search_text is also in the
        // entries of the name index (invitees_name), so walking the list in name order checks
        // it there without reading the rows, and a count scans only that narrow index.
        // By sound from three letters of sound on: a shorter key ("gi" of "gee") matches a good
        // part of the register and, on a server, keeps the search off its trigram index, which
        // takes three characters or more (two letters typed cost 100 ms a keystroke there).
        QString key = PhoneticKey::of(search);
        if (key.size() < MinKeyCharacters)
            key.clear();
        conditions << (key.isEmpty() ? QStringLiteral("i.search_text LIKE ? ESCAPE '\\'")
                                     : QStringLiteral("(i.search_text LIKE ? ESCAPE '\\'"
                                                      " OR i.search_text LIKE ? ESCAPE '\\')"));
        query.binds << TextFold::likePattern(search);
        if (!key.isEmpty())
            query.binds << QLatin1Char('%') + TextFold::likeEscape(InviteeColumns::keySection(key)) + QLatin1Char('%');
    }
    auto inList = [&](const QString &expression, const QVariantList &values) {
        QStringList marks;
        for (const QVariant &v : values) {
            marks << QStringLiteral("?");
            query.binds << v;
        }
        return QStringLiteral("%1 IN (%2)").arg(expression, marks.join(QLatin1Char(',')));
    };
    if (statusFilter) {
        QVariantList keys;
        for (InvitationStatus st : filter.statuses)
            keys << InvitationStatuses::key(st);
        conditions << inList(QStringLiteral("coalesce(v.status, 'not_invited')"), keys);
    }
    if (!filter.sectorIds.isEmpty()) {
        QVariantList values;
        bool none = false;
        for (qint64 id : filter.sectorIds) {
            if (id == 0)
                none = true;
            else
                values << id;
        }
        QStringList either;
        if (!values.isEmpty())
            either << inList(QStringLiteral("i.sector_id"), values);
        if (none)
            either << QStringLiteral("i.sector_id IS NULL");
        conditions << QLatin1Char('(') + either.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (!filter.exporterStatuses.isEmpty()) {
        QVariantList values;
        for (ExporterStatus st : filter.exporterStatuses)
            values << int(st);
        conditions << inList(QStringLiteral("i.exporter_status"), values);
    }
    if (!conditions.isEmpty())
        query.where = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return query;
}

// The joins a sort key needs.
Joins joinsFor(InviteeSortKey key)
{
    switch (key) {
    case InviteeSortKey::Sector: return Joins::Sectors;
    case InviteeSortKey::Status: return Joins::Invitations;
    default: return Joins::None;
    }
}

// The sort key as an expression; its bound values (if any) are appended to `binds`. With
// `avoidIndex`, "|| ''" keeps SQLite off the name or enterprise index (see pageFromIndex); it
// is portable SQL.
QString sortExpression(const InviteeSort &sort, qint64 eventId, bool avoidIndex, QVariantList *binds)
{
    QString expression;
    switch (sort.key) {
    case InviteeSortKey::Name: expression = QStringLiteral("lower(i.name)"); break;
    case InviteeSortKey::Designation: expression = QStringLiteral("lower(i.designation)"); break;
    case InviteeSortKey::Enterprise: expression = QStringLiteral("lower(i.enterprise)"); break;
    // Keys that may be NULL are made '': SQLite sorts NULL first, PostgreSQL last.
    case InviteeSortKey::Sector: expression = QStringLiteral("coalesce(lower(s.name_en), '')"); break;
    case InviteeSortKey::Mobile: expression = QStringLiteral("i.mobile"); break;
    case InviteeSortKey::Email: expression = QStringLiteral("coalesce(lower(i.email), '')"); break;
    case InviteeSortKey::Pin: expression = QStringLiteral("i.pin"); break;
    case InviteeSortKey::Updated: expression = QStringLiteral("i.updated_at"); break;
    case InviteeSortKey::Stall:
        expression = QStringLiteral("coalesce((SELECT min(st.code) FROM stalls st WHERE st.event_id = ?"
                                    " AND st.invitee_id = i.id), '')");
        *binds << eventId;
        break;
    case InviteeSortKey::Status:
        // In the order of an invitation's life, not alphabetically.
        expression = QStringLiteral(
            "CASE coalesce(v.status, 'not_invited') WHEN 'not_invited' THEN 0 WHEN 'invited' THEN 1"
            " WHEN 'confirmed' THEN 2 WHEN 'declined' THEN 3 WHEN 'attended' THEN 4 ELSE 5 END");
        break;
    }
    if (avoidIndex && sort.key == InviteeSortKey::Name)
        expression += QStringLiteral(" || ''");
    return expression;
}

QString direction(const InviteeSort &sort)
{
    return sort.order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
}

void bindAll(QSqlQuery &q, const QVariantList &binds)
{
    for (const QVariant &v : binds)
        q.addBindValue(v);
}

// Whether a page of the filtered list is found quickly by walking the sort key's index, or
// better by scanning every invitee and sorting the matches. Walking wins when matches are
// plentiful early in the index order and loses badly when they are rare or come late, as
// Devanagari names do after all Latin ones, when each row must be read to check the filter
// (bench_inviteelist measures both). So the first rows of the index order are sampled with the
// whole filter.
bool pageFromIndex(const QSqlDatabase &db, const InviteeFilter &filter, const InviteeSort &sort,
                   int offset, int limit)
{
    if (sort.key != InviteeSortKey::Name)
        return false; // no index to walk
    const bool filteredByRow = !filter.statuses.isEmpty() || !filter.sectorIds.isEmpty()
                               || !filter.exporterStatuses.isEmpty();
    // The search is checked in the name index's own entries (see buildListQuery): walking the
    // index costs at most one pass over that narrow index, always less than reading every row.
    if (!filteredByRow)
        return true;
    if (limit < 0)
        return false; // every match is wanted: scan and sort
    const int wanted = offset + limit;
    const int sample = qBound(2000, wanted * 10, 20000);
    QVariantList keyBinds;
    const QString key = sortExpression(sort, filter.eventId, false, &keyBinds);
    ListQuery query = buildListQuery(filter, true, joinsFor(sort.key));
    query.from.replace(0, int(qstrlen(" FROM invitees i")),
                       QStringLiteral(" FROM (SELECT i.id AS sampled FROM invitees i ORDER BY %1%2 LIMIT %3) t"
                                      " JOIN invitees i ON i.id = t.sampled")
                           .arg(key, direction(sort))
                           .arg(sample));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*)") + query.from + query.where);
    bindAll(q, keyBinds);
    bindAll(q, query.binds);
    return q.exec() && q.next() && q.value(0).toInt() >= wanted;
}

} // namespace

QList<InviteeRow> InviteeListQuery::list(const InviteeFilter &filter, const InviteeSort &sort,
                                         int offset, int limit) const
{
    QList<InviteeRow> rows;
    // Two steps in one statement: first pick the ids of the page in order, touching only what
    // the filter and sort need; then fetch the page's rows with their sector, status and stall.
    // Fetching every column for every match before sorting would cost far more.
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QVariantList keyBinds;
    const QString key = sortExpression(sort, filter.eventId, !pageFromIndex(db, filter, sort, offset, limit),
                                       &keyBinds);
    const ListQuery query = buildListQuery(filter, true, joinsFor(sort.key));
    const QString dir = direction(sort);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM (SELECT i.id AS pick, %2 AS k").arg(rowSelectList(), key)
              + query.from + query.where
              + QStringLiteral(" ORDER BY k%1, i.id%1 LIMIT ? OFFSET ?) p"
                               " JOIN invitees i ON i.id = p.pick"
                               " LEFT JOIN sectors s ON s.id = i.sector_id"
                               " LEFT JOIN invitations v ON v.event_id = ? AND v.invitee_id = i.id"
                               " ORDER BY p.k%1, p.pick%1")
                    .arg(dir));
    q.addBindValue(filter.eventId);   // stall code in the outer select list
    bindAll(q, keyBinds);             // the sort key
    bindAll(q, query.binds);          // the inner FROM/WHERE
    // "No limit" as a number both engines take (SQLite's -1 is refused by PostgreSQL).
    q.addBindValue(limit < 0 ? std::numeric_limits<qint64>::max() : qint64(limit));
    q.addBindValue(offset);
    q.addBindValue(filter.eventId);   // the outer invitations join
    if (!q.exec())
        return rows;
    if (limit > 0)
        rows.reserve(limit);
    const ColumnReader<InviteeRow, RowColumn> reader(rowColumns(), q);
    while (q.next())
        rows.append(reader.read(q));
    return rows;
}

int InviteeListQuery::count(const InviteeFilter &filter) const
{
    const ListQuery query = buildListQuery(filter, true, Joins::None);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT count(*)") + query.from + query.where);
    bindAll(q, query.binds);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

QList<qint64> InviteeListQuery::ids(const InviteeFilter &filter, const InviteeSort &sort) const
{
    QList<qint64> result;
    QVariantList keyBinds;
    const QString key = sortExpression(sort, filter.eventId, false, &keyBinds);
    const ListQuery query = buildListQuery(filter, true, joinsFor(sort.key));
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT i.id") + query.from + query.where
              + QStringLiteral(" ORDER BY %1%2, i.id%2").arg(key, direction(sort)));
    // The key's own values come first in the text only when it is in the SELECT list; here it
    // follows FROM/WHERE.
    bindAll(q, query.binds);
    bindAll(q, keyBinds);
    if (q.exec())
        while (q.next())
            result << q.value(0).toLongLong();
    return result;
}

QMap<InvitationStatus, int> InviteeListQuery::statusCounts(const InviteeFilter &filter) const
{
    QMap<InvitationStatus, int> counts;
    const ListQuery query = buildListQuery(filter, false, Joins::Invitations);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT coalesce(v.status, 'not_invited'), count(*)") + query.from
              + query.where + QStringLiteral(" GROUP BY 1"));
    bindAll(q, query.binds);
    if (q.exec())
        while (q.next())
            counts[InvitationStatuses::fromKey(q.value(0).toString())] = q.value(1).toInt();
    return counts;
}
