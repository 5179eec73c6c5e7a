// Hostile and large files against `sammelan-cli import invitees` (issue 13 "Never lose or
// corrupt data", part 5): every file of at most 20 MB either imports or is refused with a clear
// message, and the process's peak memory stays under 500 MiB. The files are made here, on disk,
// a piece at a time; for each one this prints its size, the outcome (the summary line, or the
// message of the refusal), the peak resident memory of sammelan-cli and its time.
//
// Run: build/bin/bench_hostilefiles [name-part]   (only the files whose name contains it)
#include "benchprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstring>
#include <functional>
#include <zip.h>

namespace {

QTextStream out(stdout);
constexpr qint64 TwentyMB = 20ll * 1000 * 1000;
constexpr double LimitMiB = 500;

// The n-th piece of a file; empty after the last.
using Pieces = std::function<QByteArray(qint64)>;

bool writeFile(const QString &path, const Pieces &pieces)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    for (qint64 i = 0;; ++i) {
        const QByteArray piece = pieces(i);
        if (piece.isEmpty())
            return true;
        if (f.write(piece) != piece.size())
            return false;
    }
}

// Header, then `row(i)` until the file would pass `bytes`.
Pieces rowsUpTo(const QByteArray &header, qint64 bytes, const std::function<QByteArray(qint64)> &row)
{
    auto written = std::make_shared<qint64>(0);
    return [=](qint64 i) -> QByteArray {
        if (i == 0) {
            *written = header.size();
            return header;
        }
        const QByteArray r = row(i - 1);
        if (*written + r.size() > bytes)
            return {};
        *written += r.size();
        return r;
    };
}

// A libzip source that reads Pieces, so a sheet of hundreds of megabytes is packed without
// ever being held.
struct PieceSource {
    Pieces pieces;
    qint64 index = 0;
    QByteArray current;
    qsizetype offset = 0;

    static zip_int64_t callback(void *user, void *data, zip_uint64_t length, zip_source_cmd_t command)
    {
        auto *s = static_cast<PieceSource *>(user);
        switch (command) {
        case ZIP_SOURCE_OPEN:
            s->index = 0;
            s->current = s->pieces(0);
            s->offset = 0;
            return 0;
        case ZIP_SOURCE_READ: {
            zip_int64_t done = 0;
            while (done < zip_int64_t(length) && !s->current.isEmpty()) {
                const qsizetype n = qMin<qsizetype>(s->current.size() - s->offset, qsizetype(length) - done);
                std::memcpy(static_cast<char *>(data) + done, s->current.constData() + s->offset, size_t(n));
                done += n;
                s->offset += n;
                if (s->offset == s->current.size()) {
                    s->current = s->pieces(++s->index);
                    s->offset = 0;
                }
            }
            return done;
        }
        case ZIP_SOURCE_STAT: {
            auto *st = static_cast<zip_stat_t *>(data);
            zip_stat_init(st);
            return sizeof(*st);
        }
        case ZIP_SOURCE_CLOSE:
        case ZIP_SOURCE_ERROR:
        case ZIP_SOURCE_FREE:
            return 0;
        case ZIP_SOURCE_SUPPORTS:
            return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                                  ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
        default:
            return -1;
        }
    }
};

const QByteArray WorkbookXml(
    "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
    "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
const QByteArray RelationsXml(
    "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>");

bool writeXlsx(const QString &path, const Pieces &sheet, const Pieces &shared = {})
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        return false;
    PieceSource sheetSource;
    sheetSource.pieces = sheet;
    PieceSource sharedSource;
    sharedSource.pieces = shared;
    auto add = [archive](const char *name, zip_source_t *source) {
        const zip_int64_t index = zip_file_add(archive, name, source, ZIP_FL_OVERWRITE);
        zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, 9);
    };
    add("xl/workbook.xml", zip_source_buffer(archive, WorkbookXml.constData(), zip_uint64_t(WorkbookXml.size()), 0));
    add("xl/_rels/workbook.xml.rels", zip_source_buffer(archive, RelationsXml.constData(), zip_uint64_t(RelationsXml.size()), 0));
    if (shared)
        add("xl/sharedStrings.xml", zip_source_function(archive, &PieceSource::callback, &sharedSource));
    add("xl/worksheets/sheet1.xml", zip_source_function(archive, &PieceSource::callback, &sheetSource));
    return zip_close(archive) == 0;
}

// Pieces: head, then unit(i) `count` times, then tail.
Pieces repeated(const QByteArray &head, qint64 count, const std::function<QByteArray(qint64)> &unit, const QByteArray &tail)
{
    return [=](qint64 i) -> QByteArray {
        if (i == 0)
            return head;
        if (i <= count)
            return unit(i - 1);
        return i == count + 1 ? tail : QByteArray();
    };
}

QByteArray inlineCell(const QByteArray &text)
{
    return "<c t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}

const QByteArray SheetHead = "<worksheet><sheetData><row r=\"1\">" + inlineCell("name") + inlineCell("mobile") + "</row>";
const QByteArray SheetTail = "</sheetData></worksheet>";

// The uncompressed size the headers of `path` claim for `name`: a lying zip.
bool claimSize(const QString &path, const QByteArray &name, quint32 size)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    QByteArray bytes = f.readAll();
    auto put = [&bytes](qsizetype at, quint32 value) {
        for (int b = 0; b < 4; ++b)
            bytes[at + b] = char((value >> (8 * b)) & 0xff);
    };
    for (qsizetype at = bytes.indexOf("PK\x03\x04"); at >= 0; at = bytes.indexOf("PK\x03\x04", at + 4))
        if (bytes.mid(at + 30, name.size()) == name)
            put(at + 22, size);
    for (qsizetype at = bytes.indexOf("PK\x01\x02"); at >= 0; at = bytes.indexOf("PK\x01\x02", at + 4))
        if (bytes.mid(at + 46, name.size()) == name)
            put(at + 24, size);
    f.seek(0);
    return f.write(bytes) == bytes.size();
}

double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

// The first line of a file that says something (the summary, or the reason of a refusal).
QString firstLine(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (;;) {
        const QByteArray line = f.readLine(400);
        if (line.isEmpty())
            return {};
        const QString text = QString::fromUtf8(line).trimmed();
        if (!text.isEmpty() && !text.startsWith(QLatin1String("QStandardPaths:")))
            return text.size() > 150 ? text.left(150) + QChar(0x2026) : text;
    }
}

struct Case {
    QString name;
    QString what;
    std::function<bool(const QString &)> make;
};

QList<Case> cases()
{
    QList<Case> list;
    list << Case{QStringLiteral("xfd-20000-rows.xlsx"), QStringLiteral("a value in column XFD on 20,000 rows"), [](const QString &p) {
                     return writeXlsx(p, repeated(SheetHead, 20000, [](qint64 i) {
                         const QByteArray n = QByteArray::number(i + 2);
                         return "<row r=\"" + n + "\"><c r=\"A" + n + "\" t=\"inlineStr\"><is><t>P" + n
                                + "</t></is></c><c r=\"XFD" + n + "\"><v>1</v></c></row>";
                     }, SheetTail));
                 }};
    const QByteArray bombRow = "<row>" + inlineCell("Ram") + "<c><v>9876543210</v></c></row>";
    list << Case{QStringLiteral("zip-bomb.xlsx"), QStringLiteral("sheet of 500 MB packed"), [bombRow](const QString &p) {
                     return writeXlsx(p, repeated(SheetHead, (500ll << 20) / bombRow.size(), [bombRow](qint64) { return bombRow; },
                                                  SheetTail));
                 }};
    list << Case{QStringLiteral("zip-bomb-lying.xlsx"), QStringLiteral("500 MB of comments, headers claim 10 KB"), [](const QString &p) {
                     const QByteArray unit("<!-- a comment of no consequence at all -->");
                     return writeXlsx(p, repeated(SheetHead, (500ll << 20) / unit.size(), [unit](qint64) { return unit; }, SheetTail))
                            && claimSize(p, "xl/worksheets/sheet1.xml", 10000);
                 }};
    list << Case{QStringLiteral("shared-strings-2M.xlsx"), QStringLiteral("2,000,001 shared strings"), [](const QString &p) {
                     return writeXlsx(p, repeated(SheetHead, 0, {}, SheetTail),
                                      repeated("<sst>", 2000001, [](qint64 i) { return "<si><t>" + QByteArray::number(i) + "</t></si>"; },
                                               "</sst>"));
                 }};
    list << Case{QStringLiteral("shared-string-in-many-cells.xlsx"), QStringLiteral("60,000 characters named 16 times a row"),
                 [](const QString &p) {
                     return writeXlsx(p, repeated(SheetHead, 1000, [](qint64) {
                         QByteArray row("<row>");
                         for (int c = 0; c < 16; ++c)
                             row += "<c t=\"s\"><v>0</v></c>";
                         return row + "</row>";
                     }, SheetTail), repeated("<sst><si><t>", 1, [](qint64) { return QByteArray(60000, 'a'); }, "</t></si></sst>"));
                 }};
    list << Case{QStringLiteral("wide-10000-columns.csv"), QStringLiteral("10,000 columns, 20 MB"), [](const QString &p) {
                     QByteArray header("name,mobile");
                     for (int c = 3; c <= 10000; ++c)
                         header += ",c" + QByteArray::number(c);
                     header += '\n';
                     return writeFile(p, rowsUpTo(header, TwentyMB, [](qint64 i) {
                         QByteArray row = "P" + QByteArray::number(i) + ",9" + QByteArray::number(100000000 + i);
                         row.reserve(20010);
                         for (int c = 3; c <= 10000; ++c)
                             row += ",x";
                         return row + '\n';
                     }));
                 }};
    list << Case{QStringLiteral("one-cell-20MB.csv"), QStringLiteral("a name of 20 MB"), [](const QString &p) {
                     return writeFile(p, repeated("name,mobile\n", 20, [](qint64) { return QByteArray(1000000, 'N'); }, ",9876543210\n"));
                 }};
    list << Case{QStringLiteral("unclosed-quote-20MB.csv"), QStringLiteral("a quote opened on line 3, never closed"), [](const QString &p) {
                     return writeFile(p, rowsUpTo("name,mobile\nAsha,9876543210\n\"Ram,9876543211\n", TwentyMB, [](qint64 i) {
                         return "P" + QByteArray::number(i) + ",9" + QByteArray::number(100000000 + i) + "\n";
                     }));
                 }};
    list << Case{QStringLiteral("bad-rows-20MB.csv"), QStringLiteral("5 million short rows, all rejected"), [](const QString &p) {
                     return writeFile(p, rowsUpTo("name,mobile\n", TwentyMB, [](qint64) { return QByteArray("x,1\n"); }));
                 }};
    list << Case{QStringLiteral("wide-bad-rows-20MB.csv"), QStringLiteral("1,024 one-letter cells a row, all rejected"),
                 [](const QString &p) {
                     QByteArray header("name,mobile");
                     for (int c = 3; c <= 1024; ++c)
                         header += ",c" + QByteArray::number(c);
                     QByteArray row("x");
                     for (int c = 2; c <= 1024; ++c)
                         row += ",x";
                     return writeFile(p, rowsUpTo(header + '\n', TwentyMB, [row](qint64) { return row + '\n'; }));
                 }};
    list << Case{QStringLiteral("long-names-20MB.csv"), QStringLiteral("names of 300 characters, all rejected"), [](const QString &p) {
                     return writeFile(p, rowsUpTo("name,mobile\n", TwentyMB, [](qint64 i) {
                         return QByteArray(300, 'L') + ",9" + QByteArray::number(100000000 + i) + "\n";
                     }));
                 }};
    list << Case{QStringLiteral("blank-rows-20MB.csv"), QStringLiteral("a header, then 20 MB of empty rows"), [](const QString &p) {
                     return writeFile(p, rowsUpTo("name,mobile\n", TwentyMB, [](qint64) { return QByteArray(",,,\n"); }));
                 }};
    // The most invitees 20 MB can hold: a one-letter name and a mobile, 13 bytes a row.
    list << Case{QStringLiteral("valid-rows-20MB.csv"), QStringLiteral("1.5 million valid rows of 13 bytes"), [](const QString &p) {
                     return writeFile(p, rowsUpTo("name,mobile\n", TwentyMB, [](qint64 i) {
                         return "P,9" + QByteArray::number(100000000 + i) + "\n";
                     }));
                 }};
    list << Case{QStringLiteral("valid-invitees-20MB-utf16.txt"), QStringLiteral("Excel's Unicode Text, full rows"), [](const QString &p) {
                     auto utf16 = [](const QString &s) {
                         return QByteArray(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
                     };
                     const QByteArray header = QByteArray("\xff\xfe", 2)
                                               + utf16(QStringLiteral("name\tdesignation\tenterprise\tmobile\temail\taddress\tpin\r\n"));
                     return writeFile(p, rowsUpTo(header, TwentyMB, [utf16](qint64 i) {
                         return utf16(QStringLiteral("मीरा श्रीवास्तव %1\tअध्यक्ष\tUnit %1, Gorakhpur\t9%2\tunit%1@example.in\t"
                                                     "\"गीडा सेक्टर 13,\r\nगोरखपुर\"\t273209\r\n").arg(i).arg(100000000 + i));
                     }));
                 }};
    // A sheet has at most 1,048,576 rows, the header one of them.
    list << Case{QStringLiteral("valid-invitees.xlsx"), QStringLiteral("1,048,575 rows of inline strings"), [](const QString &p) {
                     return writeXlsx(p, repeated(SheetHead, 1048575, [](qint64 i) {
                         const QByteArray n = QByteArray::number(i);
                         return "<row>" + inlineCell("Farhan Siddiqui " + n) + "<c><v>9" + QByteArray::number(100000000 + i)
                                + "</v></c>" + inlineCell("unit" + n + "@example.in") + "</row>";
                     }, SheetTail));
                 }};
    return list;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString only = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const QString cli = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("sammelan-cli"));
    QTemporaryDir dir;
    out << "Hostile and large files against sammelan-cli import invitees (each into a new database, "
           "with --rejects); target: peak memory < "
        << LimitMiB << " MiB\n";
    out << QStringLiteral("%1 %2 %3 %4 %5  %6\n")
               .arg(QStringLiteral("file"), -34)
               .arg(QStringLiteral("size"), 9)
               .arg(QStringLiteral("exit"), 4)
               .arg(QStringLiteral("peak MiB"), 9)
               .arg(QStringLiteral("s"), 6)
               .arg(QStringLiteral("outcome"));
    out.flush();
    bool allUnder = true;
    for (const Case &c : cases()) {
        if (!only.isEmpty() && !c.name.contains(only))
            continue;
        const QString path = dir.filePath(c.name);
        if (!c.make(path)) {
            out << c.name << ": cannot be made\n";
            return 1;
        }
        const QString db = dir.filePath(QStringLiteral("bench.db"));
        QFile::remove(db);
        const QString stdoutPath = dir.filePath(QStringLiteral("out.txt"));
        const QString stderrPath = dir.filePath(QStringLiteral("err.txt"));
        if (Bench::runChild(cli, {QStringLiteral("--db"), db, QStringLiteral("init")}, stdoutPath, stderrPath).exitCode != 0) {
            out << "sammelan-cli init failed\n";
            return 1;
        }
        const double parentMiB = residentMiB();
        const Bench::ChildRun run = Bench::runChild(cli, {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("invitees"), path,
                                            QStringLiteral("--rejects"), dir.filePath(QStringLiteral("rejects.csv"))},
                                      stdoutPath, stderrPath);
        const double peak = run.peakKiB / 1024.0;
        allUnder = allUnder && peak < LimitMiB;
        const QString outcome = run.exitCode == 0 ? firstLine(stdoutPath) : firstLine(stderrPath);
        out << QStringLiteral("%1 %2 %3 %4 %5  %6\n")
                   .arg(c.name, -34)
                   .arg(QStringLiteral("%1 MB").arg(QFile(path).size() / 1e6, 0, 'f', 2), 9)
                   .arg(run.exitCode, 4)
                   .arg(peak, 9, 'f', 1)
                   .arg(run.seconds, 6, 'f', 2)
                   .arg(outcome);
        out << QStringLiteral("%1 (%2; this program was at %3 MiB when it started sammelan-cli)\n")
                   .arg(QString(), -34)
                   .arg(c.what)
                   .arg(parentMiB, 0, 'f', 1);
        out.flush();
        QFile::remove(path);
        QFile::remove(dir.filePath(QStringLiteral("rejects.csv")));
    }
    out << (allUnder ? "every peak under " : "SOME PEAK AT OR OVER ") << LimitMiB << " MiB\n";
    return allUnder ? 0 : 1;
}
