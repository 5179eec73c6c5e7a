#pragma once

#include "storage/changelog.h"
#include "storage/rowversion.h"

#include <QCoreApplication>
#include <QObject>
#include <functional>

// What a person is told when a write is refused because its row changed (or vanished) at
// another desk since this desk read it: which record, what the other desk changed (from what
// this desk last saw to what is there now), when and at which desk.
struct ConflictNotice {
    Q_DECLARE_TR_FUNCTIONS(ConflictNotice)
public:
    QString table;           // "invitees", "stalls", … (the kind of record)
    qint64 id = 0;
    QString label;           // the record's name or code, as people know it
    bool deleted = false;    // the row is gone: there is nothing to write over
    ChangeStamp changed;     // who changed or deleted it, and when
    QList<FieldChange> changes; // what they changed: what this desk saw → what is there now

    // "Changed at another desk" / "Deleted at another desk"
    QString title() const;
    // "Anil at Desk 2 changed this invitee at 10:02: mobile 98… → 97…"
    QString message() const;
    // "this invitee", "stall A-01": the record in a sentence.
    QString subject() const;
};

// Asks the person at this desk what to do about a conflict: take the other desk's version
// ("Reload theirs": nothing is written, the form or page shows what is there now) or write
// theirs over it deliberately ("Keep mine"). The window installs a handler that shows the
// question (ui/conflictdialog.h); without one (sammelan-cli, tests) every conflict is refused.
// Undo commands ask from inside redo()/undo(), so a "Keep mine" is written in the same step.
class ConflictResolver final : public QObject
{
    Q_OBJECT
public:
    enum class Choice { Reload, KeepMine };
    Q_ENUM(Choice)
    using Handler = std::function<Choice(const ConflictNotice &)>;

    static ConflictResolver *instance();
    // Replaces the handler (an empty one: refuse every conflict). Returns the one before.
    static Handler setHandler(Handler handler);

    // Asks the handler; a deleted row can only be reloaded, whatever it answers. Emits
    // resolved() with the answer, so a caller that pushed a command learns that the refusal
    // was a conflict the person chose to reload (and refreshes its form). On "Reload theirs"
    // the record's table is announced changed (ChangeNotifier), so every page showing it reads
    // it again, even before this desk has noticed the other's write.
    Choice ask(const ConflictNotice &notice);

signals:
    void resolved(const ConflictNotice &notice, ConflictResolver::Choice choice);

private:
    ConflictResolver() = default;
    Handler m_handler;
};

// Watches the conflicts resolved while it lives (a command pushed from a form): whether the
// person chose the other desk's version, so the form takes the values that are there now.
class ConflictWatch final
{
public:
    ConflictWatch();
    ~ConflictWatch();
    ConflictWatch(const ConflictWatch &) = delete;
    ConflictWatch &operator=(const ConflictWatch &) = delete;

    bool reloaded() const { return m_reloaded; } // "Reload theirs" (or the row was gone)
    bool deleted() const { return m_deleted; }   // the row was deleted at another desk

private:
    QMetaObject::Connection m_connection;
    bool m_reloaded = false;
    bool m_deleted = false;
};
