#include "exportfixtures.h"
#include "exports/exportrepository.h"
#include "exports/whoexports.h"
#include "invitees/inviteerepository.h"
#include "text/languagemanager.h"
#include "sectors/sectorrepository.h"
#include "testdb.h"

#include <QTest>

using namespace Qt::StringLiterals;

// "Who exports there?": for a country, product or chapter, the invitees whose IEC has figures
// there first, then exporters of the products sent there, then the other exporters.
class TestWhoExports : public QObject
{
    Q_OBJECT

    static qint64 invitee(const QString &name, const QString &mobile, const QString &iec, qint64 sector,
                          ExporterStatus status = ExporterStatus::NotExporting)
    {
        Invitee v;
        v.name = name;
        v.enterprise = name + u" Exports"_s;
        v.mobile = mobile;
        v.iec = iec;
        v.sectorId = sector;
        v.exporterStatus = status;
        QString error;
        const qint64 id = InviteeRepository().insert(v, &error);
        if (!id)
            qFatal("%s", qPrintable(error));
        return id;
    }

private slots:
    void initTestCase() { LanguageManager::instance()->setLanguage(u"en"_s); }

    void likeliestFirst()
    {
        TestDb db;
        const qint64 terracotta = SectorRepository().ensure(u"Terracotta"_s);
        const qint64 garments = SectorRepository().ensure(u"Readymade garments"_s);
        const qint64 a = invitee(u"Asha"_s, u"9000000001"_s, u"AAFCA1234K"_s, garments);
        const qint64 b = invitee(u"Bina"_s, u"9000000002"_s, u"AAFCB1234K"_s, terracotta);
        const qint64 c = invitee(u"Chand"_s, u"9000000003"_s, QString(), terracotta, ExporterStatus::ThroughMerchant);
        const qint64 d = invitee(u"Dev"_s, u"9000000004"_s, u"AAFCD1234K"_s, garments);
        invitee(u"Esha"_s, u"9000000005"_s, QString(), terracotta); // not an exporter: not listed
        QString error;
        ExportRecord r = exportRecord(2022, "EG", terracotta, 2);
        r.exporterIec = u"AAFCB1234K"_s;
        QVERIFY(ExportRepository().insert(r, &error));
        r = exportRecord(2023, "EG", garments, 5);
        r.exporterIec = u"AAFCA1234K"_s;
        QVERIFY(ExportRepository().insert(r, &error));
        QVERIFY(ExportRepository().insert(exportRecord(2023, "US", garments, 7), &error));

        const QList<ExportRecord> records = ExportRepository().all();
        const QList<Exporter> exporters = ExporterRepository().all();
        QCOMPARE(exporters.size(), 4);
        auto ids = [](const QList<WhoExports::Entry> &entries) {
            QList<qint64> out;
            for (const auto &e : entries)
                out << e.exporter.inviteeId;
            return out;
        };
        // Egypt: Asha (₹5 crore) before Bina (₹2 crore); Chand makes terracotta, sent to Egypt;
        // Dev makes garments, also sent there; nobody else.
        const auto egypt = WhoExports::find(records, exporters, ExportStats::By::Country, u"EG"_s, {});
        QCOMPARE(ids(egypt), (QList<qint64>{a, b, c, d}));
        QCOMPARE(egypt.at(0).reason, WhoExports::Reason::ExportsThere);
        QCOMPARE(egypt.at(0).valueCrore, 5.0);
        QCOMPARE(egypt.at(0).latestYear, 2023);
        QCOMPARE(egypt.at(2).reason, WhoExports::Reason::SameProduct);
        QCOMPARE(WhoExports::why(egypt.at(0)), u"their figures: ₹5.00 crore, latest 2023-24"_s);
        // The US: garments only, no IEC figures there.
        const auto us = WhoExports::find(records, exporters, ExportStats::By::Country, u"US"_s, {});
        QCOMPARE(us.at(0).reason, WhoExports::Reason::SameProduct);
        QCOMPARE(us.at(2).reason, WhoExports::Reason::OtherExporter);
        // A product; a chapter through the products under it.
        const auto pots = WhoExports::find(records, exporters, ExportStats::By::Product, QString::number(terracotta), {});
        QCOMPARE(ids(pots).mid(0, 2), (QList<qint64>{b, c}));
        const auto chapter = WhoExports::find(records, exporters, ExportStats::By::Chapter, u"69"_s,
                                              {{terracotta, {u"69"_s}}});
        QCOMPARE(chapter.at(0).exporter.inviteeId, b);
        QCOMPARE(chapter.at(1).exporter.inviteeId, c);
        QCOMPARE(chapter.at(2).reason, WhoExports::Reason::OtherExporter);
        QCOMPARE(ExporterRepository().namesByIec().value(u"AAFCA1234K"_s), u"Asha Exports"_s);
    }
};

QTEST_GUILESS_MAIN(TestWhoExports)
#include "tst_whoexports.moc"
