#include "exportfixtures.h"
#include "widgettest.h"
#include "charts/exportchart.h"
#include "events/eventrepository.h"
#include "exports/exportrepository.h"
#include "exports/exchangeraterepository.h"
#include "exports/exchangerateswidget.h"
#include "exports/exportdialog.h"
#include "exports/exportspage.h"
#include "exports/exporttablemodel.h"
#include "exports/exporttargetrepository.h"
#include "exports/exporttargetsdialog.h"
#include "exports/productchapterrepository.h"
#include "exports/productchaptersdialog.h"
#include "exports/whoexportsdialog.h"
#include "invitees/invitationrepository.h"
#include "invitees/inviteerepository.h"
#include "text/languagemanager.h"
#include "sectors/sectorrepository.h"
#include "settingsdialog.h"
#include "testdb.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// The exports page's new parts as staff use them: the HS code, quantity and exporter columns,
// derived figures shown as such, the form's new fields, charts by chapter and against the
// target, "Who exports there?" from a bar, the targets dialog, a product's chapters, and
// Settings › Exchange rates.
class TestExportPlanDialogs : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    std::unique_ptr<TestDb> m_db;
    qint64 m_garments = 0;
    qint64 m_terracotta = 0;
    qint64 m_event = 0;
    qint64 m_exporter = 0;

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
        QVERIFY(LanguageManager::instance()->setLanguage(u"en"_s));
    }
    void init()
    {
        m_db = std::make_unique<TestDb>();
        QString error;
        m_garments = SectorRepository().ensure(u"Readymade garments"_s, u"रेडीमेड वस्त्र"_s);
        m_terracotta = SectorRepository().ensure(u"Terracotta"_s, u"टेराकोटा"_s);
        ExportRepository repository;
        ExportRecord coded = exportRecord(2022, "US", m_garments, 0);
        coded.hsCode = u"61091000"_s;
        coded.inrDerived = true;
        coded.valueUsdMillion = 1.25;
        coded.quantity = 12000;
        coded.unit = u"NOS"_s;
        coded.exporterIec = u"AAFCP4821K"_s;
        QVERIFY(repository.insert(coded, &error));
        QVERIFY(repository.insert(exportRecord(2022, "AE", m_terracotta, 40), &error));
        QVERIFY(repository.insert(exportRecord(2021, "AE", m_terracotta, 30), &error));
        QVERIFY(ExchangeRateRepository().set({2022, 80, {}}, &error));
        Invitee v;
        v.name = u"Pooja Gupta"_s;
        v.enterprise = u"Gupta Garments"_s;
        v.mobile = u"9876500001"_s;
        v.iec = u"AAFCP4821K"_s;
        v.sectorId = m_garments;
        m_exporter = InviteeRepository().insert(v, &error);
        Event e;
        e.nameEn = u"Buyer-seller meet"_s;
        e.startDate = QDate::currentDate().addDays(30);
        e.endDate = e.startDate;
        m_event = EventRepository().insert(e, &error);
        QVERIFY(m_exporter && m_event);
    }
    void cleanup()
    {
        QVERIFY(LanguageManager::instance()->setLanguage(u"en"_s));
        m_db.reset();
    }

    void newColumnsAndDerivedFigures()
    {
        QUndoStack stack;
        ExportsPage page(&stack);
        ExportTableModel *model = page.model();
        const int row = model->rowOf(ExportRepository().idOf([&] {
            ExportRecord key = exportRecord(2022, "US", m_garments, 0);
            key.hsCode = u"61091000"_s;
            key.exporterIec = u"AAFCP4821K"_s;
            return key;
        }()));
        QVERIFY(row >= 0);
        auto cell = [&](int column, int role = Qt::DisplayRole) { return model->index(row, column).data(role); };
        QCOMPARE(cell(ExportTableModel::HsColumn).toString(), u"61091000"_s);
        QCOMPARE(cell(ExportTableModel::QuantityColumn).toString(), u"12,000 NOS"_s);
        QCOMPARE(cell(ExportTableModel::ExporterColumn).toString(), u"Gupta Garments (AAFCP4821K)"_s);
        // ₹ follows from US$ 1.25 million at ₹80: shown as derived, in grey, with its rate.
        QCOMPARE(cell(ExportTableModel::ValueColumn).toString(), u"≈ 10.00"_s);
        QVERIFY(cell(ExportTableModel::ValueColumn, Qt::ForegroundRole).isValid());
        QVERIFY(cell(ExportTableModel::ValueColumn, Qt::ToolTipRole).toString().contains(u"₹80.00 per US$"_s));
        QCOMPARE(cell(ExportTableModel::UsdColumn).toString(), u"1.25"_s);
        QVERIFY(!cell(ExportTableModel::UsdColumn, Qt::ForegroundRole).isValid());
        QVERIFY(cell(ExportTableModel::HsColumn, Qt::ToolTipRole).toString().contains(u"Articles of apparel"_s));
        // The other way round: ₹ given, US$ derived.
        const int ae = model->rowOf(ExportRepository().idOf(2022, u"AE"_s, m_terracotta));
        QCOMPARE(model->index(ae, ExportTableModel::UsdColumn).data().toString(), u"≈ 5.00"_s);
        // Columns that some figure uses are shown, beside the product.
        QVERIFY(!page.view()->isColumnHidden(ExportTableModel::HsColumn));
        QVERIFY(page.view()->horizontalHeader()->visualIndex(ExportTableModel::HsColumn)
                < page.view()->horizontalHeader()->visualIndex(ExportTableModel::ValueColumn));
        // Without a rate the rupees are unknown, and the page says so.
        QString error;
        QVERIFY(ExchangeRateRepository().replaceAll({}, &error));
        QCOMPARE(model->index(row, ExportTableModel::ValueColumn).data().toString(), u"?"_s);
        QCOMPARE(model->withoutRate(), 1);
        QVERIFY(page.totalsLabel()->text().contains(u"exchange rate"_s));
    }

    void tableEdits()
    {
        QUndoStack stack;
        ExportTableModel model(&stack);
        QSignalSpy refused(&model, &ExportTableModel::editRefused);
        const int row = model.rowOf(ExportRepository().idOf(2022, u"AE"_s, m_terracotta));
        QVERIFY(model.setData(model.index(row, ExportTableModel::HsColumn), u"6913.90.00"_s));
        const qint64 id = model.recordAt(row).id;
        QCOMPARE(ExportRepository().find(id)->hsCode, u"69139000"_s);
        QVERIFY(!model.setData(model.index(model.rowOf(id), ExportTableModel::HsColumn), u"7700"_s));
        QCOMPARE(refused.size(), 1);
        QVERIFY(model.setData(model.index(model.rowOf(id), ExportTableModel::QuantityColumn), u"1,200 kgs"_s));
        QCOMPARE(ExportRepository().find(id)->quantity, 1200.0);
        QCOMPARE(ExportRepository().find(id)->unit, u"KGS"_s);
        // Clearing ₹ with no US$ figure would leave no value.
        QVERIFY(!model.setData(model.index(model.rowOf(id), ExportTableModel::ValueColumn), QString()));
        QVERIFY(model.setData(model.index(model.rowOf(id), ExportTableModel::UsdColumn), u"6"_s));
        QVERIFY(model.setData(model.index(model.rowOf(id), ExportTableModel::ValueColumn), QString()));
        auto r = ExportRepository().find(id);
        QVERIFY(r->inrDerived);
        QCOMPARE(r->valueCrore, 48.0); // 6 million × 80 ÷ 10
        QVERIFY(!model.setData(model.index(model.rowOf(id), ExportTableModel::ExporterColumn), u"BAD"_s));
        QVERIFY(model.setData(model.index(model.rowOf(id), ExportTableModel::ExporterColumn), u"aafcp4821k"_s));
        QCOMPARE(ExportRepository().find(id)->exporterIec, u"AAFCP4821K"_s);
        // Every edit is one undo step.
        while (stack.canUndo())
            stack.undo();
        r = ExportRepository().find(id);
        QVERIFY(r->hsCode.isEmpty() && r->quantity < 0 && !r->inrDerived && r->exporterIec.isEmpty());
        QCOMPARE(r->valueCrore, 40.0);
    }

    void formFields()
    {
        QUndoStack stack;
        ExportTableModel model(&stack);
        ExportDialog dialog(&model, 2022);
        dialog.countryEdit()->setText(u"Germany"_s);
        dialog.valueSpin()->setValue(0);
        dialog.usdEdit()->setText(u"2.5"_s);
        dialog.hsEdit()->setText(u"6913"_s);
        dialog.quantityEdit()->setText(u"300 pcs"_s);
        dialog.iecEdit()->setText(u"AAFCP4821K"_s);
        QVERIFY2(dialog.addButton()->isEnabled(), qPrintable(dialog.problemLabel()->text()));
        const ExportRecord r = dialog.record();
        QVERIFY(r.inrDerived);
        QCOMPARE(r.hsCode, u"6913"_s);
        QCOMPARE(r.quantity, 300.0);
        QCOMPARE(r.unit, u"PCS"_s);
        QVERIFY(dialog.noteLabel()->text().contains(u"₹ 20.00 crore"_s));
        QVERIFY(dialog.noteLabel()->text().contains(u"Gupta Garments"_s));
        dialog.hsEdit()->setText(u"77"_s);
        QVERIFY(!dialog.addButton()->isEnabled());
        QVERIFY(dialog.problemLabel()->text().contains(u"chapter 77"_s));
        dialog.hsEdit()->clear();
        dialog.usdEdit()->clear(); // ₹ 0 and no US$: a figure of nothing is still a figure
        QVERIFY(!dialog.record().inrDerived);
    }

    void chartsByChapterAndTarget()
    {
        QUndoStack stack;
        ExportsPage page(&stack);
        QComboBox *kind = page.chartKindCombo();
        kind->setCurrentIndex(kind->findText(u"Bars by HS chapter"_s));
        page.rebuildChart();
        QVERIFY2(page.chartView()->chart()->title().contains(u"Exports by HS chapter"_s), qPrintable(page.chartView()->chart()->title()));
        const ExportChart::Figures figures = ExportChart::figures(page.chartView()->chart());
        QCOMPARE(figures.rows.size(), 2);
        QVERIFY(figures.rows.at(0).at(0).startsWith(u"69 "_s)); // 40 crore of terracotta
        QVERIFY(figures.rows.at(1).at(0).startsWith(u"61 "_s));

        ExportTarget target;
        target.fyStart = 2024;
        target.targetCrore = 100;
        QString error;
        QVERIFY(ExportTargetRepository().insert(target, &error));
        kind->setCurrentIndex(kind->findText(u"Against the target"_s));
        page.rebuildChart();
        // The shown title wraps to fit with <br>; the full title is the one to read.
        const QString title = ExportChart::fullTitle(page.chartView()->chart());
        QVERIFY2(title.contains(u"Exports against the target"_s) && title.contains(u"needs 41.4% growth a year from 2022-23"_s),
                 qPrintable(title));
        const ExportChart::Figures years = ExportChart::figures(page.chartView()->chart());
        QCOMPARE(years.headers, (QStringList{u"Financial year"_s, u"Actual"_s, u"Target"_s}));
        QCOMPARE(years.rows.size(), 3); // 2021-22, 2022-23, 2024-25
        QCOMPARE(years.rows.at(2), (QStringList{u"2024-25"_s, u"—"_s, u"100.00"_s}));
    }

    // Right-click a bar: the country it stands for; the dialog lists the exporters and invites
    // the ticked ones (one undo step).
    void whoExportsThere()
    {
        QUndoStack stack;
        ExportsPage page(&stack);
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QComboBox *kind = page.chartKindCombo();
        kind->setCurrentIndex(kind->findText(u"Bars by country"_s));
        page.rebuildChart();
        QApplication::processEvents();
        QChart *chart = page.chartView()->chart();
        auto *bars = qobject_cast<QHorizontalBarSeries *>(chart->series().constFirst());
        QVERIFY(bars);
        // The bottom bar is the smallest: the US (₹10 crore) below the UAE (₹40 crore).
        const QPointF onBar = chart->mapToPosition(QPointF(2, 0), bars);
        const auto pick = ExportChart::pickAt(chart, chart->mapToScene(onBar));
        QVERIFY(pick);
        QCOMPARE(pick->key, u"US"_s);
        QCOMPARE(pick->by, ExportStats::By::Country);
        QVERIFY(!ExportChart::pickAt(chart, chart->mapToScene(QPointF(1, 1))));

        WhoExportsDialog dialog(page.model()->allRecords(), pick->by, pick->key, pick->name, &stack);
        QCOMPARE(dialog.windowTitle(), u"Who exports to United States?"_s);
        QCOMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(dialog.entries().at(0).reason, WhoExports::Reason::ExportsThere);
        QCOMPARE(dialog.chosen(), QList<qint64>{m_exporter});
        dialog.eventCombo()->setCurrentIndex(dialog.eventCombo()->findData(m_event));
        QCOMPARE(dialog.invite(), 1);
        QCOMPARE(InvitationRepository().status(m_event, m_exporter), InvitationStatus::Invited);
        stack.undo();
        QCOMPARE(InvitationRepository().status(m_event, m_exporter), InvitationStatus::NotInvited);
    }

    void targetsDialog()
    {
        QUndoStack stack;
        ExportTableModel model(&stack);
        ExportTargetsDialog dialog(&model, &stack);
        dialog.yearCombo()->setCurrentText(u"2024-25"_s);
        dialog.scopeCombo()->setCurrentIndex(dialog.scopeCombo()->findText(u"All exports"_s));
        dialog.targetSpin()->setValue(100);
        QVERIFY(dialog.addTarget());
        dialog.scopeCombo()->setCurrentIndex(dialog.scopeCombo()->findText(u"One country"_s));
        dialog.countryEdit()->setText(u"Atlantis"_s);
        dialog.targetSpin()->setValue(50);
        QVERIFY(!dialog.addButton()->isEnabled());
        QVERIFY(dialog.problemLabel()->text().contains(u"Atlantis"_s));
        dialog.countryEdit()->setText(u"संयुक्त अरब अमीरात"_s);
        QVERIFY2(dialog.addTarget(), qPrintable(dialog.problemLabel()->text()));
        QCOMPARE(ExportTargetRepository().all().size(), 2);
        QCOMPARE(dialog.table()->rowCount(), 2);
        // Progress against 2022-23's ₹50 crore (40 + the US figure's 10).
        QCOMPARE(dialog.table()->item(0, 4)->text(), u"needs 41.4% growth a year from 2022-23 (2 years)"_s);
        QCOMPARE(dialog.table()->item(1, 1)->text(), u"United Arab Emirates"_s);
        // The same year and scope again is refused before anything is written.
        dialog.scopeCombo()->setCurrentIndex(dialog.scopeCombo()->findText(u"All exports"_s));
        QVERIFY(!dialog.addButton()->isEnabled());
        // Change a target's figure in place; delete; undo all of it.
        dialog.table()->item(0, 2)->setText(u"1,000"_s);
        QCOMPARE(ExportTargetRepository().all().at(0).targetCrore, 1000.0);
        dialog.table()->selectRow(1);
        dialog.deleteSelected();
        QCOMPARE(ExportTargetRepository().all().size(), 1);
        while (stack.canUndo())
            stack.undo();
        QVERIFY(ExportTargetRepository().all().isEmpty());
    }

    void productChapters()
    {
        const Sector garments = *SectorRepository().find(m_garments);
        ProductChaptersDialog dialog(garments, {});
        QVERIFY(dialog.chaptersEdit()->placeholderText().contains(u"61, 62"_s));
        dialog.chaptersEdit()->setText(u"61, 62, 63"_s);
        QVERIFY(dialog.saveButton()->isEnabled());
        QVERIFY(dialog.namesLabel()->text().contains(u"63 Other made up textile articles"_s));
        dialog.chaptersEdit()->setText(u"61, 77"_s);
        QVERIFY(!dialog.saveButton()->isEnabled());
        dialog.chaptersEdit()->setText(u"62; 61 ६३"_s);
        dialog.accept();
        QCOMPARE(ProductChapterRepository().chosen().value(m_garments), (QStringList{u"61"_s, u"62"_s, u"63"_s}));
    }

    void exchangeRatesInSettings()
    {
        SettingsDialog dialog;
        const int ratesTab = dialog.tabs()->indexOf(dialog.exchangeRates());
        QVERIFY(ratesTab > 0);
        QCOMPARE(dialog.tabs()->tabText(ratesTab), u"E&xchange rates"_s);
        ExchangeRatesWidget *rates = dialog.exchangeRates();
        QCOMPARE(rates->table()->rowCount(), 1);
        rates->addYear();
        QCOMPARE(rates->table()->item(1, 0)->text(), u"2023-24"_s);
        rates->table()->item(1, 1)->setText(u"82.79"_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QList<ExchangeRate> saved = ExchangeRateRepository().all();
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved.at(1).inrPerUsd, 82.79);
        QCOMPARE(saved.at(1).note, u"RBI reference rate, average of the year"_s);

        // A bad rate keeps the dialog open and saves nothing.
        SettingsDialog again;
        again.exchangeRates()->table()->item(0, 1)->setText(u"-4"_s);
        again.accept();
        QVERIFY(again.result() != int(QDialog::Accepted));
        QCOMPARE(again.tabs()->currentWidget(), again.exchangeRates());
        QCOMPARE(ExchangeRateRepository().all(), saved);
        QString problem;
        QVERIFY(!again.exchangeRates()->rates(&problem));
        QVERIFY(problem.startsWith(u"Row 1"_s));
    }
};

QTEST_MAIN(TestExportPlanDialogs)
#include "tst_exportplandialogs.moc"
