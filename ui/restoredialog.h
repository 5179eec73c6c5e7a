#pragma once

#include "storage/backupmanager.h"

#include <QDialog>
#include <memory>

class QPushButton;

namespace Ui {
class RestoreDialog;
}

// File → Restore from backup: the backups beside the database, newest first, with their date,
// size and what they hold; the chosen one is returned for the caller to restore after asking.
class RestoreDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit RestoreDialog(const QString &databasePath, QWidget *parent = nullptr);
    ~RestoreDialog() override;

    QString chosenBackup() const;
    int backupCount() const { return int(m_backups.size()); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    std::unique_ptr<Ui::RestoreDialog> m_ui;
    QString m_databasePath;
    QList<BackupInfo> m_backups;
    QPushButton *m_restoreButton;
};
