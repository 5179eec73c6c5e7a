#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <memory>

class QTranslator;

// The language a document is written in, whatever language the program speaks: a Hindi letter
// printed from an English screen, an e-mail in each invitee's own language, a certificate in both
// languages at once. Texts are marked with QT_TRANSLATE_NOOP (so lupdate collects them and the
// Hindi lives in sammelan_hi.ts like every other string) and looked up here in the document's
// own catalogue; dates and numbers follow the document's locale.
class DocumentLanguage final
{
public:
    explicit DocumentLanguage(const QString &language);

    // "en" or "hi" (anything else is English).
    const QString &language() const { return m_language; }
    bool isHindi() const { return m_language == QLatin1String("hi"); }
    QLocale locale() const;

    // `source` (a text of `context`) in this language. Called with literals, lupdate collects
    // them like QCoreApplication::translate(); QT_TRANSLATE_NOOP marks texts kept elsewhere.
    QString translate(const char *context, const char *source, const char *disambiguation = nullptr, int n = -1) const;

    // "24 September 2021" / "24 सितंबर 2021".
    QString date(const QDate &date) const;
    // "21–22 September 2021", "30 September – 1 October 2021", ...
    QString dates(const QDate &start, const QDate &end) const;
    // Latin digits as Devanagari when the document is Hindi and the user chose Devanagari digits.
    QString digits(const QString &text) const;

    // The language of an invitee's letters and messages: Hindi when their name is written in
    // Devanagari, English otherwise (the register holds no language of its own per person).
    static QString forName(const QString &name);

private:
    QString m_language;
    std::shared_ptr<const QTranslator> m_translator;
};
