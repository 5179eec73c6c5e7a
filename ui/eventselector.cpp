#include "eventselector.h"

#include "events/eventmodel.h"

EventSelector::EventSelector(EventModel *model, QWidget *parent) : QComboBox(parent), m_model(model)
{
    setModel(model);
    setModelColumn(EventModel::NameColumn);
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(24);
    connect(this, &QComboBox::currentIndexChanged, this, [this](int row) {
        const qint64 id = row >= 0 ? m_model->eventAt(row).id : 0;
        if (id != m_eventId) {
            m_eventId = id;
            emit currentEventChanged(id);
        }
    });
    connect(model, &QAbstractItemModel::modelReset, this, &EventSelector::restore);
    restore();
}

void EventSelector::setCurrentEventId(qint64 eventId)
{
    const int row = m_model->rowOf(eventId);
    if (row >= 0)
        setCurrentIndex(row);
}

void EventSelector::restore()
{
    // After a reload the combo box has lost its row; find the event again, or take the first
    // (newest) one when it is gone.
    int row = m_model->rowOf(m_eventId);
    if (row < 0 && m_model->rowCount() > 0)
        row = 0;
    const QSignalBlocker block(this);
    setCurrentIndex(row);
    const qint64 id = row >= 0 ? m_model->eventAt(row).id : 0;
    if (id != m_eventId) {
        m_eventId = id;
        emit currentEventChanged(id);
    }
}
