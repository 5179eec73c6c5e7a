// `cmake --install` into a temporary prefix puts the programs, the desktop entry, the icons and
// the AppStream metadata where a desktop finds them, and they pass the freedesktop validators.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
