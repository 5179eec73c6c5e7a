#include "sectors/sectorrepository.h"
#include "testdb.h"

// Category names as files and forms give them: the same category in another case, number,
// spelling or script is found, not added again ("Textile" beside "Textiles").
class TestSectorRepository : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> m_db;
    qint64 m_textiles = 0, m_terracotta = 0, m_medical = 0, m_rubber = 0;

private slots:
    void init()
    {
        m_db = std::make_unique<TestDb>();
        SectorRepository sectors;
        m_textiles = sectors.ensure(QStringLiteral("Textiles"), QStringLiteral("वस्त्र"));
        m_terracotta = sectors.ensure(QStringLiteral("Terracotta"), QStringLiteral("टेराकोटा"));
        m_medical = sectors.ensure(QStringLiteral("Medical equipment"), QStringLiteral("चिकित्सा उपकरण"));
        m_rubber = sectors.ensure(QStringLiteral("Rubber"), QStringLiteral("रबर"));
    }
    void cleanup() { m_db.reset(); }

    void match_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected"); // the sector's English name, or empty
        QTest::addColumn<bool>("exact");
        QTest::newRow("same") << "Textiles" << "Textiles" << true;
        QTest::newRow("case") << "TEXTILES" << "Textiles" << true;
        QTest::newRow("Hindi name") << "वस्त्र" << "Textiles" << true;
        QTest::newRow("singular") << "Textile" << "Textiles" << false;
        QTest::newRow("plural of the last word") << "Medical equipments" << "Medical equipment" << false;
        QTest::newRow("spelling") << "Terracota" << "Terracotta" << false;
        QTest::newRow("other script") << "टेराकोटा" << "Terracotta" << true;
        QTest::newRow("the Hindi word for it") << "रबड़" << "Rubber" << false;
        QTest::newRow("another category") << "Yarn" << "" << false;
        QTest::newRow("short word, one letter off") << "Rubbar" << "Rubber" << false;
        QTest::newRow("empty") << "" << "" << false;
    }
    void match()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QFETCH(bool, exact);
        const SectorRepository::Match m = SectorRepository().match(name);
        QCOMPARE(m.name, expected);
        QCOMPARE(m.id != 0, !expected.isEmpty());
        QCOMPARE(m.exact, exact);
    }

    void resolveAddsOnlyWhatIsNew()
    {
        SectorRepository sectors;
        bool created = true;
        QCOMPARE(sectors.resolve(QStringLiteral("Textile"), &created), m_textiles);
        QVERIFY(!created);
        const qint64 bamboo = sectors.resolve(QStringLiteral("Bamboo crafts"), &created);
        QVERIFY(bamboo && created);
        QCOMPARE(sectors.resolve(QStringLiteral("bamboo craft"), &created), bamboo);
        QVERIFY(!created);
        QCOMPARE(sectors.all().size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestSectorRepository)
#include "tst_sectorrepository.moc"
