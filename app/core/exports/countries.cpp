#include "countries.h"

#include "text/textfold.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace {

// The messages of a gettext .mo catalogue (msgid → msgstr).
QHash<QString, QString> readMo(const QString &path)
{
    QHash<QString, QString> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    const QByteArray data = file.readAll();
    if (data.size() < 28)
        return messages;
    const auto *bytes = reinterpret_cast<const uchar *>(data.constData());
    const quint32 magic = qFromLittleEndian<quint32>(bytes);
    const bool little = magic == 0x950412de;
    if (!little && qFromBigEndian<quint32>(bytes) != 0x950412de)
        return messages;
    auto word = [&](qsizetype offset) -> quint32 {
        if (offset + 4 > data.size())
            return 0;
        return little ? qFromLittleEndian<quint32>(bytes + offset) : qFromBigEndian<quint32>(bytes + offset);
    };
    const quint32 count = word(8);
    const quint32 originals = word(12);
    const quint32 translations = word(16);
    auto string = [&](quint32 table, quint32 i) {
        const quint32 length = word(table + i * 8);
        const quint32 offset = word(table + i * 8 + 4);
        if (qsizetype(offset) + length > data.size())
            return QString();
        return QString::fromUtf8(data.constData() + offset, length);
    };
    for (quint32 i = 0; i < count; ++i)
        messages.insert(string(originals, i), string(translations, i));
    return messages;
}

// Short names people use that iso-codes does not list (UTF-8), in English and in Hindi.
const char *const Aliases[][2] = {
    {"USA", "US"}, {"America", "US"}, {"United States of America", "US"}, {"UK", "GB"},
    {"Britain", "GB"}, {"Great Britain", "GB"}, {"England", "GB"}, {"UAE", "AE"}, {"Emirates", "AE"},
    {"KSA", "SA"}, {"Russia", "RU"}, {"Holland", "NL"}, {"Czech Republic", "CZ"}, {"Turkey", "TR"},
    {"अमेरिका", "US"}, {"अमरीका", "US"}, {"संयुक्त राज्य अमेरिका", "US"}, {"ब्रिटेन", "GB"},
    {"इंग्लैंड", "GB"}, {"यूएई", "AE"}, {"तुर्किये", "TR"},
};

// Hindi names as Indian government offices write them (the Ministry of External Affairs' Hindi
// pages), where iso-codes' translation renders the ISO list name word by word ("संयुक्त राज्य"
// for the United States, "रशियन फेडेरशन", "ईरान, इस्लामिक रिपब्लिक ऑफ") or keeps an old
// spelling (ण्ड for ंड: "नीदरलैण्ड"; "फ़्रान्स"). The iso-codes names still find the country.
const char *const HindiNames[][2] = {
    {"US", "संयुक्त राज्य अमेरिका"}, {"RU", "रूस"}, {"IR", "ईरान"}, {"TR", "तुर्की"},
    {"SY", "सीरिया"}, {"LA", "लाओस"}, {"PS", "फ़िलिस्तीन"}, {"CD", "कांगो लोकतांत्रिक गणराज्य"},
    {"FM", "माइक्रोनेशिया"}, {"SA", "सऊदी अरब"}, {"NG", "नाइजीरिया"}, {"KE", "केन्या"},
    {"AF", "अफ़ग़ानिस्तान"}, {"FR", "फ़्रांस"}, {"GF", "फ़्रेंच गयाना"}, {"PF", "फ़्रेंच पोलिनेशिया"},
    {"MM", "म्यांमार"}, {"PH", "फ़िलीपींस"}, {"NL", "नीदरलैंड"}, {"TH", "थाईलैंड"},
    {"NZ", "न्यूज़ीलैंड"}, {"IE", "आयरलैंड"}, {"FI", "फ़िनलैंड"}, {"CH", "स्विट्ज़रलैंड"},
    {"IS", "आइसलैंड"}, {"GL", "ग्रीनलैंड"}, {"AX", "ऑलैंड द्वीपसमूह"}, {"AR", "अर्जेंटीना"},
    {"CO", "कोलंबिया"}, {"KH", "कंबोडिया"}, {"UG", "युगांडा"}, {"RW", "रवांडा"},
    {"BI", "बुरुंडी"}, {"AD", "अंडोरा"}, {"HN", "होंडुरास"}, {"MZ", "मोज़ाम्बिक"},
    {"MS", "मॉन्टसेराट"}, {"AG", "एंटीगुआ और बारबुडा"}, {"LI", "लिकटेंस्टाइन"},
    {"VC", "सेंट विंसेंट और ग्रेनेडाइंस"}, {"VG", "ब्रिटिश वर्जिन द्वीपसमूह"},
    {"VI", "अमेरिकी वर्जिन द्वीपसमूह"},
};

} // namespace

const Countries &Countries::instance()
{
    static const Countries countries;
    return countries;
}

void Countries::index(const QString &key, int country)
{
    // Case, spaces, punctuation and the nukta (अफ़्रीका, अफ्रीका) do not matter.
    const QString folded = TextFold::matchKey(key);
    if (!folded.isEmpty() && !m_index.contains(folded))
        m_index.insert(folded, country);
}

Countries::Countries()
{
    QFile json(QStringLiteral(":/iso-codes/iso_3166-1.json"));
    if (!json.open(QIODevice::ReadOnly))
        return;
    const QHash<QString, QString> hindi = readMo(QStringLiteral(":/iso-codes/iso_3166-1.hi.mo"));
    const QJsonArray list = QJsonDocument::fromJson(json.readAll()).object().value(QLatin1String("3166-1")).toArray();
    // Every form of each country's name (list name, common name, official name, iso-codes' Hindi).
    QHash<QString, QStringList> forms;
    for (const QJsonValue &value : list) {
        const QJsonObject o = value.toObject();
        Country c;
        c.alpha2 = o.value(QLatin1String("alpha_2")).toString();
        c.alpha3 = o.value(QLatin1String("alpha_3")).toString();
        const QString name = o.value(QLatin1String("name")).toString();
        const QString common = o.value(QLatin1String("common_name")).toString();
        c.officialEn = o.value(QLatin1String("official_name")).toString();
        c.nameEn = common.isEmpty() ? name : common;
        c.nameHi = hindi.value(c.nameEn, hindi.value(name));
        const QString isoHindi = c.nameHi;
        for (const auto &better : HindiNames)
            if (c.alpha2 == QLatin1String(better[0]))
                c.nameHi = QString::fromUtf8(better[1]);
        if (c.nameHi.isEmpty())
            c.nameHi = c.nameEn;
        else
            ++m_hindiNamed;
        forms.insert(c.alpha2, {name, common, c.officialEn, isoHindi});
        m_countries << c;
    }
    std::sort(m_countries.begin(), m_countries.end(), [](const Country &a, const Country &b) {
        return a.nameEn < b.nameEn;
    });
    // Codes first, so that a name never hides a code.
    QHash<QString, int> byAlpha2;
    for (int i = 0; i < m_countries.size(); ++i) {
        index(m_countries.at(i).alpha2, i);
        index(m_countries.at(i).alpha3, i);
        byAlpha2.insert(m_countries.at(i).alpha2, i);
    }
    for (int i = 0; i < m_countries.size(); ++i) {
        index(m_countries.at(i).nameHi, i);
        for (const QString &form : forms.value(m_countries.at(i).alpha2)) {
            index(form, i);
            index(hindi.value(form), i);
        }
    }
    for (const auto &alias : Aliases)
        if (const auto it = byAlpha2.constFind(QString::fromLatin1(alias[1])); it != byAlpha2.constEnd())
            index(QString::fromUtf8(alias[0]), it.value());
}

std::optional<Country> Countries::byCode(const QString &alpha2) const
{
    const QString wanted = alpha2.trimmed().toUpper();
    for (const Country &c : m_countries)
        if (c.alpha2 == wanted)
            return c;
    return std::nullopt;
}

std::optional<Country> Countries::find(const QString &text) const
{
    const auto it = m_index.constFind(TextFold::matchKey(text));
    if (it == m_index.constEnd())
        return std::nullopt;
    return m_countries.at(it.value());
}

QStringList Countries::completions(const QString &language) const
{
    // The names in the language shown first, then in the other one: staff type either.
    const QString other = language == QLatin1String("hi") ? QStringLiteral("en") : QStringLiteral("hi");
    QStringList names;
    for (const Country &c : m_countries)
        names << c.name(language);
    for (const Country &c : m_countries)
        if (c.name(other) != c.name(language))
            names << c.name(other);
    return names;
}
