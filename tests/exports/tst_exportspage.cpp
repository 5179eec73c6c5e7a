#include "exportfixtures.h"
#include "widgettest.h"
#include "exports/exportrepository.h"
#include "charts/exportchart.h"
#include "exports/exportdialog.h"
#include "exports/exportspage.h"
#include "exports/exporttablemodel.h"
#include "text/languagemanager.h"
#include "pdftools.h"
#include "sectors/sectorrepository.h"
#include "storage/settingsrepository.h"
#include "testdb.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPieSeries>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

using WidgetTest::typeText;

namespace {
// The share of dark pixels in `area` of `image`.
double inked(const QImage &image, const QRect &area)
{
    qint64 ink = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (qGray(image.pixel(x, y)) < 200)
                ++ink;
    return double(ink) / (qint64(area.width()) * area.height());
}
} // namespace

// The Exports page as staff use it: add a figure through the form (country typed in Hindi and
// completed), edit a cell, delete and undo, import a spreadsheet, switch the chart, save it.
class TestExportsPage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    std::unique_ptr<TestDb> m_db;
    qint64 m_textiles = 0;

    // Answers the next modal dialog or message box with `answer`.
    template<typename F>
    void whenModal(F answer)
    {
        QTimer::singleShot(0, this, [answer] {
            QWidget *modal = QApplication::activeModalWidget();
            QVERIFY(modal);
            answer(modal);
            // A failed check above returns early: never leave the dialog waiting for an answer.
            if (auto *dialog = qobject_cast<QDialog *>(modal); dialog && dialog->isVisible())
                dialog->reject();
        });
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
    }
    void init()
    {
        m_db = std::make_unique<TestDb>();
        SettingsRepository().setValue(SettingsRepository::District, QStringLiteral("Gorakhpur"));
        SettingsRepository().setValue(SettingsRepository::DistrictHi, QStringLiteral("गोरखपुर"));
        m_textiles = SectorRepository().ensure(QStringLiteral("Textiles"), QStringLiteral("वस्त्र"));
        ExportRepository repository;
        repository.insert(exportRecord(2020, "ZA", m_textiles, 42));
        repository.insert(exportRecord(2020, "EG", 0, 26));
        repository.insert(exportRecord(2019, "ZA", m_textiles, 40));
    }
    void cleanup()
    {
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
        m_db.reset();
    }

    void addThroughTheForm()
    {
        QUndoStack stack;
        ExportsPage page(&stack);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        bool addWasOff = false;
        whenModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<ExportDialog *>(modal);
            QVERIFY(dialog);
            QCOMPARE(dialog->yearCombo()->currentText(), QStringLiteral("2020-21")); // the latest year
            addWasOff = !dialog->addButton()->isEnabled(); // no country yet
            // Typed in Hindi; the completer offers the country as it is typed.
            typeText(dialog->countryEdit(), QStringLiteral("पेर"));
            QVERIFY(dialog->countryEdit()->completer()->completionCount() >= 1);
            QCOMPARE(dialog->countryEdit()->completer()->currentCompletion(), QStringLiteral("पेरू"));
            typeText(dialog->countryEdit(), QStringLiteral("ू"));
            dialog->productCombo()->setCurrentIndex(dialog->productCombo()->findText(QStringLiteral("Textiles")));
            dialog->valueSpin()->setValue(21.5);
            QVERIFY(dialog->addButton()->isEnabled());
            dialog->addButton()->click();
        });
        QTest::keyClick(page.view(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(addWasOff);
        const qint64 id = ExportRepository().idOf(2020, QStringLiteral("PE"), m_textiles);
        QVERIFY(id);
        QCOMPARE(ExportRepository().find(id)->valueCrore, 21.5);
        QCOMPARE(page.model()->rowCount(), 4);
        QVERIFY(page.totalsLabel()->text().contains(QStringLiteral("2020-21: ₹89.50 crore")));
        stack.undo();
        QVERIFY(!ExportRepository().find(id));
        QVERIFY(page.totalsLabel()->text().contains(QStringLiteral("2020-21: ₹68.00 crore")));
    }

    void formRefusesASecondFigureForTheSameKey()
    {
        QUndoStack stack;
        ExportsPage page(&stack);
        QString problem;
        whenModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<ExportDialog *>(modal);
            typeText(dialog->countryEdit(), QStringLiteral("EG"));
            problem = dialog->problemLabel()->text();
            QVERIFY(!dialog->addButton()->isEnabled());
            dialog->reject();
        });
        page.addFigure();
        QVERIFY2(problem.contains(QStringLiteral("already")), qPrintable(problem));
    }

    void editACellAndUndo()
    {
        QUndoStack stack;
        ExportsPage page(&stack);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView *view = page.view();
        const qint64 id = ExportRepository().idOf(2020, QStringLiteral("EG"), 0);
        int row = -1;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            if (view->model()->index(r, 0).data(ExportTableModel::IdRole).toLongLong() == id)
                row = r;
        QVERIFY(row >= 0);
        const QModelIndex value = view->model()->index(row, ExportTableModel::ValueColumn);
        view->setCurrentIndex(value);
        view->edit(value);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("35.25"));
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits Return through a queued call, as in the running program.
        QTRY_COMPARE(ExportRepository().find(id)->valueCrore, 35.25);
        // The row stays selected where the user left it.
        QCOMPARE(view->currentIndex().data(ExportTableModel::IdRole).toLongLong(), id);
        QCOMPARE(stack.count(), 1);
        stack.undo();
        QCOMPARE(ExportRepository().find(id)->valueCrore, 26.0);
    }

    void deleteAsksAndUndoes()
    {
        QUndoStack stack;
        ExportsPage page(&stack);
        page.show();
        page.view()->selectAll();
        whenModal([](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            QVERIFY(box->text().contains(QStringLiteral("3 export figures")));
            box->reject();
        });
        page.deleteSelected();
        QCOMPARE(ExportRepository().all().size(), 3);
        whenModal([](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            for (QAbstractButton *b : box->buttons())
                if (b->text() == QLatin1String("Delete"))
                    b->click();
        });
        page.deleteSelected();
        QVERIFY(ExportRepository().all().isEmpty());
        QVERIFY(page.totalsLabel()->text().startsWith(QStringLiteral("No export figures yet")));
        stack.undo();
        QCOMPARE(ExportRepository().all().size(), 3);
    }

    void importReportsRejects()
    {
        QUndoStack stack;
        ExportsPage page(&stack);
        QString shown;
        whenModal([&](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            shown = box->text();
            box->reject(); // Close: no rejects file
        });
        QVERIFY(page.importFile(QStringLiteral(SAMMELAN_TEST_DATA "/exports/exports-sample.csv")));
        QVERIFY2(shown.contains(QStringLiteral("Row 6: country")), qPrintable(shown));
        // South Africa 2020-21 and 2019-20 are already there with the same values: unchanged.
        QVERIFY2(page.lastMessage().contains(QStringLiteral("3 added, 0 updated, 2 unchanged, 4 rejected")), qPrintable(page.lastMessage()));
        QCOMPARE(ExportRepository().all().size(), 3 + 3);
        QCOMPARE(stack.count(), 1);
        stack.undo();
        QCOMPARE(ExportRepository().all().size(), 3);
        QCOMPARE(ExportRepository().find(ExportRepository().idOf(2020, QStringLiteral("ZA"), m_textiles))->valueCrore, 42.0);
    }

    void badFileWritesNothing()
    {
        QUndoStack stack;
        ExportsPage page(&stack);
        const QString path = m_db->dir.filePath(QStringLiteral("broken.xlsx"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a workbook");
        f.close();
        QString shown;
        whenModal([&](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            shown = box->text();
            box->accept();
        });
        QVERIFY(!page.importFile(path));
        QVERIFY(!shown.isEmpty());
        QCOMPARE(ExportRepository().all().size(), 3);
        QCOMPARE(stack.count(), 0);
    }

    void chartFollowsChoicesAndLanguage()
    {
        QUndoStack stack;
        ExportsPage page(&stack);
        page.resize(1300, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const auto title = [&page] { return ExportChart::fullTitle(page.chartView()->chart()); };
        QTRY_COMPARE(title(), QStringLiteral("Gorakhpur: Exports by country, 2020-21 (total ₹68.00 crore)"));
        page.chartKindCombo()->setCurrentIndex(3);
        emit page.chartKindCombo()->activated(3);
        QTRY_VERIFY(qobject_cast<QPieSeries *>(page.chartView()->chart()->series().value(0)));
        page.chartYearCombo()->setCurrentIndex(page.chartYearCombo()->findData(2019));
        emit page.chartYearCombo()->activated(page.chartYearCombo()->currentIndex());
        QTRY_VERIFY(title().contains(QStringLiteral("2019-20")));
        // Data changed elsewhere shows at once.
        ExportRepository().insert(exportRecord(2019, "PE", m_textiles, 10));
        QTRY_VERIFY(title().contains(QStringLiteral("₹50.00 crore")));
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("hi")));
        QTRY_VERIFY(title().startsWith(QStringLiteral("गोरखपुर")));
        QVERIFY(title().contains(QStringLiteral("करोड़")));
        QCOMPARE(page.chartKindCombo()->currentIndex(), 3); // the choice survives the switch

        // Saved as the user sees it: the picture has the chart (ink in the middle, a white
        // border), the PDF a chart page and a page of figures whose numbers can be searched.
        const QString png = m_db->dir.filePath(QStringLiteral("chart.png"));
        QVERIFY(page.saveChart(png));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(2400, 1500));
        QVERIFY2(inked(image, QRect(600, 300, 1200, 900)) > 0.05, "no chart in the middle of the picture");
        QCOMPARE(inked(image, QRect(0, image.height() - 8, image.width(), 8)), 0.0);
        const QString pdf = m_db->dir.filePath(QStringLiteral("chart.pdf"));
        QVERIFY(page.saveChart(pdf));
        QCOMPARE(PdfTools::pageCount(pdf), 2);
        const QStringList figures = PdfTools::lines(PdfTools::text(pdf, 2, PdfTools::Layout));
        // 2019-20 by country: South Africa 40, Peru 10.
        QVERIFY2(figures.filter(QStringLiteral("40.00")).size() == 1 && figures.filter(QStringLiteral("10.00")).size() == 1,
                 qPrintable(figures.join(QLatin1Char('\n'))));
        QVERIFY2(PdfTools::text(pdf, 1).contains(QStringLiteral("2019-20")), qPrintable(PdfTools::text(pdf, 1)));
    }

    // Demo figures are in italics, and the page says what italics mean while there are any.
    void demoRowsHaveALegend()
    {
        QUndoStack stack;
        ExportsPage page(&stack);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.demoNote()->isVisible());
        const qint64 id = ExportRepository().insert(exportRecord(2018, "NP", 0, 7, true));
        QVERIFY(id);
        QTRY_VERIFY(page.demoNote()->isVisible());
        QVERIFY(page.demoNote()->font().italic());
        QVERIFY(page.demoNote()->text().contains(QStringLiteral("italics")));
        const int row = page.model()->rowOf(id);
        QVERIFY(page.model()->index(row, 0).data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(ExportRepository().remove({id}));
        QTRY_VERIFY(!page.demoNote()->isVisible());
    }

    // The US$ column takes room from the names only when some figure has a US$ value.
    void usdColumnWhenUsed()
    {
        QUndoStack stack;
        ExportsPage page(&stack);
        page.show();
        QVERIFY(page.view()->isColumnHidden(ExportTableModel::UsdColumn));
        ExportRecord r = exportRecord(2018, "NP", 0, 7);
        r.valueUsdMillion = 0.9;
        QVERIFY(ExportRepository().insert(r));
        QTRY_VERIFY(!page.view()->isColumnHidden(ExportTableModel::UsdColumn));
    }
};

QTEST_MAIN(TestExportsPage)
#include "tst_exportspage.moc"
