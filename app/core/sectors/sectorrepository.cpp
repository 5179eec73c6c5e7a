#include "sectors/sectorrepository.h"

#include "undo/changenotifier.h"
#include "storage/databaseerrors.h"
#include "storage/columntable.h"
#include "storage/sqlvalues.h"
#include "invitees/phonetickey.h"
#include "storage/rowversion.h"
#include "text/textfold.h"

#include <QSqlQuery>

using namespace SqlValues;

namespace {

// A sector's columns (its table, named once); the id and the version are the database's.
const ColumnTable<Sector> Columns{
    {"id", [](Sector &s, const QVariant &v) { s.id = v.toLongLong(); }, nullptr},
    {"name_en", [](Sector &s, const QVariant &v) { s.nameEn = v.toString(); },
     [](const Sector &s) { return text(s.nameEn); }},
    {"name_hi", [](Sector &s, const QVariant &v) { s.nameHi = v.toString(); },
     [](const Sector &s) { return text(s.nameHi); }},
    {"color", [](Sector &s, const QVariant &v) { s.color = v.toString(); }, [](const Sector &s) { return text(s.color); }},
    {"version", [](Sector &s, const QVariant &v) { s.version = v.toLongLong(); }, nullptr},
};

const QString Select = Columns.select(QStringLiteral("sectors"));

} // namespace

QList<Sector> SectorRepository::all() const
{
    QList<Sector> sectors;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (q.exec(Select + QStringLiteral(" ORDER BY lower(name_en)")))
        sectors = Columns.readAll(q);
    return sectors;
}

std::optional<Sector> SectorRepository::find(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(Select + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return std::nullopt;
    return Columns.readOne(q);
}

qint64 SectorRepository::findByName(const QString &name) const
{
    const QString wanted = name.simplified();
    if (wanted.isEmpty())
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    // lower() in SQLite folds ASCII only, which is what English names need; Hindi is compared
    // as typed.
    q.prepare(QStringLiteral("SELECT id FROM sectors WHERE lower(name_en) = lower(?) OR name_hi = ?"));
    q.addBindValue(wanted);
    q.addBindValue(wanted);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

qint64 SectorRepository::ensure(const QString &nameEn, const QString &nameHi, const QString &color,
                                QString *error) const
{
    const QString en = nameEn.simplified();
    const QString hi = nameHi.simplified();
    if (const qint64 id = findByName(en.isEmpty() ? hi : en))
        return id;
    if (en.isEmpty() && hi.isEmpty())
        return 0;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const ChangeStamp stamp = RowVersion::now(db);
    Sector sector;
    sector.nameEn = en.isEmpty() ? hi : en;
    sector.nameHi = hi;
    sector.color = color;
    SqlRow row = Columns.row(sector);
    RowVersion::stamp(row, stamp);
    QSqlError failure;
    const qint64 id = row.insert(db, QStringLiteral("sectors"), &failure);
    if (!id) {
        setError(error, tr("The category “%1” could not be saved: %2").arg(sector.nameEn, DatabaseErrors::describe(failure)));
        return 0;
    }
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::Sectors, id);
    return id;
}

qint64 SectorRepository::ensureNamed(const QString &name, QString *error) const
{
    const QString wanted = name.simplified();
    if (wanted.isEmpty())
        return 0;
    return ensure(wanted, TextFold::hasDevanagari(wanted) ? wanted : QString(), {}, error);
}

namespace {
// A name's key for "close": its phonetic key (either script, spelling variants folded) with
// each word's plural ending dropped.
QString closeKey(const QString &name)
{
    QStringList words = PhoneticKey::of(name).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &w : words) {
        if (w.size() > 4 && w.endsWith(QLatin1String("es")))
            w.chop(2);
        else if (w.size() > 3 && w.endsWith(QLatin1Char('s')))
            w.chop(1);
    }
    return words.join(QLatin1Char(' '));
}

// Edits (insert, delete, replace) between two short keys, stopping early above `limit`.
int editDistance(const QString &a, const QString &b, int limit)
{
    if (qAbs(a.size() - b.size()) > limit)
        return limit + 1;
    QList<int> previous(b.size() + 1), current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        int best = current[0];
        for (int j = 1; j <= b.size(); ++j) {
            current[j] = qMin(qMin(previous[j] + 1, current[j - 1] + 1),
                              previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1));
            best = qMin(best, current[j]);
        }
        if (best > limit)
            return limit + 1;
        std::swap(previous, current);
    }
    return previous[b.size()];
}
} // namespace

SectorRepository::Match SectorRepository::match(const QString &name) const
{
    const QString wanted = name.simplified();
    if (wanted.isEmpty())
        return {};
    if (const qint64 id = findByName(wanted)) {
        const auto sector = find(id);
        return {id, true, sector ? sector->nameEn : wanted};
    }
    const QString key = closeKey(wanted);
    if (key.isEmpty())
        return {};
    Match best;
    int bestDistance = 2;
    for (const Sector &s : all()) {
        for (const QString &candidate : {s.nameEn, s.nameHi}) {
            const QString other = closeKey(candidate);
            if (other.isEmpty())
                continue;
            // One slip in a longer name is a spelling; in a short one it is another word.
            const int distance = other == key ? 0 : (key.size() >= 5 ? editDistance(key, other, 1) : 2);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = {s.id, false, s.nameEn};
            }
        }
    }
    return best;
}

qint64 SectorRepository::resolve(const QString &name, bool *created, QString *error) const
{
    if (created)
        *created = false;
    if (const Match m = match(name); m.id)
        return m.id;
    const qint64 id = ensureNamed(name, error);
    if (id && created)
        *created = true;
    return id;
}
