#include "text/languagemanager.h"
#include "stalls/stallplan.h"

#include <QFontMetricsF>
#include <QImage>
#include <QTest>

using namespace Qt::StringLiterals;

// How the plan draws a stall, as the editor, the PNG and a preview show it: colours that tell
// blocked from a grey category and taken from free, and names that show as soon as they fit.
class TestStallPlan : public QObject
{
    Q_OBJECT

    static Stall stall(qint64 id, double x, qint64 sector, StallStatus status)
    {
        Stall s;
        s.id = id;
        s.code = u"A-%1"_s.arg(id, 2, 10, QChar(u'0'));
        s.x = x;
        s.y = 1;
        s.sectorId = sector;
        s.status = status;
        return s;
    }

    // A 3 m stall at 40 pixels a metre in `image`, less its outline.
    static QRect inside(const Stall &s) { return QRect(int(s.x * 40) + 4, int(s.y * 40) + 4, 112, 112); }

    static int darkPixels(const QImage &image, const QRect &area, int below = 130)
    {
        int n = 0;
        for (int y = area.top(); y <= area.bottom(); ++y)
            for (int x = area.left(); x <= area.right(); ++x)
                n += qGray(image.pixel(x, y)) < below ? 1 : 0;
        return n;
    }

    static double distance(QRgb a, QRgb b)
    {
        return std::hypot(qRed(a) - qRed(b), qGreen(a) - qGreen(b), qBlue(a) - qBlue(b));
    }

private slots:
    void initTestCase() { QVERIFY(LanguageManager::instance()->setLanguage(u"en"_s)); }

    // Issue 16: "Rubber" (a grey category) and "blocked" looked alike, and an allotted stall
    // without a category was as white as a free one.
    void coloursTellStallsApart()
    {
        StallPlan plan;
        plan.hall.width = 20;
        plan.hall.depth = 5;
        plan.sectors.insert(8, Sector{8, u"Rubber"_s, u"रबर"_s, u"#7f7f7f"_s});
        const Stall rubber = stall(1, 1, 8, StallStatus::Allotted);
        const Stall blocked = stall(2, 5, 0, StallStatus::Blocked);
        const Stall takenNoCategory = stall(3, 9, 0, StallStatus::Allotted);
        const Stall freeNoCategory = stall(4, 13, 0, StallStatus::Free);
        plan.stalls = {rubber, blocked, takenNoCategory, freeNoCategory};
        const QImage image = plan.image(40);

        // Blocked is hatched: lines across it, where Rubber is one even grey.
        const QRect hatchArea = inside(blocked).adjusted(0, 40, 0, 0); // below the code
        QVERIFY2(darkPixels(image, hatchArea, 200) > 300, qPrintable(QString::number(darkPixels(image, hatchArea, 200))));
        QSet<QRgb> rubberColours;
        for (int y = inside(rubber).top() + 40; y <= inside(rubber).bottom(); ++y)
            for (int x = inside(rubber).left(); x <= inside(rubber).right(); ++x)
                rubberColours << image.pixel(x, y);
        QCOMPARE(rubberColours.size(), 1);
        QVERIFY(distance(image.pixel(inside(blocked).center()), *rubberColours.cbegin()) > 40
                || distance(image.pixel(inside(blocked).center() + QPoint(3, 0)), *rubberColours.cbegin()) > 40);
        // The legend says so too.
        const QList<StallPlan::LegendEntry> legend = plan.legend();
        QVERIFY(std::any_of(legend.cbegin(), legend.cend(), [](const StallPlan::LegendEntry &e) {
            return e.hatched && e.text == "blocked"_L1;
        }));

        // Taken without a category: not white, not free's colour; and in the legend.
        const QRgb taken = image.pixel(inside(takenNoCategory).bottomRight() - QPoint(5, 5));
        const QRgb free = image.pixel(inside(freeNoCategory).bottomRight() - QPoint(5, 5));
        QVERIFY2(distance(taken, free) > 60, qPrintable(QColor(taken).name() + u' ' + QColor(free).name()));
        QVERIFY2(distance(taken, qRgb(255, 255, 255)) > 80, qPrintable(QColor(taken).name()));
        QVERIFY(std::any_of(legend.cbegin(), legend.cend(), [taken](const StallPlan::LegendEntry &e) {
            return e.color.rgb() == taken && e.text == "allotted, no category"_L1;
        }));
    }

    // Issue 16: names are elided to fit, never cut off or spilt; a long word is elided too.
    void linesFitTheirWidth_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("maxLines");
        QTest::addColumn<bool>("elided");
        QTest::newRow("fits") << u"Gupta Foods"_s << 2 << false;
        QTest::newRow("two lines") << u"Yadav Handicrafts Industries 116"_s << 4 << false;
        QTest::newRow("one line") << u"Yadav Handicrafts Industries 116"_s << 1 << true;
        QTest::newRow("long word") << u"Purvanchalhandloomweaverscooperative"_s << 2 << true;
        QTest::newRow("Hindi") << u"जायसवाल टेराकोटा शिल्प उद्योग"_s << 1 << true;
    }
    void linesFitTheirWidth()
    {
        QFETCH(QString, text);
        QFETCH(int, maxLines);
        QFETCH(bool, elided);
        QFont font;
        font.setPixelSize(10);
        const QFontMetricsF metrics(font);
        const qreal width = 80;
        bool wasElided = false;
        const QStringList lines = StallPlan::fitLines(text, font, width, maxLines, &wasElided);
        QVERIFY(!lines.isEmpty());
        QVERIFY(lines.size() <= maxLines);
        QCOMPARE(wasElided, elided);
        for (const QString &line : lines)
            QVERIFY2(metrics.horizontalAdvance(line) <= width + 0.5, qPrintable(line));
        if (elided)
            QVERIFY2(lines.constLast().endsWith(u"…"_s), qPrintable(lines.join(u'|')));
        else
            QCOMPARE(lines.join(u' '), text);
    }

    // Issue 16: at the default zoom (a 3 m stall some 40 pixels wide) only the code showed.
    void namesShowAsSoonAsTheyFit()
    {
        StallPlan plan;
        Stall s = stall(1, 1, 0, StallStatus::Allotted);
        plan.stalls << s;
        plan.holders.insert(1, StallRepository::Holder{7, u"Ram Yadav"_s, u"Yadav Handicrafts Industries 116"_s, {}});
        // Far out: the code alone.
        QVERIFY(plan.label(s, QSizeF(18, 18)).nameLines.isEmpty());
        // At the default zoom of a small window: the name, elided.
        const StallPlan::Label small = plan.label(s, QSizeF(39, 39));
        QVERIFY2(!small.nameLines.isEmpty(), "no name at 39 px");
        QVERIFY(small.nameFont.pixelSize() >= StallPlan::MinimumNamePixels);
        QVERIFY(small.nameLines.constLast().endsWith(u"…"_s));
        QVERIFY(small.namesRect.top() >= small.codeRect.bottom());
        const QFontMetricsF metrics(small.nameFont);
        QVERIFY(small.namesRect.top() + small.nameLines.size() * metrics.lineSpacing() - metrics.leading() <= 39);
        // Zoomed in: all of it.
        QCOMPARE(plan.label(s, QSizeF(120, 120)).nameLines.join(u' '), u"Yadav Handicrafts Industries 116"_s);
    }
};

QTEST_MAIN(TestStallPlan)
#include "tst_stallplan.moc"
