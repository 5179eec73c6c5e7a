#include "databasesession.h"

#include "changenotifier.h"
#include "demodata.h"
#include "messageboxes.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace {
QString fileFilter()
{
    return DatabaseSession::tr("Sammelan databases (*.db *.sqlite *.sammelan);;All files (*)");
}
} // namespace

DatabaseSession::DatabaseSession(QWidget *window) : QObject(window), m_window(window) {}

bool DatabaseSession::openAtStart()
{
    QSettings settings;
    const QString last = settings.value(LastDatabaseKey).toString();
    const QString fallback = Database::defaultPath();
    if (!last.isEmpty() && last != fallback) {
        if (QFileInfo::exists(last) && open(last, Database::Mode::OpenExisting))
            return true;
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
    ChangeNotifier::instance()->announceReset();
    emit databaseChanged(m_path);
    return true;
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
    if (QFileInfo(path).absoluteFilePath() == m_path) {
        MessageBoxes::warn(m_window, tr("Backup"), tr("A backup cannot replace the database itself."));
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
