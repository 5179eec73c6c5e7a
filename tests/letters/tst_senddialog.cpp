#include "letterfixture.h"
#include "text/languagemanager.h"
#include "letters/letterrepository.h"
#include "letters/senddialog.h"
#include "mail/smtpsettings.h"
#include "smtptestserver.h"
#include "widgettest.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace WidgetTest;

// The send dialog against a real SMTP server: who will get it, who has no address, who was sent
// it before; sending on its own thread with progress; failures listed with their reasons and
// retried; nothing twice; the password asked for (and said not to be kept) where no keyring runs.
class TestSendDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

    static void useServer(const SmtpTestServer &server, const QString &user = QString())
    {
        SmtpSettings s;
        QString error;
        QVERIFY(s.applyUrl(server.url(), &error));
        s.security = SmtpSettings::Security::None;
        s.user = user;
        s.fromAddress = QStringLiteral("dic.gorakhpur@example.in");
        QVERIFY2(s.save(Database::defaultConnectionName(), &error), qPrintable(error));
    }

    static QStringList states(SendDialog &dialog)
    {
        QStringList out;
        auto *tree = child<QTreeWidget>(&dialog, "recipientTree");
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            out << tree->topLevelItem(i)->text(0) + QStringLiteral(": ") + tree->topLevelItem(i)->text(3);
        return out;
    }

    static bool run(SendDialog &dialog, void (SendDialog::*how)())
    {
        QSignalSpy finished(&dialog, &SendDialog::sendingFinished);
        (dialog.*how)();
        return finished.count() == 1 || finished.wait(60000);
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
    }

    void sendsOnceAndListsFailures()
    {
        SmtpTestServer server;
        START_SMTP(server, {QStringLiteral("--refuse"), QStringLiteral("seema@example.in")});
        LetterFixture f;
        useServer(server);
        SendDialog dialog(f.event.id, {});
        dialog.show();
        QCOMPARE(dialog.plan().size(), 3);
        QVERIFY(states(dialog).contains(QStringLiteral("Anil Gupta: No e-mail address: skipped")));
        QVERIFY(states(dialog).contains(QStringLiteral("Ramesh Kumar: Will be sent")));
        QVERIFY(child<QLabel>(&dialog, "summaryLabel")->text().contains(QStringLiteral("Will get it: 2")));
        QVERIFY(run(dialog, &SendDialog::send));
        QCOMPARE(dialog.summary().sent, 1);
        QCOMPARE(dialog.summary().failed, 1);
        QCOMPARE(dialog.summary().skipped, 1);
        QCOMPARE(server.messages().size(), 1);
        // The list as the register now has it: Ramesh sent, Seema failed with the reason.
        QVERIFY2(states(dialog).filter(QStringLiteral("Ramesh Kumar: Sent on ")).size() == 1, qPrintable(states(dialog).join(QLatin1Char('\n'))));
        const QString seema = states(dialog).filter(QStringLiteral("सीमा वर्मा")).value(0);
        QVERIFY2(seema.contains(QStringLiteral("failed before")) && seema.contains(QStringLiteral("550")), qPrintable(seema));
        QVERIFY(child<QPushButton>(&dialog, "retryButton")->isEnabled());
        // The attempts are listed for the invitee selected.
        auto *tree = child<QTreeWidget>(&dialog, "recipientTree");
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->text(0) == QStringLiteral("सीमा वर्मा"))
                tree->setCurrentItem(tree->topLevelItem(i));
        QVERIFY(child<QLabel>(&dialog, "detailLabel")->text().contains(QStringLiteral("Recipient address rejected")));

        // Retry the failed only: Ramesh does not get it twice.
        QVERIFY(run(dialog, &SendDialog::retryFailed));
        QCOMPARE(dialog.summary().sent, 0);
        QCOMPARE(dialog.summary().failed, 1);
        QCOMPARE(server.messages().size(), 1);
        // Another day, a working server: only Seema.
        SmtpTestServer fixed;
        START_SMTP(fixed);
        useServer(fixed);
        SendDialog again(f.event.id, {});
        QVERIFY(run(again, &SendDialog::send));
        QCOMPARE(again.summary().sent, 1);
        QCOMPARE(fixed.messages().size(), 1);
        SendDialog nothingLeft(f.event.id, {});
        QVERIFY(!child<QPushButton>(&nothingLeft, "sendButton")->isEnabled());
        // Unless asked to send again.
        nothingLeft.setSendAgain(true);
        QVERIFY(child<QPushButton>(&nothingLeft, "sendButton")->isEnabled());
    }

    void thePasswordIsAskedForWhereNoKeyringRuns()
    {
        SmtpTestServer server;
        START_SMTP(server, {QStringLiteral("--user"), QStringLiteral("dic"), QStringLiteral("--password"), QStringLiteral("s3cret")});
        LetterFixture f;
        useServer(server, QStringLiteral("dic"));
        SendDialog dialog(f.event.id, {f.ramesh});
        QString asked;
        dialog.setPasswordPrompt([&](const QString &message) -> std::optional<QString> {
            asked = message;
            return QStringLiteral("s3cret");
        });
        QVERIFY(run(dialog, &SendDialog::send));
        QVERIFY2(asked.contains(QStringLiteral("cannot be kept")), qPrintable(asked));
        QCOMPARE(dialog.summary().sent, 1);
        QCOMPARE(server.messages().size(), 1);
        // Cancelled at the prompt: nothing goes, nothing is numbered.
        SendDialog cancelled(f.event.id, {f.seema});
        cancelled.setPasswordPrompt([](const QString &) -> std::optional<QString> { return std::nullopt; });
        cancelled.send();
        QVERIFY(!cancelled.isSending());
        QCOMPARE(server.messages().size(), 1);
        QVERIFY(!LetterRepository().issued(LetterKind::Invitation, f.event.id).contains(f.seema));
    }

    void remindersGoToThoseWhoHaveNotReplied()
    {
        SmtpTestServer server;
        START_SMTP(server);
        LetterFixture f;
        useServer(server);
        LetterRepository().issue(LetterKind::Invitation, f.event,
                                 {LetterRequest{f.ramesh, QStringLiteral("en"), QStringLiteral("Ramesh"), QString()}},
                                 QDate::currentDate().addDays(-10));
        SendDialog dialog(f.event.id, {});
        dialog.setKind(LetterKind::Reminder);
        dialog.setNotRepliedDays(7);
        QCOMPARE(dialog.plan().size(), 1);
        QVERIFY(run(dialog, &SendDialog::send));
        QCOMPARE(server.messages().size(), 1);
        const QString subject = server.messages().at(0).value(QStringLiteral("decoded_headers")).toObject()
                                    .value(QStringLiteral("Subject")).toString();
        QVERIFY2(subject.startsWith(QStringLiteral("Reminder:")), qPrintable(subject));
        QCOMPARE(LetterRepository().issued(LetterKind::Reminder, f.event.id).size(), 1);
    }
};

QTEST_MAIN(TestSendDialog)
#include "tst_senddialog.moc"
