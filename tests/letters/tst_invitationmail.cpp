#include "../printing/pdftools.h"
#include "letterfixture.h"
#include "letters/correspondence.h"
#include "letters/letterrepository.h"
#include "mail/invitationmail.h"
#include "mail/mailmessage.h"
#include "smtptestserver.h"

#include <QJsonArray>

// The invitations by e-mail against a real SMTP server on 127.0.0.1 (aiosmtpd, started by the
// test): the messages with their RFC 2047 headers in UTF-8, their text and the letter attached
// as PDF; a recipient the server refuses and a server that drops the connection mid-send, each
// noted with its reason while the others go; a second run that sends nothing twice; logging in.
class TestInvitationMail : public QObject
{
    Q_OBJECT

    static SmtpSettings settingsFor(const SmtpTestServer &server)
    {
        SmtpSettings s;
        QString error;
        if (!s.applyUrl(server.url(), &error))
            qWarning("%s", qPrintable(error));
        s.fromAddress = QStringLiteral("dic.gorakhpur@example.in");
        return s;
    }

    static QList<InviteeRow> invited(const LetterFixture &f)
    {
        RecipientFilter filter;
        filter.eventId = f.event.id;
        filter.statuses = Correspondence::defaultStatuses();
        return Correspondence::recipients(filter);
    }

    static InvitationMail::Summary run(const LetterFixture &f, const SmtpSettings &settings, bool again = false,
                                       const QString &password = QString())
    {
        const QList<MailRecipient> plan = InvitationMail::plan(f.event, LetterKind::Invitation, invited(f), again);
        SmtpClient client(settings, password);
        QString error;
        const auto summary = InvitationMail::send(f.event, LetterKind::Invitation, plan, client, settings, {},
                                                  Database::defaultConnectionName(), &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return summary;
    }

    static QJsonObject messageTo(const QList<QJsonObject> &messages, const QString &address)
    {
        for (const QJsonObject &m : messages)
            if (m.value(QStringLiteral("rcpt_tos")).toArray().contains(address))
                return m;
        return {};
    }

private slots:
    void encodedWords()
    {
        QCOMPARE(MailMessage::encodeWords(QStringLiteral("Invitation: Conclave")), QByteArray("Invitation: Conclave"));
        const QString hindi = QStringLiteral("गोरखपुर एक्सपोर्ट कांक्लेव (निर्यात सम्मेलन) में प्रतिभाग हेतु आमंत्रण");
        const QByteArray encoded = MailMessage::encodeWords(hindi);
        for (const QByteArray &line : encoded.split('\n')) {
            QVERIFY2(line.size() <= 78, line.constData());
            const QByteArray word = line.trimmed();
            QVERIFY(word.startsWith("=?UTF-8?B?") && word.endsWith("?="));
            QVERIFY(word.size() <= 75);
            // Each word holds whole characters: it decodes on its own.
            const QByteArray bytes = QByteArray::fromBase64(word.mid(10, word.size() - 12));
            QVERIFY(!QString::fromUtf8(bytes).contains(QChar::ReplacementCharacter));
        }
        QByteArray decoded;
        for (const QByteArray &line : encoded.split('\n')) {
            const QByteArray word = line.trimmed();
            decoded += QByteArray::fromBase64(word.mid(10, word.size() - 12));
        }
        QCOMPARE(QString::fromUtf8(decoded), hindi);
        QCOMPARE(MailMessage::mailbox(QStringLiteral("DIC, Gorakhpur"), QStringLiteral("a@b.in")),
                 QByteArray("\"DIC, Gorakhpur\" <a@b.in>"));
    }

    void messagesHeadersAndAttachments()
    {
        SmtpTestServer server;
        START_SMTP(server);
        LetterFixture f;
        QString error;
        QVERIFY(LetterFixture::office().save(Database::defaultConnectionName(), &error));
        SmtpSettings settings = settingsFor(server);
        settings.fromName = QStringLiteral("जिला उद्योग केंद्र, गोरखपुर");
        const auto summary = run(f, settings);
        // Ramesh and Seema have addresses; Anil has none.
        QCOMPARE(summary.sent, 2);
        QCOMPARE(summary.failed, 0);
        QCOMPARE(summary.skipped, 1);
        QCOMPARE(InvitationMail::summaryLine(summary), QStringLiteral("sent 2, failed 0, skipped 1"));
        const QList<QJsonObject> messages = server.messages();
        QCOMPARE(messages.size(), 2);

        const QJsonObject seema = messageTo(messages, QStringLiteral("seema@example.in"));
        QVERIFY(!seema.isEmpty());
        QCOMPARE(seema.value(QStringLiteral("mail_from")).toString(), QStringLiteral("dic.gorakhpur@example.in"));
        const QJsonObject headers = seema.value(QStringLiteral("decoded_headers")).toObject();
        // Python's e-mail package reads the encoded words back as they were written.
        QCOMPARE(headers.value(QStringLiteral("To")).toString(), QStringLiteral("सीमा वर्मा <seema@example.in>"));
        QCOMPARE(headers.value(QStringLiteral("From")).toString(),
                 QStringLiteral("जिला उद्योग केंद्र, गोरखपुर <dic.gorakhpur@example.in>"));
        const QString subject = headers.value(QStringLiteral("Subject")).toString();
        QVERIFY2(subject.contains(QStringLiteral("गोरखपुर निर्यात सम्मेलन")), qPrintable(subject));
        QVERIFY2(subject.contains(QStringLiteral("24–25 सितंबर 2025")), qPrintable(subject));
        QVERIFY(headers.contains(QStringLiteral("Date")));
        QVERIFY(headers.value(QStringLiteral("Message-ID")).toString().endsWith(QStringLiteral("@example.in>")));
        // On the wire: ASCII only, encoded words in UTF-8, no line longer than 78.
        // (libcurl's own Content-Type line may be a little longer: 998 is the hard limit.)
        QString header;
        for (const QJsonValue &value : seema.value(QStringLiteral("raw_header_lines")).toArray()) {
            const QString line = value.toString();
            if (!line.startsWith(QLatin1Char(' ')))
                header = line.section(QLatin1Char(':'), 0, 0);
            QVERIFY(line.size() <= 998);
            for (QChar c : line)
                QVERIFY(c.unicode() < 0x80);
            if (header != QLatin1String("Content-Type"))
                QVERIFY2(line.size() <= 78, qPrintable(line));
            if (line.startsWith(QStringLiteral("Subject:")))
                QVERIFY(line.startsWith(QStringLiteral("Subject: =?UTF-8?B?")));
        }

        const QJsonArray parts = seema.value(QStringLiteral("parts")).toArray();
        QCOMPARE(parts.size(), 2);
        const QJsonObject text = parts.at(0).toObject();
        QCOMPARE(text.value(QStringLiteral("content_type")).toString(), QStringLiteral("text/plain"));
        QCOMPARE(text.value(QStringLiteral("charset")).toString(), QStringLiteral("utf-8"));
        const QString body = text.value(QStringLiteral("text")).toString();
        const IssuedLetter letter = LetterRepository().issued(LetterKind::Invitation, f.event.id).value(f.seema);
        QVERIFY(!letter.number.isEmpty());
        QVERIFY2(body.contains(QStringLiteral("सीमा वर्मा")), qPrintable(body));
        QVERIFY2(body.contains(letter.number), qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("उपायुक्त उद्योग")), qPrintable(body)); // the signature
        const QJsonObject pdf = parts.at(1).toObject();
        QCOMPARE(pdf.value(QStringLiteral("content_type")).toString(), QStringLiteral("application/pdf"));
        QCOMPARE(pdf.value(QStringLiteral("disposition")).toString(), QStringLiteral("attachment"));
        QCOMPARE(pdf.value(QStringLiteral("transfer_encoding")).toString(), QStringLiteral("base64"));
        QVERIFY(pdf.value(QStringLiteral("filename")).toString().endsWith(QStringLiteral(".pdf")));
        // The attachment is the letter: one page, her number and name, in Hindi.
        const QString saved = pdf.value(QStringLiteral("saved")).toString();
        QCOMPARE(PdfTools::pageCount(saved), 1);
        const QString page = PdfTools::text(saved);
        QVERIFY(PdfTools::squeezed(page).contains(letter.number));
        QVERIFY(page.contains(QStringLiteral("सीमा वर्मा")));
        QVERIFY(page.contains(QStringLiteral("पत्रांक")));
        // Ramesh's is in English.
        const QJsonObject ramesh = messageTo(messages, QStringLiteral("ramesh@example.in"));
        QVERIFY(ramesh.value(QStringLiteral("decoded_headers")).toObject().value(QStringLiteral("Subject")).toString()
                    .startsWith(QStringLiteral("Invitation: Gorakhpur Export Conclave")));

        // Each attempt is in the register with the server's reply.
        const auto attempts = LetterRepository().attempts(LetterKind::Invitation, f.event.id, DispatchChannel::Email);
        QCOMPARE(attempts.value(f.seema).size(), 1);
        QVERIFY(attempts.value(f.seema).at(0).ok);
        QVERIFY2(attempts.value(f.seema).at(0).reply.startsWith(QStringLiteral("250 2.0.0 Ok: queued as SMN")),
                 qPrintable(attempts.value(f.seema).at(0).reply));
        QCOMPARE(attempts.value(f.seema).at(0).address, QStringLiteral("seema@example.in"));
    }

    void aSecondRunSendsNothingTwice()
    {
        SmtpTestServer server;
        START_SMTP(server);
        LetterFixture f;
        QCOMPARE(run(f, settingsFor(server)).sent, 2);
        const auto second = run(f, settingsFor(server));
        QCOMPARE(InvitationMail::summaryLine(second), QStringLiteral("sent 0, failed 0, skipped 3"));
        QCOMPARE(server.messages().size(), 2);
        const QList<MailRecipient> plan = InvitationMail::plan(f.event, LetterKind::Invitation, invited(f), false);
        for (const MailRecipient &r : plan)
            QCOMPARE(r.state, r.invitee.id == f.anil ? MailRecipient::State::NoEmail : MailRecipient::State::AlreadySent);
        // Unless the clerk asks to send again: then they go, with the same letter numbers.
        const auto again = run(f, settingsFor(server), true);
        QCOMPARE(again.sent, 2);
        QCOMPARE(server.messages().size(), 4);
        QCOMPARE(LetterRepository().issued(LetterKind::Invitation, f.event.id).size(), 2);
    }

    void aRefusedRecipientIsNotedAndRetried()
    {
        SmtpTestServer server;
        START_SMTP(server, {QStringLiteral("--refuse"), QStringLiteral("ramesh@example.in")});
        LetterFixture f;
        const auto summary = run(f, settingsFor(server));
        QCOMPARE(InvitationMail::summaryLine(summary), QStringLiteral("sent 1, failed 1, skipped 1"));
        QCOMPARE(summary.failures.size(), 1);
        QVERIFY2(summary.failures.at(0).contains(QStringLiteral("550")), qPrintable(summary.failures.at(0)));
        QVERIFY(summary.failures.at(0).contains(QStringLiteral("Ramesh Kumar <ramesh@example.in>")));
        QCOMPARE(server.messages().size(), 1);
        const auto attempts = LetterRepository().attempts(LetterKind::Invitation, f.event.id, DispatchChannel::Email);
        QVERIFY(!attempts.value(f.ramesh).at(0).ok);
        QVERIFY2(attempts.value(f.ramesh).at(0).reply.contains(QStringLiteral("Recipient address rejected")),
                 qPrintable(attempts.value(f.ramesh).at(0).reply));
        // The failure is listed with its reason and tried again on the next run.
        const QList<MailRecipient> plan = InvitationMail::plan(f.event, LetterKind::Invitation, invited(f), false);
        const auto r = std::find_if(plan.cbegin(), plan.cend(), [&](const MailRecipient &m) { return m.invitee.id == f.ramesh; });
        QCOMPARE(r->state, MailRecipient::State::WillSend);
        QVERIFY(r->lastFailure().contains(QStringLiteral("550")));
        // The server takes it now: it goes, and only it.
        SmtpTestServer fixed;
        START_SMTP(fixed);
        QCOMPARE(InvitationMail::summaryLine(run(f, settingsFor(fixed))), QStringLiteral("sent 1, failed 0, skipped 2"));
        QCOMPARE(fixed.messages().size(), 1);
        QVERIFY(!messageTo(fixed.messages(), QStringLiteral("ramesh@example.in")).isEmpty());
    }

    void aDroppedConnectionFailsThatMessageOnly()
    {
        SmtpTestServer server;
        // Ramesh's message is cut off before the server answers it; Seema's goes after it, on a
        // new connection.
        START_SMTP(server, {QStringLiteral("--drop"), QStringLiteral("ramesh@example.in")});
        LetterFixture f;
        const auto summary = run(f, settingsFor(server));
        QCOMPARE(summary.sent, 1);
        QCOMPARE(summary.failed, 1);
        QVERIFY2(summary.failures.at(0).contains(QStringLiteral("connection")), qPrintable(summary.failures.at(0)));
        QVERIFY(!messageTo(server.messages(), QStringLiteral("seema@example.in")).isEmpty());
        const auto attempts = LetterRepository().attempts(LetterKind::Invitation, f.event.id, DispatchChannel::Email);
        QVERIFY(!attempts.value(f.ramesh).at(0).ok);
        QVERIFY(attempts.value(f.seema).at(0).ok);
    }

    void aServerThatIsNotThereFailsEveryMessage()
    {
        LetterFixture f;
        SmtpTestServer server;
        START_SMTP(server);
        const SmtpSettings settings = settingsFor(server);
        server.stop(); // nothing listens on the port now
        const auto summary = run(f, settings);
        QCOMPARE(summary.sent, 0);
        QCOMPARE(summary.failed, 2);
        QVERIFY2(summary.failures.at(0).contains(QStringLiteral("did not accept a connection")), qPrintable(summary.failures.at(0)));
        // Nothing counts as sent: the next run tries them all.
        for (const MailRecipient &r : InvitationMail::plan(f.event, LetterKind::Invitation, invited(f), false))
            QVERIFY(r.state != MailRecipient::State::AlreadySent);
    }

    void loggingIn()
    {
        SmtpTestServer server;
        START_SMTP(server, {QStringLiteral("--user"), QStringLiteral("dic"), QStringLiteral("--password"),
                            QStringLiteral("गुप्त-secret")});
        LetterFixture f;
        SmtpSettings settings = settingsFor(server);
        settings.user = QStringLiteral("dic");
        QVERIFY(settings.needsPassword());
        const auto wrong = run(f, settings, false, QStringLiteral("wrong"));
        QCOMPARE(wrong.sent, 0);
        QVERIFY2(wrong.failures.at(0).contains(QStringLiteral("user name or password")), qPrintable(wrong.failures.at(0)));
        const auto right = run(f, settings, false, QStringLiteral("गुप्त-secret"));
        QCOMPARE(right.sent, 2);
        QCOMPARE(server.messages().at(0).value(QStringLiteral("login")).toString(), QStringLiteral("dic"));
    }

    void cancelStopsTheRun()
    {
        SmtpTestServer server;
        START_SMTP(server);
        LetterFixture f;
        const SmtpSettings settings = settingsFor(server);
        const QList<MailRecipient> plan = InvitationMail::plan(f.event, LetterKind::Invitation, invited(f), false);
        SmtpClient client(settings, QString());
        int calls = 0;
        const auto summary = InvitationMail::send(f.event, LetterKind::Invitation, plan, client, settings,
                                                  [&](int, int, const MailRecipient &, const SmtpResult &) {
                                                      ++calls;
                                                      return false; // Cancel after the first
                                                  });
        QCOMPARE(calls, 1);
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.sent + summary.failed, 1);
        QCOMPARE(server.messages().size(), 1);
    }

    void settingsFromAUrl()
    {
        SmtpSettings s;
        QString error;
        QVERIFY(s.applyUrl(QStringLiteral("smtps://dic@mail.example.in"), &error));
        QCOMPARE(s.security, SmtpSettings::Security::Ssl);
        QCOMPARE(s.port, 465);
        QCOMPARE(s.user, QStringLiteral("dic"));
        QCOMPARE(s.url(), QStringLiteral("smtps://mail.example.in:465"));
        QVERIFY(s.applyUrl(QStringLiteral("smtp://127.0.0.1:2525"), &error));
        QCOMPARE(s.security, SmtpSettings::Security::StartTlsIfOffered);
        QCOMPARE(s.port, 2525);
        QVERIFY(!s.applyUrl(QStringLiteral("http://example.in"), &error));
        QVERIFY(error.contains(QStringLiteral("smtp://HOST:PORT")));
        SmtpSettings empty;
        QVERIFY(!empty.validate().isEmpty());
        LetterFixture f;
        s.fromAddress = QStringLiteral("dic@example.in");
        s.security = SmtpSettings::Security::StartTls;
        QVERIFY(s.save(Database::defaultConnectionName(), &error));
        QVERIFY(SmtpSettings::load() == s);
    }
};

QTEST_GUILESS_MAIN(TestInvitationMail)
#include "tst_invitationmail.moc"
