// `cmake --install` into a temporary prefix puts the programs, the desktop entry, the icons and
// the AppStream metadata where a desktop finds them, and they pass the freedesktop validators.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QMimeDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

namespace {
QString run(const QString &program, const QStringList &args, int *exitCode)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(300000)) {
        *exitCode = -1;
        return QStringLiteral("timed out");
    }
    *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAll());
}
} // namespace

class TestInstall : public QObject
{
    Q_OBJECT
    QTemporaryDir m_prefix;

private slots:
    void initTestCase()
    {
        int code = 0;
        const QString output = run(QStringLiteral(SAMMELAN_CMAKE),
                                   {QStringLiteral("--install"), QStringLiteral(SAMMELAN_BUILD_DIR),
                                    QStringLiteral("--prefix"), m_prefix.path()},
                                   &code);
        QVERIFY2(code == 0, qPrintable(output));
    }

    void files_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *path : {"bin/sammelan", "bin/sammelan-cli",
                                 "share/applications/org.sammelan.Sammelan.desktop",
                                 "share/metainfo/org.sammelan.Sammelan.metainfo.xml",
                                 "share/icons/hicolor/scalable/apps/org.sammelan.Sammelan.svg",
                                 "share/icons/hicolor/16x16/apps/org.sammelan.Sammelan.png",
                                 "share/icons/hicolor/48x48/apps/org.sammelan.Sammelan.png",
                                 "share/icons/hicolor/256x256/apps/org.sammelan.Sammelan.png",
                                 "share/mime/packages/org.sammelan.Sammelan.xml",
                                 "share/doc/sammelan/README.md"})
            QTest::newRow(path) << QString::fromLatin1(path);
    }
    void files()
    {
        QFETCH(QString, path);
        QVERIFY2(QFile::exists(m_prefix.filePath(path)), qPrintable(path));
    }

    void installedCliRuns()
    {
        int code = 0;
        const QString output = run(m_prefix.filePath(QStringLiteral("bin/sammelan-cli")), {QStringLiteral("--version")}, &code);
        QCOMPARE(code, 0);
        QVERIFY(output.contains(QLatin1String("sammelan-cli ")));
    }

    void desktopEntryIsValid()
    {
        const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (validator.isEmpty())
            QSKIP("desktop-file-validate is not installed (package desktop-file-utils)");
        int code = 0;
        const QString output = run(validator, {m_prefix.filePath(QStringLiteral("share/applications/org.sammelan.Sammelan.desktop"))}, &code);
        QVERIFY2(code == 0 && output.trimmed().isEmpty(), qPrintable(output));
        QFile desktop(m_prefix.filePath(QStringLiteral("share/applications/org.sammelan.Sammelan.desktop")));
        QVERIFY(desktop.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(desktop.readAll());
        QVERIFY(text.contains(QStringLiteral("Name[hi]=सम्मेलन")));
        QVERIFY(text.contains(QStringLiteral("Comment[hi]=")));
    }

    // The file manager knows a Sammelan database by its content (an SQLite file with the
    // application id "SaMm"), whatever its name, and opens it with Sammelan (Exec=sammelan %f).
    void databaseFileTypeIsKnown()
    {
        QFile desktop(m_prefix.filePath(QStringLiteral("share/applications/org.sammelan.Sammelan.desktop")));
        QVERIFY(desktop.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(desktop.readAll());
        QVERIFY(text.contains(QStringLiteral("Exec=sammelan %f")));
        QVERIFY(text.contains(QStringLiteral("MimeType=application/vnd.sammelan.database;")));

        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("conclave.db"));
        int code = 0;
        run(m_prefix.filePath(QStringLiteral("bin/sammelan-cli")), {QStringLiteral("--db"), db, QStringLiteral("init")}, &code);
        QCOMPARE(code, 0);
        // Another program's SQLite file is not one.
        const QString other = dir.filePath(QStringLiteral("other.db"));
        QCOMPARE(QProcess::execute(QStringLiteral(SAMMELAN_SQLITE3), {other, QStringLiteral("CREATE TABLE t(x);")}), 0);
        // As the package's installation leaves the system: the desktop's MIME database rebuilt
        // (update-mime-database, a dpkg trigger) with the installed type among the shared ones.
        QTemporaryDir share;
        const QString packages = share.filePath(QStringLiteral("mime/packages"));
        QVERIFY(QDir().mkpath(packages));
        QVERIFY(QFile::copy(QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml"),
                            packages + QStringLiteral("/freedesktop.org.xml")));
        QVERIFY(QFile::copy(m_prefix.filePath(QStringLiteral("share/mime/packages/org.sammelan.Sammelan.xml")),
                            packages + QStringLiteral("/org.sammelan.Sammelan.xml")));
        const QString update = QStandardPaths::findExecutable(QStringLiteral("update-mime-database"));
        QVERIFY2(!update.isEmpty(), "update-mime-database is missing (package shared-mime-info)");
        run(update, {share.filePath(QStringLiteral("mime"))}, &code);
        QCOMPARE(code, 0);
        // A fresh process, so its MIME database is that one.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_DIRS"), share.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), share.filePath(QStringLiteral("none")));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--mime-of"), db, other});
        QVERIFY(p.waitForFinished(30000));
        const QStringList types = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(types.value(0), QStringLiteral("application/vnd.sammelan.database"));
        QVERIFY(types.value(1) != QStringLiteral("application/vnd.sammelan.database"));
    }

    void metainfoIsValid()
    {
        const QString validator = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
        if (validator.isEmpty())
            QSKIP("appstreamcli is not installed (package appstream)");
        int code = 0;
        const QString output = run(validator, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                               m_prefix.filePath(QStringLiteral("share/metainfo/org.sammelan.Sammelan.metainfo.xml"))},
                                   &code);
        QVERIFY2(code == 0, qPrintable(output));
    }
};

// `tst_install --mime-of FILE...` prints each file's MIME type (a fresh process for the test
// above, so the MIME database reads XDG_DATA_DIRS as set for it).
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && QByteArray(argv[1]) == "--mime-of") {
        const QMimeDatabase mime;
        for (int i = 2; i < argc; ++i)
            std::printf("%s\n", qPrintable(mime.mimeTypeForFile(QString::fromLocal8Bit(argv[i])).name()));
        return 0;
    }
    TestInstall test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_install.moc"
