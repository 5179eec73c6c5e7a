#include "hschapters.h"

#include "import/tablereader.h"
#include "text/textfold.h"

#include <QFile>

namespace {
// Case, spaces and punctuation between words do not matter: "Ready-made  Garments" finds
// "ready-made garments"; hyphens count as spaces so "ready made" finds it too.
QString keywordFold(const QString &text)
{
    QString out = TextFold::fold(text);
    for (QChar &c : out)
        if (c == u'-' || c == u',' || c == u'/' || c == u'(' || c == u')' || c == u'.' || c == u'&')
            c = u' ';
    return out.simplified();
}

// Digits of any script as Latin ones (६१०९ → 6109).
QString latin(const QString &text)
{
    QString out = text;
    for (QChar &c : out)
        if (c.isDigit() && c.unicode() > 0x7f)
            c = QChar(u'0' + c.digitValue());
    return out;
}
} // namespace

const HsChapters &HsChapters::instance()
{
    static const HsChapters chapters;
    return chapters;
}

HsChapters::HsChapters()
{
    QFile file(QStringLiteral(":/hs/hschapters.csv"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The HS chapters are missing from the program (:/hs/hschapters.csv).");
    QString error;
    const auto table = TableReader::parseText(file.readAll(), &error);
    if (!table)
        qFatal("The HS chapters cannot be read: %s", qPrintable(error));
    auto column = [&](const char *name) { return int(table->headers.indexOf(QLatin1String(name))); };
    const int code = column("chapter"), nameEn = column("name_en"), nameHi = column("name_hi"),
              shortEn = column("short_en"), shortHi = column("short_hi"), keywords = column("keywords");
    for (const QStringList &row : table->rows) {
        HsChapter c{row.value(code).trimmed(), row.value(nameEn).trimmed(), row.value(nameHi).trimmed(),
                    row.value(shortEn).trimmed(), row.value(shortHi).trimmed(), {}};
        for (const QString &k : row.value(keywords).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QString folded = keywordFold(k);
            if (folded.isEmpty())
                continue;
            c.keywords << k.trimmed();
            QStringList &list = m_keywords[folded];
            if (!list.contains(c.code))
                list << c.code;
        }
        m_index.insert(c.code, int(m_chapters.size()));
        m_chapters << c;
    }
}

const HsChapter *HsChapters::find(const QString &chapter) const
{
    const auto it = m_index.constFind(chapter);
    return it == m_index.cend() ? nullptr : &m_chapters.at(*it);
}

FieldCheck HsChapters::checkCode(const QString &text)
{
    const QString input = latin(text.trimmed());
    if (input.isEmpty())
        return {true, {}, {}};
    QString digits;
    for (const QChar c : input) {
        if (c.isDigit())
            digits += c;
        else if (c != u'.' && c != u' ' && c != u'-')
            return {false, {}, tr("“%1” is not an ITC(HS) code: it has 2, 4, 6 or 8 digits, such as 61 or 6109.10.00.")
                                   .arg(text.trimmed())};
    }
    // A code read as a number loses its leading zero (09011000 → 9011000).
    if (digits.size() % 2 == 1 && digits.size() < 8)
        digits.prepend(QLatin1Char('0'));
    if (digits.size() != 2 && digits.size() != 4 && digits.size() != 6 && digits.size() != 8)
        return {false, {}, tr("“%1” is not an ITC(HS) code: it has 2, 4, 6 or 8 digits, such as 61 or 6109.10.00.")
                               .arg(text.trimmed())};
    if (!instance().find(digits.left(2)))
        return {false, {}, tr("“%1” is not an ITC(HS) code: there is no chapter %2.").arg(text.trimmed(), digits.left(2))};
    return {true, digits, {}};
}

QStringList HsChapters::guess(const QString &productName) const
{
    const QString name = QLatin1Char(' ') + keywordFold(productName) + QLatin1Char(' ');
    if (name.trimmed().isEmpty())
        return {};
    qsizetype best = 0;
    QStringList chapters;
    for (auto it = m_keywords.cbegin(); it != m_keywords.cend(); ++it) {
        const QString &keyword = it.key();
        if (keyword.size() < best || !name.contains(QLatin1Char(' ') + keyword + QLatin1Char(' ')))
            continue;
        if (keyword.size() > best) {
            best = keyword.size();
            chapters.clear();
        }
        for (const QString &c : it.value())
            if (!chapters.contains(c))
                chapters << c;
    }
    std::sort(chapters.begin(), chapters.end());
    return chapters;
}

QString HsChapters::key(const QStringList &chapters)
{
    QStringList sorted = chapters;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    return sorted.join(QLatin1Char('+'));
}

QStringList HsChapters::chaptersOf(const QString &key)
{
    return key.split(QLatin1Char('+'), Qt::SkipEmptyParts);
}

QString HsChapters::label(const QString &key, const QString &language, bool full) const
{
    const QStringList chapters = chaptersOf(key);
    if (chapters.isEmpty())
        return tr("Not classified");
    QStringList names;
    for (const QString &c : chapters)
        if (const HsChapter *chapter = find(c))
            names << (full ? chapter->name(language) : chapter->shortName(language));
    if (chapters.size() == 1)
        return names.isEmpty() ? key : tr("%1 %2", "chapter number and name").arg(key, names.constFirst());
    return tr("%1: %2", "chapter numbers: names").arg(chapters.join(QStringLiteral(", ")), names.join(QStringLiteral(" / ")));
}

void HsChapters::classify(QList<ExportRecord> &records, const QHash<qint64, QStringList> &productChapters)
{
    for (ExportRecord &r : records) {
        if (r.hsCode.size() >= 2)
            r.chapter = r.hsCode.left(2);
        else if (r.sectorId)
            r.chapter = key(productChapters.value(r.sectorId));
        else
            r.chapter.clear();
    }
}
