#include "events/eventrepository.h"
#include "storage/database.h"
#include "invitees/inviteelistquery.h"
#include "invitees/inviteerepository.h"
#include "invitees/importwizard.h"
#include "invitees/inviteespage.h"
#include "text/languagemanager.h"
#include "sectors/sectorrepository.h"
#include "testdb.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

namespace {
const QString Shared = QStringLiteral(SAMMELAN_TEST_DATA "/shared/");

// `bytes` written to a file `name` in `dir`: its path (empty if it could not be written).
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

// The wizard shown, `file` chosen, its columns taken as recognised: on the check page.
bool toCheckPage(ImportWizard &wizard, const QString &file)
{
    wizard.show();
    if (!wizard.loadFile(file))
        return false;
    wizard.next();
    wizard.next();
    return wizard.currentId() == int(ImportWizard::CheckPage);
}

} // namespace

// The import wizard as a user goes through it with the sample list: the columns, the check,
// fixing the rejected row in place, the import, and undo.
class TestImportWizard : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> m_db;
    qint64 m_event = 0;

private slots:
    void initTestCase() { QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en"))); }
    void init()
    {
        m_db = std::make_unique<TestDb>();
        Event e;
        e.nameEn = QStringLiteral("Gorakhpur Export Conclave");
        e.startDate = e.endDate = QDate(2021, 9, 24);
        m_event = EventRepository().insert(e);
    }
    void cleanup() { m_db.reset(); }

    void fixRejectedRowThenImportAndUndo()
    {
        QUndoStack stack;
        ImportWizard wizard(&stack, m_event);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(wizard.loadFile(Shared + QStringLiteral("invitees-sample.xlsx")));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ColumnsPage));
        // Every column of the sample is recognised.
        QTableWidget *mapping = wizard.mappingTable();
        QCOMPARE(mapping->rowCount(), 12);
        for (int c = 0; c < mapping->rowCount(); ++c)
            QVERIFY(qobject_cast<QComboBox *>(mapping->cellWidget(c, 1))->currentData().toInt() >= 0);

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
        QCOMPARE(wizard.plan()->imported, 5);
        QCOMPARE(wizard.plan()->rejected, 1);
        QTableWidget *rejects = wizard.rejectsTable();
        QCOMPARE(rejects->rowCount(), 1);
        QVERIFY(rejects->item(0, 0)->text().contains(QLatin1String("GSTIN")));
        // Amit Gupta's GSTIN had the wrong state code: correct it in place.
        const int gstinColumn = 1 + int(wizard.table()->headers.indexOf(QStringLiteral("gstin")));
        QCOMPARE(rejects->item(0, gstinColumn)->text(), QStringLiteral("09AAPFU0939F1ZV"));
        rejects->item(0, gstinColumn)->setText(QStringLiteral("27AAPFU0939F1ZV"));
        wizard.recheck();
        QCOMPARE(wizard.plan()->imported, 6);
        QCOMPARE(wizard.plan()->rejected, 0);
        QCOMPARE(InviteeRepository().count(), 0); // nothing written yet

        wizard.next(); // the commit page's Import
        QCOMPARE(wizard.currentId(), int(ImportWizard::ResultPage));
        QCOMPARE(InviteeRepository().count(), 6);
        QVERIFY(wizard.resultText().contains(QLatin1String("6 added")));
        QCOMPARE(stack.count(), 1);
        stack.undo();
        QCOMPARE(InviteeRepository().count(), 0);
        stack.redo();
        QCOMPARE(InviteeRepository().count(), 6);
    }

    // "Textile" in a file beside the register's "Textiles": the check page shows the name with
    // the existing category chosen, and a name the user marks as new becomes a category.
    void newCategoryNamesAreChosenBeforeWriting()
    {
        const qint64 textiles = SectorRepository().ensure(QStringLiteral("Textiles"), QStringLiteral("वस्त्र"));
        QTemporaryDir dir;
        const QString csv = writeFile(dir, QStringLiteral("sectors.csv"),
                                      "name,mobile,sector\n"
                                      "Neha Singh,9415000004,Textile\n"
                                      "Deepak Gupta,9415000005,Textile\n"
                                      "Ram Prasad,9415000001,Bamboo crafts\n"
                                      "Arif Khan,9415000003,Textiles\n");
        QUndoStack stack;
        ImportWizard wizard(&stack, m_event);
        QVERIFY(toCheckPage(wizard, csv));
        QTableWidget *names = wizard.sectorsTable();
        QVERIFY(names->isVisible());
        QCOMPARE(names->rowCount(), 2); // "Textiles" is the existing one's own name
        QCOMPARE(names->item(0, 0)->text(), QStringLiteral("Textile"));
        QCOMPARE(names->item(0, 1)->text(), QStringLiteral("2"));
        auto *textileChoice = qobject_cast<QComboBox *>(names->cellWidget(0, 2));
        QCOMPARE(textileChoice->currentData().toLongLong(), textiles); // use the existing one
        QCOMPARE(textileChoice->currentText(), QStringLiteral("Use the existing “Textiles”"));
        auto *bambooChoice = qobject_cast<QComboBox *>(names->cellWidget(1, 2));
        QCOMPARE(bambooChoice->currentData().toLongLong(), 0); // new
        wizard.next(); // import
        QCOMPARE(SectorRepository().all().size(), 2); // Textiles and Bamboo crafts, no "Textile"
        const auto neha = InviteeListQuery().list(InviteeFilter{m_event, QStringLiteral("Neha"), {}, {}, {}});
        QCOMPARE(InviteeRepository().find(neha.constFirst().id)->sectorId, textiles);
        QVERIFY(SectorRepository().findByName(QStringLiteral("Bamboo crafts")));
    }

    // A long list (a large load: written through a rollback journal into an SQLite file, see
    // Database::LoadJournal) imports, leaves the file as the window expects it, and is undone.
    void longListImportsAndUndoes()
    {
        QByteArray list("name,mobile,enterprise\n");
        for (int i = 0; i < 1500; ++i)
            list += "Udyami " + QByteArray::number(i) + ",94" + QByteArray::number(15000000 + i)
                    + ",Gorakhpur Terracotta " + QByteArray::number(i) + "\n";
        QTemporaryDir dir;
        const QString csv = writeFile(dir, QStringLiteral("long.csv"), list);
        QUndoStack stack;
        ImportWizard wizard(&stack, m_event);
        QVERIFY(toCheckPage(wizard, csv));
        QCOMPARE(wizard.plan()->imported, 1500);
        wizard.next(); // import
        QCOMPARE(wizard.currentId(), int(ImportWizard::ResultPage));
        QCOMPARE(InviteeRepository().count(), 1500);
        QCOMPARE(Database::fileState(), Database::FileState::Ok); // no red bar
        if (!Database::isServer()) {
            QSqlQuery q(QSqlDatabase::database(Database::defaultConnectionName()));
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            q.finish();
            const qint64 wal = QFileInfo(Database::filePath() + QStringLiteral("-wal")).size();
            QVERIFY2(wal < 64 * 1024, qPrintable(QString::number(wal))); // the load did not go through it
        }
        stack.undo();
        QCOMPARE(InviteeRepository().count(), 0);
        stack.redo();
        QCOMPARE(InviteeRepository().count(), 1500);
    }

    void badFileStaysOnTheFirstPage()
    {
        QTemporaryDir dir;
        const QString csv = writeFile(dir, QStringLiteral("bad.csv"), "name,mobile\nJos\xe9,9876543210\n");
        QVERIFY(!csv.isEmpty());
        QUndoStack stack;
        ImportWizard wizard(&stack, m_event);
        wizard.show();
        QVERIFY(!wizard.loadFile(csv));
        QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
        bool shown = false;
        for (QLabel *label : wizard.findChildren<QLabel *>())
            shown = shown || (label->isVisible() && label->text().contains(QLatin1String("UTF-8")));
        QVERIFY(shown);
    }

    void exportFromThePage()
    {
        Invitee v;
        v.name = QStringLiteral("मीरा श्रीवास्तव");
        v.mobile = QStringLiteral("7007001234");
        QVERIFY(InviteeRepository().insert(v));
        QUndoStack stack;
        InviteesPage page(&stack);
        page.setCurrentEvent(m_event);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("list.xlsx"));
        QVERIFY(page.exportToFile(path));
        QVERIFY(QFile::exists(path));
        QString error;
        const auto table = TableReader::read(path, &error);
        QVERIFY(table);
        QCOMPARE(table->rows.size(), 1);
        QCOMPARE(table->rows.first().first(), QStringLiteral("मीरा श्रीवास्तव"));
        QCOMPARE(table->rows.first().at(4), QStringLiteral("7007001234"));
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
