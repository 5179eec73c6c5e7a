#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

// Runs the real sammelan-cli binary with its own home, so the user's settings and default
// database are never touched.
struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};

class CliRunner
{
public:
    CliRunner()
    {
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("HOME"), m_home.path());
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    }

    QString home() const { return m_home.path(); }
    QString path(const QString &name) const { return m_home.filePath(name); }

    CliResult run(const QStringList &args, const QString &program = QStringLiteral(SAMMELAN_CLI_PATH),
                  const QStringList &prefix = {}) const
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.setWorkingDirectory(m_home.path());
        if (prefix.isEmpty()) {
            p.start(program, args);
        } else {
            p.start(prefix.constFirst(), prefix.mid(1) + QStringList{program} + args);
        }
        if (!p.waitForFinished(120000))
            return {};
        return CliResult{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                         QString::fromUtf8(p.readAllStandardOutput()),
                         QString::fromUtf8(p.readAllStandardError())};
    }

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
};
