#include "restoredialog.h"
#include "ui_restoredialog.h"

#include "text/languagemanager.h"

#include <QDir>
#include <QHeaderView>
#include <QPushButton>

RestoreDialog::RestoreDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RestoreDialog>()), m_databasePath(databasePath),
      m_backups(BackupManager::list(databasePath))
{
    m_ui->setupUi(this);
    m_restoreButton = m_ui->buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    connect(m_restoreButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_restoreButton->setEnabled(!chosenBackup().isEmpty());
    });
    connect(m_ui->table, &QTableWidget::cellDoubleClicked, this, &QDialog::accept);
    m_ui->table->verticalHeader()->hide();
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    fill();
    if (!m_backups.isEmpty())
        m_ui->table->selectRow(0);
    m_restoreButton->setEnabled(!chosenBackup().isEmpty());
}

RestoreDialog::~RestoreDialog() = default;

QString RestoreDialog::chosenBackup() const
{
    const QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_backups.value(rows.constFirst().row()).path;
}

void RestoreDialog::fill()
{
    m_restoreButton->setText(tr("&Restore"));
    m_ui->table->setColumnCount(6);
    m_ui->table->setHorizontalHeaderLabels({tr("Made on"), tr("Kind"), tr("Size"), tr("Events"),
                                            tr("Invitees"), tr("Stalls")});
    m_ui->table->setRowCount(int(m_backups.size()));
    auto count = [](int n) { return n < 0 ? tr("unreadable") : LanguageManager::number(n); };
    for (int r = 0; r < m_backups.size(); ++r) {
        const BackupInfo &b = m_backups.at(r);
        const QStringList cells{LanguageManager::dateTime(b.time, QLocale::LongFormat),
                                b.automatic ? tr("automatic") : tr("before a restore"),
                                tr("%1 KiB").arg(LanguageManager::number(b.size / 1024)),
                                count(b.events), count(b.invitees), count(b.stalls)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_ui->table->setItem(r, c, item);
        }
    }
    m_ui->table->resizeColumnsToContents();
    m_ui->folderLabel->setText(m_backups.isEmpty()
                                   ? tr("There are no backups yet in %1.").arg(QDir::toNativeSeparators(BackupManager::folderFor(m_databasePath)))
                                   : tr("Backups are kept in %1.").arg(QDir::toNativeSeparators(BackupManager::folderFor(m_databasePath))));
}

void RestoreDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fill();
    }
    QDialog::changeEvent(event);
}
