// The Hindi catalogue is complete: lupdate finds no string in the sources that it lacks, no
// Hindi message is unfinished or empty, plural messages have both Hindi forms, and every
// translation keeps the placeholders (%1, %n, …) of its source.
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
const QString Source = QStringLiteral(SAMMELAN_SOURCE_DIR);

struct Message {
    QString context;
    QString source;
    QStringList translations; // one, or the plural forms
    QString type;             // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message")) {
                current = Message{context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
            } else if (xml.name() == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (xml.name() == QLatin1String("numerusform")) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << current;
        }
    }
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (const auto &m : marker.globalMatch(text))
        found << m.captured(0);
    return found;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void lupdateFindsNothingNew()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("sammelan_hi.ts"));
        QVERIFY(QFile::copy(Source + QStringLiteral("/translations/sammelan_hi.ts"), copy));
        QStringList files;
        for (const QString &folder : {QStringLiteral("/app"), QStringLiteral("/ui")}) {
            QDirIterator it(Source + folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        }
        QVERIFY(files.size() > 20);
        QProcess lupdate;
        lupdate.start(QStringLiteral(SAMMELAN_LUPDATE),
                      QStringList{QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                                  // the include paths the build uses, so lupdate knows every class
                                  QStringLiteral("-I"), Source + QStringLiteral("/app/core"),
                                  QStringLiteral("-I"), Source + QStringLiteral("/ui")}
                          + files + QStringList{QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        const QString output = QString::fromUtf8(lupdate.readAllStandardOutput() + lupdate.readAllStandardError());
        QCOMPARE(lupdate.exitCode(), 0);
        static const QRegularExpression found(QStringLiteral("Found (\\d+) source text\\(s\\) \\((\\d+) new"));
        const auto match = found.match(output);
        QVERIFY2(match.hasMatch(), qPrintable(output));
        QVERIFY2(match.captured(2) == QLatin1String("0"),
                 qPrintable(QStringLiteral("strings missing from translations/sammelan_hi.ts; run "
                                           "`cmake --build build --target update_translations` and fill them:\n")
                            + output));
        // …and nothing it dropped either: the catalogue holds no message the sources lost.
        const auto before = readTs(Source + QStringLiteral("/translations/sammelan_hi.ts"));
        const auto after = readTs(copy);
        QCOMPARE(after.size(), before.size());
    }

    void hindiIsComplete()
    {
        const auto messages = readTs(Source + QStringLiteral("/translations/sammelan_hi.ts"));
        QVERIFY(messages.size() > 300);
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral("::") + m.source;
            if (!m.type.isEmpty())
                problems << QStringLiteral("%1 (%2)").arg(where, m.type);
            if (m.numerus && m.translations.size() != 2)
                problems << QStringLiteral("%1 (needs 2 plural forms)").arg(where);
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty()) {
                    problems << QStringLiteral("%1 (empty)").arg(where);
                    continue;
                }
                // Plural forms may drop %n only where Hindi words it ("एक"); none do here.
                if (placeholders(t) != placeholders(m.source))
                    problems << QStringLiteral("%1 (placeholders differ: %2)").arg(where, t);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // A shortcut marker inside a Devanagari cluster splits it on screen (च◌ार्ट, द◌ेश): never
    // before a letter that carries a vowel sign, virama or nukta, nor after a virama. The
    // "(&X)" form after the word, or a letter standing alone, is used instead.
    void hindiShortcutsKeepClustersWhole()
    {
        const auto messages = readTs(Source + QStringLiteral("/translations/sammelan_hi.ts"));
        auto isMark = [](QChar c) {
            const char16_t u = c.unicode();
            return (u >= 0x0900 && u <= 0x0903) || (u >= 0x093a && u <= 0x094f) || (u >= 0x0951 && u <= 0x0957)
                   || u == 0x0962 || u == 0x0963;
        };
        QStringList problems;
        for (const Message &m : messages) {
            for (QString t : m.translations) {
                t.replace(QStringLiteral("&&"), QString());
                for (int i = t.indexOf(QLatin1Char('&')); i >= 0; i = t.indexOf(QLatin1Char('&'), i + 1)) {
                    const bool splitsAfter = i + 2 < t.size() && t.at(i + 1).script() == QChar::Script_Devanagari
                                             && isMark(t.at(i + 2));
                    const bool splitsBefore = i > 0 && t.at(i - 1).unicode() == 0x094d;
                    if (splitsAfter || splitsBefore)
                        problems << QStringLiteral("%1::%2 → %3").arg(m.context, m.source, t);
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
