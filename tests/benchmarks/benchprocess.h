#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

// Running a program from a benchmark and measuring it (Qt Core only: bench_hostilefiles keeps
// itself small, since a forked child's peak memory includes what it inherited).
namespace Bench {

struct ChildRun {
    int exitCode = -1; // 128 + the signal that ended it
    double seconds = 0;
    long peakKiB = 0; // the child's own peak resident memory
    bool ok() const { return exitCode == 0; }
};

// Runs a program (found on PATH unless given with its path) and waits for it, measuring its wall
// time and its own peak resident memory. Its output goes to the files named, else nowhere. (A
// forked child's peak includes what it inherited before exec: callers keep themselves small.)
inline ChildRun runChild(const QString &program, const QStringList &args, const QString &stdoutPath = {},
                         const QString &stderrPath = {})
{
    QList<QByteArray> argv8{QFile::encodeName(program)};
    for (const QString &a : args)
        argv8 << a.toUtf8();
    QList<char *> argv;
    for (QByteArray &a : argv8)
        argv << a.data();
    argv << nullptr;
    const QByteArray outName = QFile::encodeName(stdoutPath.isEmpty() ? QStringLiteral("/dev/null") : stdoutPath);
    const QByteArray errName = QFile::encodeName(stderrPath.isEmpty() ? QStringLiteral("/dev/null") : stderrPath);
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        const int o = ::open(outName.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int e = ::open(errName.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        dup2(o, 1);
        dup2(e, 2);
        execvp(argv.at(0), argv.data());
        _exit(127);
    }
    ChildRun run;
    int status = 0;
    struct rusage usage {};
    if (pid > 0 && wait4(pid, &status, 0, &usage) == pid) {
        run.seconds = timer.nsecsElapsed() / 1e9;
        run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        run.peakKiB = usage.ru_maxrss;
    }
    return run;
}

} // namespace Bench
