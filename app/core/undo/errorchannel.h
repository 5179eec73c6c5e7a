#pragma once

#include <QObject>

// Failed writes travel here, on a channel of their own. Change notifications are often held back
// while a batch is written (QSignalBlocker on ChangeNotifier); an error must never be, or the
// screen says "saved" when nothing was (a check-in that was not written showed "Welcome").
// The window listens and tells the user; nobody blocks this object's signals.
class ErrorChannel final : public QObject
{
    Q_OBJECT
public:
    static ErrorChannel *instance();

    void report(const QString &message) { emit writeFailed(message); }

signals:
    void writeFailed(const QString &message);

private:
    ErrorChannel() = default;
};
