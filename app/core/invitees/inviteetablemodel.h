#pragma once

#include "storage/database.h"
#include "invitees/inviteelist.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QMap>
#include <QTimer>

// The invitee register as a table for the Invitees page. It never loads every row: a refresh
// loads the first block at once (the screen a person looks at) and counts the matches right
// after, from the event loop (one grouped query that also gives the counts per status), so a
// keystroke in the search box costs one query before the view repaints. Rows further down
// are fetched in blocks as the view asks for them, a few blocks cached. Sorting and filtering
// are done by SQLite. Texts follow the UI language.
class InviteeTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        DesignationColumn,
        EnterpriseColumn,
        SectorColumn,
        MobileColumn,
        EmailColumn,
        StatusColumn,
        StallColumn,
        PinColumn,
        GstinColumn,
        UdyamColumn,
        ExporterColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole };

    static constexpr int BlockSize = 200;
    static constexpr int CachedBlocks = 16;

    explicit InviteeTableModel(const QString &connection = Database::defaultConnectionName(),
                               QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    void setFilter(const InviteeFilter &filter);
    const InviteeFilter &filter() const { return m_filter; }
    const InviteeSort &sortOrder() const { return m_sort; }
    static InviteeSortKey sortKeyFor(int column);

    // The row (fetched if needed), or an empty row when out of range.
    InviteeRow rowAt(int row) const;
    qint64 idAt(int row) const { return rowAt(row).id; }
    // Every id the filter matches, in the current order (for "select all" actions).
    QList<qint64> allIds() const;
    // Row of `id` in the current order, or -1 (searches cached blocks only).
    int cachedRowOf(qint64 id) const;

    // Counts of the filtered set (ignoring the status filter) per status, and the total shown.
    const QMap<InvitationStatus, int> &statusCounts() const { return m_statusCounts; }
    int totalIgnoringStatus() const { return m_totalIgnoringStatus; }

    // Whether the count of the last refresh is in (it follows the first block).
    bool isCounted() const { return !m_countPending; }

public slots:
    // Drops cached rows and loads the first block (data or filter changed); the count follows.
    void refresh();
    // Counts now if a count is pending (tests, and callers that need the total at once).
    void countNow();
    void retranslate();

signals:
    // After every refresh: the counts changed.
    void countsChanged();

private:
    const QList<InviteeRow> &block(int index) const;

    QString m_connection;
    InviteeFilter m_filter;
    InviteeSort m_sort;
    int m_count = 0;
    bool m_countPending = false;
    int m_totalIgnoringStatus = 0;
    QMap<InvitationStatus, int> m_statusCounts;
    mutable QHash<int, QList<InviteeRow>> m_blocks;
    mutable QList<int> m_blockUse; // most recently used last
    QTimer m_countTimer;
};
