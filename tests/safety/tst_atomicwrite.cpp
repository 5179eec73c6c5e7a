// Every writer of an output file writes a temporary file beside it and renames it: a write that
// fails half-way (a full disk) or cannot start (a folder that is not there) leaves the old file
// as it was, no half file and no temporary file behind.
//
// A full disk without a mount: RLIMIT_FSIZE makes every write past the limit fail with EFBIG,
// exactly as ENOSPC would, for root as well (SIGXFSZ is ignored so that the write just fails).
#include "charts/exportchart.h"
#include "events/demodata.h"
#include "events/eventrepository.h"
#include "exports/exportrepository.h"
#include "import/csvwriter.h"
#include "import/inviteeexport.h"
#include "text/languagemanager.h"
#include "printing/documentprinting.h"
#include "report/inviteereport.h"
#include "report/reportrenderer.h"
#include "sectors/sectorrepository.h"
#include "stalls/stallspage.h"
#include "testdb.h"

#include <QAbstractButton>
#include <QApplication>
#include <QChart>
#include <QMessageBox>
#include <QPrinter>
#include <QTimer>
#include <QUndoStack>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

namespace {

// Lowers the file size limit for its lifetime.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_ok = ::getrlimit(RLIMIT_FSIZE, &m_old) == 0;
        rlimit lower = m_old;
        lower.rlim_cur = bytes;
        m_ok = m_ok && ::setrlimit(RLIMIT_FSIZE, &lower) == 0;
    }
    ~FileSizeLimit() { ::setrlimit(RLIMIT_FSIZE, &m_old); }
    bool ok() const { return m_ok; }

private:
    rlimit m_old = {};
    bool m_ok = false;
};

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

} // namespace

class TestAtomicWrite : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    std::unique_ptr<TestDb> m_db;
    qint64 m_event = 0;
    QUndoStack m_stack;
    std::unique_ptr<StallsPage> m_stalls;
    QTimer m_closer;
    QStringList m_messages;

    // Writes `path` with the writer named `writer`; false with `error` when it failed.
    bool write(const QString &writer, const QString &path, QString *error)
    {
        if (writer == QLatin1String("csv")) {
            QList<QStringList> rows;
            for (int i = 0; i < 5000; ++i)
                rows << QStringList{QStringLiteral("Invitee %1").arg(i), QStringLiteral("98390%1").arg(i, 5, 10, QLatin1Char('0'))};
            return CsvWriter::write(path, {QStringLiteral("name"), QStringLiteral("mobile")}, rows, error);
        }
        if (writer == QLatin1String("xlsx"))
            return InviteeExport::write(path, InviteeFilter(), InviteeSort(), error) >= 0;
        if (writer == QLatin1String("report pdf")) {
            InviteeFilter filter;
            filter.eventId = m_event;
            return ReportRenderer::writePdf(InviteeReport::build(filter, InviteeSort(), InviteeReportOptions()), path, error);
        }
        if (writer.startsWith(QLatin1String("chart"))) {
            QHash<qint64, Sector> sectors;
            for (const Sector &s : SectorRepository().all())
                sectors.insert(s.id, s);
            std::unique_ptr<QChart> chart(ExportChart::create(ExportRepository().all(), sectors, QStringLiteral("Gorakhpur"),
                                                              ExportChartOptions()));
            return ExportChart::save(chart.get(), path, QSize(1200, 750), error);
        }
        if (writer == QLatin1String("stall plan png") || writer == QLatin1String("stall plan pdf")) {
            const int shown = int(m_messages.size());
            const bool ok = writer.endsWith(QLatin1String("png")) ? m_stalls->exportPng(path) : m_stalls->exportPdf(path);
            if (!ok && error)
                *error = m_messages.size() > shown ? m_messages.constLast() : QStringLiteral("(no message)");
            return ok;
        }
        if (writer == QLatin1String("print to file")) {
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(path);
            printer.setResolution(150);
            const bool ok = DocumentPrinting::print(nullptr, m_stalls->planDocument(), &printer, 0, error);
            if (ok && printer.outputFileName() != path && error)
                *error = QStringLiteral("the printer was left on another file");
            return ok && printer.outputFileName() == path;
        }
        qFatal("unknown writer");
        return false;
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
        std::signal(SIGXFSZ, SIG_IGN);
        m_db = std::make_unique<TestDb>();
        QCOMPARE(DemoData::load(), DemoData::Result::Loaded);
        for (const Event &e : EventRepository().all())
            if (e.startDate == QDate(2021, 9, 24))
                m_event = e.id;
        QVERIFY(m_event);
        m_stalls = std::make_unique<StallsPage>(&m_stack);
        m_stalls->setCurrentEvent(m_event);
        // The pages say what went wrong in a message box: note it and close it.
        m_closer.setInterval(10);
        connect(&m_closer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->property("answered").toBool())
                return;
            box->setProperty("answered", true);
            m_messages << box->text();
            QMetaObject::invokeMethod(box->buttons().value(0), "click", Qt::QueuedConnection);
        });
        m_closer.start();
    }
    void cleanupTestCase()
    {
        m_stalls.reset();
        m_db.reset();
    }

    void writers_data()
    {
        QTest::addColumn<QString>("writer");
        QTest::addColumn<QString>("name");
        QTest::newRow("csv") << QStringLiteral("csv") << QStringLiteral("invitees.csv");
        QTest::newRow("xlsx") << QStringLiteral("xlsx") << QStringLiteral("invitees.xlsx");
        QTest::newRow("report pdf") << QStringLiteral("report pdf") << QStringLiteral("list.pdf");
        QTest::newRow("chart png") << QStringLiteral("chart png") << QStringLiteral("exports.png");
        QTest::newRow("chart pdf") << QStringLiteral("chart pdf") << QStringLiteral("exports.pdf");
        QTest::newRow("stall plan png") << QStringLiteral("stall plan png") << QStringLiteral("plan.png");
        QTest::newRow("stall plan pdf") << QStringLiteral("stall plan pdf") << QStringLiteral("plan.pdf");
        QTest::newRow("print to file") << QStringLiteral("print to file") << QStringLiteral("printed.pdf");
    }

    void writers()
    {
        QFETCH(QString, writer);
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        const QByteArray old("the file as it was before");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(old);
        }

        // 1. The disk fills up half-way: the old file stays, nothing else appears.
        QString error;
        bool written = true;
        {
            FileSizeLimit limit(8 * 1024);
            QVERIFY(limit.ok());
            written = write(writer, path, &error);
        }
        QVERIFY2(!written, "the write should have failed at the size limit");
        QVERIFY(!error.isEmpty());
        QCOMPARE(contents(path), old);
        QCOMPARE(filesIn(dir.path()), QStringList{name});

        // 2. A folder that is not there: nothing is made.
        error.clear();
        QVERIFY(!write(writer, dir.filePath(QStringLiteral("no/such/folder/") + name), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("no"))));
        QCOMPARE(filesIn(dir.path()), QStringList{name});

        // 3. With room, the new file replaces the old one, and only it is there.
        QVERIFY2(write(writer, path, &error), qPrintable(error));
        const QByteArray now = contents(path);
        QVERIFY(now.size() > 8 * 1024);
        QVERIFY(now != old);
        QCOMPARE(filesIn(dir.path()), QStringList{name});
    }

    // No writer writes over the open database, whatever name reaches it: a symbolic link with
    // the writer's own suffix, or the database's own name. (stat only: this process has the
    // database open and must not open the file.)
    void writersRefuseTheDatabase_data() { writers_data(); }
    void writersRefuseTheDatabase()
    {
        QFETCH(QString, writer);
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString link = dir.filePath(name);
        QVERIFY(QFile::link(m_db->path, link));
        struct stat before = {};
        QCOMPARE(::stat(QFile::encodeName(m_db->path).constData(), &before), 0);
        for (const QString &path : {link, m_db->path, m_db->path + QStringLiteral("-wal")}) {
            QString error;
            QVERIFY2(!write(writer, path, &error), qPrintable(path));
            QVERIFY(!error.isEmpty());
        }
        struct stat after = {};
        QCOMPARE(::stat(QFile::encodeName(m_db->path).constData(), &after), 0);
        QCOMPARE(after.st_ino, before.st_ino);
        QCOMPARE(after.st_size, before.st_size);
        QCOMPARE(after.st_mtim.tv_nsec, before.st_mtim.tv_nsec);
        QCOMPARE(filesIn(dir.path()), QStringList{name});
        QCOMPARE(filesIn(QFileInfo(m_db->path).absolutePath()).filter(QStringLiteral(".tmp")), QStringList());
        QVERIFY(Database::check().isEmpty());
    }
};

QTEST_MAIN(TestAtomicWrite)
#include "tst_atomicwrite.moc"
