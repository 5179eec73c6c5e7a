#include "exportfixtures.h"
#include "exports/exportrepository.h"
#include "exports/exportcommands.h"
#include "testdb.h"

#include <QTest>
#include <QUndoStack>

// Every change of the export figures undoes and redoes exactly.
class TestExportCommands : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> m_db;
    const QString m_connection = Database::defaultConnectionName();


private slots:
    void init() { m_db = std::make_unique<TestDb>(); }
    void cleanup() { m_db.reset(); }

    void addUndoRedoKeepsTheId()
    {
        QUndoStack stack;
        auto *add = new AddExportCommand(m_connection, exportRecord(2020, "EG", 0, 26));
        stack.push(add);
        const qint64 id = add->recordId();
        QVERIFY(id);
        QCOMPARE(ExportRepository().find(id)->valueCrore, 26.0);
        stack.undo();
        QVERIFY(!ExportRepository().find(id));
        stack.redo();
        QCOMPARE(ExportRepository().find(id)->countryCode, QStringLiteral("EG"));
    }

    void editUndoRedo()
    {
        const qint64 id = ExportRepository().insert(exportRecord(2020, "PE", 0, 21.5));
        ExportRecord before = *ExportRepository().find(id);
        ExportRecord after = before;
        after.valueCrore = 30;
        after.countryCode = QStringLiteral("ZA");
        QUndoStack stack;
        stack.push(new EditExportCommand(m_connection, before, after));
        QCOMPARE(ExportRepository().find(id)->countryCode, QStringLiteral("ZA"));
        stack.undo();
        QCOMPARE(ExportRepository().find(id)->countryCode, QStringLiteral("PE"));
        QCOMPARE(ExportRepository().find(id)->valueCrore, 21.5);
        stack.redo();
        QCOMPARE(ExportRepository().find(id)->valueCrore, 30.0);
    }

    void deleteUndoBringsBackTheSameRecords()
    {
        ExportRepository repository;
        const qint64 a = repository.insert(exportRecord(2020, "EG", 0, 26));
        const qint64 b = repository.insert(exportRecord(2020, "ZA", 0, 54));
        const qint64 c = repository.insert(exportRecord(2019, "ZA", 0, 40));
        QUndoStack stack;
        stack.push(new DeleteExportsCommand(m_connection, {*repository.find(a), *repository.find(b)}));
        QCOMPARE(repository.all().size(), 1);
        QVERIFY(repository.find(c));
        stack.undo();
        QCOMPARE(repository.all().size(), 3);
        QCOMPARE(repository.find(b)->valueCrore, 54.0);
        stack.redo();
        QCOMPARE(repository.all().size(), 1);
    }

    void failedWriteDropsOut()
    {
        ExportRepository repository;
        repository.insert(exportRecord(2020, "EG", 0, 26));
        QUndoStack stack;
        // The same year, country and product again: the database refuses it.
        stack.push(new AddExportCommand(m_connection, exportRecord(2020, "EG", 0, 30)));
        QCOMPARE(stack.count(), 0);
        QCOMPARE(repository.all().size(), 1);
    }

    void importUndoRedo()
    {
        ExportRepository repository;
        const qint64 existing = repository.insert(exportRecord(2020, "EG", 0, 26));
        Table table;
        table.headers = QStringList{QStringLiteral("year"), QStringLiteral("country"), QStringLiteral("value")};
        table.rows = {{QStringLiteral("2020-21"), QStringLiteral("EG"), QStringLiteral("28")},
                      {QStringLiteral("2020-21"), QStringLiteral("PE"), QStringLiteral("21.5")}};
        QString error;
        const auto result = ExportImport::import(table, &error);
        QVERIFY(result);
        QUndoStack stack;
        stack.push(new ImportExportsCommand(m_connection, *result, QStringLiteral("/tmp/figures.csv")));
        QCOMPARE(stack.undoText(), QStringLiteral("Import export figures from figures.csv"));
        QCOMPARE(repository.all().size(), 2);
        stack.undo();
        QCOMPARE(repository.all().size(), 1);
        QCOMPARE(repository.find(existing)->valueCrore, 26.0);
        stack.redo();
        QCOMPARE(repository.all().size(), 2);
        QCOMPARE(repository.find(existing)->valueCrore, 28.0);
        QVERIFY(repository.idOf(2020, QStringLiteral("PE"), 0));
    }
};

QTEST_GUILESS_MAIN(TestExportCommands)
#include "tst_exportcommands.moc"
