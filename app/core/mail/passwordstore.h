#pragma once

#include <QCoreApplication>
#include <QString>

// Passwords in the desktop's keyring (GNOME Keyring, KWallet, ... through QtKeychain), never in
// a file of ours. Where no keyring runs (a server, a test, a session without D-Bus) nothing is
// kept anywhere: the caller asks for the password each time and says why.
//
// Calls block until the keyring answered (at most Timeout ms); use them on the main thread.
class PasswordStore final
{
    Q_DECLARE_TR_FUNCTIONS(PasswordStore)
public:
    enum class Status {
        Ok,        // read or written
        NotFound,  // the keyring runs but holds no password under the key
        NoKeyring, // no keyring to keep it in: ask for the password when it is needed
    };
    struct Result {
        Status status = Status::NoKeyring;
        QString password;
        QString error; // translated, for NoKeyring
    };

    static constexpr int Timeout = 10000;
    static QString service() { return QStringLiteral("Sammelan"); }

    static Result read(const QString &key);
    static Result write(const QString &key, const QString &password);
    static Result remove(const QString &key);
    // "The password cannot be kept: …" for a NoKeyring result.
    static QString cannotKeep(const Result &result);
};
