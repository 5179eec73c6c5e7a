#pragma once

#include "invitees/invitee.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <optional>

// The frame of sammelan-cli: global options (--db, --help, --version), the command table, exit
// codes and the streams. Commands are plain functions registered by name; each command file
// adds its own (see basecommands.cpp).
class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    struct Context {
        QString databasePath;       // --db, or the desktop app's default file
        QStringList args;           // the command's own arguments, after its name(s)
        QTextStream &out;
        QTextStream &err;
        Cli &cli;
    };

    struct Command {
        QStringList names;          // {"events"} or {"events", "add"}: longest match wins
        QString synopsis;           // "events add NAME --start YYYY-MM-DD ..."
        std::function<QString()> summary; // translated one-liner for --help
        std::function<int(Context &)> run;
    };

    struct Registration {
        explicit Registration(const QList<Command> &commands);
    };

    Cli();
    int run(const QStringList &arguments);

    // Prints "sammelan-cli: <message>" on stderr and returns Failure.
    static int fail(Context &context, const QString &message);
    // Prints the message and the command's synopsis on stderr and returns UsageError.
    int usage(Context &context, const QString &message) const;

    // Parses the command's own options; on a usage error prints it and returns false.
    bool parse(Context &context, class QCommandLineParser &parser) const;

    // --lang en|hi for commands that write documents in a language.
    static class QCommandLineOption languageOption();
    // Switches to the --lang language (the output and, from then on, the messages); on an
    // unknown language prints the usage and returns false.
    bool applyLanguage(Context &context, const class QCommandLineParser &parser) const;

    // The value of a --status option: statuses separated by commas, as stored (not_invited,
    // confirmed, ...; not-invited too) or in the words people use ("Confirmed", Hindi). Returns
    // them in the order given, each once; on an empty list or an unknown word prints the usage
    // and returns nothing.
    std::optional<QList<InvitationStatus>> parseStatuses(Context &context, const QString &value) const;

    // Opens the database for a command; prints the reason and returns false when it cannot.
    static bool openDatabase(Context &context, bool createIfMissing = false);

    // Whether the command may write `path` (OutputPath's rule: never the database, its -wal or
    // -shm, a backup of it, another Sammelan database or one of `inputs`). Commands ask before
    // they open or change anything; on a refusal it prints why and the command exits Failure.
    static bool mayWrite(Context &context, const QString &path, const QStringList &inputs = {});

private:
    static QList<Command> &registry();
    QString helpText() const;
    QList<Command> m_commands;
    const Command *m_current = nullptr;
};

// Each command file registers its commands with a file-scope object:
//     const Cli::Registration registration({Cli::Command{...}, ...});
