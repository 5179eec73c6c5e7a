#include "mail/passwordstore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

// The mail server's password goes to the desktop's keyring or nowhere. Run twice by ctest:
// without any D-Bus session (SAMMELAN_EXPECT_KEYRING=0: it cannot be kept, and says so), and in
// a private session with GNOME Keyring (=1: kept there and read back). Either way no file of the
// program's holds it.
class TestPasswordStore : public QObject
{
    Q_OBJECT
    const QString m_key = QStringLiteral("smtp://dic@mail.example.in:587");
    const QString m_password = QStringLiteral("गुप्त-Secret-%1").arg(QCoreApplication::applicationPid());

    bool expectKeyring() const { return qEnvironmentVariable("SAMMELAN_EXPECT_KEYRING") == QLatin1String("1"); }

    // Every file under the configuration and data folders, searched for the password.
    QStringList filesHoldingThePassword() const
    {
        QStringList found;
        for (const auto location : {QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation}) {
            QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (path.contains(QStringLiteral("/keyrings/")))
                    continue; // the keyring's own (encrypted) files
                QFile f(path);
                if (f.size() < 10'000'000 && f.open(QIODevice::ReadOnly) && f.readAll().contains(m_password.toUtf8()))
                    found << path;
            }
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("Sammelan"));
        QCoreApplication::setApplicationName(QStringLiteral("sammelan-test"));
    }

    void keptInTheKeyringOrNowhere()
    {
        const PasswordStore::Result written = PasswordStore::write(m_key, m_password);
        QSettings().sync();
        if (expectKeyring()) {
            QCOMPARE(written.status, PasswordStore::Status::Ok);
            const PasswordStore::Result read = PasswordStore::read(m_key);
            QCOMPARE(read.status, PasswordStore::Status::Ok);
            QCOMPARE(read.password, m_password);
            QCOMPARE(PasswordStore::remove(m_key).status, PasswordStore::Status::Ok);
            QCOMPARE(PasswordStore::read(m_key).status, PasswordStore::Status::NotFound);
        } else {
            QCOMPARE(written.status, PasswordStore::Status::NoKeyring);
            const QString message = PasswordStore::cannotKeep(written);
            QVERIFY2(message.contains(QStringLiteral("cannot be kept")), qPrintable(message));
            QCOMPARE(PasswordStore::read(m_key).status, PasswordStore::Status::NoKeyring);
            QVERIFY(PasswordStore::read(m_key).password.isEmpty());
        }
        QCOMPARE(filesHoldingThePassword(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestPasswordStore)
#include "tst_passwordstore.moc"
