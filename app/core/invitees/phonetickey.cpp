#include "invitees/phonetickey.h"

#include <QHash>
#include <QStringList>

#include <memory>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace PhoneticKey {

namespace {

constexpr char16_t Virama = 0x094d;

bool isDevanagari(char16_t c) { return c >= 0x0900 && c <= 0x097f; }
bool isConsonant(char16_t c) { return (c >= 0x0915 && c <= 0x0939) || (c >= 0x0958 && c <= 0x095f); }
bool isIndependentVowel(char16_t c) { return (c >= 0x0904 && c <= 0x0914) || c == 0x0960 || c == 0x0961; }
bool isVowelSign(char16_t c) { return (c >= 0x093e && c <= 0x094c) || c == 0x0962 || c == 0x0963; }
bool isNukta(char16_t c) { return c == 0x093c; }
bool isModifier(char16_t c) { return c >= 0x0900 && c <= 0x0903; } // candrabindu, anusvara, visarga

// Drops the inherent vowels a Hindi speaker does not say, by writing a virama after the
// consonant (which the transliterator then writes without "a"): the one at the end of a word,
// and one between two vowels when a single consonant follows (Ohala's rule, right to left):
// कमलेश → कम्लेश्, सरकार → सर्कार्, but रबर → रबर्, मोहम्मद → मोहम्मद्.
QString deleteSchwas(const QString &word)
{
    // Syllables: a consonant cluster (or an independent vowel) and what follows it.
    struct Unit {
        int end = 0;          // index after the unit's last consonant (where a virama goes)
        int consonants = 0;   // 0 for an independent vowel
        bool schwa = false;   // ends in the inherent vowel
        bool hasVowel = true; // some vowel is said here
    };
    QList<Unit> units;
    const QString w = word;
    int i = 0;
    while (i < w.size()) {
        const char16_t c = w.at(i).unicode();
        Unit u;
        if (isIndependentVowel(c)) {
            ++i;
        } else if (isConsonant(c)) {
            // A cluster: consonant (nukta) (virama consonant (nukta))*
            for (;;) {
                ++u.consonants;
                ++i;
                if (i < w.size() && isNukta(w.at(i).unicode()))
                    ++i;
                if (i + 1 < w.size() && w.at(i).unicode() == Virama && isConsonant(w.at(i + 1).unicode())) {
                    ++i;
                    continue;
                }
                break;
            }
            u.end = i;
            if (i < w.size() && w.at(i).unicode() == Virama) {
                u.hasVowel = false;
                ++i;
            } else if (i < w.size() && isVowelSign(w.at(i).unicode())) {
                ++i;
            } else {
                u.schwa = true;
            }
        } else {
            ++i; // anything else belongs to the unit before
            continue;
        }
        while (i < w.size() && isModifier(w.at(i).unicode())) {
            u.schwa = false; // अं, कं: a nasal vowel is said
            ++i;
        }
        units << u;
    }
    if (units.size() < 2)
        return word;
    QList<bool> drop(units.size(), false);
    if (units.constLast().schwa)
        drop.last() = true;
    auto vowelSaid = [&](int k) { return units.at(k).hasVowel && !drop.at(k); };
    for (int k = int(units.size()) - 2; k >= 1; --k) {
        const Unit &u = units.at(k);
        if (u.schwa && u.consonants == 1 && vowelSaid(k - 1) && vowelSaid(k + 1)
            && units.at(k + 1).consonants == 1)
            drop[k] = true;
    }
    QString out = word;
    for (int k = int(units.size()) - 1; k >= 0; --k)
        if (drop.at(k))
            out.insert(units.at(k).end, QChar(Virama));
    return out;
}

// Devanagari (and any accents) to plain Latin letters, by ICU. One transliterator per thread:
// an instance must not be used by two threads at once, and making one takes milliseconds.
QString toLatin(const QString &text)
{
    thread_local std::unique_ptr<icu::Transliterator> transliterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        UParseError parseError;
        std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
            "Devanagari-Latin; Latin-ASCII", UTRANS_FORWARD, parseError, status));
        return U_SUCCESS(status) ? std::move(t) : nullptr;
    }();
    if (!transliterator)
        return text;
    icu::UnicodeString s(false, reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
    icu::UnicodeString copy(s); // the read-only alias above must not be written to
    transliterator->transliterate(copy);
    return QString(reinterpret_cast<const QChar *>(copy.getBuffer()), copy.length());
}

// The spelling variants of Indian names in Latin letters, folded, in one pass (an import keys
// every name): x → ks; ch(h) → c; the aspirates sh kh gh jh th dh ph bh rh → s k g j t d f b r;
// ck → k; w → v; z → j; qu, q → k; ee ii → i; oo uu → u; aa → a; au ou → o; ai ei → e; then
// doubled letters as one, a final "nh" as "ng" (सिंह is written Singh) and no final "a" (said
// in some names and not in others, and typed either way). `w` is lower-case ASCII.
QString foldLatin(const QByteArray &w)
{
    QByteArray out;
    out.reserve(w.size() + 2);
    const int n = int(w.size());
    auto at = [&](int k) { return k < n ? w.at(k) : '\0'; };
    for (int i = 0; i < n;) {
        const char c = w.at(i);
        const char next = at(i + 1);
        auto put = [&](const char *text, int used) {
            out += text;
            i += used;
        };
        switch (c) {
        case 'x': put("ks", 1); continue;
        case 'c':
            if (next == 'h')
                put("c", at(i + 2) == 'h' ? 3 : 2);
            else if (next == 'k')
                put("k", 2);
            else
                put("c", 1);
            continue;
        case 'w': put("v", 1); continue;
        case 'z': put("j", 1); continue;
        case 'q': put("k", next == 'u' ? 2 : 1); continue;
        case 'p': put(next == 'h' ? "f" : "p", next == 'h' ? 2 : 1); continue;
        case 's': case 'k': case 'g': case 'j': case 't': case 'd': case 'b': case 'r':
            out += c;
            i += next == 'h' ? 2 : 1;
            continue;
        case 'e':
            if (next == 'e')
                put("i", 2);
            else
                put("e", next == 'i' ? 2 : 1);
            continue;
        case 'i': put("i", next == 'i' ? 2 : 1); continue;
        case 'o': put(next == 'o' ? "u" : "o", next == 'o' || next == 'u' ? 2 : 1); continue;
        case 'u': put("u", next == 'u' ? 2 : 1); continue;
        case 'a':
            if (next == 'u')
                put("o", 2);
            else if (next == 'i')
                put("e", 2);
            else
                put("a", next == 'a' ? 2 : 1);
            continue;
        default:
            out += c;
            ++i;
        }
    }
    QByteArray single;
    single.reserve(out.size());
    for (const char c : std::as_const(out))
        if (single.isEmpty() || single.back() != c)
            single += c;
    if (single.endsWith("nh"))
        single.back() = 'g';
    if (single.size() > 2 && single.endsWith('a'))
        single.chop(1);
    return QString::fromLatin1(single);
}

QString keyOfWord(const QString &word)
{
    bool devanagari = false;
    for (const QChar c : word)
        devanagari = devanagari || isDevanagari(c.unicode());
    const QString latin = toLatin(devanagari ? deleteSchwas(word.normalized(QString::NormalizationForm_C)) : word);
    QByteArray letters;
    letters.reserve(latin.size());
    for (const QChar c : latin)
        if (c.unicode() < 0x80 && c.isLetterOrNumber())
            letters += char(c.toLower().unicode());
    return letters.isEmpty() ? QString() : foldLatin(letters);
}

// A word of plain ASCII: folded at once (no transliterator, nothing worth keeping).
QString keyOfAsciiWord(QStringView word)
{
    QByteArray letters;
    letters.reserve(word.size());
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9'))
            letters += char(u);
        else if (u >= 'A' && u <= 'Z')
            letters += char(u - 'A' + 'a');
    }
    return letters.isEmpty() ? QString() : foldLatin(letters);
}

} // namespace

QString of(const QString &text)
{
    // Names repeat (गुप्ता, सिंह, श्रीवास्तव): the key of each word in another script is kept,
    // so a large import asks the transliterator once per different word.
    thread_local QHash<QString, QString> cache;
    QString key;
    const int n = int(text.size());
    for (int i = 0; i < n;) {
        while (i < n && text.at(i).isSpace())
            ++i;
        int end = i;
        bool ascii = true;
        while (end < n && !text.at(end).isSpace()) {
            ascii = ascii && text.at(end).unicode() < 0x80;
            ++end;
        }
        if (end == i)
            break;
        const QStringView word = QStringView(text).mid(i, end - i);
        QString wordKey;
        if (ascii) {
            wordKey = keyOfAsciiWord(word);
        } else {
            const QString w = word.toString();
            auto it = cache.constFind(w);
            if (it == cache.constEnd()) {
                if (cache.size() > 20000)
                    cache.clear();
                it = cache.insert(w, keyOfWord(w));
            }
            wordKey = *it;
        }
        if (!wordKey.isEmpty()) {
            if (!key.isEmpty())
                key += QLatin1Char(' ');
            key += wordKey;
        }
        i = end;
    }
    return key;
}

} // namespace PhoneticKey
