#include "text/validators.h"

#include "events/event.h"
#include "text/textfold.h"

#include <algorithm>


namespace {

FieldCheck accept(const QString &value)
{
    return FieldCheck{true, value, {}};
}

FieldCheck reject(const QString &reason)
{
    return FieldCheck{false, {}, reason};
}

const QString Base36 = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");

} // namespace

namespace {
// C0 and C1 controls (tab and line breaks among them; Unicode's category Cc is exactly these),
// DEL, and the Unicode line and paragraph separators. Format characters stay allowed:
// Devanagari needs ZWJ and ZWNJ.
bool isControl(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029;
}
} // namespace

FieldCheck Validators::line(const QString &input, int maxLength)
{
    // A generous first look, so that a text of megabytes is refused before any work on it.
    if (input.size() > 4 * qsizetype(maxLength) + 64)
        return reject(tr("This is %L1 characters long; at most %L2 are allowed.").arg(input.size()).arg(maxLength));
    const QString trimmed = input.trimmed();
    for (const QChar c : trimmed)
        if (isControl(c))
            return reject(tr("This must be one line, without tabs, line breaks or other control characters."));
    const QString value = TextFold::simplified(trimmed);
    if (value.size() > maxLength)
        return reject(tr("This is %L1 characters long; at most %L2 are allowed.").arg(value.size()).arg(maxLength));
    return accept(value);
}

FieldCheck Validators::text(const QString &input, int maxLength)
{
    if (input.size() > 4 * qsizetype(maxLength) + 64)
        return reject(tr("This is %L1 characters long; at most %L2 are allowed.").arg(input.size()).arg(maxLength));
    const QString value = input.trimmed();
    for (const QChar c : value)
        if (isControl(c) && c != u'\n' && c != u'\r' && c != u'\t')
            return reject(tr("This holds a control character that is not text; remove it."));
    if (value.size() > maxLength)
        return reject(tr("This is %L1 characters long; at most %L2 are allowed.").arg(value.size()).arg(maxLength));
    return accept(value);
}

QString Validators::eventTexts(const Event &event)
{
    const struct {
        const QString &value;
        bool oneLine;
        const char *label;
    } fields[] = {
        {event.nameEn, true, QT_TR_NOOP("Name in English")},
        {event.nameHi, true, QT_TR_NOOP("Name in Hindi")},
        {event.venue, true, QT_TR_NOOP("Venue")},
        {event.organiser, true, QT_TR_NOOP("Organiser")},
        {event.notes, false, QT_TR_NOOP("Notes")},
    };
    for (const auto &f : fields) {
        const FieldCheck check = f.oneLine ? line(f.value) : text(f.value);
        if (!check.ok)
            return tr("%1: %2").arg(tr(f.label), check.reason);
    }
    return {};
}

FieldCheck Validators::name(const QString &input)
{
    const FieldCheck check = line(input);
    if (check.ok && check.value.isEmpty())
        return reject(tr("Enter the name."));
    return check;
}

namespace {
// Digits of any script as Latin, without spaces, hyphens, dots and brackets: "+91 98390-12345"
// becomes "+919839012345". Any other character is kept, so the caller can refuse it.
QString compactNumber(const QString &input)
{
    QString out(input.size(), Qt::Uninitialized);
    QChar *o = out.data();
    for (const QChar c : input) {
        if (TextFold::isSpace(c) || c == u'-' || c == u'.' || c == u'(' || c == u')')
            continue;
        *o++ = c.unicode() > 0x7f && c.isDigit() ? QChar(char16_t(u'0' + c.digitValue())) : c;
    }
    out.truncate(o - out.constData());
    return out;
}

bool allDigits(QStringView text)
{
    for (const QChar c : text)
        if (c < u'0' || c > u'9')
            return false;
    return !text.isEmpty();
}

bool allUpperLetters(QStringView text)
{
    for (const QChar c : text)
        if (c < u'A' || c > u'Z')
            return false;
    return true;
}

bool allLatinLetters(QStringView text)
{
    for (const QChar c : text)
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')))
            return false;
    return true;
}

bool allUpperLettersOrDigits(QStringView text)
{
    for (const QChar c : text)
        if (!((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')))
            return false;
    return true;
}

// What is wrong with a compacted number as a mobile; the ten digits in `digits` when nothing is.
enum class MobileForm { Ok, Empty, NotDigits, Length, FirstDigit };
MobileForm mobileForm(QString &digits)
{
    if (digits.isEmpty())
        return MobileForm::Empty;
    if (digits.startsWith(QLatin1String("+91")))
        digits.remove(0, 3);
    else if (digits.size() == 12 && digits.startsWith(QLatin1String("91")))
        digits.remove(0, 2);
    else if (digits.size() == 11 && digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    if (!allDigits(digits))
        return MobileForm::NotDigits;
    if (digits.size() != 10)
        return MobileForm::Length;
    if (digits.at(0) < u'6')
        return MobileForm::FirstDigit;
    return MobileForm::Ok;
}

// One label of a domain name: letters, digits and hyphens, not at either end.
bool domainLabel(QStringView label)
{
    if (label.isEmpty())
        return false;
    auto alnum = [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'); };
    if (!alnum(label.front()) || !alnum(label.back()))
        return false;
    for (const QChar c : label)
        if (!alnum(c) && c != u'-')
            return false;
    return true;
}
} // namespace

FieldCheck Validators::mobile(const QString &input)
{
    // Hand-written rather than a regular expression: an import checks 100,000 of these.
    QString digits = compactNumber(input);
    switch (mobileForm(digits)) {
    case MobileForm::Ok:
        return accept(digits);
    case MobileForm::Empty:
        return reject(tr("Enter the mobile number."));
    case MobileForm::NotDigits:
        return reject(tr("A mobile number has only digits (with +91 or 0 in front if you like)."));
    case MobileForm::Length:
        return reject(tr("A mobile number has 10 digits; this one has %1.").arg(digits.size()));
    case MobileForm::FirstDigit:
        break;
    }
    return reject(tr("A mobile number starts with 6, 7, 8 or 9."));
}

FieldCheck Validators::altPhone(const QString &input)
{
    // A mobile, else a landline: the number is compacted once, and no reason is put in words
    // for the mobile it is not (most alternate numbers are landlines).
    if (std::all_of(input.cbegin(), input.cend(), TextFold::isSpace))
        return accept({});
    const QString compact = compactNumber(input);
    QString digits = compact;
    if (mobileForm(digits) == MobileForm::Ok)
        return accept(digits);
    digits = compact;
    if (digits.startsWith(QLatin1String("+91")))
        digits = QLatin1Char('0') + digits.mid(3);
    // 0, a digit 1-9, then 8 to 10 digits (an STD code and the number).
    const bool landline = digits.size() >= 10 && digits.size() <= 12 && digits.at(0) == u'0'
                          && digits.at(1) >= u'1' && digits.at(1) <= u'9' && allDigits(QStringView(digits).mid(2));
    if (!landline)
        return reject(tr("Enter a mobile number or a landline with its STD code, such as 0551 2345678."));
    return accept(digits);
}

FieldCheck Validators::email(const QString &input)
{
    const QString value = input.trimmed();
    if (value.isEmpty())
        return accept({});
    // By hand, as the form's rule reads: a local part of letters, digits and ._%+'-, an @, then
    // labels (letters, digits, inner hyphens) joined by dots, the last of two letters or more;
    // never two dots in a row.
    auto refuse = [] { return reject(tr("Enter an email address such as name@example.in.")); };
    const qsizetype at = value.indexOf(u'@');
    if (at <= 0 || value.contains(QLatin1String("..")))
        return refuse();
    for (const QChar c : QStringView(value).left(at)) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
                        || c == u'.' || c == u'_' || c == u'%' || c == u'+' || c == u'\'' || c == u'-';
        if (!ok)
            return refuse();
    }
    const QStringView domain = QStringView(value).mid(at + 1);
    const qsizetype lastDot = domain.lastIndexOf(u'.');
    if (lastDot < 0)
        return refuse();
    const QStringView top = domain.mid(lastDot + 1);
    if (top.size() < 2 || !allLatinLetters(top))
        return refuse();
    for (qsizetype start = 0; start <= lastDot;) {
        const qsizetype dot = domain.indexOf(u'.', start);
        if (!domainLabel(domain.mid(start, dot - start)))
            return refuse();
        start = dot + 1;
    }
    return accept(value);
}

FieldCheck Validators::pin(const QString &input)
{
    QString value = TextFold::latinDigits(input.trimmed());
    value.remove(QLatin1Char(' '));
    if (value.isEmpty())
        return accept({});
    if (value.size() != 6 || !allDigits(value) || value.at(0) == u'0')
        return reject(tr("A PIN code has 6 digits and does not start with 0."));
    return accept(value);
}

namespace {
int base36(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'A' && c <= u'Z')
        return c.unicode() - u'A' + 10;
    return -1;
}

QChar checkCharacter(QStringView first14)
{
    if (first14.size() != 14)
        return {};
    int sum = 0;
    for (int i = 0; i < 14; ++i) {
        const int value = base36(first14.at(i));
        if (value < 0)
            return {};
        const int product = value * (i % 2 == 0 ? 1 : 2);
        sum += product / 36 + product % 36;
    }
    return Base36.at((36 - sum % 36) % 36);
}
} // namespace

QChar Validators::gstinCheckCharacter(const QString &first14)
{
    return checkCharacter(first14);
}

FieldCheck Validators::gstin(const QString &input)
{
    QString value = input.trimmed().toUpper();
    value.remove(QLatin1Char(' '));
    if (value.isEmpty())
        return accept({});
    if (value.size() != 15)
        return reject(tr("A GSTIN has 15 characters; this one has %1.").arg(value.size()));
    // [0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z][A-Z][0-9A-Z], by hand.
    const QStringView v(value);
    const bool form = allDigits(v.left(2)) && allUpperLetters(v.mid(2, 5)) && allDigits(v.mid(7, 4))
                      && allUpperLetters(v.mid(11, 1)) && allUpperLettersOrDigits(v.mid(12, 1)) && v.at(12) != u'0'
                      && allUpperLetters(v.mid(13, 1)) && allUpperLettersOrDigits(v.mid(14, 1));
    if (!form)
        return reject(tr("A GSTIN is a state code, a PAN, an entity number, Z and a check "
                         "character, such as 09AAKCS6327D1Z8."));
    const int state = (v.at(0).unicode() - u'0') * 10 + (v.at(1).unicode() - u'0');
    if (!((state >= 1 && state <= 38) || state == 97 || state == 99))
        return reject(tr("%1 is not a state code of a GSTIN.").arg(value.left(2)));
    if (checkCharacter(v.left(14)) != v.at(14))
        return reject(tr("This GSTIN's last character does not match: check it for a typing mistake."));
    return accept(value);
}

FieldCheck Validators::udyam(const QString &input)
{
    QString value = input.trimmed().toUpper();
    value.remove(QLatin1Char(' '));
    if (value.isEmpty())
        return accept({});
    const QStringView v(value);
    const bool form = v.size() == 19 && v.startsWith(QLatin1String("UDYAM-")) && allUpperLetters(v.mid(6, 2))
                      && v.at(8) == u'-' && allDigits(v.mid(9, 2)) && v.at(11) == u'-' && allDigits(v.mid(12, 7));
    if (!form)
        return reject(tr("A Udyam registration number looks like UDYAM-UP-29-0001234."));
    return accept(value);
}

FieldCheck Validators::iec(const QString &input)
{
    QString value = input.trimmed().toUpper();
    value.remove(QLatin1Char(' '));
    if (value.isEmpty())
        return accept({});
    const QStringView v(value);
    const bool pan = v.size() == 10 && allUpperLetters(v.left(5)) && allDigits(v.mid(5, 4))
                     && allUpperLetters(v.mid(9, 1));
    if (!pan && !(v.size() == 10 && allDigits(v)))
        return reject(tr("An IEC has 10 characters: a PAN such as AAFCP4821K, or 10 digits."));
    return accept(value);
}

FieldCheck Validators::exportShare(const QString &input)
{
    QString value = TextFold::latinDigits(input.trimmed());
    value.remove(QLatin1Char('%'));
    value = value.trimmed();
    if (value.isEmpty())
        return accept({});
    bool ok = false;
    const int share = value.toInt(&ok);
    if (!ok || share < 0 || share > 100)
        return reject(tr("The share exported is a whole percentage from 0 to 100."));
    return accept(QString::number(share));
}
