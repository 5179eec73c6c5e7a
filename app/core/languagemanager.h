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

    static LanguageManager *instance();

    static QStringList availableLanguages() { return {QStringLiteral("en"), QStringLiteral("hi")}; }
    static QString currentLanguage();
    // The language to start with: `saved` when it is one we have, else the system's.
    static QString initialLanguage(const QString &saved);
    // Each language named in itself, for the Language menu.
    static QString nativeName(const QString &language);

    bool setLanguage(const QString &language);
    QLocale locale() const;

signals:
    void languageChanged(const QString &language);

private:
    LanguageManager() = default;
    QString m_language = QStringLiteral("en");
    QTranslator *m_translator = nullptr;
};
