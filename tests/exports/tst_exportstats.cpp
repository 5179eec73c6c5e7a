#include "exportfixtures.h"
#include "exports/exportstats.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Sums for the charts: ranking, top-N folding into "other", stacking by product, trend.
class TestExportStats : public QObject
{
    Q_OBJECT

    static QList<ExportRecord> sample()
    {
        return {exportRecord(2020, "ZA", 1, 42), exportRecord(2020, "ZA", 2, 12), exportRecord(2020, "PE", 3, 21.5), exportRecord(2020, "EG", 2, 26),
                exportRecord(2020, "US", 1, 38), exportRecord(2020, "NP", 1, 5), exportRecord(2020, "BD", 3, 4), exportRecord(2019, "ZA", 1, 40),
                exportRecord(2019, "EG", 2, 30), exportRecord(2018, "PE", 3, 10)};
    }

private slots:
    void yearsAndTotals()
    {
        QCOMPARE(ExportStats::years(sample()), (QList<int>{2018, 2019, 2020}));
        QCOMPARE(ExportStats::total(sample(), 2020), 148.5);
        QCOMPARE(ExportStats::total(sample(), 2019), 70.0);
        QCOMPARE(ExportStats::total(sample(), 2017), 0.0);
        QVERIFY(ExportStats::years({}).isEmpty());
    }

    void rankedLargestFirst()
    {
        const auto entries = ExportStats::ranked(sample(), 2020, ExportStats::By::Country, 0);
        QStringList keys;
        for (const auto &e : entries)
            keys << e.key;
        QCOMPARE(keys, (QStringList{u"ZA"_s, u"US"_s, u"EG"_s, u"PE"_s, u"NP"_s, u"BD"_s}));
        QCOMPARE(entries.first().value, 54.0); // ZA's two products together
    }

    void topNFoldsTheRestIntoOther()
    {
        const auto entries = ExportStats::ranked(sample(), 2020, ExportStats::By::Country, 3);
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.at(3).key, ExportStats::Other);
        QCOMPARE(entries.at(3).value, 21.5 + 5 + 4);
        double sum = 0;
        for (const auto &e : entries)
            sum += e.value;
        QCOMPARE(sum, ExportStats::total(sample(), 2020)); // nothing lost in folding
        // Exactly N entries: no "other" is added.
        QCOMPARE(ExportStats::ranked(sample(), 2020, ExportStats::By::Country, 6).size(), 6);
    }

    void byProduct()
    {
        const auto entries = ExportStats::ranked(sample(), 2020, ExportStats::By::Product, 0);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).key, QStringLiteral("1"));
        QCOMPARE(entries.at(0).value, 42.0 + 38 + 5);
    }

    void equalValuesInAStableOrder()
    {
        const QList<ExportRecord> tie{exportRecord(2020, "PE", 1, 10), exportRecord(2020, "EG", 1, 10), exportRecord(2020, "ZA", 1, 10)};
        const auto entries = ExportStats::ranked(tie, 2020, ExportStats::By::Country, 0);
        QCOMPARE(entries.at(0).key, QStringLiteral("EG"));
        QCOMPARE(entries.at(2).key, QStringLiteral("ZA"));
    }

    void stackedByProduct()
    {
        const auto stacked = ExportStats::stacked(sample(), 2020, 2);
        QCOMPARE(stacked.countries, (QStringList{u"ZA"_s, u"US"_s, ExportStats::Other}));
        QCOMPARE(stacked.products.size(), 3);
        const int textiles = int(stacked.products.indexOf(QStringLiteral("1")));
        const int chemicals = int(stacked.products.indexOf(QStringLiteral("2")));
        QCOMPARE(stacked.values.at(textiles).at(0), 42.0);
        QCOMPARE(stacked.values.at(chemicals).at(0), 12.0);
        QCOMPARE(stacked.values.at(chemicals).at(2), 26.0); // Egypt, folded into other
        double sum = 0;
        for (const auto &row : stacked.values)
            for (double v : row)
                sum += v;
        QCOMPARE(sum, 148.5);
    }

    void trendOfTheLeadingCountries()
    {
        const auto trend = ExportStats::trend(sample(), 2);
        QCOMPARE(trend.years, (QList<int>{2018, 2019, 2020}));
        QCOMPARE(trend.countries, (QStringList{u"ZA"_s, u"US"_s}));
        QCOMPARE(trend.values.at(0), (QList<double>{0, 40, 54}));
        QCOMPARE(trend.values.at(1), (QList<double>{0, 0, 38}));
        QVERIFY(ExportStats::trend({}, 5).countries.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestExportStats)
#include "tst_exportstats.moc"
