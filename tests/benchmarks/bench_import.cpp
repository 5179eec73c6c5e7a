// Importing 100,000 valid invitee rows (read, validate, check duplicates, write) against the
// time `sqlite3 new.db ".import --csv FILE t"` takes for the same file. Target (issue "Bringing
// invitee lists in and out"): at most 3x sqlite3, peak memory under 200 MiB.
#include "benchutil.h"
#include "database.h"
#include "import/inviteeimport.h"
#include "import/tablereader.h"
#include "inviteerepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("invitees.csv"));
    {
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write("name,designation,enterprise,sector,mobile,email,address,pin,gstin,udyam,iec,status\n");
        const char *sectors[] = {"Textiles", "Chemicals", "Medical equipment", "Yarn", "Terracotta"};
        for (int i = 0; i < count; ++i) {
            const bool hindi = i % 2 == 0;
            QByteArray line;
            line += hindi ? QStringLiteral("मीरा श्रीवास्तव %1").arg(i).toUtf8() : "Farhan Siddiqui " + QByteArray::number(i);
            line += hindi ? QStringLiteral(",अध्यक्ष,").toUtf8() : QByteArray(",Director,");
            line += "\"Unit " + QByteArray::number(i) + ", Gorakhpur\",";
            line += sectors[i % 5];
            line += ",+91 9" + QByteArray::number(100000000 + i) + ",unit" + QByteArray::number(i) + "@example.in,";
            line += hindi ? QStringLiteral("\"गीडा सेक्टर 13, गोरखपुर\"").toUtf8() : QByteArray("\"GIDA Sector 13, Gorakhpur\"");
            line += ",273209,,UDYAM-UP-29-" + QByteArray::number(1000000 + i) + ",,invited\n";
            f.write(line);
        }
    }
    std::printf("file: %d rows, %.1f MiB\n", count, QFile(csv).size() / 1048576.0);

    // The peer: sqlite3's own CSV import into a new database, no checks at all.
    double peerMs = -1;
    const QString sqlite3 = QStringLiteral(SAMMELAN_SQLITE3);
    if (!sqlite3.isEmpty() && QFile::exists(sqlite3)) {
        QList<double> runs;
        for (int run = 0; run < 3; ++run) {
            const QString db = dir.filePath(QStringLiteral("peer%1.db").arg(run));
            QElapsedTimer t;
            t.start();
            QProcess::execute(sqlite3, {db, QStringLiteral(".import --csv %1 t").arg(csv)});
            runs << Bench::msSince(t);
        }
        peerMs = Bench::median(runs);
        std::printf("sqlite3 .import --csv:          %7.0f ms (median of 3)\n", peerMs);
    } else {
        std::printf("sqlite3 not found: no ratio\n");
    }

    // As sammelan-cli imports: read, check and write in one pass (reading and checking on a
    // second thread).
    QList<double> runs;
    QString summary;
    for (int run = 0; run < 3; ++run) {
        const QString db = dir.filePath(QStringLiteral("stream%1.db").arg(run));
        if (!Database::open(db, Database::Mode::CreateIfMissing).ok())
            return 1;
        QElapsedTimer t;
        t.start();
        QString error;
        const auto source = TableReader::open(csv, &error);
        const auto result = source ? InviteeImport::importSource(*source, {}, &error) : std::nullopt;
        if (!result) {
            std::printf("import failed: %s\n", qPrintable(error));
            return 1;
        }
        runs << Bench::msSince(t);
        summary = InviteeImport::summaryLine(result->plan);
        Database::close();
    }
    const double oursMs = Bench::median(runs);
    const double streamPeak = Bench::peakRssMiB();
    std::printf("sammelan-cli import:            %7.0f ms (median of 3)\n", oursMs);
    std::printf("  %s\n", qPrintable(summary));
    if (peerMs > 0)
        std::printf("ratio to sqlite3:               %7.2fx   (target <= 3x)\n", oursMs / peerMs);
    std::printf("peak memory:                    %7.1f MiB  (target < 200 MiB)\n", streamPeak);

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
