#include "storage/conflictresolver.h"

#include "undo/changenotifier.h"

#include <QHash>

QString ConflictNotice::subject() const
{
    const bool named = !label.isEmpty();
    if (table == QLatin1String("events"))
        return named ? tr("the event “%1”").arg(label) : tr("this event");
    if (table == QLatin1String("invitees"))
        return named ? tr("the invitee %1").arg(label) : tr("this invitee");
    if (table == QLatin1String("invitations"))
        return named ? tr("the status of %1").arg(label) : tr("this status");
    if (table == QLatin1String("stalls"))
        return named ? tr("stall %1").arg(label) : tr("this stall");
    if (table == QLatin1String("halls"))
        return tr("the hall");
    if (table == QLatin1String("export_records"))
        return named ? tr("the export figure %1").arg(label) : tr("this export figure");
    if (table == QLatin1String("export_targets"))
        return named ? tr("the export target for %1").arg(label) : tr("this export target");
    if (table == QLatin1String("sectors"))
        return named ? tr("the category %1").arg(label) : tr("this category");
    return named ? label : tr("this record");
}

QString ConflictNotice::title() const
{
    return deleted ? tr("Deleted at another desk") : tr("Changed at another desk");
}

QString ConflictNotice::message() const
{
    const QString who = ChangeLog::who(changed);
    const QString when = ChangeLog::when(changed.at);
    if (deleted)
        return when.isEmpty() ? tr("%1 deleted %2.", "who, what").arg(who, subject())
                              : tr("%1 deleted %2 at %3.", "who, what, time").arg(who, subject(), when);
    const QString what = ChangeLog::describe(table, changes);
    if (what.isEmpty())
        return when.isEmpty() ? tr("%1 changed %2.", "who, what").arg(who, subject())
                              : tr("%1 changed %2 at %3.", "who, what, time").arg(who, subject(), when);
    return when.isEmpty() ? tr("%1 changed %2: %3.", "who, what, the changes").arg(who, subject(), what)
                          : tr("%1 changed %2 at %3: %4.", "who, what, time, the changes").arg(who, subject(), when, what);
}

ConflictResolver *ConflictResolver::instance()
{
    static ConflictResolver resolver;
    return &resolver;
}

ConflictResolver::Handler ConflictResolver::setHandler(Handler handler)
{
    Handler before = std::move(instance()->m_handler);
    instance()->m_handler = std::move(handler);
    return before;
}

ConflictResolver::Choice ConflictResolver::ask(const ConflictNotice &notice)
{
    Choice choice = m_handler ? m_handler(notice) : Choice::Reload;
    if (notice.deleted)
        choice = Choice::Reload; // nothing is left to write over
    if (choice == Choice::Reload) {
        static const QHash<QString, ChangeNotifier::Table> tables{
            {QStringLiteral("events"), ChangeNotifier::Table::Events},
            {QStringLiteral("invitees"), ChangeNotifier::Table::Invitees},
            {QStringLiteral("invitations"), ChangeNotifier::Table::Invitations},
            {QStringLiteral("stalls"), ChangeNotifier::Table::Stalls},
            {QStringLiteral("halls"), ChangeNotifier::Table::Halls},
            {QStringLiteral("export_records"), ChangeNotifier::Table::ExportRecords},
            {QStringLiteral("export_targets"), ChangeNotifier::Table::ExportRecords}, // drawn with them
            {QStringLiteral("sectors"), ChangeNotifier::Table::Sectors},
        };
        const auto table = tables.constFind(notice.table);
        // Invitations and halls are announced by invitee and event: "some rows" then.
        const bool byRow = notice.table != QLatin1String("invitations") && notice.table != QLatin1String("halls");
        if (table != tables.constEnd())
            ChangeNotifier::instance()->announce(*table, byRow ? notice.id : 0);
    }
    emit resolved(notice, choice);
    return choice;
}

ConflictWatch::ConflictWatch()
{
    m_connection = QObject::connect(ConflictResolver::instance(), &ConflictResolver::resolved,
                                    [this](const ConflictNotice &notice, ConflictResolver::Choice choice) {
                                        if (choice == ConflictResolver::Choice::Reload)
                                            m_reloaded = true;
                                        if (notice.deleted)
                                            m_deleted = true;
                                    });
}

ConflictWatch::~ConflictWatch()
{
    QObject::disconnect(m_connection);
}
