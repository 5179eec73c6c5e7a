#pragma once

#include "undo/changenotifier.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSqlDriver>
#include <QString>
#include <QTimer>

// What the other desks change on the office server, turned into ChangeNotifier announcements so
// the pages refresh the rows concerned.
//
// The server announces every statement that changes a table (PostgresBackend::installNotify):
// NOTIFY sammelan, 'table:id:pid', with id 0 for many or unknown rows and pid the backend
// that wrote. Changes of this window's own connection are left out (it announced them itself
// when it wrote them). The first announcement after a quiet spell is told almost at once (after
// QuickMs, which gathers the rest of the same transaction: the server delivers them together), so
// a check-in at one desk shows at the other within a few milliseconds. Announcements that follow
// sooner are gathered until CoalesceMs have passed since the last telling and told at once, per
// table (at most five tellings a second); a burst (an import of 100,000 rows at another desk) becomes one reset, and while it goes on, at
// most one reset a second.
class RemoteChanges final : public QObject
{
    Q_OBJECT
public:
    static inline const QString Channel = QStringLiteral("sammelan");
    static constexpr int CoalesceMs = 200;
    static constexpr int QuickMs = 5;
    // While a burst goes on, the next gathering waits this long.
    static constexpr int BurstMs = 1000;
    // More changed rows than this in one gathering: the pages reload everything once.
    static constexpr int BurstRows = 20;

    explicit RemoteChanges(QObject *parent = nullptr);

    // Subscribes to the server's announcements on the connection (LISTEN). False for a file (the
    // session watches PRAGMA data_version there) or when the server refused.
    bool listen(const QString &connectionName);
    // Stops listening (the connection is gone or closed); what was gathered is dropped.
    void stop();
    bool isListening() const { return !m_driver.isNull(); }

    // One announcement's payload ("invitees:42:12345"): what the driver's notification brings.
    void take(const QString &payload);
    // Tells what was gathered now instead of when the timer runs out.
    void flush();
    // How long what is gathered waits to be told (from when the first of it came), -1 when
    // nothing waits.
    int pendingDelayMs() const { return m_timer.isActive() ? m_timer.interval() : -1; }

signals:
    // After each gathering was told (for tests and the status line): how many announcements
    // it held, and whether it became a reset.
    void flushed(int changes, bool reset);

private:
    void notified(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    QPointer<QSqlDriver> m_driver;
    qint64 m_ownPid = 0;
    QHash<ChangeNotifier::Table, QSet<qint64>> m_pending;
    int m_pendingChanges = 0;
    bool m_resetPending = false;
    bool m_inBurst = false;
    QTimer m_timer;
    QElapsedTimer m_sinceFlush; // invalid until the first telling
};
