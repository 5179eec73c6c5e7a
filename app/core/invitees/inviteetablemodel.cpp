#include "invitees/inviteetablemodel.h"

#include "undo/changenotifier.h"
#include "invitees/inviteelistquery.h"
#include "text/languagemanager.h"

#include <QColor>
#include <QSqlDatabase>

InviteeTableModel::InviteeTableModel(const QString &connection, QObject *parent)
    : QAbstractTableModel(parent), m_connection(connection)
{
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(0);
    connect(&m_countTimer, &QTimer::timeout, this, &InviteeTableModel::countNow);
    connect(ChangeNotifier::instance(), &ChangeNotifier::changed, this,
            [this](ChangeNotifier::Table table) {
                using T = ChangeNotifier::Table;
                if (table == T::Invitees || table == T::Invitations || table == T::Stalls
                    || table == T::Sectors)
                    refresh();
            });
    connect(ChangeNotifier::instance(), &ChangeNotifier::reset, this, &InviteeTableModel::refresh);
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this,
            &InviteeTableModel::retranslate);
    refresh();
}

void InviteeTableModel::setFilter(const InviteeFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

InviteeSortKey InviteeTableModel::sortKeyFor(int column)
{
    switch (column) {
    case DesignationColumn: return InviteeSortKey::Designation;
    case EnterpriseColumn: return InviteeSortKey::Enterprise;
    case SectorColumn: return InviteeSortKey::Sector;
    case MobileColumn: return InviteeSortKey::Mobile;
    case EmailColumn: return InviteeSortKey::Email;
    case StatusColumn: return InviteeSortKey::Status;
    case StallColumn: return InviteeSortKey::Stall;
    case PinColumn: return InviteeSortKey::Pin;
    default: return InviteeSortKey::Name;
    }
}

void InviteeTableModel::sort(int column, Qt::SortOrder order)
{
    const InviteeSort wanted{sortKeyFor(column), order};
    if (wanted.key == m_sort.key && wanted.order == m_sort.order)
        return;
    m_sort = wanted;
    // A reset rather than a layout change: rows are not loaded, so persistent indexes could
    // not be moved to their new places anyway.
    beginResetModel();
    m_blocks.clear();
    m_blockUse.clear();
    endResetModel();
}

void InviteeTableModel::refresh()
{
    beginResetModel();
    m_blocks.clear();
    m_blockUse.clear();
    m_count = 0;
    m_countPending = false;
    if (Database::isOpen(m_connection)) {
        // One row more than a block tells whether the count can wait.
        QList<InviteeRow> first = InviteeListQuery(m_connection).list(m_filter, m_sort, 0, BlockSize + 1);
        const bool more = first.size() > BlockSize;
        if (more)
            first.removeLast();
        m_count = int(first.size());
        m_blocks.insert(0, first);
        m_blockUse.append(0);
        m_countPending = true;
        m_countTimer.start();
    }
    endResetModel();
}

void InviteeTableModel::countNow()
{
    m_countTimer.stop();
    if (!m_countPending)
        return;
    m_countPending = false;
    m_statusCounts.clear();
    m_totalIgnoringStatus = 0;
    int matching = 0;
    // One grouped query gives the total, the count per status and, summed over the statuses
    // the filter keeps, the number of rows.
    m_statusCounts = InviteeListQuery(m_connection).statusCounts(m_filter);
    for (auto it = m_statusCounts.cbegin(); it != m_statusCounts.cend(); ++it) {
        m_totalIgnoringStatus += it.value();
        if (m_filter.statuses.isEmpty() || m_filter.statuses.contains(it.key()))
            matching += it.value();
    }
    if (matching > m_count) {
        // Rows came between the first block and the count (another desk wrote): the block that
        // ended at the old count is read again, or the new rows in it would show empty.
        m_blocks.remove(m_count / BlockSize);
        m_blockUse.removeAll(m_count / BlockSize);
        beginInsertRows({}, m_count, matching - 1);
        m_count = matching;
        endInsertRows();
    } else if (matching < m_count) {
        // Rows vanished between the two queries (another instance wrote): start over.
        beginResetModel();
        m_blocks.clear();
        m_blockUse.clear();
        m_count = matching;
        endResetModel();
    }
    emit countsChanged();
}

void InviteeTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_count > 0)
        emit dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
    emit countsChanged();
}

const QList<InviteeRow> &InviteeTableModel::block(int index) const
{
    auto it = m_blocks.find(index);
    if (it == m_blocks.end()) {
        if (m_blocks.size() >= CachedBlocks && !m_blockUse.isEmpty())
            m_blocks.remove(m_blockUse.takeFirst());
        it = m_blocks.insert(index, InviteeListQuery(m_connection)
                                        .list(m_filter, m_sort, index * BlockSize, BlockSize));
    } else {
        m_blockUse.removeOne(index);
    }
    m_blockUse.append(index);
    return it.value();
}

InviteeRow InviteeTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return {};
    return block(row / BlockSize).value(row % BlockSize);
}

QList<qint64> InviteeTableModel::allIds() const
{
    return InviteeListQuery(m_connection).ids(m_filter, m_sort);
}

int InviteeTableModel::cachedRowOf(qint64 id) const
{
    for (auto it = m_blocks.cbegin(); it != m_blocks.cend(); ++it) {
        const QList<InviteeRow> &rows = it.value();
        for (int i = 0; i < rows.size(); ++i)
            if (rows.at(i).id == id)
                return it.key() * BlockSize + i;
    }
    return -1;
}

int InviteeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int InviteeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
QColor statusColor(InvitationStatus status)
{
    switch (status) {
    case InvitationStatus::Confirmed: return QColor(0xd8, 0xf0, 0xd8);
    case InvitationStatus::Attended: return QColor(0xc6, 0xe2, 0xff);
    case InvitationStatus::Declined: return QColor(0xf8, 0xd7, 0xd7);
    case InvitationStatus::Nominated: return QColor(0xfb, 0xe8, 0xc0);
    case InvitationStatus::Invited: return QColor(0xef, 0xef, 0xef);
    case InvitationStatus::NotInvited: break;
    }
    return {};
}
} // namespace

QVariant InviteeTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_count)
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != IdRole && role != StatusRole
        && role != Qt::BackgroundRole && role != Qt::EditRole)
        return {};
    const InviteeRow r = rowAt(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case StatusRole:
        return int(r.status);
    case Qt::BackgroundRole:
        if (index.column() == StatusColumn) {
            const QColor color = statusColor(r.status);
            return color.isValid() ? QVariant(color) : QVariant();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && r.statusChangedAt.isValid())
            return tr("since %1").arg(LanguageManager::dateTime(r.statusChangedAt.toLocalTime()));
        if (index.column() == NameColumn && r.isDemo)
            return tr("Demo record (fictional)");
        if (index.column() == EnterpriseColumn || index.column() == NameColumn)
            return data(index, Qt::DisplayRole);
        return {};
    default:
        break;
    }
    switch (index.column()) {
    case NameColumn: return r.name;
    case DesignationColumn: return r.designation;
    case EnterpriseColumn: return r.enterprise;
    case SectorColumn: return r.sector(LanguageManager::currentLanguage());
    case MobileColumn: return r.mobile;
    case EmailColumn: return r.email;
    case StatusColumn:
        return m_filter.eventId ? InvitationStatuses::displayName(r.status) : QString();
    case StallColumn: return r.stallCode;
    case PinColumn: return r.pin;
    case GstinColumn: return r.gstin;
    case UdyamColumn: return r.udyam;
    case ExporterColumn: return ExporterStatuses::displayName(r.exporterStatus);
    }
    return {};
}

QVariant InviteeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return LanguageManager::number(section + 1);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case DesignationColumn: return tr("Designation");
    case EnterpriseColumn: return tr("Enterprise");
    case SectorColumn: return tr("Sector");
    case MobileColumn: return tr("Mobile");
    case EmailColumn: return tr("Email");
    case StatusColumn: return tr("Status");
    case StallColumn: return tr("Stall");
    case PinColumn: return tr("PIN code");
    case GstinColumn: return tr("GSTIN");
    case UdyamColumn: return tr("Udyam number");
    case ExporterColumn: return tr("Exporter");
    }
    return {};
}
