#include "databasesession.h"

#include "backupmanager.h"
#include "changenotifier.h"
#include "databaseerrors.h"
#include "restoredialog.h"
#include "welcomedialog.h"
#include "demodata.h"
#include "messageboxes.h"
#include "outputpath.h"

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
#include <QTimer>

namespace {
QString fileFilter()
{
    return DatabaseSession::tr("Sammelan databases (*.db *.sqlite *.sammelan);;All files (*)");
}
} // namespace

DatabaseSession::DatabaseSession(QWidget *window) : QObject(window), m_window(window), m_watch(new QTimer(this))
{
    // A USB stick can be pulled out, and sammelan-cli can write, at any moment: look every
    // second, and at once when the user comes back to the window.
    m_watch->setInterval(WatchIntervalMs);
    connect(m_watch, &QTimer::timeout, this, &DatabaseSession::tick);
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state == Qt::ApplicationActive)
            tick();
    });
}

void DatabaseSession::tick()
{
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
    if (m_path.isEmpty())
        return;
    const qint64 version = Database::dataVersion();
    const bool changed = version >= 0 && m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    if (changed)
        ChangeNotifier::instance()->announceReset(); // another program wrote: show what the file holds
}

bool DatabaseSession::openAtStart(const QString &requested)
{
    if (!requested.isEmpty()) {
        // open() says why when it cannot; then the usual start follows.
        if (open(QFileInfo(requested).absoluteFilePath(), Database::Mode::OpenExisting)) {
            autoBackup();
            return true;
        }
    }
    QSettings settings;
    const QString last = settings.value(LastDatabaseKey).toString();
    const QString fallback = Database::defaultPath();
    if (!last.isEmpty() && last != fallback) {
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
    if (!m_path.isEmpty() && !m_fileProblem.isEmpty())
        Database::closeStale();
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
    if (m_path.isEmpty())
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
    if (m_path.isEmpty())
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
    const QString shown = QDir::toNativeSeparators(m_path);
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
    if (!m_rescueCopy.isEmpty())
        report << tr("The database file is back as another copy: Sammelan checked it and works on "
                     "it now.");
    if (!m_unsaved.isEmpty())
        report << tr("These changes were not saved while the file was away; enter them again:")
                      + QLatin1Char('\n') + m_unsaved.join(QLatin1Char('\n'));
    if (!m_rescueCopy.isEmpty())
        report << tr("What this window held before is kept as the backup %1.")
                      .arg(QDir::toNativeSeparators(m_rescueCopy));
    if (!report.isEmpty() && m_rescueCopy.isEmpty())
        report.prepend(tr("The database file is back."));
    m_unsaved.clear();
    m_rescueCopy.clear();
    emit fileBack(report.join(QLatin1Char('\n')));
}

void DatabaseSession::checkFile()
{
    if (m_path.isEmpty())
        return;
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
    m_writeProblem.clear();
    checkFile();
}

void DatabaseSession::saveCopyElsewhere()
{
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
