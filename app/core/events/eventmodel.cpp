#include "events/eventmodel.h"

#include "undo/changenotifier.h"
#include "events/eventrepository.h"
#include "text/languagemanager.h"

#include <QLocale>
#include <QSqlDatabase>

EventModel::EventModel(const QString &connection, QObject *parent)
    : QAbstractTableModel(parent), m_connection(connection)
{
    connect(ChangeNotifier::instance(), &ChangeNotifier::changed, this,
            [this](ChangeNotifier::Table table) {
                if (table == ChangeNotifier::Table::Events)
                    reload();
            });
    connect(ChangeNotifier::instance(), &ChangeNotifier::reset, this, &EventModel::reload);
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this,
            &EventModel::retranslate);
    reload();
}

void EventModel::reload()
{
    beginResetModel();
    // Before a database is open (the window is built first) the list is simply empty.
    m_events = Database::isOpen(m_connection) ? EventRepository(m_connection).all()
                                                    : QList<Event>();
    endResetModel();
}

void EventModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_events.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int EventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int EventModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_events.size(); ++i)
        if (m_events.at(i).id == id)
            return i;
    return -1;
}

QString EventModel::label(const Event &event, const QString &language)
{
    QString text = event.name(language);
    if (event.startDate.isValid())
        text += QStringLiteral(" (%1)").arg(LanguageManager::date(event.startDate, QLocale::ShortFormat));
    if (event.isDemo)
        text += QStringLiteral(" [%1]").arg(tr("demo"));
    return text;
}

QVariant EventModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const Event &e = m_events.at(index.row());
    const QString language = LanguageManager::currentLanguage();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return e.isDemo ? QStringLiteral("%1 [%2]").arg(e.name(language), tr("demo"))
                            : e.name(language);
        case StartColumn:
            return LanguageManager::date(e.startDate);
        case EndColumn:
            return LanguageManager::date(e.endDate);
        case VenueColumn:
            return e.venue;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return QStringLiteral("%1\n%2").arg(e.nameEn, e.nameHi);
        break;
    case IdRole:
        return e.id;
    case Qt::EditRole:
        if (index.column() == StartColumn)
            return e.startDate;
        if (index.column() == EndColumn)
            return e.endDate;
        return data(index, Qt::DisplayRole);
    default:
        break;
    }
    return {};
}

QVariant EventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Event");
    case StartColumn:
        return tr("Starts");
    case EndColumn:
        return tr("Ends");
    case VenueColumn:
        return tr("Venue");
    }
    return {};
}
