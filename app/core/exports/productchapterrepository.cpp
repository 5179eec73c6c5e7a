#include "productchapterrepository.h"

#include "undo/changenotifier.h"
#include "storage/databaseerrors.h"
#include "exports/hschapters.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace SqlValues;

QHash<qint64, QStringList> ProductChapterRepository::chosen() const
{
    QHash<qint64, QStringList> chapters;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT sector_id, chapter FROM product_chapters ORDER BY sector_id, chapter")))
        while (q.next())
            chapters[q.value(0).toLongLong()] << q.value(1).toString();
    return chapters;
}

QStringList ProductChapterRepository::guess(const Sector &sector)
{
    QStringList chapters = HsChapters::instance().guess(sector.nameEn);
    if (chapters.isEmpty())
        chapters = HsChapters::instance().guess(sector.nameHi);
    return chapters;
}

QHash<qint64, QStringList> ProductChapterRepository::effective(const QList<Sector> &sectors) const
{
    QHash<qint64, QStringList> chapters = chosen();
    for (const Sector &s : sectors)
        if (!chapters.contains(s.id))
            if (const QStringList guessed = guess(s); !guessed.isEmpty())
                chapters.insert(s.id, guessed);
    return chapters;
}

bool ProductChapterRepository::set(qint64 sectorId, const QStringList &list, QString *error) const
{
    QStringList chapters = list;
    chapters.removeDuplicates();
    for (const QString &c : chapters)
        if (!HsChapters::instance().find(c)) {
            setError(error, HsChapters::tr("There is no HS chapter %1.").arg(c));
            return false;
        }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const QString failed = tr("The product's HS chapters could not be saved: %1");
    const bool ok = Transaction::run(db, error, failed, [&] {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM product_chapters WHERE sector_id = ?"));
        q.addBindValue(sectorId);
        if (!q.exec()) {
            setError(error, failed.arg(DatabaseErrors::describe(q.lastError())));
            return false;
        }
        q.prepare(QStringLiteral("INSERT INTO product_chapters (sector_id, chapter) VALUES (?, ?)"));
        for (const QString &c : chapters) {
            q.bindValue(0, sectorId);
            q.bindValue(1, c);
            if (!q.exec()) {
                setError(error, failed.arg(DatabaseErrors::describe(q.lastError())));
                return false;
            }
        }
        return true;
    });
    if (ok) // charts by chapter change
        ChangeNotifier::instance()->announce(ChangeNotifier::Table::ExportRecords);
    return ok;
}
