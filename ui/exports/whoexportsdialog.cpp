#include "whoexportsdialog.h"

#include "storage/database.h"
#include "events/eventrepository.h"
#include "exports/productchapterrepository.h"
#include "invitees/inviteecommands.h"
#include "text/languagemanager.h"
#include "sectors/sectorrepository.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
enum Column { NameColumn, EnterpriseColumn, MobileColumn, IecColumn, WhyColumn, ColumnCount };
}

WhoExportsDialog::WhoExportsDialog(const QList<ExportRecord> &records, ExportStats::By by, const QString &key,
                                   const QString &name, QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent), m_by(by), m_name(name), m_undoStack(undoStack)
{
    const QList<Sector> sectors = SectorRepository().all();
    for (const Sector &sector : sectors)
        m_sectors.insert(sector.id, sector);
    m_entries = WhoExports::find(records, ExporterRepository().all(), by, key,
                                 ProductChapterRepository().effective(sectors));

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setColumnCount(ColumnCount);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(EnterpriseColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(MobileColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(IecColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(WhyColumn, QHeaderView::Stretch);

    m_eventLabel = new QLabel(this);
    m_event = new QComboBox(this);
    m_eventLabel->setBuddy(m_event);
    // The next event to come first (the buyer-seller meet being planned), else the latest.
    const QList<Event> events = EventRepository().all();
    int preferred = -1;
    QDate nearest;
    for (const Event &e : events) {
        m_event->addItem(e.name(LanguageManager::currentLanguage()), e.id);
        if (e.startDate >= QDate::currentDate() && (!nearest.isValid() || e.startDate < nearest)) {
            nearest = e.startDate;
            preferred = m_event->count() - 1;
        }
    }
    if (preferred >= 0)
        m_event->setCurrentIndex(preferred);
    m_invite = new QPushButton(this);
    m_copy = new QPushButton(this);
    m_close = new QPushButton(this);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    connect(m_invite, &QPushButton::clicked, this, &WhoExportsDialog::invite);
    connect(m_copy, &QPushButton::clicked, this, &WhoExportsDialog::copyList);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_table, &QTableWidget::itemChanged, this, &WhoExportsDialog::updateButtons);

    auto *eventRow = new QHBoxLayout;
    eventRow->addWidget(m_eventLabel);
    eventRow->addWidget(m_event, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_result, 1);
    buttons->addWidget(m_invite);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(eventRow);
    layout->addLayout(buttons);
    resize(760, 460);
    retranslateUi();
}

void WhoExportsDialog::retranslateUi()
{
    const int likely = int(std::count_if(m_entries.cbegin(), m_entries.cend(), [](const WhoExports::Entry &e) {
        return e.reason != WhoExports::Reason::OtherExporter;
    }));
    switch (m_by) {
    case ExportStats::By::Country:
        setWindowTitle(tr("Who exports to %1?").arg(m_name));
        break;
    case ExportStats::By::Product:
    case ExportStats::By::Chapter:
        setWindowTitle(tr("Who exports %1?").arg(m_name));
        break;
    }
    m_intro->setText(m_entries.isEmpty()
                         ? tr("No invitee has an IEC or says they export. Add the IEC on the invitees' forms.")
                         : tr("The district's exporters among the invitees: %n with figures or products for %1 first (ticked), "
                              "then the others with an IEC or who export.", nullptr, likely).arg(m_name));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Enterprise"), tr("Mobile"), tr("IEC"), tr("Why")});
    m_eventLabel->setText(tr("In&vite to:"));
    m_invite->setText(tr("&Invite the ticked ones"));
    m_copy->setText(tr("&Copy the list"));
    m_close->setText(tr("Close"));
    fill();
}

void WhoExportsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void WhoExportsDialog::fill()
{
    const QList<qint64> ticked = m_table->rowCount() ? chosen() : QList<qint64>();
    const bool first = m_table->rowCount() == 0;
    const QSignalBlocker quiet(m_table);
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const WhoExports::Entry &e = m_entries.at(row);
        auto *name = new QTableWidgetItem(e.exporter.name);
        name->setFlags(name->flags() | Qt::ItemIsUserCheckable);
        const bool check = first ? e.reason != WhoExports::Reason::OtherExporter : ticked.contains(e.exporter.inviteeId);
        name->setCheckState(check ? Qt::Checked : Qt::Unchecked);
        name->setData(Qt::UserRole, e.exporter.inviteeId);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, EnterpriseColumn, new QTableWidgetItem(e.exporter.enterprise));
        m_table->setItem(row, MobileColumn, new QTableWidgetItem(e.exporter.mobile));
        m_table->setItem(row, IecColumn, new QTableWidgetItem(e.exporter.iec));
        m_table->setItem(row, WhyColumn, new QTableWidgetItem(WhoExports::why(e, productName(e.exporter.sectorId))));
    }
    updateButtons();
}

QString WhoExportsDialog::productName(qint64 sectorId) const
{
    const auto it = m_sectors.constFind(sectorId);
    return it == m_sectors.cend() ? QString() : it->name(LanguageManager::currentLanguage());
}

QList<qint64> WhoExportsDialog::chosen() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (const QTableWidgetItem *item = m_table->item(row, NameColumn); item && item->checkState() == Qt::Checked)
            ids << item->data(Qt::UserRole).toLongLong();
    return ids;
}

void WhoExportsDialog::updateButtons()
{
    m_invite->setEnabled(!chosen().isEmpty() && m_event->count() > 0);
    m_copy->setEnabled(!m_entries.isEmpty());
}

int WhoExportsDialog::invite()
{
    const QList<qint64> ids = chosen();
    const qint64 eventId = m_event->currentData().toLongLong();
    if (ids.isEmpty() || !eventId)
        return 0;
    SetStatusCommand::Outcome outcome;
    m_undoStack->push(new SetStatusCommand(Database::defaultConnectionName(), eventId, ids, InvitationStatus::Invited,
                                           0, &outcome));
    if (outcome.failed) {
        m_result->setText(tr("Nobody was invited: the change could not be saved."));
        return 0;
    }
    m_result->setText(outcome.skipped
                          ? tr("Invited %1 to %2; %3 were already invited or further along.")
                                .arg(LanguageManager::number(qint64(outcome.changed)), m_event->currentText(),
                                     LanguageManager::number(qint64(outcome.skipped)))
                          : tr("Invited %1 to %2.").arg(LanguageManager::number(qint64(outcome.changed)), m_event->currentText()));
    return outcome.changed;
}

void WhoExportsDialog::copyList()
{
    QStringList lines{QStringList{tr("Name"), tr("Enterprise"), tr("Mobile"), tr("Email"), tr("IEC"), tr("Why")}.join(QLatin1Char('\t'))};
    for (const WhoExports::Entry &e : std::as_const(m_entries))
        lines << QStringList{e.exporter.name, e.exporter.enterprise, e.exporter.mobile, e.exporter.email, e.exporter.iec,
                             WhoExports::why(e, productName(e.exporter.sectorId))}
                     .join(QLatin1Char('\t'));
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    m_result->setText(tr("Copied %1 exporters: paste them into a spreadsheet.").arg(LanguageManager::number(qint64(m_entries.size()))));
}
