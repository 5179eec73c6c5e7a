#include "exportfixtures.h"
#include "exports/exportchartdata.h"
#include "text/languagemanager.h"

#include <QTest>

using namespace Qt::StringLiterals;

// What the export charts show, computed in core without Qt Charts: the year shown, the top N
// and "Other", names in the current language, values in ₹ crore, the title, the value labels,
// the figures table printed under the chart, the growth a target needs and the keys behind the
// bars for "Who exports there?".
class TestExportChartData : public QObject
{
    Q_OBJECT
    QHash<qint64, Sector> m_sectors;
    QList<ExportRecord> m_records;

    static QStringList names(const ExportChartData &d)
    {
        QStringList list;
        for (const ExportChartData::Category &c : d.categories)
            list << c.name;
        return list;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
        m_sectors.insert(1, Sector{1, QStringLiteral("Textiles"), QStringLiteral("वस्त्र"), QStringLiteral("#4e79a7")});
        m_sectors.insert(2, Sector{2, QStringLiteral("Chemicals"), QStringLiteral("रसायन"), QString()});
        // 2020-21: South Africa 54 (42 textiles + 12 chemicals), United States 38, Egypt 26,
        // Peru 21.5, Nepal 5, Bangladesh 4: ₹148.50 crore. 2019-20: ₹1,304.50 crore.
        m_records = {exportRecord(2020, "ZA", 1, 42), exportRecord(2020, "ZA", 2, 12), exportRecord(2020, "PE", 1, 21.5), exportRecord(2020, "EG", 2, 26),
                     exportRecord(2020, "US", 1, 38), exportRecord(2020, "NP", 1, 5), exportRecord(2020, "BD", 2, 4), exportRecord(2019, "ZA", 1, 40),
                     exportRecord(2019, "EG", 2, 30), exportRecord(2019, "PE", 1, 1234.5)};
    }
    void cleanup() { QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en"))); }

    void barsTopNThenOther()
    {
        ExportChartOptions options;
        options.topN = 3;
        const ExportChartData d = ExportChartData::compute(m_records, m_sectors, QStringLiteral("Gorakhpur"), options);
        QCOMPARE(d.year, 2020); // the latest year with figures
        QCOMPARE(d.total, 148.5);
        QCOMPARE(d.title, u"Gorakhpur: Exports by country, 2020-21 (total ₹148.50 crore)"_s);
        QCOMPARE(d.valueTitle, u"₹ crore"_s);
        QCOMPARE(names(d), (QStringList{u"South Africa"_s, u"United States"_s, u"Egypt"_s, u"Other"_s}));
        QCOMPARE(d.series.size(), 1);
        QCOMPARE(d.series.constFirst().values, (QList<double>{54, 38, 26, 30.5}));
        QStringList labels;
        for (const ExportChartData::Category &c : d.categories)
            labels << c.label;
        QCOMPARE(labels, (QStringList{u"54.0"_s, u"38.0"_s, u"26.0"_s, u"30.5"_s}));
        QCOMPARE(d.figures.headers, (QStringList{u"Country"_s, u"₹ crore"_s}));
        QCOMPARE(d.figures.rows, (QList<QStringList>{{u"South Africa"_s, u"54.00"_s},
                                                     {u"United States"_s, u"38.00"_s},
                                                     {u"Egypt"_s, u"26.00"_s},
                                                     {u"Other"_s, u"30.50"_s}}));
        // "Who exports there?": a country's bar has its code; Other stands for no one.
        QCOMPARE(d.pickKey(0), u"ZA"_s);
        QCOMPARE(d.pickKey(2), u"EG"_s);
        QVERIFY(d.pickKey(3).isEmpty());
        QVERIFY(d.pickKey(4).isEmpty());
        QCOMPARE(d.by, ExportStats::By::Country);
    }

    void barsByProductOfAChosenYear()
    {
        ExportChartOptions options;
        options.by = ExportStats::By::Product;
        options.fyStart = 2019;
        const ExportChartData d = ExportChartData::compute(m_records, m_sectors, QString(), options);
        QCOMPARE(d.year, 2019);
        QCOMPARE(d.title, u"Exports by product, 2019-20 (total ₹1,304.50 crore)"_s);
        QCOMPARE(d.figures.headers, (QStringList{u"Product"_s, u"₹ crore"_s}));
        QCOMPARE(d.figures.rows, (QList<QStringList>{{u"Textiles"_s, u"1,274.50"_s}, {u"Chemicals"_s, u"30.00"_s}}));
        QCOMPARE(d.pickKey(0), u"1"_s);
    }

    void yearWithoutFigures()
    {
        ExportChartOptions options;
        options.fyStart = 2015;
        QCOMPARE(ExportChartData::yearShown(m_records, options), 0);
        const ExportChartData d = ExportChartData::compute(m_records, m_sectors, QString(), options);
        QVERIFY(d.isEmpty());
        QCOMPARE(d.title, u"No export figures for 2015-16"_s);
        QVERIFY(d.figures.rows.isEmpty());
        QCOMPARE(ExportChartData::compute({}, m_sectors, QString(), {}).title, u"No export figures yet"_s);
    }

    void stackedByCountryAndProduct()
    {
        ExportChartOptions options;
        options.kind = ExportChartOptions::Kind::Stacked;
        options.topN = 2;
        const ExportChartData d = ExportChartData::compute(m_records, m_sectors, QString(), options);
        QCOMPARE(d.title, u"Exports by country and product, 2020-21 (total ₹148.50 crore)"_s);
        QCOMPARE(names(d), (QStringList{u"South Africa"_s, u"United States"_s, u"Other"_s}));
        QCOMPARE(d.series.size(), 2);
        QCOMPARE(d.series.at(0).name, u"Textiles"_s);
        QCOMPARE(d.series.at(0).colour, QColor(0x4e79a7)); // the sector's own colour
        QCOMPARE(d.series.at(1).colour, ExportChartData::paletteColour(1));
        QCOMPARE(d.figures.headers, (QStringList{u"Country"_s, u"Textiles"_s, u"Chemicals"_s, u"Total"_s}));
        QCOMPARE(d.figures.rows, (QList<QStringList>{{u"South Africa"_s, u"42.00"_s, u"12.00"_s, u"54.00"_s},
                                                     {u"United States"_s, u"38.00"_s, u"0.00"_s, u"38.00"_s},
                                                     {u"Other"_s, u"26.50"_s, u"30.00"_s, u"56.50"_s}}));
        QVERIFY(d.pickKey(0).isEmpty()); // no "Who exports there?" on a stacked bar
    }

    void shareOfEachCountry()
    {
        ExportChartOptions options;
        options.kind = ExportChartOptions::Kind::Share;
        options.topN = 4;
        QList<ExportRecord> records = m_records;
        records << exportRecord(2020, "LK", 1, 1.5); // 1.0% of ₹150 crore: too thin for its share
        options.topN = 8;
        ExportChartData d = ExportChartData::compute(records, m_sectors, QString(), options);
        QCOMPARE(d.categories.constLast().name, u"Sri Lanka"_s);
        QVERIFY(!d.categories.constLast().labelShown);
        QVERIFY(d.categories.constFirst().labelShown);

        options.topN = 4;
        d = ExportChartData::compute(m_records, m_sectors, QString(), options);
        QCOMPARE(d.title, u"Share of each country in exports, 2020-21 (total ₹148.50 crore)"_s);
        QCOMPARE(names(d), (QStringList{u"South Africa"_s, u"United States"_s, u"Egypt"_s, u"Peru"_s, u"Other"_s}));
        QCOMPARE(d.categories.constFirst().label, u"36.4%"_s);
        QCOMPARE(d.categories.constLast().colour, ExportChartData::otherColour());
        QCOMPARE(d.figures.headers, (QStringList{u"Name"_s, u"₹ crore"_s, u"Share"_s}));
        QCOMPARE(d.figures.rows, (QList<QStringList>{{u"South Africa"_s, u"54.00"_s, u"36.4%"_s},
                                                     {u"United States"_s, u"38.00"_s, u"25.6%"_s},
                                                     {u"Egypt"_s, u"26.00"_s, u"17.5%"_s},
                                                     {u"Peru"_s, u"21.50"_s, u"14.5%"_s},
                                                     {u"Other"_s, u"9.00"_s, u"6.1%"_s}}));
        QCOMPARE(d.pickKey(3), u"PE"_s);
        QVERIFY(d.pickKey(4).isEmpty());
    }

    void trendOfTheLeadingCountries()
    {
        ExportChartOptions options;
        options.kind = ExportChartOptions::Kind::Trend;
        options.topN = 2;
        options.fyStart = 2019; // a trend shows every year
        const ExportChartData d = ExportChartData::compute(m_records, m_sectors, QString(), options);
        QCOMPARE(d.year, 2020);
        QCOMPARE(d.title, u"Exports over the years, 2019-20 to 2020-21: the leading countries"_s);
        QCOMPARE(names(d), (QStringList{u"2019-20"_s, u"2020-21"_s}));
        QCOMPARE(d.series.size(), 2);
        QCOMPARE(d.series.at(0).name, u"South Africa"_s);
        QCOMPARE(d.series.at(0).values, (QList<double>{40, 54}));
        QCOMPARE(d.figures.headers, (QStringList{u"Country"_s, u"2019-20"_s, u"2020-21"_s}));
        QCOMPARE(d.figures.rows, (QList<QStringList>{{u"South Africa"_s, u"40.00"_s, u"54.00"_s},
                                                     {u"United States"_s, u"0.00"_s, u"38.00"_s}}));
    }

    void targetsAndTheGrowthNeeded()
    {
        ExportChartOptions options;
        options.kind = ExportChartOptions::Kind::Targets;
        ExportTarget overall;
        overall.fyStart = 2022;
        overall.targetCrore = 300;
        ExportTarget egypt; // a country's target is not drawn
        egypt.fyStart = 2021;
        egypt.countryCode = QStringLiteral("EG");
        egypt.targetCrore = 50;
        options.targets = {overall, egypt};
        const ExportChartData d = ExportChartData::compute(m_records, m_sectors, QString(), options);
        // From ₹148.50 crore in 2020-21 to ₹300 crore in 2022-23: (300 / 148.5)^(1/2) − 1 = 42.1%.
        QCOMPARE(d.title, u"Exports against the target: ₹300.00 crore in 2022-23, needs 42.1% growth a year from 2020-21 (2 years)"_s);
        QCOMPARE(names(d), (QStringList{u"2019-20"_s, u"2020-21"_s, u"2022-23"_s}));
        QCOMPARE(d.series.size(), 2);
        QCOMPARE(d.series.at(0).values, (QList<double>{1304.5, 148.5, 0}));
        QCOMPARE(d.series.at(1).values, (QList<double>{0, 0, 300}));
        QCOMPARE(d.figures.headers, (QStringList{u"Financial year"_s, u"Actual"_s, u"Target"_s}));
        QCOMPARE(d.figures.rows, (QList<QStringList>{{u"2019-20"_s, u"1,304.50"_s, u"—"_s},
                                                     {u"2020-21"_s, u"148.50"_s, u"—"_s},
                                                     {u"2022-23"_s, u"—"_s, u"300.00"_s}}));
        options.targets = {egypt};
        QCOMPARE(ExportChartData::compute(m_records, m_sectors, QString(), options).title,
                 u"No export targets yet: set them with Targets…"_s);
    }

    void demoFiguresAreSaidSo()
    {
        const QList<ExportRecord> demo{exportRecord(2020, "ZA", 1, 42, true), exportRecord(2019, "ZA", 1, 40)};
        QVERIFY(ExportChartData::compute(demo, m_sectors, QString(), {}).title.endsWith(u" (demo figures)"_s));
        ExportChartOptions options;
        options.fyStart = 2019; // that year's figures are real
        QVERIFY(!ExportChartData::compute(demo, m_sectors, QString(), options).title.contains(u"demo"_s));
    }

    void inHindi()
    {
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("hi")));
        ExportChartOptions options;
        options.topN = 2;
        const ExportChartData d = ExportChartData::compute(m_records, m_sectors, u"गोरखपुर"_s, options);
        QVERIFY2(d.title.startsWith(u"गोरखपुर: "_s), qPrintable(d.title));
        QVERIFY2(d.title.contains(u"करोड़"_s), qPrintable(d.title));
        QCOMPARE(d.figures.headers, (QStringList{u"देश"_s, u"₹ करोड़"_s}));
        QCOMPARE(d.figures.rows.constFirst().constFirst(), u"दक्षिण अफ़्रीका"_s);
        QCOMPARE(d.figures.rows.constLast().constFirst(), u"अन्य"_s);
    }
};

QTEST_GUILESS_MAIN(TestExportChartData)
#include "tst_exportchartdata.moc"
