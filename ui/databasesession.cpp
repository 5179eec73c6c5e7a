#include "databasesession.h"

#include "backupmanager.h"
#include "changenotifier.h"
#include "restoredialog.h"
#include "demodata.h"
#include "messageboxes.h"
#include "outputpath.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
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
    // A USB stick can be pulled out at any moment: look at the file every few seconds.
    m_watch->setInterval(3000);
    connect(m_watch, &QTimer::timeout, this, &DatabaseSession::checkFile);
}

bool DatabaseSession::openAtStart()
{
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
    const bool wasLost = !m_fileProblem.isEmpty();
    m_fileProblem.clear();
    m_watch->start();
    ChangeNotifier::instance()->announceReset();
    emit databaseChanged(m_path);
    if (wasLost)
        emit fileBack();
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
    ChangeNotifier::instance()->announceReset();
    emit databaseChanged(m_path);
    if (ok)
        MessageBoxes::inform(m_window, tr("Restore from backup"),
                             tr("The backup was restored. The database as it was before is kept as %1.")
                                 .arg(QDir::toNativeSeparators(safety)));
    else
        MessageBoxes::warn(m_window, tr("Restore from backup"), error);
}

void DatabaseSession::checkFile()
{
    if (m_path.isEmpty())
        return;
    QString problem;
    const QFileInfo info(m_path);
    if (!info.exists()) {
        problem = tr("The database file %1 cannot be found (was the USB stick removed, or the file "
                     "moved?). Changes cannot be kept safely until it is back. Put it back and press "
                     "“Try again”, or save a copy of everything elsewhere.")
                      .arg(QDir::toNativeSeparators(m_path));
    } else {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly))
            problem = tr("The database file %1 can no longer be written (%2). Changes are not being "
                         "saved. Free some space or fix the permission and press “Try again”, or save a "
                         "copy of everything elsewhere.")
                          .arg(QDir::toNativeSeparators(m_path), file.errorString());
    }
    if (problem == m_fileProblem)
        return;
    const bool wasLost = !m_fileProblem.isEmpty();
    m_fileProblem = problem;
    if (!problem.isEmpty())
        emit fileLost(problem);
    else if (wasLost)
        emit fileBack();
}

void DatabaseSession::retryFile()
{
    checkFile();
    if (m_fileProblem.isEmpty())
        return;
    if (QFileInfo::exists(m_path))
        open(m_path, Database::Mode::OpenExisting);
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
    // The open connection still holds everything, including changes made after the file
    // went away: copy it from there and carry on with the copy.
    QString error;
    if (!Database::backup(path, &error, Database::defaultConnectionName(), true)) {
        MessageBoxes::warn(m_window, tr("Save a copy of the database"), error);
        return false;
    }
    return open(path, Database::Mode::OpenExisting);
}

void DatabaseSession::offerDemo()
{
    if (!MessageBoxes::ask(m_window, tr("Welcome to Sammelan"),
                           tr("Your database is new and empty. Load the demo conclave (the Gorakhpur "
                              "export conclave with 200 fictional invitees, 24 stalls and export "
                              "figures) to see how Sammelan works?\n\nDemo records are marked as "
                              "demo and can be deleted later."),
                           tr("Load the demo"), tr("Start empty")))
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
