#pragma once

#include <QObject>

// Tells models that data changed underneath them, whoever changed it (an undo command, an
// import, the demo loader). Repositories announce; models listen and refresh what they show.
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
    // An edit that could not be written (reported by undo commands, which cannot return errors).
    void reportError(const QString &message) { emit errorOccurred(message); }

signals:
    void changed(ChangeNotifier::Table table, qint64 id);
    void reset();
    void errorOccurred(const QString &message);

private:
    ChangeNotifier() = default;
};
