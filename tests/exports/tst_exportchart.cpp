#include "exportfixtures.h"
#include "charts/exportchart.h"
#include "exports/countries.h"
#include "text/languagemanager.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLineSeries>
#include <QPieSeries>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QPageLayout>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace Qt::StringLiterals;

// The export charts built and drawn offscreen, in English and in Hindi.
class TestExportChart : public QObject
{
    Q_OBJECT
    QHash<qint64, Sector> m_sectors;
    QList<ExportRecord> m_records;
    QTemporaryDir m_dir;

    static QStringList categories(QChart *chart)
    {
        for (QAbstractAxis *axis : chart->axes())
            if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
                return c->categories();
        return {};
    }
    // How many of the image's pixels are not white: a drawn chart has bars, text and axes.
    static double inked(const QImage &image)
    {
        qint64 ink = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                if (qGray(image.pixel(x, y)) < 200)
                    ++ink;
        return double(ink) / ((image.width() / 2) * (image.height() / 2));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
        m_sectors.insert(1, Sector{1, QStringLiteral("Textiles"), QStringLiteral("वस्त्र"), QStringLiteral("#4e79a7")});
        m_sectors.insert(2, Sector{2, QStringLiteral("Chemicals"), QStringLiteral("रसायन"), QString()});
        m_records = {exportRecord(2020, "ZA", 1, 42), exportRecord(2020, "ZA", 2, 12), exportRecord(2020, "PE", 1, 21.5), exportRecord(2020, "EG", 2, 26),
                     exportRecord(2020, "US", 1, 38), exportRecord(2020, "NP", 1, 5), exportRecord(2020, "BD", 2, 4), exportRecord(2019, "ZA", 1, 40),
                     exportRecord(2019, "EG", 2, 30), exportRecord(2019, "PE", 1, 1234.5)};
    }
    void cleanup() { QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en"))); }

    void barsLargestFirstWithOther()
    {
        ExportChartOptions options;
        options.topN = 3;
        std::unique_ptr<QChart> chart(ExportChart::create(m_records, m_sectors, QStringLiteral("Gorakhpur"), options));
        QCOMPARE(ExportChart::fullTitle(chart.get()), QStringLiteral("Gorakhpur: Exports by country, 2020-21 (total ₹148.50 crore)"));
        // Drawn bottom-up: the largest country is the last category, at the top.
        QCOMPARE(categories(chart.get()), (QStringList{u"Other"_s, u"Egypt"_s, u"United States"_s, u"South Africa"_s}));
        auto *series = qobject_cast<QHorizontalBarSeries *>(chart->series().constFirst());
        QVERIFY(series);
        QCOMPARE(series->barSets().constFirst()->at(3), 54.0);
        QCOMPARE(series->barSets().constFirst()->at(0), 21.5 + 5 + 4);
        QVERIFY(chart->localizeNumbers());
        QCOMPARE(chart->locale().toString(123456.0, 'f', 0), QStringLiteral("1,23,456")); // Indian grouping
        bool unit = false;
        for (QAbstractAxis *axis : chart->axes())
            unit = unit || (qobject_cast<QValueAxis *>(axis) && axis->titleText() == QStringLiteral("₹ crore"));
        QVERIFY(unit);
    }

    void hindiNamesAndDigits()
    {
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("hi")));
        ExportChartOptions options;
        options.fyStart = 2019;
        std::unique_ptr<QChart> chart(ExportChart::create(m_records, m_sectors, QStringLiteral("गोरखपुर"), options));
        const QString title = ExportChart::fullTitle(chart.get());
        QVERIFY2(title.startsWith(QStringLiteral("गोरखपुर: ")), qPrintable(title));
        QVERIFY2(title.contains(QStringLiteral("1,304.50")), qPrintable(title));
        QVERIFY2(title.contains(QStringLiteral("करोड़")), qPrintable(title));
        QCOMPARE(categories(chart.get()), (QStringList{u"मिस्र"_s, u"दक्षिण अफ़्रीका"_s, u"पेरू"_s}) /* smallest first */);
        LanguageManager::instance()->setNativeDigits(true);
        std::unique_ptr<QChart> deva(ExportChart::create(m_records, m_sectors, QString(), options));
        QVERIFY2(ExportChart::fullTitle(deva.get()).contains(QStringLiteral("१,३०४.५०")), qPrintable(ExportChart::fullTitle(deva.get())));
        QCOMPARE(deva->locale().toString(1234.5, 'f', 1), QStringLiteral("१,२३४.५"));
        QCOMPARE(ExportChart::valueLabels(deva.get()), (QStringList{u"१,२३४.५"_s, u"४०.०"_s, u"३०.०"_s}));
        LanguageManager::instance()->setNativeDigits(false);
    }

    // Every bar's value in one number format, one decimal: "54.0", not "54" beside "44.8".
    void valueLabelsInOneFormat()
    {
        ExportChartOptions options;
        options.topN = 3;
        std::unique_ptr<QChart> chart(ExportChart::create(m_records, m_sectors, QString(), options));
        QCOMPARE(ExportChart::valueLabels(chart.get()), (QStringList{u"54.0"_s, u"38.0"_s, u"26.0"_s, u"30.5"_s}));
        // Drawn at the ends of their bars, inside the picture.
        QImage image(900, 600, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        ExportChart::paint(chart.get(), &painter, QRectF(0, 0, 900, 600));
        painter.end();
        auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().constFirst());
        const QBarSet *set = series->barSets().constFirst();
        int checked = 0;
        for (QGraphicsItem *item : chart->childItems())
            if (auto *label = dynamic_cast<QGraphicsSimpleTextItem *>(item)) {
                const int bar = int(set->count()) - 1 - int(ExportChart::valueLabels(chart.get()).indexOf(label->text()));
                const QPointF end = chart->mapToPosition(QPointF(set->at(bar), bar), series);
                QVERIFY2(qAbs(label->x() - end.x()) < 10, qPrintable(label->text()));
                QVERIFY(label->sceneBoundingRect().right() < 900);
                ++checked;
            }
        QCOMPARE(checked, 4);
    }

    // A title wider than the chart is wrapped onto lines, not cut off with "…".
    void longTitleWraps()
    {
        QList<ExportRecord> demo = m_records;
        for (ExportRecord &r : demo)
            r.isDemo = true;
        for (const char *language : {"en", "hi"}) {
            QVERIFY(LanguageManager::instance()->setLanguage(QString::fromLatin1(language)));
            std::unique_ptr<QChart> chart(ExportChart::create(demo, m_sectors, QStringLiteral("Gorakhpur"), {}));
            const QString full = ExportChart::fullTitle(chart.get());
            const QString path = m_dir.filePath(QStringLiteral("narrow-%1.png").arg(QLatin1String(language)));
            QString error;
            QVERIFY2(ExportChart::save(chart.get(), path, QSize(520, 420), &error, 1), qPrintable(error));
            QString drawn;
            for (QGraphicsItem *item : chart->childItems())
                if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->toPlainText().contains(QStringLiteral("Gorakhpur")))
                    drawn = text->toPlainText();
            QVERIFY2(!drawn.contains(QStringLiteral("...")) && !drawn.contains(QStringLiteral("…")), qPrintable(drawn));
            QCOMPARE(drawn.simplified(), full); // every word, on two or more lines
            QVERIFY2(drawn.contains(QChar::LineSeparator) || drawn.contains(QLatin1Char('\n')), qPrintable(drawn));
            QCOMPARE(ExportChart::fullTitle(chart.get()), full);
        }
    }

    // A legend with more entries than fit in a row under the chart goes to its right, where
    // Qt does not elide them ("Te…", "Re…").
    void legendMovesWhenItDoesNotFit()
    {
        ExportChartOptions options;
        options.kind = ExportChartOptions::Kind::Stacked;
        QHash<qint64, Sector> sectors = m_sectors;
        QList<ExportRecord> records = m_records;
        const char *names[] = {"Readymade garments", "Food processing", "Medical equipment", "Handicrafts", "Terracotta"};
        for (int i = 0; i < 5; ++i) {
            sectors.insert(10 + i, Sector{10 + i, QString::fromLatin1(names[i]), QString(), QString()});
            records << exportRecord(2020, "ZA", 10 + i, 1 + i);
        }
        std::unique_ptr<QChart> chart(ExportChart::create(records, sectors, QString(), options));
        QImage image(560, 420, QImage::Format_RGB32);
        QPainter painter(&image);
        ExportChart::paint(chart.get(), &painter, QRectF(0, 0, 560, 420));
        QCOMPARE(chart->legend()->alignment(), Qt::AlignRight);
        chart->resize(1800, 900);
        QCOMPARE(chart->legend()->alignment(), Qt::AlignBottom);
    }

    void stackedByProduct()
    {
        ExportChartOptions options;
        options.kind = ExportChartOptions::Kind::Stacked;
        options.topN = 2;
        std::unique_ptr<QChart> chart(ExportChart::create(m_records, m_sectors, QString(), options));
        auto *series = qobject_cast<QHorizontalStackedBarSeries *>(chart->series().constFirst());
        QVERIFY(series);
        QCOMPARE(series->count(), 2); // textiles and chemicals
        QStringList names;
        double sum = 0;
        for (QBarSet *set : series->barSets()) {
            names << set->label();
            sum += set->sum();
        }
        QCOMPARE(names, (QStringList{u"Textiles"_s, u"Chemicals"_s}));
        QCOMPARE(sum, 148.5);
        QCOMPARE(series->barSets().constFirst()->color(), QColor(0x4e79a7)); // the sector's own colour
        QVERIFY(chart->legend()->isVisible());
    }

    void shareDonut()
    {
        ExportChartOptions options;
        options.kind = ExportChartOptions::Kind::Share;
        options.topN = 4;
        std::unique_ptr<QChart> chart(ExportChart::create(m_records, m_sectors, QString(), options));
        auto *pie = qobject_cast<QPieSeries *>(chart->series().constFirst());
        QVERIFY(pie);
        QCOMPARE(pie->count(), 5);
        QVERIFY(pie->holeSize() > 0);
        // The slices carry their shares, the legend their names (a name beside a thin slice
        // would be elided).
        QCOMPARE(pie->slices().constFirst()->label(), QStringLiteral("36.4%"));
        QCOMPARE(chart->legend()->markers(pie).constFirst()->label(), QStringLiteral("South Africa"));
        QCOMPARE(pie->sum(), 148.5);
        QVERIFY(ExportChart::fullTitle(chart.get()).startsWith(QStringLiteral("Share of each country")));
    }

    void trendLines()
    {
        ExportChartOptions options;
        options.kind = ExportChartOptions::Kind::Trend;
        options.topN = 2;
        std::unique_ptr<QChart> chart(ExportChart::create(m_records, m_sectors, QString(), options));
        QCOMPARE(chart->series().size(), 2);
        auto *za = qobject_cast<QLineSeries *>(chart->series().at(0));
        QCOMPARE(za->name(), QStringLiteral("South Africa"));
        QCOMPARE(za->count(), 2);
        QCOMPARE(za->at(1).y(), 54.0);
        QCOMPARE(categories(chart.get()), (QStringList{u"2019-20"_s, u"2020-21"_s}));
        QCOMPARE(ExportChart::fullTitle(chart.get()), QStringLiteral("Exports over the years, 2019-20 to 2020-21: the leading countries"));
    }

    void demoFiguresAreSaidSo()
    {
        QList<ExportRecord> demo{exportRecord(2020, "ZA", 1, 42, true)};
        std::unique_ptr<QChart> chart(ExportChart::create(demo, m_sectors, QString(), {}));
        QVERIFY(ExportChart::fullTitle(chart.get()).endsWith(QStringLiteral("(demo figures)")));
    }

    void noFigures()
    {
        std::unique_ptr<QChart> chart(ExportChart::create({}, m_sectors, QString(), {}));
        QCOMPARE(ExportChart::fullTitle(chart.get()), QStringLiteral("No export figures yet"));
        QVERIFY(chart->series().isEmpty());
        ExportChartOptions options;
        options.fyStart = 2015;
        QCOMPARE(ExportChart::yearShown(m_records, options), 0);
    }

    void renderPngInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("kind");
        for (const char *language : {"en", "hi"})
            for (int kind = 0; kind < 4; ++kind)
                QTest::addRow("%s-%d", language, kind) << QString::fromLatin1(language) << kind;
    }
    void renderPngInBothLanguages()
    {
        QFETCH(QString, language);
        QFETCH(int, kind);
        QVERIFY(LanguageManager::instance()->setLanguage(language));
        ExportChartOptions options;
        options.kind = ExportChartOptions::Kind(kind);
        std::unique_ptr<QChart> chart(ExportChart::create(m_records, m_sectors, QStringLiteral("Gorakhpur"), options));
        const QString path = m_dir.filePath(QStringLiteral("chart-%1-%2.png").arg(language).arg(kind));
        QString error;
        QVERIFY2(ExportChart::save(chart.get(), path, QSize(900, 600), &error, 1), qPrintable(error));
        QImage image(path);
        QCOMPARE(image.size(), QSize(900, 600));
        const double ink = inked(image);
        QVERIFY2(ink > 0.01 && ink < 0.6, qPrintable(QString::number(ink)));
    }

    void pdfKeepsTheTitle()
    {
        std::unique_ptr<QChart> chart(ExportChart::create(m_records, m_sectors, QStringLiteral("Gorakhpur"), {}));
        const QString path = m_dir.filePath(QStringLiteral("chart.pdf"));
        QString error;
        QVERIFY2(ExportChart::save(chart.get(), path, QSize(1200, 750), &error), qPrintable(error));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(text.waitForFinished());
        const QString out = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("Exports by country, 2020-21")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("South Africa")));
    }

    // The printed chart in Hindi: its title and the figures table stay searchable text, for
    // every kind of chart; the chart picture comes first, the figures after.
    void printedChartInHindi_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("heading");
        QTest::newRow("bars") << int(ExportChartOptions::Kind::Bars) << u"₹ करोड़"_s;
        QTest::newRow("stacked") << int(ExportChartOptions::Kind::Stacked) << u"कुल"_s;
        QTest::newRow("share") << int(ExportChartOptions::Kind::Share) << u"हिस्सा"_s;
        QTest::newRow("trend") << int(ExportChartOptions::Kind::Trend) << u"2019-20"_s;
    }
    void printedChartInHindi()
    {
        QFETCH(int, kind);
        QFETCH(QString, heading);
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("hi")));
        ExportChartOptions options;
        options.kind = ExportChartOptions::Kind(kind);
        std::unique_ptr<QChart> chart(ExportChart::create(m_records, m_sectors, QStringLiteral("गोरखपुर"), options));
        const ExportChart::Figures figures = ExportChart::figures(chart.get());
        QVERIFY(!figures.rows.isEmpty());
        for (const QStringList &row : figures.rows)
            QCOMPARE(row.size(), figures.headers.size());
        const ReportDocument doc = ExportChart::document(chart.get());
        QCOMPARE(doc.pageCount(), 2);
        QCOMPARE(doc.orientation, QPageLayout::Landscape);
        QCOMPARE(ExportChart::fullTitle(chart.get()), ExportChart::title(m_records, QStringLiteral("गोरखपुर"), options)); // put back
        const QString path = m_dir.filePath(QStringLiteral("chart-hi-%1.pdf").arg(kind));
        QString error;
        QVERIFY2(ExportChart::save(chart.get(), path, QSize(1200, 750), &error), qPrintable(error));
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(text.waitForFinished());
        const QString out = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(out.contains(u"गोरखपुर: "_s), qPrintable(out));
        QVERIFY2(out.contains(u"दक्षिण अफ़्रीका"_s), qPrintable(out));
        QVERIFY2(out.contains(heading), qPrintable(out));
    }

    void refusesOtherFormatsAndWritesNothing()
    {
        std::unique_ptr<QChart> chart(ExportChart::create(m_records, m_sectors, QString(), {}));
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("chart.jpg"));
        QVERIFY(!ExportChart::save(chart.get(), path, QSize(800, 500), &error));
        QVERIFY(error.contains(QStringLiteral(".png")));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!ExportChart::save(chart.get(), QStringLiteral("/nonexistent/dir/chart.png"), QSize(800, 500), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestExportChart)
#include "tst_exportchart.moc"
