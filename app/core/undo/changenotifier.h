#pragma once

#include <QObject>

// Tells models that data changed underneath them, whoever changed it (an undo command, an
// import, the demo loader, another program: see DatabaseSession). Repositories announce; models
// listen and refresh what they show. Errors do not travel here (see ErrorChannel): this object's
// signals are often blocked while a batch is written.
class ChangeNotifier final : public QObject
{
    Q_OBJECT
public:
    enum class Table { Events, Invitees, Invitations, Stalls, Halls, ExportRecords, Sectors, Settings };
    Q_ENUM(Table)

    static ChangeNotifier *instance();

    // id: the row that changed, or 0 for "several or unknown rows".
    void announce(Table table, qint64 id = 0) { emit changed(table, id); }
    // Everything may have changed (another database opened, a restore, a bulk load).
    void announceReset() { emit reset(); }

signals:
    void changed(ChangeNotifier::Table table, qint64 id);
    void reset();

private:
    ChangeNotifier() = default;
};
