#include "text/textfold.h"

#include <algorithm>

namespace TextFold {

namespace {
// A Devanagari character that NFC leaves as it is (not a nukta or a letter made with one).
bool stableDevanagari(char16_t u)
{
    return u >= 0x900 && u <= 0x97f && u != 0x93c && !(u >= 0x958 && u <= 0x95f) && u != 0x929 && u != 0x931
           && u != 0x934;
}

// Whether NFC could change `text`. Latin letters without combining marks and Devanagari without
// nukta forms are already in NFC; checking that is much cheaper than normalising (imports fold
// every invitee).
bool mayNeedNormalising(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return u >= 0x300 && !stableDevanagari(u);
    });
}

// Text of ASCII and such Devanagari only, as most of a register is: already NFC, and case
// folding changes only A-Z in it (Devanagari has no case), so fold() does it in one pass
// instead of QString::toCaseFolded's lookup of every character (an import folds every invitee).
bool asciiOrDevanagari(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return u < 0x80 || stableDevanagari(u);
    });
}
} // namespace

QString fold(const QString &text)
{
    constexpr char16_t AbbreviationSign = 0x0970; // DEVANAGARI ABBREVIATION SIGN, folded to 0
    QString out;
    if (asciiOrDevanagari(text)) {
        out = text;
        // Read first: changing a character copies the text (it is shared with the caller's).
        const auto changes = [](QChar c) {
            return (c.unicode() >= u'A' && c.unicode() <= u'Z') || c.unicode() == AbbreviationSign;
        };
        if (std::any_of(out.cbegin(), out.cend(), changes))
            for (QChar &c : out) {
                if (c.unicode() >= u'A' && c.unicode() <= u'Z')
                    c = QChar(char16_t(c.unicode() - u'A' + u'a'));
                else if (c.unicode() == AbbreviationSign)
                    c = QLatin1Char('0');
            }
    } else {
        out = (mayNeedNormalising(text) ? text.normalized(QString::NormalizationForm_C) : text).toCaseFolded();
        if (out.contains(QChar(AbbreviationSign)))
            out.replace(QChar(AbbreviationSign), QLatin1Char('0'));
    }
    return simplified(out);
}

QString latinDigits(QString text)
{
    // Read first: changing a character copies the text (it is shared with the caller's).
    const auto needs = [](QChar c) { return c.unicode() > 0x7f && c.isDigit(); };
    if (std::none_of(text.cbegin(), text.cend(), needs))
        return text;
    for (QChar &c : text)
        if (needs(c))
            c = QChar(char16_t(u'0' + c.digitValue()));
    return text;
}

QString simplified(const QString &text)
{
    // Already simple: no space at either end, no white space but single ' ' between words.
    bool simple = true;
    bool lastSpace = true; // at the start, a space would be one too many
    for (const QChar c : text) {
        const bool space = isSpace(c);
        if (space && (lastSpace || c != u' ')) {
            simple = false;
            break;
        }
        lastSpace = space;
    }
    if (simple && !lastSpace)
        return text;
    return text.isEmpty() ? text : text.simplified();
}

QString matchKey(const QString &text)
{
    // The abbreviation sign is punctuation here ("मोबाइल नं॰" is "मोबाइल नं"), not the 0 of fold().
    QString out;
    for (const QChar c : latinDigits(fold(QString(text).remove(QChar(0x0970)))))
        if ((c.isLetterOrNumber() || c.isMark()) && c != QChar(0x093c)) // DEVANAGARI SIGN NUKTA
            out += c;
    return out;
}

bool hasDevanagari(QStringView text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.script() == QChar::Script_Devanagari; });
}

QString likeEscape(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return text;
}

QString likePattern(const QString &query)
{
    return QLatin1Char('%') + likeEscape(fold(query)) + QLatin1Char('%');
}

} // namespace TextFold
