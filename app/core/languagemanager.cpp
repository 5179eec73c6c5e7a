#include "languagemanager.h"

#include <QCoreApplication>
#include <QTranslator>

LanguageManager *LanguageManager::instance()
{
    static LanguageManager manager;
    return &manager;
}

QString LanguageManager::currentLanguage()
{
    return instance()->m_language;
}

QString LanguageManager::initialLanguage(const QString &saved)
{
    if (availableLanguages().contains(saved))
        return saved;
    return QLocale::system().language() == QLocale::Hindi ? QStringLiteral("hi")
                                                          : QStringLiteral("en");
}

QString LanguageManager::nativeName(const QString &language)
{
    if (language == QLatin1String("hi"))
        return QStringLiteral("हिन्दी");
    return QStringLiteral("English");
}

QLocale LanguageManager::locale() const
{
    return m_language == QLatin1String("hi") ? QLocale(QLocale::Hindi, QLocale::India)
                                             : QLocale(QLocale::English, QLocale::India);
}

bool LanguageManager::setLanguage(const QString &language)
{
    if (!availableLanguages().contains(language))
        return false;
    auto *translator = new QTranslator(this);
    if (!translator->load(QStringLiteral(":/i18n/sammelan_%1.qm").arg(language))) {
        delete translator;
        return false;
    }
    m_language = language;
    QLocale::setDefault(locale());
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator);
        m_translator->deleteLater();
    }
    m_translator = translator;
    QCoreApplication::installTranslator(m_translator);
    emit languageChanged(language);
    return true;
}
