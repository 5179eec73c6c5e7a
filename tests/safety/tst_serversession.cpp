#include "connectserverdialog.h"
#include "storage/database.h"
#include "databasesession.h"
#include "invitees/inviteerepository.h"
#include "invitees/inviteetablemodel.h"
#include "invitees/inviteedialog.h"
#include "invitees/inviteespage.h"
#include "text/languagemanager.h"
#include "mainwindow.h"
#include "serverpassworddialog.h"
#include "storage/postgresbackend.h"
#include "storage/remotechanges.h"
#include "testdb.h"
#include "widgettest.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QTimer>
#include <QUrl>

#include <functional>

using namespace WidgetTest;

// The window on the office server: File › Connect to office server, the password (asked, never
// stored; ~/.pgpass used), the recent list and the command line, an empty database set up after
// a question, another program's database refused; and the server going away mid-work: the red
// bar, a refused save that keeps the form open, the reconnection by itself and the note.
// Runs against the test cluster only (tests/postgres), whose role pwclerk needs a password.
class TestServerSession : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QStringList m_databases; // made on the server, dropped at the end

    static inline const QString PasswordRole = QStringLiteral("pwclerk");
    static inline const QString Password = QStringLiteral("Gorakhpur#2025");

    static QUrl server() { return QUrl(TestDb::serverUrl()); }

    QString newDatabase(const QString &owner = QString())
    {
        QString name;
        TestDb::createServerDatabase(&name);
        if (!owner.isEmpty())
            TestDb::adminExec(QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(name, owner));
        m_databases << name;
        return name;
    }

    static QString urlOf(const QString &database, const QString &user = QStringLiteral("sammelan"))
    {
        ServerAddress a;
        a.host = server().host();
        a.port = server().port();
        a.database = database;
        a.user = user;
        return a.url();
    }

    // A database with Sammelan's schema, made by `owner` (pwclerk with its password).
    QString sammelanDatabase(const QString &owner = QStringLiteral("sammelan"))
    {
        const QString name = newDatabase(owner);
        const QString connection = QStringLiteral("setup");
        QUrl url(urlOf(name, owner));
        if (owner == PasswordRole)
            url.setPassword(Password);
        const auto result = Database::open(url.toString(), Database::Mode::CreateIfMissing, connection);
        Database::close(connection);
        if (!result.ok())
            qFatal("%s", qPrintable(result.message));
        return name;
    }

    static QString settingsText()
    {
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    // Answers the modal dialogs that come up, one handler each, in order; each handler gets the
    // dialog (already shown). Whatever is still open at the end is closed, so a test that fails
    // midway does not hang.
    class Answers
    {
    public:
        explicit Answers(QList<std::function<void(QWidget *)>> handlers) : m_handlers(std::move(handlers))
        {
            m_timer.setInterval(20);
            QObject::connect(&m_timer, &QTimer::timeout, [this] {
                QWidget *modal = QApplication::activeModalWidget();
                if (!modal || modal == m_last || !modal->isVisible())
                    return;
                m_last = modal;
                if (m_handlers.isEmpty()) {
                    ++m_unexpected;
                    m_unexpectedText << (qobject_cast<QMessageBox *>(modal) ? qobject_cast<QMessageBox *>(modal)->text()
                                                                          : QString::fromLatin1(modal->metaObject()->className()));
                    QMetaObject::invokeMethod(modal, "reject", Qt::QueuedConnection);
                    return;
                }
                const auto handler = m_handlers.takeFirst();
                // Not from inside this timer's slot: a handler may open further dialogs, whose
                // answers need this timer to run again.
                QTimer::singleShot(0, modal, [handler, modal] { handler(modal); });
            });
            m_timer.start();
        }
        int left() const { return int(m_handlers.size()); }
        int unexpected() const { return m_unexpected; }
        QStringList unexpectedText() const { return m_unexpectedText; }

    private:
        QList<std::function<void(QWidget *)>> m_handlers;
        QTimer m_timer;
        QPointer<QWidget> m_last;
        int m_unexpected = 0;
        QStringList m_unexpectedText;
    };

    static std::function<void(QWidget *)> typePassword(const QString &password, QString *message = nullptr)
    {
        return [password, message](QWidget *w) {
            auto *dialog = qobject_cast<ServerPasswordDialog *>(w);
            QVERIFY2(dialog, w->metaObject()->className());
            QCOMPARE(child<QLineEdit>(dialog, "passwordEdit")->echoMode(), QLineEdit::Password);
            if (message)
                *message = child<QLabel>(dialog, "messageLabel")->text();
            child<QLineEdit>(dialog, "passwordEdit")->setText(password);
            child<QPushButton>(dialog, "connectButton")->click();
        };
    }

    static std::function<void(QWidget *)> clickButton(const QString &text, QString *message = nullptr)
    {
        return [text, message](QWidget *w) {
            auto *box = qobject_cast<QMessageBox *>(w);
            QVERIFY2(box, w->metaObject()->className());
            if (message)
                *message = box->text();
            for (QAbstractButton *b : box->buttons())
                if (b->text() == text) {
                    b->click();
                    return;
                }
            box->reject();
            QFAIL(qPrintable(QStringLiteral("no button “%1” in “%2”").arg(text, box->text())));
        };
    }

    static QFrame *banner(MainWindow &w) { return w.findChild<QFrame *>(QStringLiteral("fileBanner")); }
    static QString bannerText(MainWindow &w)
    {
        return banner(w)->findChild<QLabel *>()->text();
    }

    static qint64 countOn(const QString &database, const QString &table)
    {
        const QString connection = QStringLiteral("count");
        qint64 n = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setHostName(server().host());
            db.setPort(server().port());
            db.setUserName(server().userName());
            db.setDatabaseName(database);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next())
                    n = q.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return n;
    }

private slots:
    void initTestCase()
    {
        if (!TestDb::onServer())
            QFAIL("tst_serversession runs against the test server (SAMMELAN_TEST_PG)");
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("HOME", m_home.path().toUtf8());
        // No password from anywhere but what the test gives.
        qputenv("PGPASSFILE", m_home.filePath(QStringLiteral("no-pgpass")).toUtf8());
        qunsetenv("PGPASSWORD");
        QCoreApplication::setApplicationName(QStringLiteral("tst_serversession"));
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
        // The test cluster asks pwclerk (only) for a password over TCP (see pgcluster.sh).
        TestDb::adminExec(QStringLiteral("DO $$ BEGIN CREATE ROLE %1 LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
                              .arg(PasswordRole));
        TestDb::adminExec(QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(PasswordRole, Password));
    }
    void cleanupTestCase()
    {
        Database::close();
        for (const QString &name : std::as_const(m_databases))
            TestDb::adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    }

    // The form: what it refuses, the URL it makes, what it remembers (never a password); it
    // fits a 1,024 × 600 screen in both languages.
    void connectDialog()
    {
        QSettings().clear();
        {
            ConnectServerDialog dialog;
            dialog.show();
            auto *connect = child<QPushButton>(&dialog, "connectButton");
            QCOMPARE(child<QSpinBox>(&dialog, "portSpin")->value(), 5432);
            QCOMPARE(child<QLineEdit>(&dialog, "databaseEdit")->text(), QStringLiteral("sammelan"));
            QVERIFY(!connect->isEnabled()); // no server yet
            QVERIFY(dialog.problem().contains(QStringLiteral("server's name or address")));
            QVERIFY(child<QLabel>(&dialog, "problemLabel")->isVisibleTo(&dialog));
            child<QLineEdit>(&dialog, "hostEdit")->setText(QStringLiteral("office server/x"));
            QVERIFY(!connect->isEnabled());
            QVERIFY2(dialog.problem().contains(QStringLiteral("is not a server name")), qPrintable(dialog.problem()));
            child<QLineEdit>(&dialog, "hostEdit")->setText(QStringLiteral("192.168.1.10"));
            child<QLineEdit>(&dialog, "userEdit")->clear();
            QVERIFY(!connect->isEnabled());
            QVERIFY(dialog.problem().contains(QStringLiteral("user name")));
            child<QLineEdit>(&dialog, "userEdit")->setText(QStringLiteral("clerk"));
            child<QLineEdit>(&dialog, "databaseEdit")->setText(QStringLiteral("dic\tgkp"));
            QVERIFY(!connect->isEnabled());
            child<QLineEdit>(&dialog, "databaseEdit")->setText(QStringLiteral("sammelan"));
            child<QSpinBox>(&dialog, "portSpin")->setValue(6543);
            auto *ssl = child<QComboBox>(&dialog, "sslCombo");
            ssl->setCurrentIndex(ssl->findData(QStringLiteral("require")));
            QVERIFY(connect->isEnabled());
            QVERIFY(!child<QLabel>(&dialog, "problemLabel")->isVisibleTo(&dialog));
            QCOMPARE(dialog.address().url(), QStringLiteral("postgresql://clerk@192.168.1.10:6543/sammelan?sslmode=require"));
            connect->click();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        // Remembered for the next time.
        ConnectServerDialog again;
        QCOMPARE(again.address().url(), QStringLiteral("postgresql://clerk@192.168.1.10:6543/sammelan?sslmode=require"));

        const auto english = qScopeGuard([] { LanguageManager::instance()->setLanguage(QStringLiteral("en")); });
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("hi")}) {
            QVERIFY(LanguageManager::instance()->setLanguage(language));
            for (QDialog *dialog : std::initializer_list<QDialog *>{new ConnectServerDialog, new ServerPasswordDialog}) {
                dialog->show();
                QApplication::processEvents();
                const QSize needed = dialog->minimumSizeHint().expandedTo(dialog->minimumSize());
                QVERIFY2(needed.width() <= 1024 && needed.height() <= 600,
                         qPrintable(QStringLiteral("%1 in %2 needs %3 × %4").arg(QLatin1String(dialog->metaObject()->className()),
                                                                                   language).arg(needed.width()).arg(needed.height())));
                delete dialog;
            }
        }
        {
            ConnectServerDialog hindi;
            QCOMPARE(hindi.windowTitle(), QStringLiteral("कार्यालय सर्वर से जुड़ें"));
            QCOMPARE(child<QPushButton>(&hindi, "connectButton")->text(), QStringLiteral("जुड़ें (&C)"));
        }
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
    }

    // File › Connect to office server (Ctrl+Shift+O): the window works on the server, says so in
    // its title and status bar, and the server is in File › Recent databases as user@host/db,
    // from where it opens again.
    void connectThroughTheFileMenu()
    {
        const QString name = sammelanDatabase();
        const QString url = urlOf(name);
        const QString shortName = QStringLiteral("sammelan@%1:%2/%3").arg(server().host()).arg(server().port()).arg(name);
        MainWindow w;
        w.show();
        QAction *connectAction = nullptr;
        for (QAction *a : w.menuBar()->actions().constFirst()->menu()->actions())
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O))
                connectAction = a;
        QVERIFY(connectAction);
        QCOMPARE(connectAction->text(), QStringLiteral("Connect to office &server…"));

        Answers answers({[&](QWidget *modal) {
            auto *dialog = qobject_cast<ConnectServerDialog *>(modal);
            QVERIFY(dialog);
            child<QLineEdit>(dialog, "hostEdit")->setText(server().host());
            child<QSpinBox>(dialog, "portSpin")->setValue(server().port());
            child<QLineEdit>(dialog, "databaseEdit")->setText(name);
            child<QLineEdit>(dialog, "userEdit")->setText(QStringLiteral("sammelan"));
            auto *ssl = child<QComboBox>(dialog, "sslCombo"); // the test server has no certificate
            ssl->setCurrentIndex(ssl->findData(QStringLiteral("prefer")));
            child<QPushButton>(dialog, "connectButton")->click();
        }});
        connectAction->trigger();
        QCOMPARE(answers.left(), 0);
        QVERIFY2(answers.unexpected() == 0, qPrintable(answers.unexpectedText().join(QLatin1Char('\n'))));
        DatabaseSession *session = w.session();
        QVERIFY(session->isServer());
        QVERIFY(Database::isServer());
        QCOMPARE(session->currentPath(), QStringLiteral("%1?sslmode=prefer").arg(TestDb::serverUrl() + name));
        QCOMPARE(session->displayName(), shortName);
        QCOMPARE(w.windowTitle(), shortName + QStringLiteral(" — Sammelan"));
        const QStringList status = [&] {
            QStringList texts;
            for (QLabel *label : w.statusBar()->findChildren<QLabel *>())
                texts << label->text();
            return texts;
        }();
        QVERIFY2(status.contains(QStringLiteral("Office server: ") + shortName), qPrintable(status.join(QLatin1Char('|'))));
        QVERIFY(session->remoteChanges()->isListening());

        // In the recent list by its short name, the URL kept without a password.
        QCOMPARE(session->recentFiles().value(0), session->currentPath());
        QMenu *recent = nullptr;
        for (QAction *a : w.menuBar()->actions().constFirst()->menu()->actions())
            if (a->menu() && a->text() == QStringLiteral("Recent &databases"))
                recent = a->menu();
        QVERIFY(recent);
        emit recent->aboutToShow();
        QCOMPARE(recent->actions().value(0)->text(), QStringLiteral("&1 ") + shortName);

        // A file, then the server again from the list.
        const QString file = m_home.filePath(QStringLiteral("desk.db"));
        QVERIFY(session->open(file, Database::Mode::CreateIfMissing));
        QVERIFY(!session->isServer());
        QVERIFY(!session->remoteChanges()->isListening());
        QCOMPARE(w.windowTitle(), QStringLiteral("desk.db — Sammelan"));
        emit recent->aboutToShow();
        QCOMPARE(recent->actions().value(1)->text(), QStringLiteral("&2 ") + shortName);
        recent->actions().value(1)->trigger();
        QVERIFY(session->isServer());
        QCOMPARE(session->displayName(), shortName);
        QVERIFY(session->fileOk());
    }

    // `sammelan postgresql://…` opens the server; the next start opens it again by itself.
    void commandLineAndNextStart()
    {
        const QString name = sammelanDatabase();
        const QString url = urlOf(name);
        {
            MainWindow w;
            QVERIFY(w.session()->openAtStart(url));
            QVERIFY(w.session()->isServer());
            QCOMPARE(w.session()->currentPath(), url);
        }
        Database::close();
        {
            MainWindow w;
            QVERIFY(w.session()->openAtStart());
            QCOMPARE(w.session()->currentPath(), url);
        }
        Database::close();
        // A server that does not answer at the start: said, and the clerk chooses this
        // computer's file rather than finding later that the work went there.
        ServerAddress nowhere = ServerAddress::fromUrl(url);
        nowhere.port = 1; // nothing listens there
        QString said;
        MainWindow w;
        Answers answers({clickButton(QStringLiteral("Use this computer's file"), &said),
                         [](QWidget *welcome) { qobject_cast<QDialog *>(welcome)->reject(); }}); // a new file: the demo offer
        QVERIFY(w.session()->openAtStart(nowhere.url()));
        QVERIFY2(answers.unexpected() == 0, qPrintable(answers.unexpectedText().join(QLatin1Char('\n'))));
        QVERIFY2(said.contains(QStringLiteral("cannot be reached")), qPrintable(said));
        QVERIFY(!w.session()->isServer());
        QCOMPARE(w.session()->currentPath(), Database::defaultPath());
    }

    // The server wants a password: asked (hidden as typed), asked again when wrong, used and
    // kept in memory only; an empty database is set up after a question. With ~/.pgpass (here
    // PGPASSFILE) nothing is asked.
    void passwordAndSettingUp()
    {
        const QString name = newDatabase(PasswordRole);
        const QString url = urlOf(name, PasswordRole);
        QString first, second, setUp;
        {
            MainWindow w;
            Answers answers({typePassword(QStringLiteral("not-the-password"), &first),
                             typePassword(Password, &second),
                             clickButton(QStringLiteral("Set up"), &setUp)});
            QVERIFY(w.session()->openServer(url, Database::Mode::OpenExisting));
            QCOMPARE(answers.left(), 0);
            QVERIFY2(answers.unexpected() == 0, qPrintable(answers.unexpectedText().join(QLatin1Char('\n'))));
            QVERIFY2(first.contains(QStringLiteral("wants the password of the user pwclerk")), qPrintable(first));
            QVERIFY2(second.contains(QStringLiteral("did not accept the password")), qPrintable(second));
            QVERIFY2(setUp.contains(QStringLiteral("is empty")), qPrintable(setUp));
            QVERIFY(w.session()->isServer());
            QCOMPARE(Database::schemaVersion(), Database::currentVersion());
            QCOMPARE(QSqlDatabase::database(Database::defaultConnectionName()).userName(), PasswordRole);
        }
        // Never in the settings, nor in the recent list.
        const QString settings = settingsText();
        QVERIFY(settings.contains(name));
        QVERIFY(!settings.contains(Password));
        QVERIFY(!settings.contains(QStringLiteral("Gorakhpur")));
        Database::close();

        // Cancelled: nothing opened, said so.
        {
            MainWindow w;
            QString why;
            Answers answers({[](QWidget *modal) { qobject_cast<QDialog *>(modal)->reject(); }});
            QVERIFY(!w.session()->openServer(url, Database::Mode::OpenExisting, &why));
            QVERIFY2(why.contains(QStringLiteral("No password")), qPrintable(why));
            QVERIFY(!Database::isOpen());
        }

        // libpq's password file: nothing asked.
        const QString pgpass = m_home.filePath(QStringLiteral("pgpass"));
        QFile file(pgpass);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("%1:%2:%3:%4:%5\n").arg(server().host()).arg(server().port()).arg(name, PasswordRole, Password).toUtf8());
        file.close();
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        qputenv("PGPASSFILE", pgpass.toUtf8());
        {
            MainWindow w;
            Answers answers({});
            QVERIFY(w.session()->openServer(url, Database::Mode::OpenExisting));
            QVERIFY2(answers.unexpected() == 0, qPrintable(answers.unexpectedText().join(QLatin1Char('\n'))));
        }
        qputenv("PGPASSFILE", m_home.filePath(QStringLiteral("no-pgpass")).toUtf8());
        Database::close();
    }

    // An empty database left empty when the clerk says no; another program's database refused,
    // and nothing written to either.
    void emptyAndForeignDatabases()
    {
        const QString empty = newDatabase();
        MainWindow w;
        QString why;
        {
            Answers answers({clickButton(QStringLiteral("Cancel"))});
            QVERIFY(!w.session()->openServer(urlOf(empty), Database::Mode::OpenExisting, &why));
            QVERIFY2(answers.unexpected() == 0, qPrintable(answers.unexpectedText().join(QLatin1Char('\n'))));
        }
        QVERIFY2(why.contains(QStringLiteral("left empty")), qPrintable(why));
        QCOMPARE(countOn(empty, QStringLiteral("pg_tables WHERE schemaname = 'public'")), 0);

        const QString foreign = newDatabase();
        TestDb::adminExec(QStringLiteral("SELECT 1")); // the admin connection works
        {
            const QString connection = QStringLiteral("foreign");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
                db.setHostName(server().host());
                db.setPort(server().port());
                db.setUserName(server().userName());
                db.setDatabaseName(foreign);
                QVERIFY(db.open());
                QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE customers (id int PRIMARY KEY, name text)")));
            }
            QSqlDatabase::removeDatabase(connection);
        }
        {
            Answers answers({});
            QVERIFY(!w.session()->openServer(urlOf(foreign), Database::Mode::OpenExisting, &why));
            QVERIFY2(answers.unexpected() == 0, qPrintable(answers.unexpectedText().join(QLatin1Char('\n'))));
        }
        QVERIFY2(why.contains(QStringLiteral("belongs to another program")), qPrintable(why));
        QCOMPARE(countOn(foreign, QStringLiteral("pg_tables WHERE schemaname = 'public'")), 1);
        QVERIFY(!w.session()->isServer());
    }

    // The server goes away mid-work (the connection killed, and the database refusing new ones
    // for a while): the red bar comes by itself; saving an invitee is refused with the form kept
    // open and nothing saved; when the server takes connections again the window reconnects by
    // itself (with the password typed at the start), the bar goes, a note says so, and the same
    // form saves.
    void serverGoesAwayAndComesBack()
    {
        const QString name = sammelanDatabase(PasswordRole);
        MainWindow w;
        w.show();
        DatabaseSession *session = w.session();
        {
            Answers answers({typePassword(Password)});
            QVERIFY(session->openServer(urlOf(name, PasswordRole), Database::Mode::OpenExisting));
        }
        auto *page = w.findChild<InviteesPage *>();
        const qint64 pid = PostgresBackend::backendPid(QSqlDatabase::database(Database::defaultConnectionName(), false));
        QVERIFY(pid > 0);

        TestDb::adminExec(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(name));
        TestDb::adminExec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));
        // Noticed without any action here.
        QTRY_VERIFY(!session->fileOk());
        QCOMPARE(Database::fileState(), Database::FileState::Unreachable);
        QVERIFY(banner(w)->isVisible());
        QVERIFY(banner(w)->property("problem").toBool());
        QVERIFY2(bannerText(w).contains(QStringLiteral("The office server cannot be reached")), qPrintable(bannerText(w)));

        bool refusedAndKept = false;
        bool savedAfter = false;
        QString refusal;
        QString note;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<InviteeDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto closeDialog = qScopeGuard([dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
            child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("Neha Singh"));
            child<QLineEdit>(dialog, "mobileEdit")->setText(QStringLiteral("9415000001"));
            child<QLineEdit>(dialog, "enterpriseEdit")->setText(QStringLiteral("Singh Textiles"));
            // The window's message about the refused save.
            QTimer::singleShot(50, this, [&] {
                if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                    refusal = box->text();
                    box->accept();
                }
            });
            child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Save)->click();
            refusedAndKept = dialog->isVisible() && QApplication::activeModalWidget() == dialog;
            QVERIFY(refusedAndKept);
            QVERIFY(!session->fileOk());
            QCOMPARE(countOn(name, QStringLiteral("invitees")), -1); // the server refuses everybody
            TestDb::adminExec(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(name));
            QCOMPARE(countOn(name, QStringLiteral("invitees")), 0); // nothing was saved
            // Back by itself, with the remembered password.
            QTRY_VERIFY_WITH_TIMEOUT(session->fileOk(), 2 * DatabaseSession::ReconnectIntervalMs + 5000);
            QVERIFY(banner(w)->isVisible());
            QVERIFY(!banner(w)->property("problem").toBool());
            note = bannerText(w);
            child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Save)->click();
            savedAfter = !dialog->isVisible();
        });
        page->addInvitee();
        QVERIFY(refusedAndKept);
        QVERIFY2(refusal.contains(QStringLiteral("cannot be reached")), qPrintable(refusal));
        QVERIFY2(note.contains(QStringLiteral("Connected to the office server again.")), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("not saved while the server could not be reached")), qPrintable(note));
        QVERIFY(savedAfter);
        QCOMPARE(countOn(name, QStringLiteral("invitees")), 1);
        QCOMPARE(InviteeRepository().count(), 1);
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QVERIFY(session->remoteChanges()->isListening()); // listening again on the new connection
        QVERIFY(PostgresBackend::backendPid(QSqlDatabase::database(Database::defaultConnectionName(), false)) != pid);
    }
};

QTEST_MAIN(TestServerSession)
#include "tst_serversession.moc"
