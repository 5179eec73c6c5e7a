#include "../printing/pdftools.h"
#include "letterfixture.h"
#include "text/languagemanager.h"
#include "letters/correspondence.h"
#include "letters/lettersdialog.h"
#include "letters/lettertemplate.h"
#include "letters/letterrepository.h"
#include "text/textfold.h"
#include "widgettest.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTimer>

using namespace WidgetTest;

// The Letters dialog: the preview is the printout and gives no numbers; saving gives them once
// and notes the dispatch; who gets what (statuses, the selection, those who have not replied, the
// attended for certificates); unknown fields flagged before printing; both languages.
class TestLettersDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

    static QString pageText(const ReportDocument &doc, int page)
    {
        QString text;
        for (const ReportItem &item : doc.pages.value(page).items)
            if (item.type == ReportItem::Type::Text && item.text)
                text += item.text->text + QLatin1Char('\n');
        return text;
    }
    static int letterCount()
    {
        QSqlQuery q(QSqlDatabase::database(Database::defaultConnectionName()));
        return q.exec(QStringLiteral("SELECT count(*) FROM letters")) && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
    }

    void previewThenSaveGivesNumbersOnce()
    {
        LetterFixture f;
        LettersDialog dialog(f.event.id, {});
        dialog.setDocumentKind(LettersDialog::Document::Invitations);
        dialog.setLanguage(QString());
        QCOMPARE(dialog.recipients().size(), 3);
        QCOMPARE(dialog.document().pageCount(), 3);
        QVERIFY(pageText(dialog.document(), 0).contains(QStringLiteral("(given on printing)")));
        QCOMPARE(letterCount(), 0); // a preview numbers nothing
        QVERIFY(child<QLabel>(&dialog, "countLabel")->text().contains(QStringLiteral("3 letters will be printed")));

        const QString path = m_home.filePath(QStringLiteral("letters.pdf"));
        QString error;
        QVERIFY2(dialog.saveAsPdf(path, &error), qPrintable(error));
        QCOMPARE(letterCount(), 3);
        const auto issued = LetterRepository().issued(LetterKind::Invitation, f.event.id);
        QCOMPARE(PdfTools::pageCount(path), 3);
        const QString text = PdfTools::squeezed(PdfTools::text(path));
        for (const IssuedLetter &l : issued)
            QVERIFY(text.contains(PdfTools::squeezed(l.number)));
        // The preview shows the numbers now, and they are kept on the next save.
        QVERIFY(!pageText(dialog.document(), 0).contains(QStringLiteral("(given on printing)")));
        QVERIFY(child<QLabel>(&dialog, "countLabel")->text().contains(QStringLiteral("Keeping the number given before: 3.")));
        QVERIFY(dialog.saveAsPdf(path, &error));
        QCOMPARE(letterCount(), 3);
        // Each save is noted: the register says printed.
        for (const DispatchRegisterRow &row : LetterRepository().dispatchRegister(f.event.id))
            QCOMPARE(row.channels, QList<DispatchChannel>{DispatchChannel::Print});
    }

    void whoGetsThem()
    {
        LetterFixture f;
        LettersDialog dialog(f.event.id, {f.priya, f.ramesh});
        dialog.setDocumentKind(LettersDialog::Document::Invitations);
        // The page's selection first (of it, the statuses ticked: Ramesh, invited).
        QVERIFY(child<QCheckBox>(&dialog, "onlySelectedCheck")->isChecked());
        QCOMPARE(dialog.recipients().size(), 1);
        dialog.setStatuses({InvitationStatus::Declined, InvitationStatus::Invited});
        QCOMPARE(dialog.recipients().size(), 2);
        dialog.setOnlySelected(false);
        QCOMPARE(dialog.recipients().size(), 3); // Anil, Priya, Ramesh
        dialog.setStatuses({});
        QCOMPARE(dialog.document().pageCount(), 0);
        QVERIFY(!child<QPushButton>(&dialog, "printButton")->isEnabled());

        // Reminders: those still invited some days after their invitation.
        LetterRepository().issue(LetterKind::Invitation, f.event,
                                 {LetterRequest{f.ramesh, QStringLiteral("en"), QStringLiteral("Ramesh"), QString()}},
                                 QDate::currentDate().addDays(-9));
        dialog.setDocumentKind(LettersDialog::Document::Reminders);
        dialog.setNotReplied(7);
        QCOMPARE(dialog.recipients().size(), 1);
        QCOMPARE(dialog.recipients().at(0).id, f.ramesh);
        QVERIFY(pageText(dialog.document(), 0).contains(QStringLiteral("Reminder")));
        QVERIFY(!child<QListWidget>(&dialog, "statusList")->isVisibleTo(&dialog));

        // Certificates: those who attended, whatever is ticked.
        dialog.setDocumentKind(LettersDialog::Document::Certificates);
        QCOMPARE(dialog.document().pageCount(), 2);
        QCOMPARE(dialog.document().orientation, QPageLayout::Landscape);
        dialog.setDocumentKind(LettersDialog::Document::ExhibitorCertificates);
        QCOMPARE(dialog.document().pageCount(), 1);
        QVERIFY(pageText(dialog.document(), 0).contains(QStringLiteral("Mohan Lal")));

        // Labels: one per invitee; the register: what was issued.
        dialog.setDocumentKind(LettersDialog::Document::Labels3x8);
        dialog.setStatuses(Correspondence::defaultStatuses());
        QCOMPARE(dialog.document().pageCount(), 1);
        QCOMPARE(dialog.document().pages.at(0).placements.size(), 3);
        dialog.setDocumentKind(LettersDialog::Document::Register);
        QCOMPARE(dialog.document().rowCount, 1);
    }

    void labelsNoteThePost()
    {
        LetterFixture f;
        LettersDialog dialog(f.event.id, {});
        dialog.setDocumentKind(LettersDialog::Document::Invitations);
        QString error;
        QVERIFY(dialog.saveAsPdf(m_home.filePath(QStringLiteral("l.pdf")), &error));
        dialog.setDocumentKind(LettersDialog::Document::Labels2x7);
        QVERIFY(child<QCheckBox>(&dialog, "recordPostCheck")->isChecked());
        QVERIFY(dialog.saveAsPdf(m_home.filePath(QStringLiteral("labels.pdf")), &error));
        for (const DispatchRegisterRow &row : LetterRepository().dispatchRegister(f.event.id))
            QCOMPARE(row.channels, (QList<DispatchChannel>{DispatchChannel::Print, DispatchChannel::Post}));
    }

    void unknownFieldsAreFlaggedBeforePrinting()
    {
        LetterFixture f;
        LetterTemplate t = LetterTemplate::defaultFor(TemplateKind::Invitation, QStringLiteral("en"));
        t.body += QStringLiteral(" {venu}");
        QVERIFY(TemplateRepository().save(f.event.id, t));
        LettersDialog dialog(f.event.id, {});
        dialog.setDocumentKind(LettersDialog::Document::Invitations);
        dialog.setLanguage(QStringLiteral("en"));
        dialog.show();
        QCOMPARE(dialog.unknownFields(), QStringList{QStringLiteral("{venu}")});
        QVERIFY(child<QLabel>(&dialog, "warningLabel")->text().contains(QStringLiteral("{venu}")));
        // Saving asks first; Cancel numbers and writes nothing.
        bool asked = false;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            asked = box && box->text().contains(QStringLiteral("{venu}"));
            if (box)
                box->reject();
        });
        QString error;
        const QString path = m_home.filePath(QStringLiteral("unknown.pdf"));
        QVERIFY(!dialog.saveAsPdf(path, &error));
        QVERIFY(asked);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(letterCount(), 0);
    }

    void hindi()
    {
        LetterFixture f;
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("hi")));
        {
            LettersDialog dialog(f.event.id, {});
            dialog.setDocumentKind(LettersDialog::Document::Invitations);
            dialog.setLanguage(QStringLiteral("hi"));
            QVERIFY2(dialog.windowTitle().contains(QStringLiteral("गोरखपुर निर्यात सम्मेलन")), qPrintable(dialog.windowTitle()));
            QVERIFY(pageText(dialog.document(), 0).contains(QStringLiteral("सेवा में,")));
            const auto *combo = child<QComboBox>(&dialog, "documentCombo");
            QCOMPARE(combo->itemText(0), QStringLiteral("आमंत्रण पत्र"));
            QVERIFY(TextFold::hasDevanagari(child<QLabel>(&dialog, "countLabel")->text()));
        }
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestLettersDialog)
#include "tst_lettersdialog.moc"
