#include "passwordstore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QTimer>

namespace {

// Runs a QtKeychain job to its end (or the timeout) and turns its outcome into a Result.
PasswordStore::Result run(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plain-text file instead of the keyring
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(PasswordStore::Timeout, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    PasswordStore::Result result;
    if (!finished) {
        result.error = PasswordStore::tr("the keyring did not answer");
        return result;
    }
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = PasswordStore::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        result.status = PasswordStore::Status::NotFound;
        break;
    default:
        result.status = PasswordStore::Status::NoKeyring;
        result.error = job.errorString();
        break;
    }
    return result;
}

} // namespace

PasswordStore::Result PasswordStore::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(service());
    job.setKey(key);
    Result result = run(job);
    if (result.status == Status::Ok)
        result.password = job.textData();
    return result;
}

PasswordStore::Result PasswordStore::write(const QString &key, const QString &password)
{
    QKeychain::WritePasswordJob job(service());
    job.setKey(key);
    job.setTextData(password);
    return run(job);
}

PasswordStore::Result PasswordStore::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(service());
    job.setKey(key);
    Result result = run(job);
    if (result.status == Status::NotFound)
        result.status = Status::Ok; // nothing to remove is removed
    return result;
}

QString PasswordStore::cannotKeep(const Result &result)
{
    const QString why = result.error.isEmpty() ? tr("no keyring is running") : result.error;
    return tr("The password cannot be kept: there is no keyring (%1). Sammelan asks for it each time it sends "
              "and does not store it anywhere.")
        .arg(why);
}
