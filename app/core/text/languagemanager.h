#pragma once

#include <QLocale>
#include <QObject>
#include <QString>

class QTranslator;

// The program's language: English ("en") or Hindi ("hi"). Switching installs the matching
// translator (Qt then sends QEvent::LanguageChange to every widget) and sets the default QLocale
// to en_IN or hi_IN, so numbers group the Indian way (12,34,567) and dates follow the language.
class LanguageManager final : public QObject
{
    Q_OBJECT
public:
    // Where the desktop program keeps the chosen language (QSettings); the CLI reads it too.
    static inline const QString SettingsKey = QStringLiteral("ui/language");
    static inline const QString NativeDigitsKey = QStringLiteral("ui/devanagariDigits");

    static LanguageManager *instance();

    static QStringList availableLanguages() { return {QStringLiteral("en"), QStringLiteral("hi")}; }
    static QString currentLanguage();
    // The language to start with: `saved` when it is one we have, else the system's.
    static QString initialLanguage(const QString &saved);
    // Each language named in itself, for the Language menu.
    static QString nativeName(const QString &language);

    bool setLanguage(const QString &language);
    QLocale locale() const;

    // Devanagari digits (०१२३४५६७८९) for numbers and dates shown and printed in Hindi. Off by
    // default: the "international form of Indian numerals" is the official one.
    bool nativeDigits() const { return m_nativeDigits; }
    void setNativeDigits(bool on);

    // Numbers and dates as the current language and digit setting write them (Indian grouping:
    // 12,34,567). Identifiers such as mobile numbers are not numbers and keep their digits.
    static QString number(qint64 value);
    static QString number(double value, int decimals);
    // One family of date formats, with four-digit years, in both languages: ShortFormat is
    // dateFormat() ("24-09-2021"), used by date fields, dialogs and the import wizard; LongFormat
    // is "24 September 2021" / "24 सितंबर 2021", as lists and printouts write it (no weekday).
    static QString date(const QDate &date, QLocale::FormatType format = QLocale::LongFormat);
    // The date as above, then the time on the 24-hour clock ("24-09-2021 10:30").
    static QString dateTime(const QDateTime &dateTime, QLocale::FormatType format = QLocale::ShortFormat);
    // The numeric date format (QDateEdit::setDisplayFormat, QDate::toString): day first,
    // four-digit year, as Indian offices write it.
    static QString dateFormat() { return QStringLiteral("dd-MM-yyyy"); }
    static QString longDateFormat() { return QStringLiteral("d MMMM yyyy"); }
    // Latin digits in `text` as Devanagari when the setting is on (and the language is Hindi).
    static QString digits(const QString &text);
    // The locale for widgets that show and read numbers or numeric dates themselves (spin boxes,
    // date fields, progress bars, chart axes): Indian grouping, and Devanagari digits when they
    // are chosen. Qt cannot change a locale's digits, so that is mr_IN, the CLDR locale with
    // both; it must not be used for words (its month names are Marathi).
    static QLocale numberLocale();

signals:
    void languageChanged(const QString &language);

private:
    LanguageManager() = default;
    QString m_language = QStringLiteral("en");
    bool m_nativeDigits = false;
    QTranslator *m_translator = nullptr;
};
