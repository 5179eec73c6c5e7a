#include "stalls/stallgeometry.h"

#include <QTest>

namespace {
Stall stall(const QString &code, double x, double y, double w = 3, double d = 3, qint64 id = 0)
{
    Stall s;
    s.id = id;
    s.code = code;
    s.x = x;
    s.y = y;
    s.width = w;
    s.depth = d;
    return s;
}
const Hall TheHall{0, 1, QString(), 40, 25};
} // namespace

class TestStallGeometry : public QObject
{
    Q_OBJECT
private slots:
    void overlaps_data()
    {
        QTest::addColumn<QRectF>("a");
        QTest::addColumn<QRectF>("b");
        QTest::addColumn<bool>("overlap");
        QTest::newRow("apart") << QRectF(0, 0, 3, 3) << QRectF(5, 0, 3, 3) << false;
        QTest::newRow("sharing a wall") << QRectF(0, 0, 3, 3) << QRectF(3, 0, 3, 3) << false;
        QTest::newRow("corner to corner") << QRectF(0, 0, 3, 3) << QRectF(3, 3, 3, 3) << false;
        QTest::newRow("half a metre in") << QRectF(0, 0, 3, 3) << QRectF(2.5, 0, 3, 3) << true;
        QTest::newRow("inside") << QRectF(0, 0, 10, 10) << QRectF(2, 2, 3, 3) << true;
    }
    void overlaps()
    {
        QFETCH(QRectF, a);
        QFETCH(QRectF, b);
        QFETCH(bool, overlap);
        QCOMPARE(StallGeometry::overlaps(a, b), overlap);
        QCOMPARE(StallGeometry::overlaps(b, a), overlap);
    }

    void problems_data()
    {
        QTest::addColumn<QList<Stall>>("candidates");
        QTest::addColumn<QString>("reason");
        const QList<Stall> fine{stall(QStringLiteral("A-02"), 10, 10, 3, 3, 2)};
        QTest::newRow("fine") << fine << "";
        QTest::newRow("onto another") << QList<Stall>{stall(QStringLiteral("A-02"), 1, 1, 3, 3, 2)} << "overlap stall A-01";
        QTest::newRow("outside right") << QList<Stall>{stall(QStringLiteral("A-02"), 38, 0, 3, 3, 2)} << "outside the hall";
        QTest::newRow("outside top") << QList<Stall>{stall(QStringLiteral("A-02"), 5, -0.5, 3, 3, 2)} << "outside the hall";
        QTest::newRow("too small") << QList<Stall>{stall(QStringLiteral("A-02"), 5, 5, 0.5, 3, 2)} << "at least";
        QTest::newRow("two moved onto each other")
            << QList<Stall>{stall(QStringLiteral("B-01"), 20, 10, 3, 3, 5), stall(QStringLiteral("B-02"), 21, 10, 3, 3, 6)}
            << "overlap stall B-02";
        // Issue 13: codes and notes are one line of sensible length.
        QTest::newRow("tab in a code") << QList<Stall>{stall(QStringLiteral("A-02\tX"), 10, 10, 3, 3, 2)}
                                       << "Stall code: This must be one line";
        QTest::newRow("code of 21") << QList<Stall>{stall(QString(21, QLatin1Char('A')), 10, 10, 3, 3, 2)}
                                    << "Stall code: This is 21 characters long; at most 20 are allowed.";
        Stall noted = stall(QStringLiteral("A-02"), 10, 10, 3, 3, 2);
        noted.notes = QStringLiteral("corner\nstall");
        QTest::newRow("line break in notes") << QList<Stall>{noted} << "Stall A-02, notes: This must be one line";
    }
    void problems()
    {
        QFETCH(QList<Stall>, candidates);
        QFETCH(QString, reason);
        const QList<Stall> others{stall(QStringLiteral("A-01"), 0, 0, 3, 3, 1)};
        const QString why = StallGeometry::problem(candidates, others, TheHall);
        if (reason.isEmpty())
            QVERIFY2(why.isEmpty(), qPrintable(why));
        else
            QVERIFY2(why.contains(reason), qPrintable(why));
    }

    void snap()
    {
        QCOMPARE(StallGeometry::snap(2.26), 2.5);
        QCOMPARE(StallGeometry::snap(2.24), 2.0);
        QCOMPARE(StallGeometry::snapped(QRectF(0.3, 0.8, 2.9, 0.2)), QRectF(0.5, 1.0, 3.0, 1.0));
    }

    void generate()
    {
        int fit = 0;
        const QList<Stall> stalls = StallGeometry::generate(TheHall, 24, 3, 3, 3, &fit);
        QCOMPARE(stalls.size(), 24);
        // 40 m wide less two 3 m aisles: 11 per row; 25 m deep: rows every 6 m after an aisle: 3 rows.
        QCOMPARE(fit, 33);
        QCOMPARE(stalls.first().code, QStringLiteral("A-01"));
        QCOMPARE(stalls.at(11).code, QStringLiteral("B-01"));
        QCOMPARE(stalls.first().x, 3.0);
        QCOMPARE(stalls.first().y, 3.0);
        QCOMPARE(stalls.at(11).y, 9.0);
        QVERIFY(StallGeometry::problem(stalls, {}, TheHall).isEmpty());
        // Too many: as many as fit.
        QCOMPARE(StallGeometry::generate(TheHall, 100, 3, 3, 3).size(), 33);
        // Many rows: codes go on past Z.
        const Hall huge{0, 1, QString(), 60, 400};
        const QList<Stall> many = StallGeometry::generate(huge, 1000, 3, 3, 3);
        QCOMPARE(many.size(), 1000);
        // 18 a row: row 27 is "AA", row 56 "BD".
        QCOMPARE(many.at(26 * 18).code, QStringLiteral("AA-01"));
        QCOMPARE(many.last().code, QStringLiteral("BD-10"));
        QVERIFY(StallGeometry::problem(many, {}, huge).isEmpty());
    }

    void nextCode()
    {
        QCOMPARE(StallGeometry::nextCode({}), QStringLiteral("A-01"));
        QCOMPARE(StallGeometry::nextCode({stall(QStringLiteral("A-01"), 0, 0), stall(QStringLiteral("A-02"), 3, 0)}),
                 QStringLiteral("A-03"));
        QCOMPARE(StallGeometry::nextCode({stall(QStringLiteral("A-06"), 0, 0), stall(QStringLiteral("B-02"), 3, 0)}),
                 QStringLiteral("B-03"));
    }

    void freeSpot()
    {
        const QList<Stall> existing{stall(QStringLiteral("A-01"), 0, 0)};
        const auto spot = StallGeometry::freeSpot(TheHall, existing, 3, 3);
        QVERIFY(spot);
        QVERIFY(!StallGeometry::overlaps(QRectF(*spot, QSizeF(3, 3)), existing.first().rect()));
        const Hall tiny{0, 1, QString(), 3, 3};
        QVERIFY(!StallGeometry::freeSpot(tiny, existing, 3, 3));
    }
};

QTEST_GUILESS_MAIN(TestStallGeometry)
#include "tst_stallgeometry.moc"
