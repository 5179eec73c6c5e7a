#pragma once

#include "storage/database.h"
#include "sectors/sector.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

// All SQL about the HS chapters a product (sector) sits under. A product the user has not
// classified takes the chapters its name points to (HsChapters::guess): "Readymade garments"
// sits under 61 and 62 without anyone typing it.
class ProductChapterRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ProductChapterRepository)
public:
    explicit ProductChapterRepository(const QString &connectionName = Database::defaultConnectionName())
        : m_connection(connectionName) {}

    // The chapters set by the user, by sector id.
    QHash<qint64, QStringList> chosen() const;
    // Every product's chapters: as chosen, else guessed from its English or Hindi name.
    QHash<qint64, QStringList> effective(const QList<Sector> &sectors) const;
    // Sets a product's chapters (two-digit codes of known chapters); an empty list goes back to
    // the guess. One transaction.
    bool set(qint64 sectorId, const QStringList &chapters, QString *error = nullptr) const;

    // The chapters a product's name points to, in English first, else in Hindi.
    static QStringList guess(const Sector &sector);

private:
    QString m_connection;
};
