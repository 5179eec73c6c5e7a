#include "remotechanges.h"

#include "postgresbackend.h"

#include <QSqlDatabase>
#include <QVariant>

#include <optional>
#include <utility>

namespace {

// The tables of the schema and what the pages know them as. A table this program does not
// know (a newer one's) makes the pages reload everything.
std::optional<ChangeNotifier::Table> targetOf(const QString &table)
{
    using T = ChangeNotifier::Table;
    static const QHash<QString, T> targets{
        {QStringLiteral("events"), T::Events},
        {QStringLiteral("invitees"), T::Invitees},
        {QStringLiteral("invitations"), T::Invitations},
        {QStringLiteral("invitation_changes"), T::Invitations},
        {QStringLiteral("checkins"), T::Invitations},
        {QStringLiteral("badge_prints"), T::Invitations},
        {QStringLiteral("halls"), T::Halls},
        {QStringLiteral("stalls"), T::Stalls},
        {QStringLiteral("export_records"), T::ExportRecords},
        {QStringLiteral("sectors"), T::Sectors},
        {QStringLiteral("settings"), T::Settings},
    };
    const auto it = targets.constFind(table);
    if (it == targets.constEnd())
        return std::nullopt;
    return *it;
}

// Whether the app's own announcements of the table carry the changed row's id. Invitations are
// announced by invitee and halls by event: a row's own id would say nothing to the pages.
bool carriesRowId(ChangeNotifier::Table table)
{
    using T = ChangeNotifier::Table;
    return table != T::Invitations && table != T::Halls && table != T::Settings;
}

} // namespace

RemoteChanges::RemoteChanges(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RemoteChanges::flush);
}

bool RemoteChanges::listen(const QString &connectionName)
{
    stop();
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    if (!PostgresBackend::isPostgres(db) || !db.isOpen() || !db.driver())
        return false;
    if (!db.driver()->subscribeToNotification(Channel))
        return false;
    m_driver = db.driver();
    m_ownPid = PostgresBackend::backendPid(db);
    connect(m_driver.data(), &QSqlDriver::notification, this, &RemoteChanges::notified);
    return true;
}

void RemoteChanges::stop()
{
    if (m_driver)
        disconnect(m_driver.data(), nullptr, this, nullptr);
    m_driver.clear();
    m_ownPid = 0;
    m_timer.stop();
    m_pending.clear();
    m_pendingChanges = 0;
    m_resetPending = false;
    m_inBurst = false;
}

void RemoteChanges::notified(const QString &name, QSqlDriver::NotificationSource source,
                             const QVariant &payload)
{
    if (name != Channel || source == QSqlDriver::SelfSource)
        return;
    take(payload.toString());
}

void RemoteChanges::take(const QString &payload)
{
    // "table:id:pid"; a table name holds no colon.
    const QStringList parts = payload.split(QLatin1Char(':'));
    if (parts.size() != 3)
        return;
    if (m_ownPid != 0 && parts.at(2).toLongLong() == m_ownPid)
        return; // this window's own write: announced when it was made
    // The log of who changed what is written with every change of a row, whose own
    // announcement tells the pages; a page showing the log reads it when it is opened.
    if (parts.at(0) == QLatin1String("changes"))
        return;
    const auto target = targetOf(parts.at(0));
    if (!target) {
        m_resetPending = true;
    } else {
        // Distinct rows, counted up to what makes a burst; 0 is the server's "several or unknown
        // rows" (one statement that changed many: a page reloads that table once).
        QSet<qint64> &ids = m_pending[*target];
        if (ids.size() <= BurstRows)
            ids.insert(parts.at(1).toLongLong());
    }
    ++m_pendingChanges;
    if (!m_timer.isActive()) {
        // At most one telling per CoalesceMs: after a quiet spell at once, else when the
        // spell since the last telling is over.
        const qint64 since = m_sinceFlush.isValid() ? m_sinceFlush.elapsed() : CoalesceMs;
        m_timer.start(m_inBurst ? BurstMs : int(qMax<qint64>(QuickMs, CoalesceMs - since)));
    }
}

void RemoteChanges::flush()
{
    m_timer.stop();
    if (m_pendingChanges == 0) {
        m_inBurst = false;
        return;
    }
    qsizetype rows = 0;
    for (const QSet<qint64> &ids : std::as_const(m_pending))
        rows += ids.size();
    const bool reset = m_resetPending || rows > BurstRows;
    const QHash<ChangeNotifier::Table, QSet<qint64>> pending = std::exchange(m_pending, {});
    const int changes = std::exchange(m_pendingChanges, 0);
    m_resetPending = false;
    m_inBurst = reset;
    m_sinceFlush.start();
    ChangeNotifier *notifier = ChangeNotifier::instance();
    if (reset) {
        notifier->announceReset();
    } else {
        // One announcement per table: a page reloads what it shows once, whatever the rows.
        for (auto it = pending.cbegin(); it != pending.cend(); ++it)
            notifier->announce(it.key(), it->size() == 1 && carriesRowId(it.key()) ? *it->cbegin() : 0);
    }
    emit flushed(changes, reset);
}
