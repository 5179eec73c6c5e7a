#include "widgettest.h"
#include "charts/exportchart.h"
#include "databasesession.h"
#include "events/demodata.h"
#include "events/eventrepository.h"
#include "events/eventdialog.h"
#include "exports/exportdialog.h"
#include "exports/exportspage.h"
#include "text/fonts.h"
#include "invitees/importwizard.h"
#include "invitees/inviteespage.h"
#include "text/languagemanager.h"
#include "mainwindow.h"
#include "testdb.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStyleOptionHeader>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using WidgetTest::child;
using WidgetTest::typeText;

namespace {

const QString Shared = QStringLiteral(SAMMELAN_TEST_DATA "/shared/");

bool hasLatinDigit(const QString &text)
{
    static const QRegularExpression latin(QStringLiteral("[0-9]"));
    return text.contains(latin);
}

// Digits as a keyboard sends them: the key of the digit, the character typed.
void typeDigits(QWidget *w, const QString &text)
{
    for (const QChar ch : text) {
        const int key = ch.isDigit() ? Qt::Key_0 + ch.digitValue() : Qt::Key_unknown;
        QTest::sendKeyEvent(QTest::Click, w, Qt::Key(key), QString(ch), Qt::NoModifier);
    }
}

QDate demoConclaveDate()
{
    return QDate(2021, 9, 24);
}

Event demoConclave()
{
    for (const Event &e : EventRepository().all())
        if (e.startDate == demoConclaveDate())
            return e;
    return {};
}

} // namespace

// Devanagari digits (Settings › Devanagari digits, in Hindi): every number a screen shows or
// takes (spin boxes, date fields, row numbers, messages) is written in them, and dates are
// written one way (24-09-2021) in dialogs and the import wizard, whatever the digits.
class TestNativeDigits : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    std::unique_ptr<TestDb> m_db;

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        // As the program starts: its own fonts.
        Fonts::load();
        QApplication::setFont(Fonts::uiFont(10));
        m_db = std::make_unique<TestDb>();
        QString error;
        QVERIFY2(DemoData::load(Database::defaultConnectionName(), &error) == DemoData::Result::Loaded, qPrintable(error));
        QVERIFY(demoConclave().id);
    }
    void init()
    {
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("hi")));
        LanguageManager::instance()->setNativeDigits(true);
    }
    void cleanup()
    {
        LanguageManager::instance()->setNativeDigits(false);
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
    }
    void cleanupTestCase() { m_db.reset(); }

    // The event's dates: 24-09-2021 in either language (not 24/09/21 or 24/9/21), in the
    // chosen digits, typed in them too; the calendar names the month in Hindi.
    void eventDialogDates()
    {
        EventDialog dialog;
        dialog.setEvent(demoConclave());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *start = child<QDateEdit>(&dialog, "startEdit");
        auto *end = child<QDateEdit>(&dialog, "endEdit");
        QCOMPARE(start->displayFormat(), LanguageManager::dateFormat());
        QCOMPARE(start->text(), u"२४-०९-२०२१"_s);
        QCOMPARE(end->text(), u"२४-०९-२०२१"_s);

        start->setFocus();
        start->setSelectedSection(QDateTimeEdit::DaySection);
        typeDigits(start, u"१५०८२०२२"_s);
        QCOMPARE(start->date(), QDate(2022, 8, 15));
        QCOMPARE(start->text(), u"१५-०८-२०२२"_s);

        // A limit in a message, in the same digits.
        auto *name = child<QLineEdit>(&dialog, "nameEnEdit");
        name->setText(QString(250, u'a'));
        auto *problem = child<QLabel>(&dialog, "problemLabel");
        QVERIFY2(problem->text().contains(u"२००"_s) && !hasLatinDigit(problem->text()), qPrintable(problem->text()));
        name->setText(demoConclave().nameEn);

        // The calendar: Hindi words (not the Marathi "सप्टेंबर" of the digits' locale),
        // Devanagari numbers.
        start->setDate(demoConclaveDate());
        QCalendarWidget *calendar = start->calendarWidget();
        QVERIFY(calendar);
        calendar->setSelectedDate(demoConclaveDate());
        QCOMPARE(child<QToolButton>(calendar, "qt_calendar_monthbutton")->text(), u"सितंबर"_s);
        QCOMPARE(child<QToolButton>(calendar, "qt_calendar_yearbutton")->text(), u"२०२१"_s);
        calendar->resize(360, 260);

        // Turning the digits off (Settings) while the dialog is open.
        LanguageManager::instance()->setNativeDigits(false);
        QCOMPARE(start->text(), u"24-09-2021"_s);
        QCOMPARE(child<QToolButton>(calendar, "qt_calendar_yearbutton")->text(), u"2021"_s);
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
        QCOMPARE(start->text(), u"24-09-2021"_s);
        QCOMPARE(child<QToolButton>(calendar, "qt_calendar_monthbutton")->text(), u"September"_s);
        QTRY_COMPARE(dialog.windowTitle(), u"Edit event"_s); // the posted LanguageChange
        QTest::qWait(50); // and the layout it asks for
    }

    // The export form: the years offered, the value box, and what is typed in Devanagari.
    void exportDialogNumbers()
    {
        QUndoStack stack;
        ExportsPage page(&stack);
        ExportDialog dialog(page.model(), 2020, &page);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.yearCombo()->currentText(), u"२०२०-२१"_s);
        for (int i = 0; i < dialog.yearCombo()->count(); ++i)
            QVERIFY2(!hasLatinDigit(dialog.yearCombo()->itemText(i)), qPrintable(dialog.yearCombo()->itemText(i)));
        QVERIFY2(dialog.valueSpin()->text().contains(u"०.००"_s), qPrintable(dialog.valueSpin()->text()));
        dialog.valueSpin()->setFocus();
        dialog.valueSpin()->selectAll();
        typeDigits(dialog.valueSpin(), u"१२"_s);
        QCOMPARE(dialog.valueSpin()->value(), 12.0);
        typeText(dialog.countryEdit(), u"ब्राज़ील"_s);
        QVERIFY2(dialog.addButton()->isEnabled(), qPrintable(dialog.problemLabel()->text()));
        QCOMPARE(dialog.record().fyStart, 2020);
        QCOMPARE(dialog.record().countryCode, u"BR"_s);
        // A message with an example year writes it in the same digits.
        dialog.yearCombo()->setCurrentText(u"२०२०"_s);
        QVERIFY2(dialog.problemLabel()->text().contains(u"२०२०-२१"_s), qPrintable(dialog.problemLabel()->text()));
    }

    // The Exports page: the Named box, the totals, the chart's values and the import summary.
    void exportsPageNumbers()
    {
        QUndoStack stack;
        ExportsPage page(&stack);
        page.resize(1024, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *named = page.findChild<QSpinBox *>();
        QVERIFY(named);
        QCOMPARE(named->text(), u"८"_s);
        QVERIFY2(!hasLatinDigit(page.totalsLabel()->text()), qPrintable(page.totalsLabel()->text()));
        QTRY_COMPARE(ExportChart::valueLabels(page.chartView()->chart()).value(0), u"५४.०"_s);

        QString shown;
        QTimer::singleShot(0, this, [&shown] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->reject();
            }
        });
        QVERIFY(page.importFile(QStringLiteral(SAMMELAN_TEST_DATA "/exports/exports-sample.csv")));
        const QString summary = page.lastMessage().remove(u"exports-sample.csv"_s);
        QVERIFY2(!hasLatinDigit(summary) && summary.contains(u"४ अस्वीकृत"_s), qPrintable(page.lastMessage()));
        // The rejected rows by their numbers (the reasons may name "ISO 3166-1").
        QVERIFY2(shown.contains(u"पंक्ति ६:"_s), qPrintable(shown));
        stack.undo();
    }

    // The import wizard: the event's date as in the dialogs, the file's row numbers and the
    // progress in the chosen digits.
    void importWizardNumbers()
    {
        QUndoStack stack;
        ImportWizard wizard(&stack, demoConclave().id);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *events = wizard.findChild<QComboBox *>();
        QVERIFY(events);
        QVERIFY2(events->currentText().contains(u"(२४-०९-२०२१)"_s), qPrintable(events->currentText()));
        QVERIFY(wizard.loadFile(Shared + QStringLiteral("invitees-sample.xlsx")));
        wizard.next();
        QTableWidget *preview = nullptr;
        for (QTableWidget *table : wizard.findChildren<QTableWidget *>())
            if (table != wizard.mappingTable() && table != wizard.rejectsTable()
                && table != wizard.sectorsTable())
                preview = table;
        QVERIFY(preview);
        QCOMPARE(preview->verticalHeaderItem(0)->text(), u"२"_s); // row 1 is the heading
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
        QCOMPARE(wizard.rejectsTable()->verticalHeaderItem(0)->text(), u"७"_s);
        auto *progress = wizard.findChild<QProgressBar *>();
        progress->setRange(0, 4);
        progress->setValue(2);
        QCOMPARE(progress->text(), u"५०%"_s);

        LanguageManager::instance()->setNativeDigits(false);
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
        QTRY_VERIFY2(events->currentText().contains(u"(24-09-2021)"_s), qPrintable(events->currentText()));
    }

    // Row numbers on the Invitees page are written whole in their header, in both digit
    // settings and after switching between them while the page is open.
    void inviteeRowNumbersFit()
    {
        QUndoStack stack;
        InviteesPage page(&stack);
        page.resize(1024, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setCurrentEvent(0);
        auto *view = page.findChild<QTableView *>();
        view->scrollToBottom();
        for (int round = 0; round < 3; ++round) {
            QTest::qWait(50);
            QHeaderView *header = view->verticalHeader();
            const int last = header->count() - 1;
            QCOMPARE(header->model()->headerData(last, Qt::Vertical).toString(),
                     LanguageManager::number(last + 1));
            for (int r = header->visualIndexAt(0); r >= 0 && r <= last; ++r) {
                QStyleOptionHeader option;
                option.initFrom(header);
                option.text = header->model()->headerData(r, Qt::Vertical).toString();
                const QSize needed = header->style()->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), header);
                QVERIFY2(needed.width() <= header->width() && needed.height() <= header->sectionSize(r),
                         qPrintable(QStringLiteral("%1: %2 in %3×%4").arg(option.text).arg(needed.width())
                                        .arg(header->width()).arg(header->sectionSize(r))));
            }
            LanguageManager::instance()->setNativeDigits(!LanguageManager::instance()->nativeDigits());
        }
    }
};

QTEST_MAIN(TestNativeDigits)
#include "tst_nativedigits.moc"
