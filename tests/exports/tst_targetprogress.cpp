#include "exportfixtures.h"
#include "exports/exporttargetrepository.h"
#include "exports/targetcommands.h"
#include "exports/targetprogress.h"
#include "text/languagemanager.h"
#include "sectors/sectorrepository.h"
#include "testdb.h"

#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// Targets per financial year (overall, per country, per product) and how the district stands:
// the actual of the target's year, the baseline, the growth a year still needed.
class TestTargetProgress : public QObject
{
    Q_OBJECT

    static ExportTarget target(int year, double crore, const QString &country = {}, qint64 sector = 0)
    {
        ExportTarget t;
        t.fyStart = year;
        t.targetCrore = crore;
        t.countryCode = country;
        t.sectorId = sector;
        return t;
    }
    // Gorakhpur's conclave: about ₹300 crore a year now, a target of ₹1,000 crore.
    static QList<ExportRecord> records()
    {
        return {exportRecord(2022, "US", 1, 120), exportRecord(2022, "AE", 2, 80), exportRecord(2022, "US", 2, 50),
                exportRecord(2023, "US", 1, 180), exportRecord(2023, "AE", 2, 90), exportRecord(2023, "NP", 1, 30)};
    }

private slots:
    void initTestCase() { LanguageManager::instance()->setLanguage(u"en"_s); }

    void growthNeeded()
    {
        const TargetProgress p = TargetProgress::of(target(2026, 1000), records());
        QVERIFY(!p.hasActual);
        QCOMPARE(p.baseYear, 2023);
        QCOMPARE(p.baseValue, 300.0);
        QCOMPARE(p.yearsToGo(), 3);
        QCOMPARE(p.growthNeeded, std::pow(1000.0 / 300.0, 1.0 / 3.0) - 1.0);
        QVERIFY(qAbs(p.growthNeeded - 0.4938) < 0.0001);
        QVERIFY(std::isnan(p.achieved()));
        QCOMPARE(TargetTexts::progress(p), u"needs 49.4% growth a year from 2023-24 (3 years)"_s);
    }

    void achievedInItsYear()
    {
        TargetProgress p = TargetProgress::of(target(2023, 400), records());
        QVERIFY(p.hasActual);
        QCOMPARE(p.actual, 300.0);
        QCOMPARE(p.achieved(), 0.75);
        QCOMPARE(p.baseYear, 2022);
        QCOMPARE(TargetTexts::progress(p), u"75.0% of the target reached"_s);
        p = TargetProgress::of(target(2022, 200), records());
        QCOMPARE(TargetTexts::progress(p), u"target reached (125.0%)"_s);
    }

    void countryAndProductScopes()
    {
        QCOMPARE(TargetProgress::actualFor(target(2023, 1, u"US"_s), records(), 2023), 180.0);
        QCOMPARE(TargetProgress::actualFor(target(2023, 1, {}, 2), records(), 2023), 90.0);
        QCOMPARE(TargetProgress::actualFor(target(2023, 1, u"DE"_s), records(), 2023), 0.0);
        const TargetProgress us = TargetProgress::of(target(2025, 360, u"US"_s), records());
        QCOMPARE(us.baseValue, 180.0);
        QCOMPARE(us.growthNeeded, std::sqrt(2.0) - 1.0);
        // No earlier figure, or none for the scope: nothing to measure from.
        QVERIFY(!TargetProgress::of(target(2022, 10), records()).baseYear);
        const TargetProgress germany = TargetProgress::of(target(2025, 10, u"DE"_s), records());
        QVERIFY(std::isnan(germany.growthNeeded));
        QVERIFY(TargetTexts::progress(germany).startsWith(u"no figure in 2023-24"_s));
        QVERIFY(std::isnan(TargetProgress::growth(0, 10, 2)));
    }

    void repositoryAndUndo()
    {
        TestDb db;
        const qint64 garments = SectorRepository().ensure(u"Readymade garments"_s);
        QUndoStack stack;
        stack.push(new AddTargetCommand(Database::defaultConnectionName(), target(2026, 1000)));
        stack.push(new AddTargetCommand(Database::defaultConnectionName(), target(2026, 250, u"US"_s)));
        stack.push(new AddTargetCommand(Database::defaultConnectionName(), target(2026, 100, {}, garments)));
        ExportTargetRepository repository;
        QList<ExportTarget> all = repository.all();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).scope(), ExportTarget::Scope::Overall);
        QCOMPARE(all.at(1).scope(), ExportTarget::Scope::Country);
        QCOMPARE(all.at(2).scope(), ExportTarget::Scope::Product);
        // One target per year and scope.
        QString error;
        QVERIFY(!repository.insert(target(2026, 900), &error));
        QVERIFY(repository.idOf(target(2026, 1)));
        ExportTarget changed = all.at(0);
        changed.targetCrore = 1200;
        stack.push(new EditTargetCommand(Database::defaultConnectionName(), all.at(0), changed));
        QCOMPARE(repository.find(all.at(0).id)->targetCrore, 1200.0);
        stack.push(new DeleteTargetsCommand(Database::defaultConnectionName(), {changed, all.at(1)}));
        QCOMPARE(repository.all().size(), 1);
        stack.undo();
        QCOMPARE(repository.all().size(), 3);
        QCOMPARE(repository.find(all.at(0).id)->targetCrore, 1200.0);
        stack.undo();
        QCOMPARE(repository.find(all.at(0).id)->targetCrore, 1000.0);
        stack.undo();
        stack.undo();
        stack.undo();
        QVERIFY(repository.all().isEmpty());
        stack.redo();
        QCOMPARE(repository.all().size(), 1);
        // A product's targets go with the product.
        QVERIFY(!repository.insert(target(2026, 5, u"US"_s, garments), &error)); // not both
    }
};

QTEST_GUILESS_MAIN(TestTargetProgress)
#include "tst_targetprogress.moc"
