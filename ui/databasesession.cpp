#include "databasesession.h"

#include "storage/backupmanager.h"
#include "undo/changenotifier.h"
#include "connectserverdialog.h"
#include "storage/databaseerrors.h"
#include "serverpassworddialog.h"
#include "storage/postgresbackend.h"
#include "storage/remotechanges.h"
#include "storage/serveraddress.h"
#include "restoredialog.h"
#include "welcomedialog.h"
#include "events/demodata.h"
#include "messageboxes.h"
#include "storage/outputpath.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace {
QString fileFilter()
{
    return DatabaseSession::tr("Sammelan databases (*.db *.sqlite *.sammelan);;All files (*)");
}
} // namespace

DatabaseSession::DatabaseSession(QWidget *window)
    : QObject(window), m_window(window), m_watch(new QTimer(this)), m_remote(new RemoteChanges(this)),
      m_reconnect(new QTimer(this))
{
    m_reconnect->setInterval(ReconnectIntervalMs);
    connect(m_reconnect, &QTimer::timeout, this, &DatabaseSession::reconnect);
    // A USB stick can be pulled out, and sammelan-cli can write, at any moment: look every
    // second, and at once when the user comes back to the window.
    m_watch->setInterval(WatchIntervalMs);
    connect(m_watch, &QTimer::timeout, this, &DatabaseSession::tick);
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state == Qt::ApplicationActive)
            tick();
    });
}

QString DatabaseSession::displayName(const QString &location)
{
    return PostgresBackend::isUrl(location) ? ServerAddress::shortName(location)
                                            : QDir::toNativeSeparators(location);
}

void DatabaseSession::tick()
{
    if (m_isServer) {
        checkServer(); // the server announces the other desks' changes itself
        return;
    }
    checkFile();
    if (!m_fileProblem.isEmpty())
        return;
    checkForChanges();
    // What this window wrote goes from the -wal into the file itself when idle, so the file
    // alone holds everything (a copy of it, or a stick pulled out, loses nothing committed).
    const qint64 changes = Database::changeCount();
    if (changes != m_changeCount) {
        m_changeCount = changes;
        Database::checkpoint();
    }
}

void DatabaseSession::checkForChanges()
{
    if (m_path.isEmpty() || m_isServer)
        return;
    const qint64 version = Database::dataVersion();
    const bool changed = version >= 0 && m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    if (changed)
        ChangeNotifier::instance()->announceReset(); // another program wrote: show what the file holds
}

bool DatabaseSession::openAtStart(const QString &requested)
{
    // A desk of the office works on the server; when it does not answer, the clerk chooses
    // (rather than finding later that the day's work went into this computer's own file).
    auto openServerAtStart = [this](const QString &url) {
        for (;;) {
            QString failure;
            if (openServer(url, Database::Mode::OpenExisting, &failure))
                return true;
            QMessageBox box(QMessageBox::Warning, tr("Sammelan"),
                            failure + QStringLiteral("\n\n")
                                + tr("Try again, or work on the database file of this computer instead?"),
                            QMessageBox::NoButton, m_window);
            QPushButton *again = box.addButton(tr("Try again"), QMessageBox::AcceptRole);
            box.addButton(tr("Use this computer's file"), QMessageBox::RejectRole);
            box.setDefaultButton(again);
            box.exec();
            if (box.clickedButton() != again)
                return false;
        }
    };
    bool declinedServer = false;
    if (PostgresBackend::isUrl(requested)) {
        if (openServerAtStart(requested))
            return true;
        declinedServer = true;
    } else if (!requested.isEmpty()) {
        // open() says why when it cannot; then the usual start follows.
        if (open(QFileInfo(requested).absoluteFilePath(), Database::Mode::OpenExisting)) {
            autoBackup();
            return true;
        }
    }
    QSettings settings;
    const QString last = settings.value(LastDatabaseKey).toString();
    const QString fallback = Database::defaultPath();
    if (PostgresBackend::isUrl(last)) {
        // Not when the clerk has just chosen this computer's file over a server.
        if (!declinedServer && openServerAtStart(last))
            return true;
    } else if (!last.isEmpty() && last != fallback) {
        if (QFileInfo::exists(last) && open(last, Database::Mode::OpenExisting)) {
            autoBackup();
            return true;
        }
        if (!QFileInfo::exists(last))
            MessageBoxes::warn(m_window, tr("Database not found"),
                               tr("The database used last time, %1, is no longer there (was it on a "
                                  "USB stick?). Sammelan opens its default database instead.")
                                   .arg(QDir::toNativeSeparators(last)));
    }
    const bool isNew = !QFileInfo::exists(fallback);
    if (open(fallback, Database::Mode::CreateIfMissing)) {
        if (isNew)
            offerDemo();
        else
            autoBackup();
        return true;
    }
    // The default file cannot be used: let the user pick another one rather than give up.
    for (;;) {
        QMessageBox box(QMessageBox::Warning, tr("Sammelan"),
                        tr("Sammelan cannot work without a database. Open another file or create a "
                           "new one."), QMessageBox::NoButton, m_window);
        QPushButton *openButton = box.addButton(tr("Open database…"), QMessageBox::AcceptRole);
        QPushButton *newButton = box.addButton(tr("New database…"), QMessageBox::AcceptRole);
        QPushButton *quitButton = box.addButton(tr("Quit"), QMessageBox::RejectRole);
        box.setEscapeButton(quitButton);
        box.exec();
        if (box.clickedButton() == openButton)
            chooseOpen();
        else if (box.clickedButton() == newButton)
            chooseNew();
        else
            return false;
        if (!m_path.isEmpty())
            return true;
    }
}

bool DatabaseSession::open(const QString &path, Database::Mode mode)
{
    if (PostgresBackend::isUrl(path))
        return openServer(path, mode);
    // Probe first under its own connection: the open database stays open if this one fails.
    const QString probe = Database::defaultConnectionName() + QStringLiteral("-probe");
    const auto result = Database::open(path, mode, probe);
    Database::close(probe);
    if (!result.ok()) {
        MessageBoxes::warn(m_window, tr("The database cannot be opened"), result.message);
        return false;
    }
    // A connection whose file went away must not delete, by name, the -wal of what is now
    // at its path when it closes.
    if (!m_path.isEmpty() && !m_fileProblem.isEmpty() && !m_isServer)
        Database::closeStale();
    leaveServer();
    const auto reopened = Database::open(path, Database::Mode::OpenExisting);
    if (!reopened.ok()) {
        MessageBoxes::warn(m_window, tr("The database cannot be opened"), reopened.message);
        m_path.clear();
        return false;
    }
    if (!result.backupPath.isEmpty())
        MessageBoxes::inform(m_window, tr("Database updated"),
                             tr("The database was updated for this version of Sammelan. A copy of "
                                "the file as it was is kept at %1.")
                                 .arg(QDir::toNativeSeparators(result.backupPath)));
    m_path = QFileInfo(path).absoluteFilePath();
    QSettings().setValue(LastDatabaseKey, m_path);
    remember(m_path);
    m_writeProblem.clear();
    m_unsaved.clear();
    m_dataVersion = Database::dataVersion();
    m_changeCount = Database::changeCount();
    m_watch->start();
    ChangeNotifier::instance()->announceReset();
    emit databaseChanged(m_path);
    setProblem(QString());
    return true;
}

bool DatabaseSession::openServer(const QString &url, Database::Mode mode, QString *failure)
{
    auto fail = [&](const QString &why) {
        if (failure)
            *failure = why;
        else
            MessageBoxes::warn(m_window, tr("The database cannot be opened"), why);
        return false;
    };
    const PostgresBackend::Target target = PostgresBackend::parse(url);
    if (!target.error.isEmpty())
        return fail(target.error);
    // What is kept and shown never holds the password; a password in the URL itself (typed on
    // the command line) is used like a typed one.
    const QString location = PostgresBackend::displayName(url);
    QString password = target.password;
    if (password.isEmpty() && location == m_path)
        password = m_password; // the same server again: what was typed before still holds
    const QString shown = displayName(location);

    // Probe first under its own connection: the open database stays open if this one fails.
    const QString probe = Database::defaultConnectionName() + QStringLiteral("-probe");
    bool refusedBefore = false;
    for (;;) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto result = Database::openServer(location, mode, password, probe);
        Database::close(probe);
        QApplication::restoreOverrideCursor();
        if (result.ok())
            break;
        if (result.error == Database::Error::NeedsPassword) {
            const QString user = target.user.isEmpty() ? qEnvironmentVariable("USER") : target.user;
            const QString message = !refusedBefore && password.isEmpty()
                ? tr("The office server %1 wants the password of the user %2.").arg(shown, user)
                : tr("The office server %1 did not accept the password of the user %2. Type it "
                     "again (is Caps Lock on?).").arg(shown, user);
            refusedBefore = refusedBefore || !password.isEmpty();
            if (!askPassword(message, &password))
                return fail(tr("No password was given for %1.").arg(shown));
            continue;
        }
        if (result.error == Database::Error::Empty && mode == Database::Mode::OpenExisting) {
            if (!MessageBoxes::ask(m_window, tr("Set up the database"),
                                   tr("The database %1 on the office server is empty. Set it up for "
                                      "Sammelan now? Every desk can then work on it.").arg(shown),
                                   tr("Set up"), tr("Cancel")))
                return fail(tr("The database %1 was left empty.").arg(shown));
            mode = Database::Mode::CreateIfMissing;
            continue;
        }
        return fail(result.message);
    }

    if (!m_path.isEmpty() && !m_fileProblem.isEmpty() && !m_isServer)
        Database::closeStale();
    leaveServer();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto reopened = Database::openServer(location, Database::Mode::OpenExisting, password);
    QApplication::restoreOverrideCursor();
    if (!reopened.ok()) {
        m_path.clear();
        return fail(reopened.message);
    }
    m_path = location;
    m_isServer = true;
    m_password = password;
    QSettings().setValue(LastDatabaseKey, m_path);
    remember(m_path);
    m_writeProblem.clear();
    m_unsaved.clear();
    m_dataVersion = -1;
    m_changeCount = -1;
    m_remote->listen(Database::defaultConnectionName());
    m_watch->start();
    ChangeNotifier::instance()->announceReset();
    emit databaseChanged(m_path);
    setProblem(QString());
    return true;
}

bool DatabaseSession::askPassword(const QString &message, QString *password)
{
    ServerPasswordDialog dialog(m_window);
    dialog.setMessage(message);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *password = dialog.password();
    return true;
}

void DatabaseSession::leaveServer()
{
    m_remote->stop();
    m_reconnect->stop();
    m_isServer = false;
    m_password.clear();
}

void DatabaseSession::connectToServer()
{
    ConnectServerDialog dialog(m_window);
    if (m_isServer)
        dialog.setAddress(ServerAddress::fromUrl(m_path));
    if (dialog.exec() == QDialog::Accepted)
        openServer(dialog.address().url(), Database::Mode::OpenExisting);
}

void DatabaseSession::checkServer()
{
    // A write that failed because the connection is gone says so before libpq's state may.
    const bool writeLost = DatabaseErrors::takeStorageFailure() == DatabaseErrors::Cause::Unreachable;
    const bool lost = writeLost || !Database::isServer()
                      || Database::fileState() == Database::FileState::Unreachable;
    if (!lost) {
        if (!m_fileProblem.isEmpty())
            connectAgain(); // the connection is fine again: listen and reload as after a reconnect
        return;
    }
    if (m_fileProblem.isEmpty()) {
        m_remote->stop();
        parkLostConnection();
        setProblem(problemText(Database::FileState::Unreachable));
    }
    if (!m_reconnect->isActive())
        m_reconnect->start();
}

void DatabaseSession::parkLostConnection()
{
    // Qt opens a connection that is not open again by itself whenever a repository asks for it
    // (QSqlDatabase::database), each time waiting up to the connect timeout: while the server is
    // away a page that reads a few times would freeze the window for a minute. So the lost
    // connection is closed (its socket watcher with it) and pointed at a socket that does not
    // exist: such attempts fail at once, saying that the server cannot be reached, and writes
    // are refused. The session itself connects again (reconnect()) with the real address.
    if (!QSqlDatabase::contains(Database::defaultConnectionName()))
        return;
    QSqlDatabase db = QSqlDatabase::database(Database::defaultConnectionName(), false);
    db.close();
    db.setHostName(QStringLiteral("/nonexistent/sammelan-offline"));
}

void DatabaseSession::reconnect()
{
    if (!m_isServer || m_fileProblem.isEmpty() || m_pinging)
        return;
    // PQping waits for the network (up to its timeout): not in the window's thread.
    m_pinging = true;
    const QString url = m_path;
    auto answered = std::make_shared<std::atomic_bool>(false);
    QThread *look = QThread::create([url, answered] { answered->store(PostgresBackend::ping(url)); });
    connect(look, &QThread::finished, look, &QObject::deleteLater);
    connect(look, &QThread::finished, this, [this, url, answered] {
        m_pinging = false;
        if (answered->load() && m_isServer && url == m_path && !m_fileProblem.isEmpty())
            connectAgain();
    });
    look->start();
}

void DatabaseSession::connectAgain()
{
    // The server answers; whether this database may be opened is found under a probe first,
    // so a failed attempt leaves the (lost) connection in place and the bar up.
    const QString probe = Database::defaultConnectionName() + QStringLiteral("-probe");
    const auto checked = Database::openServer(m_path, Database::Mode::OpenExisting, m_password, probe);
    Database::close(probe);
    if (!checked.ok()) {
        if (checked.error != Database::Error::Unreachable)
            setProblem(problemText(Database::FileState::Unreachable) + QLatin1Char(' ') + checked.message);
        return; // tried again in a few seconds
    }
    m_remote->stop();
    const auto reopened = Database::openServer(m_path, Database::Mode::OpenExisting, m_password);
    if (!reopened.ok())
        return; // checkServer() sees no connection: the bar stays, the next attempt follows
    m_reconnect->stop();
    m_remote->listen(Database::defaultConnectionName());
    m_writeProblem.clear();
    DatabaseErrors::takeStorageFailure(); // what failed on the old connection is said already
    // Whatever the other desks did meanwhile: every page reads again.
    ChangeNotifier::instance()->announceReset();
    setProblem(QString());
}

void DatabaseSession::remember(const QString &path)
{
    QStringList recent = recentFiles();
    recent.removeAll(path);
    recent.prepend(path);
    QSettings().setValue(RecentKey, recent.mid(0, RecentCount));
}

QStringList DatabaseSession::recentFiles() const
{
    return QSettings().value(RecentKey).toStringList();
}

void DatabaseSession::openRecent(const QString &path)
{
    if (PostgresBackend::isUrl(path)) {
        openServer(path, Database::Mode::OpenExisting);
        return;
    }
    if (!QFileInfo::exists(path)) {
        QStringList recent = recentFiles();
        recent.removeAll(path);
        QSettings().setValue(RecentKey, recent);
        MessageBoxes::warn(m_window, tr("Database not found"),
                           tr("%1 is no longer there (moved, renamed, or on a USB stick that is not "
                              "plugged in). It has been taken off the list of recent databases.")
                               .arg(QDir::toNativeSeparators(path)));
        return;
    }
    open(path, Database::Mode::OpenExisting);
}

void DatabaseSession::autoBackup()
{
    // A server is backed up on the server (see "Several desks" in the README).
    if (m_path.isEmpty() || m_isServer)
        return;
    QString error;
    const int keep = QSettings().value(BackupManager::KeepKey, BackupManager::DefaultKeep).toInt();
    if (!BackupManager::autoBackup(m_path, keep, &error))
        MessageBoxes::warn(m_window, tr("Backup"),
                           tr("Today's automatic backup could not be made: %1\nYour data is unchanged; "
                              "make a backup with File → Backup as soon as you can.").arg(error));
}

void DatabaseSession::restoreFromBackup()
{
    if (m_path.isEmpty() || m_isServer)
        return;
    RestoreDialog dialog(m_path, m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenBackup().isEmpty())
        return;
    if (!MessageBoxes::confirm(m_window, tr("Restore from backup"),
                               tr("Replace the database with the backup %1?\nThe database as it is now is "
                                  "saved as a backup first.")
                                   .arg(QFileInfo(dialog.chosenBackup()).fileName()),
                               tr("Restore")))
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    QString safety;
    const bool ok = BackupManager::restore(dialog.chosenBackup(), m_path, &error, &safety);
    QApplication::restoreOverrideCursor();
    m_dataVersion = Database::dataVersion();
    m_changeCount = Database::changeCount();
    ChangeNotifier::instance()->announceReset();
    emit databaseChanged(m_path);
    if (ok)
        MessageBoxes::inform(m_window, tr("Restore from backup"),
                             tr("The backup was restored. The database as it was before is kept as %1.")
                                 .arg(QDir::toNativeSeparators(safety)));
    else
        MessageBoxes::warn(m_window, tr("Restore from backup"), error);
}

QString DatabaseSession::problemText(Database::FileState state) const
{
    const QString shown = displayName();
    switch (state) {
    case Database::FileState::Ok:
        return {};
    case Database::FileState::Missing:
        return tr("The database file %1 cannot be found (was the USB stick removed, or the file "
                  "moved?). Nothing can be saved until it is back. Put it back (Sammelan notices "
                  "by itself), or save a copy of everything elsewhere.").arg(shown);
    case Database::FileState::WalMissing:
        return tr("Another program deleted a part of the database %1 (its “-wal” file, which holds "
                  "the latest changes) while Sammelan had it open. Nothing can be saved to it any "
                  "more. Save a copy of everything elsewhere: this window still holds all of it.")
            .arg(shown);
    case Database::FileState::Replaced:
        return tr("Another file has taken the place of the database %1, and it cannot be opened. "
                  "Put the right file back, or save a copy of everything elsewhere.").arg(shown);
    case Database::FileState::ReadOnly:
        return tr("The database file %1 can no longer be written (it or its folder became "
                  "read-only). Nothing can be saved. Fix the permission and press “Try again”, or "
                  "save a copy of everything elsewhere.").arg(shown);
    case Database::FileState::DiskFull:
        return tr("The disk of the database %1 is full. Nothing can be saved. Free some space and "
                  "press “Try again”, or save a copy of everything elsewhere.").arg(shown);
    case Database::FileState::Unreachable:
        return tr("The office server cannot be reached (%1). Nothing can be saved until it is "
                  "back; Sammelan keeps trying by itself.").arg(shown);
    }
    return {};
}

void DatabaseSession::setProblem(const QString &problem)
{
    if (problem == m_fileProblem)
        return;
    const bool wasLost = !m_fileProblem.isEmpty();
    m_fileProblem = problem;
    if (!problem.isEmpty()) {
        emit fileLost(problem);
        return;
    }
    if (!wasLost)
        return;
    QStringList report;
    if (m_isServer)
        report << tr("Connected to the office server again.");
    if (!m_rescueCopy.isEmpty())
        report << tr("The database file is back as another copy: Sammelan checked it and works on "
                     "it now.");
    if (!m_unsaved.isEmpty())
        report << (m_isServer ? tr("These changes were not saved while the server could not be "
                                   "reached; enter them again:")
                              : tr("These changes were not saved while the file was away; enter "
                                   "them again:"))
                      + QLatin1Char('\n') + m_unsaved.join(QLatin1Char('\n'));
    if (!m_rescueCopy.isEmpty())
        report << tr("What this window held before is kept as the backup %1.")
                      .arg(QDir::toNativeSeparators(m_rescueCopy));
    if (!report.isEmpty() && m_rescueCopy.isEmpty() && !m_isServer)
        report.prepend(tr("The database file is back."));
    m_unsaved.clear();
    m_rescueCopy.clear();
    emit fileBack(report.join(QLatin1Char('\n')));
}

void DatabaseSession::checkFile()
{
    if (m_path.isEmpty())
        return;
    if (m_isServer) {
        checkServer();
        return;
    }
    // A failed write whose cause the file system does not show (SQLite found the disk full, the
    // disk failed) keeps the bar up until "Try again" finds the file fine.
    const auto failure = DatabaseErrors::takeStorageFailure();
    if (failure == DatabaseErrors::Cause::DiskFull)
        m_writeProblem = problemText(Database::FileState::DiskFull);
    else if (DatabaseErrors::isStorage(failure) && failure != DatabaseErrors::Cause::FileMissing
             && failure != DatabaseErrors::Cause::FileReplaced)
        m_writeProblem = tr("The database file %1 could not be written: %2 Press “Try again”, or "
                            "save a copy of everything elsewhere.")
                             .arg(QDir::toNativeSeparators(m_path), DatabaseErrors::describe(failure));

    Database::FileState state = Database::fileState();
    QString problem = problemText(state);
    if (state == Database::FileState::Replaced) {
        // The file is back as another copy (or was swapped): work on the file at the path.
        QString why;
        if (reopenReplaced(&why))
            return;
        problem = why;
    }
    if (problem.isEmpty())
        problem = m_writeProblem;
    setProblem(problem);
}

bool DatabaseSession::reopenReplaced(QString *problem)
{
    // First make sure the new file is a good Sammelan database (the old connection stays open).
    const QString probe = Database::defaultConnectionName() + QStringLiteral("-probe");
    const auto checked = Database::open(m_path, Database::Mode::OpenExisting, probe);
    Database::close(probe);
    if (!checked.ok()) {
        *problem = problemText(Database::FileState::Replaced) + QLatin1Char(' ') + checked.message;
        return false;
    }
    // What the old connection holds may be newer than the copy put back: keep it.
    QString error;
    if (const auto copy = BackupManager::backupNow(m_path, QStringLiteral("before-reopen"), &error))
        m_rescueCopy = *copy;
    Database::closeStale();
    const auto reopened = Database::open(m_path, Database::Mode::OpenExisting);
    if (!reopened.ok()) {
        *problem = reopened.message;
        m_path.clear();
        return false;
    }
    m_writeProblem.clear();
    m_dataVersion = -1;
    m_changeCount = -1;
    ChangeNotifier::instance()->announceReset();
    emit databaseChanged(m_path);
    setProblem(QString());
    return true;
}

void DatabaseSession::writeFailed(const QString &message)
{
    checkFile();
    if (!m_fileProblem.isEmpty())
        m_unsaved << message;
}

void DatabaseSession::retryFile()
{
    if (m_isServer) {
        reconnect();
        return;
    }
    m_writeProblem.clear();
    checkFile();
}

void DatabaseSession::saveCopyElsewhere()
{
    if (m_isServer)
        return; // the server keeps what was saved; nothing here to rescue
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save a copy of the database"),
                                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                          + QLatin1Char('/') + QFileInfo(m_path).fileName(),
                                                      fileFilter());
    if (path.isEmpty())
        return;
    if (const QString refused = OutputPath::refusal(path, {}, m_path); !refused.isEmpty()) {
        MessageBoxes::warn(m_window, tr("Save a copy of the database"), refused);
        return;
    }
    saveCopyTo(path);
}

bool DatabaseSession::saveCopyTo(const QString &path)
{
    // The open connection still holds everything that was saved, even when the file went away
    // (or its -wal was deleted): copy it from there and carry on with the copy.
    QString error;
    if (!Database::backup(path, &error, Database::defaultConnectionName(), true)) {
        MessageBoxes::warn(m_window, tr("Save a copy of the database"), error);
        return false;
    }
    return open(path, Database::Mode::OpenExisting);
}

void DatabaseSession::offerDemo()
{
    WelcomeDialog welcome(m_window);
    if (welcome.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const auto result = DemoData::load(Database::defaultConnectionName(), &error);
    QApplication::restoreOverrideCursor();
    if (result == DemoData::Result::Failed)
        MessageBoxes::warn(m_window, tr("Demo conclave"), error);
}

void DatabaseSession::chooseNew()
{
    const QString start = QFileInfo(m_path.isEmpty() ? Database::defaultPath() : m_path).absolutePath();
    QString path = QFileDialog::getSaveFileName(m_window, tr("New database"),
                                                start + QStringLiteral("/sammelan.db"), fileFilter(),
                                                nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".db");
    if (QFileInfo::exists(path)) {
        MessageBoxes::warn(m_window, tr("New database"),
                           tr("%1 already exists. Choose File → Open database to open it, or give "
                              "the new database another name.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (open(path, Database::Mode::CreateIfMissing))
        offerDemo();
}

void DatabaseSession::chooseOpen()
{
    const QString start = QFileInfo(m_path.isEmpty() ? Database::defaultPath() : m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open database"), start, fileFilter());
    if (!path.isEmpty())
        open(path, Database::Mode::OpenExisting);
}

void DatabaseSession::backup()
{
    if (m_path.isEmpty())
        return;
    if (m_isServer) {
        MessageBoxes::inform(m_window, tr("Backup"),
                             tr("The office server's database is backed up from any desk with the "
                                "command\n\nsammelan-cli --db %1 backup FILE.db\n\nor on the server "
                                "with pg_dump (see “Several desks” in the README).").arg(m_path));
        return;
    }
    const QString suggested = QStringLiteral("%1/%2-backup-%3.db")
                                  .arg(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                       QFileInfo(m_path).completeBaseName(),
                                       QDate::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Back up the database"), suggested,
                                                      fileFilter());
    if (path.isEmpty())
        return;
    if (const QString refused = OutputPath::refusal(path, {}, m_path); !refused.isEmpty()) {
        MessageBoxes::warn(m_window, tr("Backup"), refused);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    // The file dialog has already asked before replacing an existing file.
    const bool ok = Database::backup(path, &error, Database::defaultConnectionName(), true);
    QApplication::restoreOverrideCursor();
    if (ok)
        MessageBoxes::inform(m_window, tr("Backup"),
                             tr("The database was copied to %1 and the copy was verified.")
                                 .arg(QDir::toNativeSeparators(path)));
    else
        MessageBoxes::warn(m_window, tr("Backup"), error);
}
