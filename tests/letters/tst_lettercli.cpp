#include "../cli/clirunner.h"
#include "../printing/pdftools.h"
#include "letterfixture.h"
#include "letters/letterrepository.h"
#include "letters/lettertemplate.h"
#include "mail/smtpsettings.h"
#include "smtptestserver.h"

#include <QSqlQuery>

// sammelan-cli print letters / certificates / labels, send invitations and verify, run as the
// real program on a database made by the test.
class TestLetterCli : public QObject
{
    Q_OBJECT
    CliRunner m_cli;

    struct Db {
        std::unique_ptr<LetterFixture> fixture;
        QString path;
        qint64 event = 0;
    };

    // A fixture's database, closed so the program can open it.
    static Db makeDb()
    {
        Db db;
        db.fixture = std::make_unique<LetterFixture>();
        QString error;
        LetterFixture::office().save(Database::defaultConnectionName(), &error);
        db.path = db.fixture->db.path;
        db.event = db.fixture->event.id;
        Database::close();
        return db;
    }

    CliResult run(const Db &db, const QStringList &args) const
    {
        return m_cli.run(QStringList{QStringLiteral("--db"), db.path} + args);
    }

private slots:
    void helpNamesTheCommandsAsTheIssueDoes()
    {
        const CliResult r = m_cli.run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const QString &synopsis :
             {QStringLiteral("print letters OUT.pdf --event ID [--status S,...] [--lang en|hi]"),
              QStringLiteral("print certificates OUT.pdf --event ID [--kind attendee|exhibitor] [--lang en|hi]"),
              QStringLiteral("print labels OUT.pdf --event ID [--status S,...] [--layout 2x7|3x8]"),
              QStringLiteral("send invitations --event ID [--status S,...] [--smtp smtp://HOST:PORT] [--from ADDRESS] [--dry-run]"),
              QStringLiteral("verify NUMBER")})
            QVERIFY2(r.out.contains(synopsis), qPrintable(synopsis));
    }

    void printLettersKeepsNumbers()
    {
        const Db db = makeDb();
        const QString out = m_cli.path(QStringLiteral("letters.pdf"));
        CliResult r = run(db, {QStringLiteral("print"), QStringLiteral("letters"), out, QStringLiteral("--event"),
                               QString::number(db.event)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("letters: 3, numbers given now: 3, kept from before: 0")), qPrintable(r.out));
        QCOMPARE(PdfTools::pageCount(out), 3);
        const QString first = PdfTools::squeezed(PdfTools::text(out));
        QVERIFY(first.contains(QStringLiteral("जि.उ.के./निर्यात/1/")));
        // Again, in Hindi: the same three numbers, none new.
        r = run(db, {QStringLiteral("print"), QStringLiteral("letters"), out, QStringLiteral("--event"), QString::number(db.event),
                     QStringLiteral("--lang"), QStringLiteral("hi")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("numbers given now: 0, kept from before: 3")), qPrintable(r.out));
        const QString again = PdfTools::squeezed(PdfTools::text(out));
        for (int n = 1; n <= 3; ++n)
            QVERIFY(again.contains(QStringLiteral("जि.उ.के./निर्यात/%1/").arg(n)));
        QVERIFY(!again.contains(QStringLiteral("जि.उ.के./निर्यात/4/")));
        QCOMPARE(again.count(QStringLiteral("पत्रांक:")), 3);
        // --status: the declined only.
        r = run(db, {QStringLiteral("print"), QStringLiteral("letters"), out, QStringLiteral("--event"), QString::number(db.event),
                     QStringLiteral("--status"), QStringLiteral("declined")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(PdfTools::pageCount(out), 1);
        QVERIFY(PdfTools::text(out).contains(QStringLiteral("Priya Singh")));
    }

    void printLettersRefusesUnknownFields()
    {
        const Db db = makeDb();
        QVERIFY(Database::open(db.path, Database::Mode::OpenExisting).ok());
        LetterTemplate t = LetterTemplate::defaultFor(TemplateKind::Invitation, QStringLiteral("en"));
        t.body += QStringLiteral(" {nmae}");
        QVERIFY(TemplateRepository().save(db.event, t));
        Database::close();
        const QString out = m_cli.path(QStringLiteral("unknown.pdf"));
        const CliResult r = run(db, {QStringLiteral("print"), QStringLiteral("letters"), out, QStringLiteral("--event"),
                                     QString::number(db.event), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("{nmae}")), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
        // Nothing was numbered either.
        QVERIFY(Database::open(db.path, Database::Mode::OpenExisting).ok());
        QVERIFY(LetterRepository().issued(LetterKind::Invitation, db.event).isEmpty());
        Database::close();
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("no event") << QStringList{QStringLiteral("print"), QStringLiteral("letters"), QStringLiteral("x.pdf")} << 2
                                  << QStringLiteral("--event");
        QTest::newRow("bad language") << QStringList{QStringLiteral("print"), QStringLiteral("letters"), QStringLiteral("x.pdf"),
                                                     QStringLiteral("--event"), QStringLiteral("1"), QStringLiteral("--lang"),
                                                     QStringLiteral("fr")}
                                      << 2 << QStringLiteral("fr");
        QTest::newRow("bad kind") << QStringList{QStringLiteral("print"), QStringLiteral("certificates"), QStringLiteral("x.pdf"),
                                                 QStringLiteral("--event"), QStringLiteral("1"), QStringLiteral("--kind"),
                                                 QStringLiteral("guest")}
                                  << 2 << QStringLiteral("attendee or exhibitor");
        QTest::newRow("bad layout") << QStringList{QStringLiteral("print"), QStringLiteral("labels"), QStringLiteral("x.pdf"),
                                                   QStringLiteral("--event"), QStringLiteral("1"), QStringLiteral("--layout"),
                                                   QStringLiteral("4x4")}
                                    << 2 << QStringLiteral("2x7 or 3x8");
        QTest::newRow("bad status") << QStringList{QStringLiteral("print"), QStringLiteral("labels"), QStringLiteral("x.pdf"),
                                                   QStringLiteral("--event"), QStringLiteral("1"), QStringLiteral("--status"),
                                                   QStringLiteral("maybe")}
                                    << 2 << QStringLiteral("maybe");
        QTest::newRow("bad smtp") << QStringList{QStringLiteral("send"), QStringLiteral("invitations"), QStringLiteral("--event"),
                                                 QStringLiteral("1"), QStringLiteral("--smtp"), QStringLiteral("http://x")}
                                  << 2 << QStringLiteral("smtp://HOST:PORT");
        QTest::newRow("no such event") << QStringList{QStringLiteral("print"), QStringLiteral("letters"), QStringLiteral("x.pdf"),
                                                      QStringLiteral("--event"), QStringLiteral("99")}
                                       << 1 << QStringLiteral("no event 99");
        QTest::newRow("verify junk") << QStringList{QStringLiteral("verify"), QStringLiteral("hello")} << 1
                                     << QStringLiteral("not a certificate number");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const Db db = makeDb();
        const CliResult r = run(db, args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_cli.path(QStringLiteral("x.pdf"))));
    }

    void certificatesAndVerify()
    {
        const Db db = makeDb();
        const QString out = m_cli.path(QStringLiteral("certificates.pdf"));
        CliResult r = run(db, {QStringLiteral("print"), QStringLiteral("certificates"), out, QStringLiteral("--event"),
                               QString::number(db.event), QStringLiteral("--lang"), QStringLiteral("hi")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("certificates: 2")));
        QCOMPARE(PdfTools::pageCount(out), 2);
        const QString text = PdfTools::text(out);
        QVERIFY(text.contains(QStringLiteral("Mohan Lal")));
        QVERIFY(text.contains(QStringLiteral("किरण देवी")));
        QVERIFY(!text.contains(QStringLiteral("Ramesh Kumar"))); // invited, not attended
        r = run(db, {QStringLiteral("print"), QStringLiteral("certificates"), out, QStringLiteral("--event"),
                     QString::number(db.event), QStringLiteral("--kind"), QStringLiteral("exhibitor")});
        QVERIFY(r.out.contains(QStringLiteral("certificates: 1")));

        QVERIFY(Database::open(db.path, Database::Mode::OpenExisting).ok());
        const IssuedLetter mohan = LetterRepository().issued(LetterKind::Certificate, db.event).value(db.fixture->mohan);
        Database::close();
        QVERIFY(!mohan.number.isEmpty());
        // Genuine: whose and which event.
        r = run(db, {QStringLiteral("verify"), mohan.number});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("GENUINE: ") + mohan.number), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Mohan Lal, Proprietor, Lal Terracotta")));
        QVERIFY(r.out.contains(QStringLiteral("Gorakhpur Export Conclave (24–25 September 2025)")));
        QVERIFY(r.out.contains(QStringLiteral("Certificate of participation")));
        // Typed in lower case with spaces around: still found.
        QCOMPARE(run(db, {QStringLiteral("verify"), QStringLiteral(" ") + mohan.number.toLower()}).exitCode, 0);
        // Forged: one character of the signature changed, or the serial.
        QString forged = mohan.number;
        forged[forged.size() - 1] = forged.endsWith(QLatin1Char('A')) ? QLatin1Char('B') : QLatin1Char('A');
        r = run(db, {QStringLiteral("verify"), forged});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("NOT GENUINE")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        r = run(db, {QStringLiteral("verify"), QString(mohan.number).replace(QStringLiteral("-00001-"), QStringLiteral("-00009-"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("NOT GENUINE")));
        // Genuine in another database is not genuine in this one.
        const Db other = makeDb();
        r = run(other, {QStringLiteral("verify"), mohan.number});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("NOT GENUINE")));
    }

    void labels()
    {
        const Db db = makeDb();
        const QString out = m_cli.path(QStringLiteral("labels.pdf"));
        const CliResult r = run(db, {QStringLiteral("print"), QStringLiteral("labels"), out, QStringLiteral("--event"),
                                     QString::number(db.event), QStringLiteral("--layout"), QStringLiteral("3x8"),
                                     QStringLiteral("--status"), QStringLiteral("invited,confirmed,attended")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("pages: 1, labels: 5")));
        QCOMPARE(PdfTools::pageCount(out), 1);
        QCOMPARE(PdfTools::text(out).count(QStringLiteral("PIN 273001")), 5);
    }

    void sendInvitations()
    {
        SmtpTestServer server;
        START_SMTP(server, {QStringLiteral("--refuse"), QStringLiteral("seema@example.in")});
        const Db db = makeDb();
        const QStringList send{QStringLiteral("send"), QStringLiteral("invitations"), QStringLiteral("--event"),
                               QString::number(db.event), QStringLiteral("--smtp"), server.url(), QStringLiteral("--from"),
                               QStringLiteral("dic.gorakhpur@example.in")};
        // A dry run sends nothing and notes nothing.
        CliResult r = run(db, send + QStringList{QStringLiteral("--dry-run")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("sent 0, failed 0, skipped 1\n"));
        QVERIFY(r.err.contains(QStringLiteral("would send to Ramesh Kumar <ramesh@example.in>")));
        QVERIFY(r.err.contains(QStringLiteral("no e-mail address: Anil Gupta")));
        QCOMPARE(server.messages().size(), 0);

        // Seema's address is refused: exit status 1, the line exactly as the issue asks.
        r = run(db, send);
        QCOMPARE(r.out, QStringLiteral("sent 1, failed 1, skipped 1\n"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("failed: सीमा वर्मा <seema@example.in>")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("550")));
        QCOMPARE(server.messages().size(), 1);

        // Again: Ramesh is not sent twice; Seema is tried again (and refused again).
        r = run(db, send);
        QCOMPARE(r.out, QStringLiteral("sent 0, failed 1, skipped 2\n"));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(server.messages().size(), 1);

        // Settings from the database, once saved there.
        SmtpTestServer open;
        START_SMTP(open);
        QVERIFY(Database::open(db.path, Database::Mode::OpenExisting).ok());
        SmtpSettings settings;
        QString error;
        QVERIFY(settings.applyUrl(open.url(), &error));
        settings.security = SmtpSettings::Security::None;
        settings.fromAddress = QStringLiteral("dic.gorakhpur@example.in");
        QVERIFY(settings.save(Database::defaultConnectionName(), &error));
        Database::close();
        r = run(db, {QStringLiteral("send"), QStringLiteral("invitations"), QStringLiteral("--event"), QString::number(db.event)});
        QCOMPARE(r.out, QStringLiteral("sent 1, failed 0, skipped 2\n"));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(open.messages().size(), 1);
    }

    // No server set and none given: a clear reason, nothing numbered.
    void sendWithoutAServer()
    {
        const Db db = makeDb();
        const CliResult r = run(db, {QStringLiteral("send"), QStringLiteral("invitations"), QStringLiteral("--event"),
                                     QString::number(db.event)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("No mail server is set")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    // A server that wants a password, with no keyring running: the program says it cannot keep
    // it and takes it from standard input.
    void passwordWithoutAKeyring()
    {
        SmtpTestServer server;
        START_SMTP(server, {QStringLiteral("--user"), QStringLiteral("dic"), QStringLiteral("--password"), QStringLiteral("s3cret")});
        const Db db = makeDb();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_cli.home());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_cli.path(QStringLiteral("config")));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("SAMMELAN_SMTP_PASSWORD"));
        p.setProcessEnvironment(env);
        QString url = server.url();
        url.replace(QStringLiteral("smtp://"), QStringLiteral("smtp://dic@"));
        p.start(QStringLiteral(SAMMELAN_CLI_PATH), {QStringLiteral("--db"), db.path, QStringLiteral("send"),
                                                    QStringLiteral("invitations"), QStringLiteral("--event"),
                                                    QString::number(db.event), QStringLiteral("--smtp"), url,
                                                    QStringLiteral("--from"), QStringLiteral("dic@example.in")});
        QVERIFY(p.waitForStarted());
        p.write("s3cret\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(120000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("The password cannot be kept")), qPrintable(err));
        QCOMPARE(out, QStringLiteral("sent 2, failed 0, skipped 1\n"));
        QCOMPARE(server.messages().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestLetterCli)
#include "tst_lettercli.moc"
