#include "../printing/pdftools.h"
#include "letterfixture.h"
#include "letters/correspondence.h"
#include "letters/letterrepository.h"
#include "report/dispatchreport.h"
#include "report/labelreport.h"
#include "report/reportrenderer.h"
#include "report/reporttext.h"

#include <QProcess>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QSqlQuery>
#include <QTemporaryDir>

// The documents as a reader of the PDF sees them (pdftotext): letters one per page with their
// numbers (kept on reprint) and Hindi that is searchable, certificates only for those who
// attended with a QR code that reads back as the number, labels on their sheets, the dispatch
// register, reminders' "not replied" filter, and the WhatsApp/SMS messages.
class TestCorrespondence : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString pdf(const ReportDocument &doc, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!ReportRenderer::writePdf(doc, path, &error))
            qWarning("%s", qPrintable(error));
        return path;
    }

    static QList<InviteeRow> rows(const LetterFixture &f, const QList<InvitationStatus> &statuses = {})
    {
        RecipientFilter filter;
        filter.eventId = f.event.id;
        filter.statuses = statuses;
        return Correspondence::recipients(filter);
    }

    static int letterCount()
    {
        QSqlQuery q(QSqlDatabase::database(Database::defaultConnectionName()));
        return q.exec(QStringLiteral("SELECT count(*) FROM letters")) && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        // To look at the PDFs: SAMMELAN_KEEP_TEST_FILES=1 keeps them and says where.
        if (qEnvironmentVariableIsSet("SAMMELAN_KEEP_TEST_FILES")) {
            m_dir.setAutoRemove(false);
            qInfo("PDFs in %s", qPrintable(m_dir.path()));
        }
        QString error;
        QVERIFY2(ReportTextEngine::fontsAvailable(&error), qPrintable(error));
    }

    void lettersOnePerPageWithSearchableHindi()
    {
        LetterFixture f;
        QString error;
        QVERIFY(LetterFixture::office().save(Database::defaultConnectionName(), &error));
        const QList<InviteeRow> invited = rows(f, Correspondence::defaultStatuses());
        QCOMPARE(invited.size(), 3); // Ramesh and Anil invited, Seema confirmed
        const auto letters = Correspondence::letters(f.event, LetterKind::Invitation, invited, QString(), true);
        QVERIFY2(letters.error.isEmpty(), qPrintable(letters.error));
        QCOMPARE(letters.document.pageCount(), 3);
        QCOMPARE(letters.document.oversizedRows, 0);
        const QString path = pdf(letters.document, QStringLiteral("letters.pdf"));
        QCOMPARE(PdfTools::pageCount(path), 3);
        for (int i = 0; i < invited.size(); ++i) {
            const QString page = PdfTools::text(path, i + 1);
            const InviteeRow &row = invited.at(i);
            QVERIFY2(page.contains(row.name), qPrintable(page));
            QVERIFY2(PdfTools::squeezed(page).contains(PdfTools::squeezed(letters.letters.at(i).number)), qPrintable(page));
            // Only this letter's addressee on its page.
            for (const InviteeRow &other : invited)
                if (other.id != row.id)
                    QVERIFY2(!page.contains(other.name), qPrintable(page));
            const bool hindi = row.id == f.seema;
            QCOMPARE(letters.letters.at(i).language, hindi ? QStringLiteral("hi") : QStringLiteral("en"));
            if (hindi) {
                // The words of a Hindi letter, searchable as typed.
                for (const QString &word : {QStringLiteral("पत्रांक"), QStringLiteral("दिनांक"), QStringLiteral("सेवा में"),
                                            QStringLiteral("विषय"), QStringLiteral("प्रतिभाग हेतु आमंत्रण"),
                                            QStringLiteral("गोरखपुर निर्यात सम्मेलन"), QStringLiteral("भवदीय"),
                                            QStringLiteral("उपायुक्त उद्योग"), QStringLiteral("जिला उद्योग केंद्र, गोरखपुर")})
                    QVERIFY2(page.contains(word), qPrintable(word + QStringLiteral(" not in:\n") + page));
            } else {
                for (const QString &word : {QStringLiteral("Letter No.:"), QStringLiteral("To,"), QStringLiteral("Subject:"),
                                            QStringLiteral("Gorakhpur Export Conclave"), QStringLiteral("Yours faithfully,"),
                                            QStringLiteral("Deputy Commissioner Industries"), QStringLiteral("PIN 273001")})
                    QVERIFY2(page.contains(word), qPrintable(word + QStringLiteral(" not in:\n") + page));
            }
        }
        // --lang: every letter in the language asked for.
        const auto hindi = Correspondence::letters(f.event, LetterKind::Invitation, invited, QStringLiteral("hi"), false);
        const QString hindiPath = pdf(hindi.document, QStringLiteral("hindi.pdf"));
        for (int i = 0; i < invited.size(); ++i) {
            const QString page = PdfTools::text(hindiPath, i + 1);
            QVERIFY(page.contains(QStringLiteral("पत्रांक")));
            QVERIFY(page.contains(invited.at(i).name));
        }
    }

    void numbersAreKeptOnReprint()
    {
        LetterFixture f;
        const QList<InviteeRow> invited = rows(f, Correspondence::defaultStatuses());
        const auto first = Correspondence::letters(f.event, LetterKind::Invitation, invited, QString(), true, Database::defaultConnectionName(), QDate(2025, 9, 1));
        // A preview does not give numbers: those given show, the others say when they come.
        InviteeRow newcomer = rows(f, {InvitationStatus::Declined}).constFirst();
        const auto preview = Correspondence::letters(f.event, LetterKind::Invitation, invited + QList<InviteeRow>{newcomer},
                                                     QString(), false);
        QCOMPARE(letterCount(), 3);
        QCOMPARE(preview.letters.at(3).id, 0);
        const QString previewPath = pdf(preview.document, QStringLiteral("preview.pdf"));
        QVERIFY(PdfTools::text(previewPath, 4).contains(QStringLiteral("(given on printing)")));
        // Printed again a week later: the same numbers, the same dates, on the pages.
        const auto again = Correspondence::letters(f.event, LetterKind::Invitation, invited, QString(), true, Database::defaultConnectionName(), QDate(2025, 9, 8));
        const QString path = pdf(again.document, QStringLiteral("again.pdf"));
        for (int i = 0; i < invited.size(); ++i) {
            QCOMPARE(again.letters.at(i).number, first.letters.at(i).number);
            QCOMPARE(again.letters.at(i).issuedOn, QDate(2025, 9, 1));
            QVERIFY(PdfTools::squeezed(PdfTools::text(path, i + 1)).contains(first.letters.at(i).number));
        }
        QVERIFY(PdfTools::text(path, 1).contains(QStringLiteral("1 September 2025")));
        QCOMPARE(letterCount(), 3);
    }

    void aLongLetterStillFitsItsPage()
    {
        LetterFixture f;
        LetterTemplate t = LetterTemplate::defaultFor(TemplateKind::Invitation, QStringLiteral("en"));
        QStringList paragraphs;
        for (int i = 0; i < 14; ++i)
            paragraphs << QStringLiteral("Paragraph %1 about the conclave, its sessions, the buyers who come and the "
                                         "schemes of the government that support exports from the district.").arg(i + 1);
        t.body = paragraphs.join(QStringLiteral("\n\n")) + QStringLiteral("\n\nThe last paragraph ends here.");
        QString error;
        QVERIFY2(TemplateRepository().save(f.event.id, t, &error), qPrintable(error));
        const auto letters = Correspondence::letters(f.event, LetterKind::Invitation,
                                                     rows(f, {InvitationStatus::Invited}), QStringLiteral("en"), false);
        QCOMPARE(letters.document.pageCount(), 2);
        QCOMPARE(letters.document.oversizedRows, 0);
        const QString page = PdfTools::text(pdf(letters.document, QStringLiteral("long.pdf")), 1);
        QVERIFY(page.contains(QStringLiteral("The last paragraph ends here.")));
        QVERIFY(page.contains(QStringLiteral("Yours faithfully,")));
    }

    void unknownFieldsAreReported()
    {
        LetterFixture f;
        LetterTemplate t = LetterTemplate::defaultFor(TemplateKind::Invitation, QStringLiteral("en"));
        t.body += QStringLiteral(" {venu}");
        QString error;
        QVERIFY(TemplateRepository().save(f.event.id, t, &error));
        const auto letters = Correspondence::letters(f.event, LetterKind::Invitation, rows(f, {InvitationStatus::Invited}),
                                                     QStringLiteral("en"), false);
        QCOMPARE(letters.unknownFields, QStringList{QStringLiteral("{venu}")});
    }

    void certificatesOnlyForThoseWhoAttended()
    {
        LetterFixture f;
        QString error;
        QVERIFY(LetterFixture::office().save(Database::defaultConnectionName(), &error));
        const QList<InviteeRow> everyone = rows(f);
        QCOMPARE(everyone.size(), 6);
        const auto certificates = Correspondence::certificates(f.event, LetterKind::Certificate, everyone,
                                                               QStringLiteral("hi"), true);
        QVERIFY2(certificates.error.isEmpty(), qPrintable(certificates.error));
        QCOMPARE(certificates.letters.size(), 2);
        QCOMPARE(certificates.skipped, 4);
        QCOMPARE(certificates.document.pageCount(), 2);
        QCOMPARE(certificates.document.orientation, QPageLayout::Landscape);
        const QString path = pdf(certificates.document, QStringLiteral("certificates.pdf"));
        const QSizeF size = PdfTools::pageSize(path);
        QVERIFY(size.width() > size.height());
        const QString all = PdfTools::text(path);
        for (const QString &word : {QStringLiteral("Mohan Lal"), QStringLiteral("किरण देवी"),
                                    QStringLiteral("प्रतिभाग प्रमाण-पत्र"), QStringLiteral("Certificate of Participation"),
                                    QStringLiteral("गोरखपुर निर्यात सम्मेलन"), QStringLiteral("Gorakhpur Export Conclave"),
                                    QStringLiteral("24–25 September 2025"), QStringLiteral("Udyog Bhawan, Gorakhpur"),
                                    QStringLiteral("अनिल कुमार सिंह"), QStringLiteral("उपायुक्त उद्योग")})
            QVERIFY2(all.contains(word), qPrintable(word + QStringLiteral(" not in:\n") + all));
        for (const QString &absent : {QStringLiteral("Ramesh Kumar"), QStringLiteral("Priya Singh"), QStringLiteral("Anil Gupta")})
            QVERIFY2(!all.contains(absent), qPrintable(absent));
        QVERIFY(all.contains(certificates.letters.at(0).number));

        // Exhibitors: those with a stall, in their own wording with the stall.
        const auto exhibitors = Correspondence::certificates(f.event, LetterKind::ExhibitorCertificate, everyone,
                                                             QStringLiteral("en"), true);
        QCOMPARE(exhibitors.letters.size(), 1);
        QCOMPARE(exhibitors.letters.at(0).inviteeId, f.mohan);
        const QString exhibitorText = PdfTools::text(pdf(exhibitors.document, QStringLiteral("exhibitors.pdf")));
        QVERIFY2(exhibitorText.contains(QStringLiteral("exhibitor (stall A-01)")), qPrintable(exhibitorText));
        // Printed again: the same numbers.
        const auto again = Correspondence::certificates(f.event, LetterKind::Certificate, everyone, QStringLiteral("en"), true);
        QCOMPARE(again.letters.at(0).number, certificates.letters.at(0).number);
    }

    // The QR code on the certificate reads back (zbarimg, as a phone would) as its number.
    void theQrCodeHoldsTheNumber()
    {
        LetterFixture f;
        const auto certificates = Correspondence::certificates(f.event, LetterKind::Certificate, rows(f),
                                                               QStringLiteral("en"), true);
        QCOMPARE(certificates.letters.size(), 2);
        const QString path = pdf(certificates.document, QStringLiteral("qr.pdf"));
        QProcess render;
        render.start(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("200"),
                                                  QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                  QStringLiteral("1"), path, m_dir.filePath(QStringLiteral("qr"))});
        QVERIFY(render.waitForFinished(60000) && render.exitCode() == 0);
        const QStringList pngs = QDir(m_dir.path()).entryList({QStringLiteral("qr*.png")});
        QCOMPARE(pngs.size(), 1);
        QProcess zbar;
        zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), m_dir.filePath(pngs.constFirst())});
        QVERIFY2(zbar.waitForFinished(60000), "zbarimg (zbar-tools) did not run");
        QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(), certificates.letters.at(0).number);
        QString error;
        QVERIFY(CertificateNumbers::isSigned(LetterRepository().certificateSecret(&error), certificates.letters.at(0).number));
    }

    void addressLabelsOnTheirSheets_data()
    {
        QTest::addColumn<int>("layout");
        QTest::addColumn<int>("perSheet");
        QTest::newRow("2x7") << int(LabelLayout::TwoBySeven) << 14;
        QTest::newRow("3x8") << int(LabelLayout::ThreeByEight) << 24;
    }
    void addressLabelsOnTheirSheets()
    {
        QFETCH(int, layout);
        QFETCH(int, perSheet);
        InviteeRow row;
        row.name = QStringLiteral("सीमा वर्मा");
        row.enterprise = QStringLiteral("Verma Handicrafts");
        row.address = QStringLiteral("12 Civil Lines\nGorakhpur");
        row.pin = QStringLiteral("273001");
        const QList<InviteeRow> many(perSheet + 3, row);
        const ReportDocument doc = LabelReport::build(many, LabelLayout(layout));
        QCOMPARE(doc.pageCount(), 2);
        QCOMPARE(doc.pages.at(0).placements.size(), perSheet);
        QCOMPARE(doc.pages.at(1).placements.size(), 3);
        // The labels sit where the sheet's are: the first at the sheet's corner, none overlapping,
        // all on the page.
        const LabelReport::Sheet sheet = LabelReport::sheet(LabelLayout(layout));
        QCOMPARE(sheet.columns * sheet.rows, perSheet);
        QCOMPARE(doc.pages.at(0).placements.at(0).rect.topLeft(), sheet.origin);
        const QRectF page(QPointF(0, 0), doc.pageSize);
        for (int i = 0; i < perSheet; ++i) {
            const QRectF a = doc.pages.at(0).placements.at(i).rect;
            QVERIFY(page.contains(a));
            for (int j = i + 1; j < perSheet; ++j)
                QVERIFY(!a.intersects(doc.pages.at(0).placements.at(j).rect));
        }
        QCOMPARE(doc.oversizedRows, 0);
        const QString text = PdfTools::text(pdf(doc, QStringLiteral("labels.pdf")), 2);
        QCOMPARE(text.count(QStringLiteral("सीमा वर्मा")), 3);
        QVERIFY(text.contains(QStringLiteral("PIN 273001")));
    }

    void labelsNoteTheLettersAsPosted()
    {
        LetterFixture f;
        const QList<InviteeRow> invited = rows(f, Correspondence::defaultStatuses());
        Correspondence::letters(f.event, LetterKind::Invitation, invited, QString(), true);
        QString error;
        Correspondence::labels(f.event, invited, LabelLayout::TwoBySeven, true, Database::defaultConnectionName(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const DispatchRegisterRow &row : LetterRepository().dispatchRegister(f.event.id))
            QCOMPARE(row.channels, QList<DispatchChannel>{DispatchChannel::Post});
    }

    void theDispatchRegisterPrints()
    {
        LetterFixture f;
        const auto letters = Correspondence::letters(f.event, LetterKind::Invitation,
                                                     rows(f, Correspondence::defaultStatuses()), QString(), true);
        QString error;
        QVERIFY(Correspondence::recordDispatch(letters.letters, DispatchChannel::Print, Database::defaultConnectionName(), &error));
        Correspondence::certificates(f.event, LetterKind::Certificate, rows(f), QStringLiteral("en"), true);
        const QList<DispatchRegisterRow> register_ = LetterRepository().dispatchRegister(f.event.id, &error);
        QCOMPARE(register_.size(), 5);
        const ReportDocument doc = DispatchReport::build(QStringLiteral("District Industries Centre, Gorakhpur"),
                                                         f.event.nameEn, register_);
        QCOMPARE(doc.orientation, QPageLayout::Landscape);
        const QString text = PdfTools::text(pdf(doc, QStringLiteral("register.pdf")));
        QVERIFY(text.contains(QStringLiteral("Dispatch register")));
        for (const DispatchRegisterRow &row : register_)
            QVERIFY2(text.contains(row.letter.number), qPrintable(row.letter.number));
        QVERIFY(text.contains(QStringLiteral("Printed")));
        QVERIFY(text.contains(QStringLiteral("Ramesh Kumar, Director, Kumar Exports")));
        QVERIFY(PdfTools::squeezed(text).contains(QStringLiteral("Certificateofparticipation")));
    }

    // Reminders go to those still "invited" some days after their invitation went out.
    void notRepliedAfterDays()
    {
        LetterFixture f;
        const QDate today = QDate::currentDate();
        LetterRepository().issue(LetterKind::Invitation, f.event,
                                 {LetterRequest{f.ramesh, QStringLiteral("en"), QStringLiteral("Ramesh"), QString()},
                                  LetterRequest{f.seema, QStringLiteral("hi"), QStringLiteral("Seema"), QString()}},
                                 today.addDays(-10));
        RecipientFilter filter;
        filter.eventId = f.event.id;
        filter.notRepliedDays = 7;
        QList<qint64> ids;
        for (const InviteeRow &row : Correspondence::recipients(filter))
            ids << row.id;
        // Ramesh: invited ten days ago, no reply. Seema confirmed; Anil was invited today.
        QCOMPARE(ids, QList<qint64>{f.ramesh});
        filter.notRepliedDays = 11;
        QVERIFY(Correspondence::recipients(filter).isEmpty());
        filter.notRepliedDays = 0;
        QCOMPARE(Correspondence::recipients(filter).size(), 2); // Ramesh and Anil
        // The reminder letter has its own template and number.
        filter.notRepliedDays = 7;
        const auto reminders = Correspondence::letters(f.event, LetterKind::Reminder, Correspondence::recipients(filter),
                                                       QString(), true);
        QCOMPARE(reminders.letters.size(), 1);
        QVERIFY(PdfTools::text(pdf(reminders.document, QStringLiteral("reminder.pdf"))).contains(QStringLiteral("Reminder")));
        QCOMPARE(reminders.letters.at(0).kind, LetterKind::Reminder);
    }

    void whatsAppAndSmsMessages()
    {
        LetterFixture f;
        LetterTemplate message = LetterTemplate::defaultFor(TemplateKind::Message, QStringLiteral("en"));
        message.body = QStringLiteral("Dear {name}, letter {letter_no}: {event} on {dates}. =SUM(A1)");
        message.templateId = QStringLiteral("1107161234567890123");
        QString error;
        QVERIFY(TemplateRepository().save(f.event.id, message, &error));
        const QList<InviteeRow> invited = rows(f, Correspondence::defaultStatuses());
        const QList<OutgoingMessage> preview = Correspondence::messages(f.event, invited, false);
        QCOMPARE(preview.size(), 3);
        QCOMPARE(letterCount(), 0);
        const QList<OutgoingMessage> messages = Correspondence::messages(f.event, invited, true, Database::defaultConnectionName(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(letterCount(), 3); // the invitations they carry are numbered
        const OutgoingMessage ramesh = *std::find_if(messages.cbegin(), messages.cend(),
                                                     [&](const OutgoingMessage &m) { return m.invitee.id == f.ramesh; });
        QVERIFY2(QRegularExpression(QStringLiteral("^Dear Ramesh Kumar, letter \\d+/\\d{4}-\\d\\d: Gorakhpur Export Conclave"))
                     .match(ramesh.text).hasMatch(),
                 qPrintable(ramesh.text));
        QVERIFY(ramesh.letterId != 0);
        const QString url = ramesh.whatsAppUrl().toString(QUrl::FullyEncoded);
        QVERIFY2(url.startsWith(QStringLiteral("https://wa.me/919876500001?text=Dear%20Ramesh%20Kumar%2C")), qPrintable(url));
        // Seema's message is in Hindi (the default Hindi text), and survives the URL.
        const OutgoingMessage seema = *std::find_if(messages.cbegin(), messages.cend(),
                                                    [&](const OutgoingMessage &m) { return m.invitee.id == f.seema; });
        QCOMPARE(seema.language, QStringLiteral("hi"));
        QVERIFY(seema.text.contains(QStringLiteral("सीमा वर्मा")));
        QCOMPARE(QUrlQuery(seema.whatsAppUrl()).queryItemValue(QStringLiteral("text"), QUrl::FullyDecoded), seema.text);

        const QString csv = m_dir.filePath(QStringLiteral("sms.csv"));
        QVERIFY2(Correspondence::writeSmsCsv(csv, messages, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("mobile,message,template_id\r\n")); // UTF-8 without a byte order mark
        const QString text = QString::fromUtf8(bytes);
        QVERIFY(text.contains(QStringLiteral("919876500002,")));
        QVERIFY(text.contains(QStringLiteral("सीमा वर्मा")));
        QVERIFY(text.contains(QStringLiteral(",1107161234567890123\r\n")));
        QCOMPARE(text.count(QStringLiteral("\r\n")), 4);
    }
};

QTEST_GUILESS_MAIN(TestCorrespondence)
#include "tst_correspondence.moc"
