#include "testdb.h"
#include "events/demodata.h"
#include "events/eventmodel.h"
#include "events/eventrepository.h"
#include "events/conclavereportdialog.h"
#include "events/eventspage.h"
#include "text/languagemanager.h"
#include "pdftools.h"
#include "report/conclavereportrepository.h"
#include "widgettest.h"

#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// The conclave report from the Events page: Report… for the selected event, the decisions and
// follow-ups typed in and kept with the event, the PDF in the program's language.
class TestConclaveReportDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    std::unique_ptr<TestDb> m_db;
    Event m_event;

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
        LanguageManager::instance()->setLanguage(u"en"_s);
        m_db = std::make_unique<TestDb>();
        QCOMPARE(DemoData::load(), DemoData::Result::Loaded);
        for (const Event &e : EventRepository().all())
            if (e.startDate == QDate(2021, 9, 24))
                m_event = e;
        QVERIFY(m_event.id);
    }
    void cleanupTestCase() { m_db.reset(); }
    void cleanup() { LanguageManager::instance()->setLanguage(u"en"_s); }

    void reportActionFollowsTheSelection()
    {
        EventModel model;
        QUndoStack stack;
        EventsPage page(&model, &stack);
        QVERIFY(!page.reportAction()->isEnabled());
        page.setCurrentEvent(m_event.id);
        QVERIFY(page.reportAction()->isEnabled());
        QCOMPARE(page.reportAction()->text(), u"&Report…"_s);
    }

    void notesKeptAndPrinted()
    {
        {
            ConclaveReportDialog dialog(m_event);
            QVERIFY(dialog.windowTitle().contains(u"Gorakhpur Export Conclave"_s));
            QVERIFY(dialog.decisionsEdit()->toPlainText().isEmpty());
            dialog.decisionsEdit()->setPlainText(u"1. A common facility centre for terracotta at Aurangabad.\n2. Quarterly buyer-seller meets."_s);
            dialog.followUpsEdit()->setPlainText(u"DIC: proposal to the state by 31 October."_s);
            const QString path = m_home.filePath(u"report.pdf"_s);
            QString error;
            QVERIFY2(dialog.saveAsPdf(path, &error), qPrintable(error));
            QVERIFY(dialog.statusLabel()->text().contains(u"report.pdf"_s));
            const QString text = PdfTools::text(path).simplified();
            QVERIFY(text.contains(u"A common facility centre for terracotta at Aurangabad."_s));
            QVERIFY(text.contains(u"DIC: proposal to the state by 31 October."_s));
            QVERIFY(text.contains(u"Conclave report"_s));
            QCOMPARE(ConclaveReportRepository().notes(m_event.id).followUps, u"DIC: proposal to the state by 31 October."_s);
            dialog.followUpsEdit()->setPlainText(u"Changed, then the dialog closed."_s);
            dialog.accept(); // closing keeps what was typed
        }
        ConclaveReportDialog again(m_event);
        QCOMPARE(again.followUpsEdit()->toPlainText(), u"Changed, then the dialog closed."_s);
        QVERIFY(again.decisionsEdit()->toPlainText().startsWith(u"1. A common facility"_s));
    }

    void hindi()
    {
        QVERIFY(LanguageManager::instance()->setLanguage(u"hi"_s));
        ConclaveReportDialog dialog(m_event);
        QVERIFY(dialog.windowTitle().startsWith(u"सम्मेलन प्रतिवेदन"_s));
        QCOMPARE(dialog.pdfButton()->text(), u"PDF के रूप में सहेजें (&P)…"_s);
        const QString path = m_home.filePath(u"report-hi.pdf"_s);
        QString error;
        QVERIFY(dialog.saveAsPdf(path, &error));
        const QString text = PdfTools::text(path);
        for (const QString &expected : {u"सम्मेलन प्रतिवेदन"_s, u"आमंत्रण और उपस्थिति"_s, u"श्रेणी अनुसार स्टॉल"_s,
                                        u"जनपद का निर्यात"_s, u"अनुवर्ती कार्यवाही"_s, u"ये डेमो आँकड़े हैं"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected));
    }
};

QTEST_MAIN(TestConclaveReportDialog)
#include "tst_conclavereportdialog.moc"
