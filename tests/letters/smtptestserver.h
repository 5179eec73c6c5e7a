#pragma once

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// A real SMTP server for a test (tests/letters/smtpserver.py on Debian's python3-aiosmtpd),
// listening on 127.0.0.1 and a free port. A server that cannot start fails the test: start()
// returns false with the reason in error().
class SmtpTestServer
{
public:
    ~SmtpTestServer() { stop(); }

    bool start(const QStringList &options = {})
    {
        stop();
        m_mail = std::make_unique<QTemporaryDir>();
        m_process = std::make_unique<QProcess>();
        m_process->setProgram(QStringLiteral(SAMMELAN_PYTHON3));
        m_process->setArguments(QStringList{QStringLiteral(SAMMELAN_SOURCE_DIR "/tests/letters/smtpserver.py"),
                                            QStringLiteral("--maildir"), m_mail->path()}
                                + options);
        m_process->start();
        if (!m_process->waitForStarted(10000) || !m_process->waitForReadyRead(15000)) {
            m_error = QStringLiteral("the test SMTP server (%1 tests/letters/smtpserver.py, needs python3-aiosmtpd) "
                                     "did not start: %2 %3")
                          .arg(QStringLiteral(SAMMELAN_PYTHON3), m_process->errorString(),
                               QString::fromUtf8(m_process->readAllStandardError()));
            return false;
        }
        bool ok = false;
        m_port = m_process->readLine().trimmed().toInt(&ok);
        if (!ok || m_port <= 0) {
            m_error = QStringLiteral("the test SMTP server said no port: %1")
                          .arg(QString::fromUtf8(m_process->readAllStandardError()));
            return false;
        }
        return true;
    }

    void stop()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
        m_process.reset();
    }

    int port() const { return m_port; }
    QString url() const { return QStringLiteral("smtp://127.0.0.1:%1").arg(m_port); }
    QString error() const { return m_error; }
    QString mailDir() const { return m_mail ? m_mail->path() : QString(); }

    // The messages received so far, as the server's JSON summaries, in order.
    QList<QJsonObject> messages() const
    {
        QList<QJsonObject> out;
        if (!m_mail)
            return out;
        const QStringList files = QDir(m_mail->path()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString &name : files) {
            QFile f(QDir(m_mail->path()).filePath(name));
            if (f.open(QIODevice::ReadOnly))
                out << QJsonDocument::fromJson(f.readAll()).object();
        }
        return out;
    }
    QByteArray raw(int index) const
    {
        QFile f(QDir(m_mail->path()).filePath(QStringLiteral("%1.eml").arg(index + 1, 3, 10, QLatin1Char('0'))));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private:
    std::unique_ptr<QTemporaryDir> m_mail;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
    QString m_error;
};

// Starts `server` or fails the test with its reason.
#define START_SMTP(server, ...) QVERIFY2((server).start(__VA_ARGS__), qPrintable((server).error()))
