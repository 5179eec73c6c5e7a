#include "testdb.h"
#include "report/badgeprintrepository.h"
#include "checkin/checkincode.h"
#include "events/demodata.h"
#include "events/eventrepository.h"
#include "invitees/invitationrepository.h"
#include "invitees/inviteelistquery.h"
#include "invitees/inviteerepository.h"
#include "text/languagemanager.h"
#include "pdftools.h"
#include "printing/printinviteesdialog.h"
#include "report/reportrenderer.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <sys/stat.h>

namespace {
template<typename T>
T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

QStringList checkedTitles(QWidget *dialog)
{
    QStringList titles;
    auto *list = child<QListWidget>(dialog, "columnList");
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            titles << list->item(i)->text();
    return titles;
}

QList<InvitationStatus> sorted(QList<InvitationStatus> statuses)
{
    std::sort(statuses.begin(), statuses.end());
    return statuses;
}

QListWidgetItem *columnItem(QWidget *dialog, const QString &title)
{
    auto *list = child<QListWidget>(dialog, "columnList");
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text() == title)
            return list->item(i);
    return nullptr;
}
} // namespace

class TestPrintInviteesDialog : public QObject
{
    Q_OBJECT
    TestDb *m_db = nullptr;
    QTemporaryDir m_dir;
    InviteeFilter m_filter;

    // Lets the dialog lay out again after a change (it waits for the event loop).
    static void settle() { QCoreApplication::processEvents(); }

    // Where screenshots go for a person to look at (SAMMELAN_SCREENSHOTS=folder), if anywhere.
    static void shoot(QWidget *w, const QString &name)
    {
        const QString folder = qEnvironmentVariable("SAMMELAN_SCREENSHOTS");
        if (folder.isEmpty())
            return;
        for (int i = 0; i < 3; ++i) // let layouts settle after a language switch
            QCoreApplication::processEvents();
        w->grab().save(QDir(folder).filePath(name));
    }

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
        m_db = new TestDb;
        QCOMPARE(DemoData::load(), DemoData::Result::Loaded);
        for (const Event &e : EventRepository().all())
            if (e.startDate == QDate(2021, 9, 24))
                m_filter.eventId = e.id;
        QVERIFY(m_filter.eventId);
    }
    void cleanupTestCase() { delete m_db; }
    void init()
    {
        QSettings().clear();
        // Badges printed by one test would be left out of the next one's.
        QSqlQuery(QSqlDatabase::database(Database::defaultConnectionName())).exec(QStringLiteral("DELETE FROM badge_prints"));
    }
    void cleanup() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }

    void opensWithTheListAndItsPreview()
    {
        PrintInviteesDialog dialog(m_filter, InviteeSort());
        dialog.resize(1100, 760);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.options().layout, InviteeReportLayout::List);
        QCOMPARE(dialog.options().orientation, QPageLayout::Portrait);
        QCOMPARE(checkedTitles(&dialog), (QStringList{QStringLiteral("S.No."), QStringLiteral("Name"),
                                                      QStringLiteral("Enterprise"), QStringLiteral("Sector"),
                                                      QStringLiteral("Mobile"), QStringLiteral("Status")}));
        // The event's invitations: invited, confirmed and attended (not the declined, not the
        // never invited).
        InviteeFilter listed = m_filter;
        listed.statuses = InvitationStatuses::listedByDefault();
        const int rows = InviteeListQuery().count(listed);
        QVERIFY(rows > 100 && rows < 200);
        QCOMPARE(dialog.document().rowCount, rows);
        QVERIFY(dialog.document().pageCount() > 1);
        QVERIFY(child<QLabel>(&dialog, "summaryLabel")->text().contains(QStringLiteral("Invitees: %1").arg(rows)));
        QCOMPARE(child<QLabel>(&dialog, "pageCountLabel")->text(), QStringLiteral("of %1").arg(dialog.document().pageCount()));
        // Fit width: the page fills the preview's width.
        const QPixmap page = child<QLabel>(&dialog, "previewLabel")->pixmap();
        QVERIFY(!page.isNull());
        const int room = child<QWidget>(&dialog, "previewArea")->width();
        QVERIFY2(page.deviceIndependentSize().width() > room * 0.8 && page.deviceIndependentSize().width() < room,
                 qPrintable(QStringLiteral("%1 in %2").arg(page.deviceIndependentSize().width()).arg(room)));
        QVERIFY(dialog.windowTitle().contains(QStringLiteral("Gorakhpur Export Conclave")));
        shoot(&dialog, QStringLiteral("print-dialog-en.png"));
    }

    void turnsPagesAndZooms()
    {
        PrintInviteesDialog dialog(m_filter, InviteeSort());
        dialog.show();
        dialog.activateWindow(); // shortcuts belong to the active window
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        const int pages = dialog.document().pageCount();
        auto *previous = child<QToolButton>(&dialog, "previousButton");
        auto *next = child<QToolButton>(&dialog, "nextButton");
        QCOMPARE(dialog.currentPage(), 0);
        QVERIFY(!previous->isEnabled());
        const QImage first = child<QLabel>(&dialog, "previewLabel")->pixmap().toImage();
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(dialog.currentPage(), 1);
        QVERIFY(child<QLabel>(&dialog, "previewLabel")->pixmap().toImage() != first);
        QTest::keyClick(&dialog, Qt::Key_PageDown);
        QCOMPARE(dialog.currentPage(), 2);
        QTest::keyClick(&dialog, Qt::Key_PageUp);
        QCOMPARE(dialog.currentPage(), 1);
        child<QSpinBox>(&dialog, "pageSpin")->setValue(pages);
        QCOMPARE(dialog.currentPage(), pages - 1);
        QVERIFY(!next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(dialog.currentPage(), pages - 1);

        dialog.setZoom(100);
        const QSizeF at100 = child<QLabel>(&dialog, "previewLabel")->pixmap().deviceIndependentSize();
        QTest::keyClick(&dialog, Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(dialog.zoom(), 125);
        QVERIFY(child<QLabel>(&dialog, "previewLabel")->pixmap().deviceIndependentSize().width() > at100.width() * 1.2);
        QTest::keyClick(&dialog, Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(&dialog, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(dialog.zoom(), 75);
    }

    void choicesChangeTheDocumentAndAreRemembered()
    {
        {
            PrintInviteesDialog dialog(m_filter, InviteeSort());
            auto *layout = child<QComboBox>(&dialog, "layoutCombo");
            layout->setCurrentIndex(layout->findData(int(InviteeReportLayout::Register)));
            settle();
            QCOMPARE(dialog.options().layout, InviteeReportLayout::Register);
            QVERIFY(checkedTitles(&dialog).contains(QStringLiteral("Signature")));
            QVERIFY(!checkedTitles(&dialog).contains(QStringLiteral("Status")));
            const int portraitPages = dialog.document().pageCount();

            auto *orientation = child<QComboBox>(&dialog, "orientationCombo");
            orientation->setCurrentIndex(orientation->findData(int(QPageLayout::Landscape)));
            columnItem(&dialog, QStringLiteral("Enterprise"))->setCheckState(Qt::Unchecked);
            columnItem(&dialog, QStringLiteral("Designation"))->setCheckState(Qt::Checked);
            settle();
            QCOMPARE(dialog.document().orientation, QPageLayout::Landscape);
            QVERIFY(dialog.document().pageSize.width() > dialog.document().pageSize.height());
            QVERIFY(dialog.document().pageCount() > portraitPages); // fewer tall rows per page
            QCOMPARE(dialog.options().columns,
                     (QList<InviteeColumn>{InviteeColumn::SerialNo, InviteeColumn::Name, InviteeColumn::Designation,
                                           InviteeColumn::Mobile, InviteeColumn::Stall, InviteeColumn::Signature}));
            dialog.setZoom(150);
            dialog.reject();
        }
        PrintInviteesDialog again(m_filter, InviteeSort());
        QCOMPARE(again.options().layout, InviteeReportLayout::Register);
        QCOMPARE(again.options().orientation, QPageLayout::Landscape);
        QVERIFY(checkedTitles(&again).contains(QStringLiteral("Designation")));
        QVERIFY(!checkedTitles(&again).contains(QStringLiteral("Enterprise")));
        QCOMPARE(again.zoom(), 150);
        // The list kept its own choices.
        auto *layout = child<QComboBox>(&again, "layoutCombo");
        layout->setCurrentIndex(layout->findData(int(InviteeReportLayout::List)));
        settle();
        QCOMPARE(again.options().orientation, QPageLayout::Portrait);
        QVERIFY(checkedTitles(&again).contains(QStringLiteral("Status")));
        // Default columns puts the layout's own back.
        layout->setCurrentIndex(layout->findData(int(InviteeReportLayout::Register)));
        settle();
        QTest::mouseClick(child<QPushButton>(&again, "defaultColumnsButton"), Qt::LeftButton);
        settle();
        QCOMPARE(again.options().columns, InviteeReport::defaultColumns(InviteeReportLayout::Register));
    }

    void noColumnsNothingToPrint()
    {
        PrintInviteesDialog dialog(m_filter, InviteeSort());
        auto *list = child<QListWidget>(&dialog, "columnList");
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(Qt::Unchecked);
        settle();
        QCOMPARE(dialog.document().pageCount(), 0);
        QVERIFY(!child<QPushButton>(&dialog, "printButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "savePdfButton")->isEnabled());
        QCOMPARE(child<QLabel>(&dialog, "summaryLabel")->text(), QStringLiteral("Tick at least one column to print."));
        list->item(1)->setCheckState(Qt::Checked);
        settle();
        QVERIFY(child<QPushButton>(&dialog, "printButton")->isEnabled());
    }

    void withoutAnEvent()
    {
        PrintInviteesDialog dialog{InviteeFilter(), InviteeSort()};
        QCOMPARE(dialog.document().pageCount(), 0);
        QVERIFY(!child<QPushButton>(&dialog, "savePdfButton")->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "summaryLabel")->text().contains(QStringLiteral("Choose an event")));
    }

    // The statuses start as each mode's defaults (or the page's filter), the count of what will be
    // printed shows, and ticking a status reads the rows again.
    void statusesPerModeAndTheCount()
    {
        auto countOf = [this](const QList<InvitationStatus> &statuses) {
            InviteeFilter filter = m_filter;
            filter.statuses = statuses;
            return InviteeListQuery().count(filter);
        };
        PrintInviteesDialog dialog(m_filter, InviteeSort());
        dialog.resize(1100, 760);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *list = child<QListWidget>(&dialog, "statusList");
        QCOMPARE(list->count(), int(InvitationStatuses::all().size()));
        QVERIFY(list->isVisible());
        QCOMPARE(dialog.statuses(), InvitationStatuses::listedByDefault());
        const int listed = countOf(InvitationStatuses::listedByDefault());
        auto *count = child<QLabel>(&dialog, "countLabel");
        QCOMPARE(count->text(), QStringLiteral("%1 invitees will be printed.").arg(listed));
        // Tick "declined": read again, and counted.
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->text() == QStringLiteral("Declined"))
                list->item(i)->setCheckState(Qt::Checked);
        settle();
        const int withDeclined = countOf(InvitationStatuses::listedByDefault() << InvitationStatus::Declined);
        QVERIFY(withDeclined > listed);
        QCOMPARE(dialog.document().rowCount, withDeclined);
        QCOMPARE(count->text(), QStringLiteral("%1 invitees will be printed.").arg(withDeclined));
        // None ticked: nothing to print, and why.
        dialog.setStatuses({});
        settle();
        QCOMPARE(dialog.document().pageCount(), 0);
        QCOMPARE(child<QLabel>(&dialog, "summaryLabel")->text(), QStringLiteral("Tick at least one status to print."));
        QVERIFY(!child<QPushButton>(&dialog, "printButton")->isEnabled());

        // Badges: everyone the check-in desk expects.
        PrintInviteesDialog badges(m_filter, InviteeSort());
        badges.chooseBadges();
        QCOMPARE(sorted(badges.statuses()), sorted(InvitationStatuses::expected()));
        const int expected = countOf(InvitationStatuses::expected());
        QCOMPARE(badges.document().rowCount, expected);
        QCOMPARE(child<QLabel>(&badges, "countLabel")->text(), QStringLiteral("%1 badges will be printed.").arg(expected));
        // Back to a list in the same dialog: the list's defaults again.
        auto *layout = child<QComboBox>(&badges, "layoutCombo");
        layout->setCurrentIndex(layout->findData(int(InviteeReportLayout::Register)));
        settle();
        QCOMPARE(badges.statuses(), InvitationStatuses::listedByDefault());
        QCOMPARE(badges.document().rowCount, listed);

        // The page's own status filter is what the dialog starts with, in both modes.
        InviteeFilter confirmed = m_filter;
        confirmed.statuses = {InvitationStatus::Confirmed};
        PrintInviteesDialog page(confirmed, InviteeSort());
        QCOMPARE(page.statuses(), confirmed.statuses);
        QCOMPARE(page.document().rowCount, countOf({InvitationStatus::Confirmed}));
        page.chooseBadges();
        QCOMPARE(page.statuses(), confirmed.statuses);
        QCOMPARE(page.document().rowCount, countOf({InvitationStatus::Confirmed}));
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("hi")));
        settle();
        shoot(&dialog, QStringLiteral("print-statuses-hi.png"));
    }

    // A new event with five invitations prints those five, not everyone in the database.
    void aNewEventPrintsItsInvitationsOnly()
    {
        Event e;
        e.nameEn = QStringLiteral("Buyer-Seller Meet");
        e.startDate = e.endDate = QDate(2021, 11, 5);
        InviteeFilter filter;
        filter.eventId = EventRepository().insert(e);
        QVERIFY(filter.eventId);
        const QList<InviteeRow> all = InviteeListQuery().list(InviteeFilter());
        for (int i = 0; i < 5; ++i)
            QVERIFY(InvitationRepository().setStatus(filter.eventId, all.at(i * 3).id, InvitationStatus::Invited));
        PrintInviteesDialog dialog(filter, InviteeSort());
        QCOMPARE(dialog.document().rowCount, 5);
        QCOMPARE(child<QLabel>(&dialog, "countLabel")->text(), QStringLiteral("5 invitees will be printed."));
        dialog.chooseBadges();
        QCOMPARE(dialog.document().rowCount, 5);
        QCOMPARE(dialog.document().pageCount(), 2);
    }

    // Print… after Badges… opens on the list layout used last; Badges… on the badge layout.
    void eachCommandOpensInItsOwnMode()
    {
        {
            PrintInviteesDialog dialog(m_filter, InviteeSort());
            auto *layout = child<QComboBox>(&dialog, "layoutCombo");
            layout->setCurrentIndex(layout->findData(int(InviteeReportLayout::Register)));
            settle();
        }
        {
            PrintInviteesDialog dialog(m_filter, InviteeSort());
            dialog.chooseBadges();
            auto *layout = child<QComboBox>(&dialog, "layoutCombo");
            layout->setCurrentIndex(layout->findText(QStringLiteral("Badges, 8 per A4 label sheet")));
            settle();
            QCOMPARE(dialog.badgeLayout(), BadgeLayout::EightUp);
        }
        PrintInviteesDialog print(m_filter, InviteeSort());
        QVERIFY(!print.badgeLayout());
        QCOMPARE(print.options().layout, InviteeReportLayout::Register);
        QCOMPARE(print.statuses(), InvitationStatuses::listedByDefault());
        PrintInviteesDialog badges(m_filter, InviteeSort());
        badges.chooseBadges();
        QCOMPARE(badges.badgeLayout(), BadgeLayout::EightUp);
    }

    // Badges remember that they were printed: the dialog says how many and when, and offers
    // only those not printed yet (ticked); saving or printing notes them.
    void badgesPrintedBeforeAreOfferedOnlyNew()
    {
        QSqlQuery(QSqlDatabase::database(Database::defaultConnectionName())).exec(QStringLiteral("DELETE FROM badge_prints"));
        InviteeFilter confirmed = m_filter;
        confirmed.statuses = {InvitationStatus::Confirmed};
        const int confirmedCount = InviteeListQuery().count(confirmed);
        InviteeFilter expectedFilter = m_filter;
        expectedFilter.statuses = InvitationStatuses::expected();
        const int expected = InviteeListQuery().count(expectedFilter);
        {
            PrintInviteesDialog dialog(confirmed, InviteeSort());
            dialog.chooseBadges();
            QVERIFY(child<QLabel>(&dialog, "printedLabel")->isHidden()); // none printed yet
            QVERIFY(child<QCheckBox>(&dialog, "onlyNewCheck")->isHidden());
            QVERIFY(dialog.saveAsPdf(m_dir.filePath(QStringLiteral("confirmed-badges.pdf"))));
        }
        QCOMPARE(BadgePrintRepository().lastPrinted(m_filter.eventId).size(), confirmedCount);

        PrintInviteesDialog dialog(m_filter, InviteeSort());
        dialog.resize(1100, 760);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.chooseBadges();
        auto *printed = child<QLabel>(&dialog, "printedLabel");
        auto *onlyNew = child<QCheckBox>(&dialog, "onlyNewCheck");
        QVERIFY(printed->isVisible());
        const QString today = QLocale().toString(QDate::currentDate(), QStringLiteral("d MMM"));
        QCOMPARE(printed->text(), QStringLiteral("%1 of these badges were already printed (last on %2).").arg(confirmedCount).arg(today));
        QVERIFY(onlyNew->isVisible());
        QVERIFY(onlyNew->isChecked());
        QCOMPARE(dialog.document().rowCount, expected - confirmedCount);
        QCOMPARE(child<QLabel>(&dialog, "countLabel")->text(),
                 QStringLiteral("%1 badges will be printed.").arg(expected - confirmedCount));
        shoot(&dialog, QStringLiteral("print-badges-only-new-en.png"));
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("hi")));
        settle();
        shoot(&dialog, QStringLiteral("print-badges-only-new-hi.png"));
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
        settle();
        // Untick: everyone's badge once more.
        onlyNew->setChecked(false);
        settle();
        QCOMPARE(dialog.document().rowCount, expected);
        onlyNew->setChecked(true);
        settle();
        // Printing the second page notes just the badges on it.
        const QString out = m_dir.filePath(QStringLiteral("page2.pdf"));
        QPrinter printer(QPrinter::ScreenResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(out);
        printer.setFullPage(true);
        printer.setPrintRange(QPrinter::PageRange);
        printer.setFromTo(2, 2);
        QString error;
        QVERIFY2(dialog.print(&printer, &error), qPrintable(error));
        QCOMPARE(BadgePrintRepository().lastPrinted(m_filter.eventId).size(), confirmedCount + 4);
    }

    // The register of one day of an event of several days, and the counts by day.
    void registerForADay()
    {
        InviteeFilter filter;
        for (const Event &e : EventRepository().all())
            if (e.startDate == QDate(2021, 9, 21))
                filter.eventId = e.id;
        QVERIFY(filter.eventId);
        PrintInviteesDialog dialog(filter, InviteeSort());
        dialog.resize(1100, 760);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *day = child<QComboBox>(&dialog, "dayCombo");
        QVERIFY(!day->isVisible()); // a list has no day
        QVERIFY(child<QCheckBox>(&dialog, "countsByDayCheck")->isVisible());
        auto *layout = child<QComboBox>(&dialog, "layoutCombo");
        layout->setCurrentIndex(layout->findData(int(InviteeReportLayout::Register)));
        settle();
        QVERIFY(day->isVisible());
        QCOMPARE(day->count(), 3);
        QCOMPARE(day->itemText(0), QStringLiteral("The whole event"));
        QCOMPARE(day->itemText(2), QStringLiteral("Day 2 of 2 · 22 September 2021"));
        day->setCurrentIndex(2);
        child<QCheckBox>(&dialog, "countsByDayCheck")->setChecked(true);
        settle();
        QCOMPARE(dialog.day(), QDate(2021, 9, 22));
        const QString pdf = m_dir.filePath(QStringLiteral("day2.pdf"));
        QVERIFY(dialog.saveAsPdf(pdf));
        const QString text = PdfTools::text(pdf).simplified();
        QVERIFY2(text.contains(QStringLiteral("Day 2 of 2 · 22 September 2021")), qPrintable(text.left(500)));
        QVERIFY(text.contains(QStringLiteral("Counts by day")));
        QVERIFY(text.contains(QStringLiteral("Day 1 of 2 · 21 September 2021: arrived")));
        shoot(&dialog, QStringLiteral("print-register-day-en.png"));
        // A one-day event has no days to choose.
        PrintInviteesDialog oneDay(m_filter, InviteeSort());
        QVERIFY(child<QComboBox>(&oneDay, "dayCombo")->isHidden());
        QVERIFY(child<QCheckBox>(&oneDay, "countsByDayCheck")->isHidden());
    }

    void savesWhatThePreviewShows()
    {
        InviteeFilter filter = m_filter;
        filter.statuses = {InvitationStatus::Confirmed};
        InviteeSort sort;
        sort.key = InviteeSortKey::Name;
        sort.order = Qt::DescendingOrder;
        PrintInviteesDialog dialog(filter, sort);
        const QString pdf = m_dir.filePath(QStringLiteral("dialog.pdf"));
        QString error;
        QVERIFY2(dialog.saveAsPdf(pdf, &error), qPrintable(error));
        QCOMPARE(PdfTools::pageCount(pdf), dialog.document().pageCount());
        const QList<InviteeRow> rows = InviteeListQuery().list(filter, sort);
        const QString firstPage = PdfTools::text(pdf, 1);
        QVERIFY(firstPage.contains(rows.first().name));
        QVERIFY(firstPage.contains(QStringLiteral("Status: confirmed")));
        // Enough rows for several pages, so the order is seen: the last name is not on page 1.
        QVERIFY(dialog.document().pageCount() >= 2);
        QVERIFY(!firstPage.contains(rows.last().name));
        QVERIFY(PdfTools::text(pdf, dialog.document().pageCount()).contains(rows.last().name));
        // The preview is the same page, pixel for pixel, as the document renders.
        dialog.setZoom(100);
        const QImage shown = child<QLabel>(&dialog, "previewLabel")->pixmap().toImage();
        const QImage rendered = ReportRenderer::renderPage(dialog.document(), 0, dialog.logicalDpiX() * dialog.devicePixelRatioF());
        QCOMPARE(shown.size(), rendered.size());
        QCOMPARE(shown.convertToFormat(QImage::Format_RGB32), rendered.convertToFormat(QImage::Format_RGB32));
        QVERIFY(!dialog.saveAsPdf(m_dir.filePath(QStringLiteral("no/such/folder/x.pdf")), &error));
        QVERIFY(!error.isEmpty());
    }

    // Save as PDF… with a name that reaches the open database (a link beside it) is refused with
    // a message, writes nothing, and leaves the dialog as it was; saveAsPdf() refuses the
    // database itself.
    void savePdfRefusesTheDatabase()
    {
        if (TestDb::onServer())
            QSKIP("the database is on a server here: there is no file to protect");
        PrintInviteesDialog dialog(m_filter, InviteeSort());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *layout = child<QComboBox>(&dialog, "layoutCombo");
        layout->setCurrentIndex(layout->findData(int(InviteeReportLayout::Register)));
        settle();
        const QString status = child<QLabel>(&dialog, "statusLabel")->text();
        const QDir folder = QFileInfo(m_db->path).absoluteDir();
        // The name the dialog suggests, in the folder it opens in, is a link to the database.
        QSettings().setValue(QStringLiteral("printing/pdfFolder"), folder.path());
        const QString link = folder.filePath(QStringLiteral("register-gorakhpur-export-conclave.pdf"));
        QVERIFY(QFile::link(m_db->path, link));
        const QStringList files = folder.entryList(QDir::Files | QDir::Hidden | QDir::System);
        // stat only: this process has the database open, so it must not open the file.
        struct stat before = {};
        QCOMPARE(::stat(QFile::encodeName(m_db->path).constData(), &before), 0);

        // The file dialog is accepted with that name (and "replace it?" gets a yes); the message that
        // follows is noted and closed. Answers are queued: a timer is not re-entered while its slot
        // runs.
        QStringList warnings;
        QSet<QWidget *> answered;
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || answered.contains(modal))
                return;
            answered.insert(modal);
            if (auto *files = qobject_cast<QFileDialog *>(modal)) {
                QMetaObject::invokeMethod(files, "accept", Qt::QueuedConnection);
            } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                QAbstractButton *button = box->button(QMessageBox::Yes);
                if (!button) {
                    warnings << box->text();
                    button = box->buttons().value(0);
                }
                QMetaObject::invokeMethod(button, "click", Qt::QueuedConnection);
            }
        });
        answer.start();
        QTest::mouseClick(child<QPushButton>(&dialog, "savePdfButton"), Qt::LeftButton);
        answer.stop();

        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.constFirst().contains(QStringLiteral("another name for the database")), qPrintable(warnings.constFirst()));
        struct stat after = {};
        QCOMPARE(::stat(QFile::encodeName(m_db->path).constData(), &after), 0);
        QCOMPARE(after.st_ino, before.st_ino);
        QCOMPARE(after.st_size, before.st_size);
        QCOMPARE(after.st_mtim.tv_sec, before.st_mtim.tv_sec);
        QCOMPARE(after.st_mtim.tv_nsec, before.st_mtim.tv_nsec);
        QCOMPARE(folder.entryList(QDir::Files | QDir::Hidden | QDir::System), files); // no temporary file
        QVERIFY(Database::check().isEmpty());
        QCOMPARE(InviteeRepository().count(), 200);
        // The dialog stays, as it was.
        QVERIFY(dialog.isVisible());
        QCOMPARE(layout->currentData().toInt(), int(InviteeReportLayout::Register));
        QCOMPARE(child<QLabel>(&dialog, "statusLabel")->text(), status);
        QVERIFY(QFile::remove(link));

        QString error;
        QVERIFY(!dialog.saveAsPdf(m_db->path, &error));
        QVERIFY2(error.contains(QStringLiteral("is the database itself")), qPrintable(error));
        QVERIFY(!dialog.saveAsPdf(m_db->path + QStringLiteral("-wal"), &error));
        QVERIFY2(error.contains(QStringLiteral("belongs to the database")), qPrintable(error));
        QCOMPARE(::stat(QFile::encodeName(m_db->path).constData(), &after), 0);
        QCOMPARE(after.st_ino, before.st_ino);
        QCOMPARE(after.st_size, before.st_size);
    }

    void printsTheChosenPages()
    {
        PrintInviteesDialog dialog(m_filter, InviteeSort());
        dialog.setCurrentPage(2);
        const QString out = m_dir.filePath(QStringLiteral("printed.pdf"));
        QPrinter printer(QPrinter::ScreenResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(out);
        printer.setFullPage(true);
        printer.setPageLayout(QPageLayout(dialog.document().qtPageSize(), dialog.document().orientation, QMarginsF()));
        printer.setPrintRange(QPrinter::PageRange);
        printer.setFromTo(2, 3);
        QString error;
        QVERIFY2(dialog.print(&printer, &error), qPrintable(error));
        QCOMPARE(PdfTools::pageCount(out), 2);

        const QString current = m_dir.filePath(QStringLiteral("current.pdf"));
        printer.setOutputFileName(current);
        printer.setPrintRange(QPrinter::CurrentPage);
        QVERIFY(dialog.print(&printer, &error));
        QCOMPARE(PdfTools::pageCount(current), 1);
    }

    void followsTheLanguage()
    {
        PrintInviteesDialog dialog(m_filter, InviteeSort());
        dialog.resize(1100, 760);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *layout = child<QComboBox>(&dialog, "layoutCombo");
        layout->setCurrentIndex(layout->findData(int(InviteeReportLayout::Register)));
        settle();
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("hi")));
        QTRY_COMPARE(layout->currentText(), QStringLiteral("उपस्थिति पंजिका"));
        QCOMPARE(child<QPushButton>(&dialog, "savePdfButton")->text(), QStringLiteral("PDF के रूप में सहेजें (&S)…"));
        QVERIFY(checkedTitles(&dialog).contains(QStringLiteral("हस्ताक्षर")));
        QVERIFY(dialog.windowTitle().contains(QStringLiteral("निर्यात सम्मेलन")));
        shoot(&dialog, QStringLiteral("print-dialog-hi.png"));
        // The printout follows: Hindi headings, and the names as they are.
        const QString pdf = m_dir.filePath(QStringLiteral("hindi.pdf"));
        QVERIFY(dialog.saveAsPdf(pdf));
        const QString text = PdfTools::text(pdf, 1);
        QVERIFY(text.contains(QStringLiteral("उपस्थिति पंजिका")));
        QVERIFY(text.contains(QStringLiteral("हस्ताक्षर")));
        QVERIFY(text.contains(QStringLiteral("पृष्ठ 1 / %1").arg(dialog.document().pageCount())));
    }

    // Badges from the same dialog: for everyone shown, or only the rows selected on the page;
    // no columns or orientation to choose; the layout is remembered.
    void badgesForAllOrTheSelected()
    {
        const QList<InviteeRow> rows = InviteeListQuery().list(m_filter);
        int guests = 0;
        qint64 confirmed = 0;
        for (const InviteeRow &row : rows) {
            guests += BadgeReport::getsBadge(row.status) ? 1 : 0;
            if (!confirmed && row.status == InvitationStatus::Confirmed)
                confirmed = row.id;
        }
        QVERIFY(confirmed);
        {
            PrintInviteesDialog dialog(m_filter, InviteeSort());
            dialog.resize(1100, 760);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.chooseBadges();
            QCOMPARE(dialog.badgeLayout(), BadgeLayout::A6);
            QCOMPARE(dialog.document().rowCount, guests);
            QCOMPARE(dialog.document().pageCount(), (guests + 3) / 4);
            QVERIFY(!child<QListWidget>(&dialog, "columnList")->isEnabled());
            QVERIFY(!child<QComboBox>(&dialog, "orientationCombo")->isEnabled());
            QVERIFY(child<QLabel>(&dialog, "summaryLabel")->text().contains(QStringLiteral("Badges: %1").arg(guests)));
            QVERIFY(child<QCheckBox>(&dialog, "onlySelectedCheck")->isHidden()); // nothing was selected
            shoot(&dialog, QStringLiteral("print-badges-a6-en.png"));
            auto *layout = child<QComboBox>(&dialog, "layoutCombo");
            layout->setCurrentIndex(layout->findText(QStringLiteral("Badges, 8 per A4 label sheet")));
            settle();
            QCOMPARE(dialog.badgeLayout(), BadgeLayout::EightUp);
            QCOMPARE(dialog.document().pageCount(), (guests + 7) / 8);
            QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("hi")));
            settle();
            shoot(&dialog, QStringLiteral("print-badges-8up-hi.png"));
            QCOMPARE(layout->currentText(), QStringLiteral("बैज, A4 लेबल शीट पर 8"));
            QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
            settle();
        }
        PrintInviteesDialog one(m_filter, InviteeSort());
        one.chooseBadges({confirmed});
        QCOMPARE(one.badgeLayout(), BadgeLayout::EightUp); // the layout used last
        QCOMPARE(one.document().rowCount, 1);
        QCOMPARE(one.document().pageCount(), 1);
        auto *only = child<QCheckBox>(&one, "onlySelectedCheck");
        QVERIFY(!only->isHidden());
        QVERIFY(only->isChecked());
        QCOMPARE(only->text(), QStringLiteral("Only the selected invitees (1)"));
        const QString pdf = m_dir.filePath(QStringLiteral("one-badge.pdf"));
        QVERIFY(one.saveAsPdf(pdf));
        QVERIFY(PdfTools::text(pdf).contains(CheckinCode{m_filter.eventId, confirmed}.encode()));
        // Untick: everyone the page shows, but for the badge just saved (only those not printed yet).
        only->setChecked(false);
        settle();
        QVERIFY(child<QCheckBox>(&one, "onlyNewCheck")->isChecked());
        QCOMPARE(one.document().rowCount, guests - 1);
        // The rows picked on the page are printed again, printed before or not: a lost badge.
        only->setChecked(true);
        settle();
        QVERIFY(!child<QCheckBox>(&one, "onlyNewCheck")->isChecked());
        QCOMPARE(one.document().rowCount, 1);
        // Back to a list: its columns come back.
        auto *layout = child<QComboBox>(&one, "layoutCombo");
        layout->setCurrentIndex(layout->findData(int(InviteeReportLayout::List)));
        settle();
        QVERIFY(!one.badgeLayout());
        QVERIFY(child<QListWidget>(&one, "columnList")->isEnabled());
    }
};

QTEST_MAIN(TestPrintInviteesDialog)
#include "tst_printinviteesdialog.moc"
