// Importing 100,000 valid invitee rows (read, validate, check duplicates, write) against the
// database's own bulk loader for the same file: `sqlite3 new.db ".import --csv FILE t"` for the
// SQLite file, `psql -c "\copy t FROM FILE CSV HEADER"` into a bare table for PostgreSQL.
// Targets (issues "Bringing invitee lists in and out" and 15): at most 3x the peer, peak memory
// under 200 MiB, on rows where every field is filled and half the names are Devanagari.
//
//   bench_import [ROWS] [--server postgresql://USER@HOST:PORT/]   (the server: PostgreSQL too;
//   databases bench_import_* are made there and dropped)
//   bench_import [ROWS] --write-csv FILE   (only writes the rows to FILE, to profile with)
#include "benchserver.h"
#include "benchutil.h"
#include "storage/database.h"
#include "import/inviteeimport.h"
#include "import/tablereader.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <cstdio>
#include <functional>

namespace {

// Median of three runs of `once`, which returns its milliseconds or a negative number on failure.
double medianOfThree(const std::function<double(int)> &once)
{
    QList<double> runs;
    for (int run = 0; run < 3; ++run) {
        const double ms = once(run);
        if (ms < 0)
            return -1;
        runs << ms;
    }
    return Bench::median(runs);
}

// As sammelan-cli imports: read, check and write in one pass (reading and checking on a second
// thread), into the database at `target`.
double importOnce(const QString &csv, const QString &target, QString *summary)
{
    const auto opened = Database::open(target, Database::Mode::CreateIfMissing);
    if (!opened.ok()) {
        std::printf("cannot open %s: %s\n", qPrintable(target), qPrintable(opened.message));
        return -1;
    }
    QElapsedTimer t;
    t.start();
    QString error;
    const auto source = TableReader::open(csv, &error);
    const auto result = source ? InviteeImport::importSource(*source, {}, &error) : std::nullopt;
    const double ms = Bench::msSince(t);
    Database::close();
    if (!result) {
        std::printf("import failed: %s\n", qPrintable(error));
        return -1;
    }
    *summary = InviteeImport::summaryLine(result->plan);
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int count = 100000;
    QString server;
    QString writeOnly;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--server" && i + 1 < argc)
            server = QString::fromUtf8(argv[++i]);
        else if (a == "--write-csv" && i + 1 < argc)
            writeOnly = QString::fromLocal8Bit(argv[++i]);
        else
            count = a.toInt();
    }
    if (!server.isEmpty() && !server.endsWith(QLatin1Char('/')))
        server += QLatin1Char('/');
    // Only the file, kept (to profile `sammelan-cli import` on it).
    if (!writeOnly.isEmpty())
        return Bench::writeRealisticCsv(writeOnly, count) ? 0 : 1;
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("invitees.csv"));
    if (!Bench::writeRealisticCsv(csv, count))
        return 1;
    std::printf("file: %d rows, %.1f MiB\n", count, QFile(csv).size() / 1048576.0);

    // The peer: sqlite3's own CSV import into a new database, no checks at all.
    double peerMs = -1;
    const QString sqlite3 = QStringLiteral(SAMMELAN_SQLITE3);
    if (!sqlite3.isEmpty() && QFile::exists(sqlite3)) {
        peerMs = medianOfThree([&](int run) {
            const QString db = dir.filePath(QStringLiteral("peer%1.db").arg(run));
            QElapsedTimer t;
            t.start();
            QProcess::execute(sqlite3, {db, QStringLiteral(".import --csv %1 t").arg(csv)});
            return Bench::msSince(t);
        });
        std::printf("sqlite3 .import --csv:          %7.0f ms (median of 3)\n", peerMs);
    } else {
        std::printf("sqlite3 not found: no ratio\n");
    }

    QString summary;
    const double oursMs = medianOfThree([&](int run) {
        return importOnce(csv, dir.filePath(QStringLiteral("stream%1.db").arg(run)), &summary);
    });
    if (oursMs < 0)
        return 1;
    std::printf("sammelan-cli import (SQLite):   %7.0f ms (median of 3)\n", oursMs);
    std::printf("  %s\n", qPrintable(summary));
    if (peerMs > 0)
        std::printf("ratio to sqlite3:               %7.2fx   (target <= 3x)\n", oursMs / peerMs);
    std::printf("peak memory:                    %7.1f MiB  (target < 200 MiB)\n", Bench::peakRssMiB());

    if (!server.isEmpty()) {
        // The peer: psql's \copy of the same file into a bare table of text columns.
        const double copyMs = medianOfThree([&](int run) {
            const QString name = QStringLiteral("bench_import_peer%1").arg(run);
            BenchServer::adminExec(server, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
            if (!BenchServer::adminExec(server, QStringLiteral("CREATE DATABASE %1").arg(name)))
                return -1.0;
            const QString url = server + name;
            QStringList columns;
            for (int c = 0; c < 16; ++c)
                columns << QStringLiteral("c%1 text").arg(c);
            QProcess::execute(QStringLiteral("psql"), {QStringLiteral("-q"), url, QStringLiteral("-c"),
                                                       QStringLiteral("CREATE TABLE t (%1)").arg(columns.join(QStringLiteral(", ")))});
            QElapsedTimer t;
            t.start();
            const int rc = QProcess::execute(QStringLiteral("psql"), {QStringLiteral("-q"), url, QStringLiteral("-c"),
                                                   QStringLiteral("\\copy t FROM '%1' CSV HEADER").arg(csv)});
            const double ms = Bench::msSince(t);
            BenchServer::adminExec(server, QStringLiteral("DROP DATABASE %1").arg(name));
            return rc == 0 ? ms : -1.0;
        });
        std::printf("psql \\copy (PostgreSQL):         %7.0f ms (median of 3)\n", copyMs);
        const double pgMs = medianOfThree([&](int run) {
            const QString name = QStringLiteral("bench_import_%1").arg(run);
            BenchServer::adminExec(server, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
            if (!BenchServer::adminExec(server, QStringLiteral("CREATE DATABASE %1").arg(name)))
                return -1.0;
            const double ms = importOnce(csv, server + name, &summary);
            BenchServer::adminExec(server, QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(name));
            return ms;
        });
        if (pgMs < 0)
            return 1;
        std::printf("sammelan-cli import (PostgreSQL): %5.0f ms (median of 3)\n", pgMs);
        std::printf("  %s\n", qPrintable(summary));
        if (copyMs > 0)
            std::printf("ratio to psql \\copy:             %7.2fx   (target <= 3x)\n", pgMs / copyMs);
        std::printf("peak memory:                    %7.1f MiB  (target < 200 MiB)\n", Bench::peakRssMiB());
    }

    // As the import wizard does: the whole table in memory, a plan shown to the user, then the
    // writing. Reported for information (it holds the file to show and fix rows).
    {
        const QString db = dir.filePath(QStringLiteral("wizard.db"));
        if (!Database::open(db, Database::Mode::CreateIfMissing).ok())
            return 1;
        QElapsedTimer t;
        t.start();
        QString error;
        const auto table = TableReader::read(csv, &error);
        const double readMs = Bench::msSince(t);
        const auto plan = InviteeImport::analyse(*table, InviteeImport::mapColumns(table->headers), {}, &error);
        const double checkMs = Bench::msSince(t) - readMs;
        if (!plan || !InviteeImport::apply(*plan, {}, &error))
            return 1;
        std::printf("wizard (read %.0f + check %.0f + write %.0f): %.0f ms, peak memory %.1f MiB\n", readMs,
                    checkMs, Bench::msSince(t) - readMs - checkMs, Bench::msSince(t), Bench::peakRssMiB());
        Database::close();
    }
    return 0;
}
