#pragma once

#include "storage/database.h"
#include "exports/exportrecord.h"
#include "sectors/sector.h"

#include <QAbstractTableModel>
#include <QHash>

class QUndoStack;

// The export figures as an editable table: financial year, country, product, ₹ crore and
// US$ million, ITC(HS) code, quantity and unit, exporter (by IEC), in the current language. A
// figure derived from the other currency at the year's exchange rate is shown as such (≈, in
// grey, with the rate in its tooltip). Small by nature (a few hundred rows), so it reads all
// records and keeps them. Edits are checked here (a real financial year, a known country, a
// value of 0 or more, no second figure for the same year, country and product) and go on the
// undo stack as commands; a refused edit is explained through editRefused().
class ExportTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The order of the model; the page shows them as Year, Country, Product, HS code, Quantity,
    // ₹ crore, US$ million, Exporter.
    enum Column { YearColumn, CountryColumn, ProductColumn, ValueColumn, UsdColumn, HsColumn, QuantityColumn,
                  ExporterColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IdRole, SectorIdRole };

    explicit ExportTableModel(QUndoStack *undoStack,
                              const QString &connection = Database::defaultConnectionName(),
                              QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // 0: every year.
    int year() const { return m_year; }
    void setYear(int fyStart);

    ExportRecord recordAt(int row) const { return m_shown.value(row); }
    int rowOf(qint64 id) const;
    // Every record of the database, whatever the year filter (for totals and charts).
    const QList<ExportRecord> &allRecords() const { return m_all; }
    const QHash<qint64, Sector> &sectors() const { return m_sectors; }
    QString productName(qint64 sectorId) const;
    // "Jaiswal Foods (AAFCJ1234K)" for an IEC an invitee holds, else the IEC.
    QString exporterName(const QString &iec) const;
    // How many figures of `fyStart` (0: all) are given only in US$ with no rate for their year.
    int withoutRate(int fyStart = 0) const;

    // Checks a new or changed record; an empty string when it may be written.
    QString problemWith(const ExportRecord &record) const;

public slots:
    void reload();

signals:
    void editRefused(const QString &message);

private:
    QUndoStack *m_undoStack;
    QString m_connection;
    int m_year = 0;
    QList<ExportRecord> m_all;
    QList<ExportRecord> m_shown;
    QHash<qint64, Sector> m_sectors;
    QHash<QString, QString> m_exporters; // IEC → enterprise
};
