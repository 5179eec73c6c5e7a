// Copying a database of 200,000 realistic invitees (every field filled, half the names in
// Devanagari; one in three invited to the conclave) between an SQLite file and PostgreSQL, as
// `sammelan-cli copy` and a server's `backup` do. Each copy runs in a child process of its own,
// which prints its time and its peak memory (VmHWM); the brief: far under 500 MiB.
//
// Run: build/bin/bench_copy [invitees]. The server: the test cluster named by SAMMELAN_TEST_PG
// (a folder holding `url`), else a throwaway one started with tests/postgres/pgcluster.sh.
#include "benchserver.h"
#include "benchutil.h"
#include "inviteefill.h"
#include "storage/database.h"
#include "events/event.h"
#include "events/eventrepository.h"
#include "invitees/inviteebulkloader.h"
#include "sectors/sectorrepository.h"
#include "storage/databasecopy.h"
#include "storage/postgresbackend.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdio>
#include <sys/resource.h>

namespace {

// In the child: opens `from`, copies it to `to` (or backs it up into `to`), prints the figures.
// CPU time of this process so far (user and system), in ms: less at the mercy of other work on
// the machine than the wall clock.
double cpuMs()
{
    struct rusage usage;
    if (::getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
           + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

int copyOnce(const QString &from, const QString &to, bool backup)
{
    if (!Database::open(from, Database::Mode::OpenExisting).ok())
        return 1;
    const double before = Bench::peakRssMiB();
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuMs();
    qint64 rows = 0;
    QString error;
    if (backup) {
        if (!Database::backup(to, &error)) {
            std::printf("backup failed: %s\n", qPrintable(error));
            return 1;
        }
    } else {
        const DatabaseCopy::Result result = DatabaseCopy::copy(Database::defaultConnectionName(), to);
        if (!result.ok) {
            std::printf("copy failed: %s\n", qPrintable(result.error));
            return 1;
        }
        rows = result.rows;
    }
    const double ms = Bench::msSince(timer);
    const double cpu = cpuMs() - cpuBefore;
    // What the peak is made of, read now: the process's own memory, and the file pages mapped
    // into it (SQLite reads a file through a memory map of up to 256 MiB, see Database::open).
    auto statusMiB = [](const char *field) {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return -1.0;
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith(field))
                return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toDouble() / 1024.0;
        return -1.0;
    };
    std::printf("%-22s %7.0f ms (CPU %6.0f ms) %7lld rows  peak RSS %6.1f MiB (after opening %.1f; now anonymous %.1f, file %.1f)\n",
                backup ? "server backup to file" : qPrintable(QStringLiteral("%1 to %2").arg(
                             PostgresBackend::isUrl(from) ? QStringLiteral("server") : QStringLiteral("file"),
                             PostgresBackend::isUrl(to) ? QStringLiteral("server") : QStringLiteral("file"))),
                ms, cpu, static_cast<long long>(rows), Bench::peakRssMiB(), before, statusMiB("RssAnon:"),
                statusMiB("RssFile:"));
    Database::close();
    return 0;
}

int child(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(QCoreApplication::applicationFilePath(), args);
    p.waitForFinished(-1);
    std::fflush(stdout);
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : 1;
}

// The source file: realistic rows (Bench::realisticInvitee, as bench_inviteelist's).
bool fill(const QString &path, int count)
{
    if (!Database::open(path, Database::Mode::CreateIfMissing).ok())
        return false;
    Event event;
    event.nameEn = QStringLiteral("Gorakhpur Export Conclave");
    event.startDate = event.endDate = QDate(2021, 9, 24);
    const qint64 eventId = EventRepository().insert(event);
    QList<qint64> sectors;
    for (const char *s : {"Textiles", "Chemicals", "Medical equipment", "Yarn", "Terracotta"})
        sectors << SectorRepository().ensure(QString::fromLatin1(s));
    {
    QSqlDatabase db = QSqlDatabase::database(Database::defaultConnectionName());
    db.transaction();
    {
        InviteeBulkLoader::BulkInserter inserter(Database::defaultConnectionName());
        QSqlQuery invite(db);
        invite.prepare(QStringLiteral("INSERT INTO invitations (event_id, invitee_id, status, status_changed_at)"
                                      " VALUES (?, ?, 'invited', '2021-09-01T10:00:00Z')"));
        for (int i = 0; i < count; ++i) {
            const Invitee v = Bench::realisticInvitee(i, sectors);
            QString error;
            const qint64 id = inserter.insert(v, &error);
            if (!id) {
                std::printf("fill failed: %s\n", qPrintable(error));
                return false;
            }
            if (i % 3 == 0) {
                invite.bindValue(0, eventId);
                invite.bindValue(1, id);
                if (!invite.exec())
                    return false;
            }
        }
    }
    db.commit();
    }
    Database::checkpoint();
    Database::close();
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() > 3 && (args.at(1) == QLatin1String("--copy") || args.at(1) == QLatin1String("--backup")))
        return copyOnce(args.at(2), args.at(3), args.at(1) == QLatin1String("--backup"));
    const int count = args.size() > 1 ? args.at(1).toInt() : 200000;

    QTemporaryDir dir;
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
    if (qEnvironmentVariableIsSet("BENCH_KEEP")) { // to profile one copy: bench_copy --copy FROM TO
        dir.setAutoRemove(false);
        std::printf("files kept in %s\n", qPrintable(dir.path()));
    }
    // The server: the test cluster, or one of our own for this run.
    QString serverUrl;
    QString ownCluster;
    const QString testPg = qEnvironmentVariable("SAMMELAN_TEST_PG");
    if (!testPg.isEmpty()) {
        QFile url(testPg + QStringLiteral("/url"));
        if (url.open(QIODevice::ReadOnly))
            serverUrl = QString::fromUtf8(url.readAll()).trimmed();
    } else {
        ownCluster = QStringLiteral("/tmp/sammelan-bench-copy-%1").arg(QCoreApplication::applicationPid());
        const QString script = QStringLiteral(SAMMELAN_SOURCE_DIR "/tests/postgres/pgcluster.sh");
        if (QProcess::execute(script, {QStringLiteral("start"), ownCluster}) == 0) {
            QFile url(ownCluster + QStringLiteral("/url"));
            if (url.open(QIODevice::ReadOnly))
                serverUrl = QString::fromUtf8(url.readAll()).trimmed();
        }
    }

    const QString source = dir.filePath(QStringLiteral("source.db"));
    QElapsedTimer timer;
    timer.start();
    if (!fill(source, count))
        return 1;
    std::printf("source: %d invitees (+%d invitations), file %.1f MiB, written in %.0f ms\n", count,
                (count + 2) / 3, QFileInfo(source).size() / 1048576.0, Bench::msSince(timer));
    std::fflush(stdout);

    int failures = child({QStringLiteral("--copy"), source, dir.filePath(QStringLiteral("file-copy.db"))});
    if (serverUrl.isEmpty()) {
        std::printf("no PostgreSQL server: the server copies were not measured\n");
    } else {
        const QString name = QStringLiteral("bench_copy_%1").arg(QCoreApplication::applicationPid());
        BenchServer::adminExec(serverUrl, QStringLiteral("CREATE DATABASE %1").arg(name));
        failures += child({QStringLiteral("--copy"), source, serverUrl + name});
        failures += child({QStringLiteral("--copy"), serverUrl + name, dir.filePath(QStringLiteral("from-server.db"))});
        failures += child({QStringLiteral("--backup"), serverUrl + name, dir.filePath(QStringLiteral("backup.db"))});
        BenchServer::adminExec(serverUrl, QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(name));
    }
    if (!ownCluster.isEmpty())
        QProcess::execute(QStringLiteral(SAMMELAN_SOURCE_DIR "/tests/postgres/pgcluster.sh"),
                          {QStringLiteral("stop"), ownCluster});
    return failures == 0 ? 0 : 1;
}
