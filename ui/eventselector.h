#pragma once

#include <QComboBox>

class EventModel;

// The toolbar's choice of the event the pages work on. Keeps its event across model reloads
// (an edit, an undo, another database) by id, not by row.
class EventSelector final : public QComboBox
{
    Q_OBJECT
public:
    explicit EventSelector(EventModel *model, QWidget *parent = nullptr);

    qint64 currentEventId() const { return m_eventId; }
    void setCurrentEventId(qint64 eventId);

signals:
    void currentEventChanged(qint64 eventId);

private:
    void restore();
    EventModel *m_model;
    qint64 m_eventId = 0;
};
