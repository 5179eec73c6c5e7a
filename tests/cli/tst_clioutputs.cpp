// Every sammelan-cli command that writes a file refuses to write it over the database, its -wal
// or -shm, one of its backups or the file it reads: exit status 1, a message, and every file in
// the folder exactly as it was.
#include "clirunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>

#include <unistd.h>

namespace {

// Every file under `folder` (hidden ones too) with a digest of its bytes. The test process has no
// SQLite connection of its own, so reading the database and its -wal/-shm here is safe.
QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        files.insert(QDir(folder).relativeFilePath(path),
                     f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                                 : QByteArray("unreadable"));
    }
    return files;
}

bool copy(const QString &from, const QString &to)
{
    QDir().mkpath(QFileInfo(to).absolutePath());
    return QFile::copy(from, to);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestCliOutputs : public QObject
{
    Q_OBJECT
    CliRunner m_template;
    QString m_templateDb;
    QString m_eventId;

private slots:
    void initTestCase()
    {
        m_templateDb = m_template.path(QStringLiteral("template.db"));
        QCOMPARE(m_template.run({QStringLiteral("--db"), m_templateDb, QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
        // The event with stalls, badges and invitees, so that the old code really wrote.
        const auto events = m_template.run({QStringLiteral("--db"), m_templateDb, QStringLiteral("events")});
        for (const QString &line : events.out.split(QLatin1Char('\n')))
            if (line.contains(QLatin1String("Gorakhpur")))
                m_eventId = line.section(QLatin1Char('\t'), 0, 0);
        QVERIFY(!m_eventId.isEmpty());
        QVERIFY2(QFileInfo(QStringLiteral(SAMMELAN_SQLITE3)).isExecutable(),
                 "the sqlite3 program (Debian package sqlite3) is needed to hold the database open");
    }

    void refusesProtectedFiles_data()
    {
        QTest::addColumn<QStringList>("command"); // {OUT}, {IN} and {EVENT} are filled in
        QTest::addColumn<QString>("target");

        struct Command {
            const char *name;
            QStringList args;
            QString suffix; // for the links: the commands choose the format by suffix
            bool reads;     // has an input file
        };
        const QString out = QStringLiteral("{OUT}");
        const QString event = QStringLiteral("{EVENT}");
        const QList<Command> commands{
            {"export invitees", {QStringLiteral("export"), QStringLiteral("invitees"), out}, QStringLiteral(".csv"), false},
            {"print invitees", {QStringLiteral("print"), QStringLiteral("invitees"), out, QStringLiteral("--event"), event}, QStringLiteral(".pdf"), false},
            {"print badges", {QStringLiteral("print"), QStringLiteral("badges"), out, QStringLiteral("--event"), event}, QStringLiteral(".pdf"), false},
            {"print stalls", {QStringLiteral("print"), QStringLiteral("stalls"), out, QStringLiteral("--event"), event}, QStringLiteral(".pdf"), false},
            {"chart exports", {QStringLiteral("chart"), QStringLiteral("exports"), out}, QStringLiteral(".png"), false},
            {"backup", {QStringLiteral("backup"), out}, QStringLiteral(".db"), false},
            {"import invitees --rejects", {QStringLiteral("import"), QStringLiteral("invitees"), QStringLiteral("{IN}"),
                                           QStringLiteral("--rejects"), out}, QStringLiteral(".csv"), true},
            {"import exports --rejects", {QStringLiteral("import"), QStringLiteral("exports"), QStringLiteral("{IN}"),
                                          QStringLiteral("--rejects"), out}, QStringLiteral(".csv"), true},
        };
        for (const Command &c : commands) {
            QStringList targets;
            // A chart is only ever a .png or .pdf: any other name is a usage error (exit 2)
            // before anything is opened, so the database reaches it only through a link.
            if (c.suffix != QLatin1String(".png"))
                targets << QStringLiteral("dic.db") << QStringLiteral("dic.db-wal") << QStringLiteral("dic.db-shm")
                        << QStringLiteral("dic.db-journal") // not there while in WAL mode: taken all the same
                        << QStringLiteral("backups/dic-20260101-090000.db")
                        << QStringLiteral("backups/dic-20300101-090000.db") // a backup's name, not made yet
                        << QStringLiteral("dic.db.v1-20260101-090000.bak");
            targets << QStringLiteral("hard") + c.suffix << QStringLiteral("link") + c.suffix;
            if (c.reads)
                targets << QStringLiteral("{IN}");
            for (const QString &t : std::as_const(targets))
                QTest::addRow("%s > %s", c.name, qPrintable(t)) << c.args << t;
        }
    }

    void refusesProtectedFiles()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, target);

        CliRunner cli;
        const QDir work(cli.path(QStringLiteral("work")));
        QVERIFY(QDir().mkpath(work.path()));
        const QString db = work.filePath(QStringLiteral("dic.db"));
        QVERIFY(copy(m_templateDb, db));
        QVERIFY(copy(m_templateDb, work.filePath(QStringLiteral("backups/dic-20260101-090000.db"))));
        QVERIFY(copy(m_templateDb, work.filePath(QStringLiteral("dic.db.v1-20260101-090000.bak"))));
        for (const QString &suffix : {QStringLiteral(".csv"), QStringLiteral(".pdf"), QStringLiteral(".png"), QStringLiteral(".db")}) {
            QCOMPARE(::link(QFile::encodeName(db).constData(), QFile::encodeName(work.filePath(QStringLiteral("hard") + suffix)).constData()), 0);
            QVERIFY(QFile::link(db, work.filePath(QStringLiteral("link") + suffix)));
        }
        // Inputs with a row to reject, so that a rejects file is due.
        const bool exportsImport = command.contains(QStringLiteral("exports")) && command.contains(QStringLiteral("import"));
        const QString input = work.filePath(exportsImport ? QStringLiteral("exports.csv") : QStringLiteral("invitees.csv"));
        QVERIFY(writeFile(input, exportsImport
                                     ? QByteArray("year,country,product,value\n2020-21,South Africa,Textiles,42\nnot a year,Nowhere,X,abc\n")
                                     : QByteArray("name,mobile\nAsha Verma,9876543210\n,12\n")));

        // Another program holds the database open, as the desktop program would: its -wal and
        // -shm exist and are live.
        QProcess holder;
        holder.start(QStringLiteral(SAMMELAN_SQLITE3), {db});
        QVERIFY(holder.waitForStarted());
        holder.write(".timeout 5000\nSELECT count(*) FROM events;\n");
        QVERIFY(holder.waitForReadyRead(10000));
        QVERIFY(QFile::exists(db + QStringLiteral("-wal")));
        QVERIFY(QFile::exists(db + QStringLiteral("-shm")));

        const QString out = target == QLatin1String("{IN}") ? input : work.filePath(target);
        QStringList args{QStringLiteral("--db"), db};
        for (QString a : std::as_const(command))
            args << a.replace(QLatin1String("{OUT}"), out).replace(QLatin1String("{IN}"), input)
                        .replace(QLatin1String("{EVENT}"), m_eventId);
        const auto before = snapshot(work.path());
        const CliResult r = cli.run(args);
        const auto after = snapshot(work.path());

        holder.write(".quit\n");
        holder.closeWriteChannel();
        holder.waitForFinished(10000);

        QVERIFY2(r.exitCode == 1, qPrintable(QStringLiteral("exit %1: %2 %3").arg(r.exitCode).arg(r.out, r.err)));
        QVERIFY2(r.err.contains(QStringLiteral("sammelan-cli: ") + QDir::toNativeSeparators(out)), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(after.keys(), before.keys()); // nothing new, not even a temporary file
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key() + QStringLiteral(" changed")));
    }

    // The rule does not get in the way of ordinary names.
    void ordinaryOutputsStillWork()
    {
        CliRunner cli;
        const QString db = cli.path(QStringLiteral("dic.db"));
        QVERIFY(copy(m_templateDb, db));
        const QStringList base{QStringLiteral("--db"), db};
        QCOMPARE(cli.run(base + QStringList{QStringLiteral("export"), QStringLiteral("invitees"), cli.path(QStringLiteral("out.csv"))}).exitCode, 0);
        QCOMPARE(cli.run(base + QStringList{QStringLiteral("print"), QStringLiteral("stalls"), cli.path(QStringLiteral("plan.pdf")),
                                            QStringLiteral("--event"), m_eventId}).exitCode, 0);
        QCOMPARE(cli.run(base + QStringList{QStringLiteral("backup"), cli.path(QStringLiteral("copy.db"))}).exitCode, 0);
        // Replacing an export of one's own is fine, and the new file replaces the old.
        QVERIFY(writeFile(cli.path(QStringLiteral("old.csv")), "old"));
        const auto r = cli.run(base + QStringList{QStringLiteral("export"), QStringLiteral("invitees"), cli.path(QStringLiteral("old.csv"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFileInfo(cli.path(QStringLiteral("old.csv"))).size() > 100);
    }

    // A Sammelan database other than the one in use is not overwritten either.
    void refusesAnotherSammelanDatabase()
    {
        CliRunner cli;
        const QString db = cli.path(QStringLiteral("dic.db"));
        const QString other = cli.path(QStringLiteral("other.db"));
        QVERIFY(copy(m_templateDb, db));
        QVERIFY(copy(m_templateDb, other));
        const auto before = snapshot(cli.home());
        const auto r = cli.run({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("invitees"), other});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("Sammelan database")), qPrintable(r.err));
        QCOMPARE(snapshot(cli.home()), before);
    }
};

QTEST_GUILESS_MAIN(TestCliOutputs)
#include "tst_clioutputs.moc"
