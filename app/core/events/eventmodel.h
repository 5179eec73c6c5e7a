#pragma once

#include "storage/database.h"
#include "events/event.h"

#include <QAbstractTableModel>

// The events of the open database as a table (name, dates, venue). Small by nature, so it
// reloads whole when events change. Shown in the language set by LanguageManager.
class EventModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StartColumn, EndColumn, VenueColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, EventRole };

    explicit EventModel(const QString &connection = Database::defaultConnectionName(),
                        QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    Event eventAt(int row) const { return m_events.value(row); }
    int rowOf(qint64 id) const;
    // "Gorakhpur Export Conclave (24/09/2021)": how an event is named in selectors.
    static QString label(const Event &event, const QString &language);

public slots:
    void reload();
    // Called when the UI language changes: headers and dates are re-rendered.
    void retranslate();

private:
    QString m_connection;
    QList<Event> m_events;
};
