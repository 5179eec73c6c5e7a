#include "text/languagemanager.h"

#include <QCoreApplication>
#include <QDateTime>
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

void LanguageManager::setNativeDigits(bool on)
{
    if (on == m_nativeDigits)
        return;
    m_nativeDigits = on;
    emit languageChanged(m_language); // every view re-renders its numbers
}

QString LanguageManager::digits(const QString &text)
{
    const LanguageManager *self = instance();
    if (!self->m_nativeDigits || self->m_language != QLatin1String("hi"))
        return text;
    QString out = text;
    for (QChar &c : out)
        if (c >= u'0' && c <= u'9')
            c = QChar(char16_t(0x0966 + (c.unicode() - u'0')));
    return out;
}

QLocale LanguageManager::numberLocale()
{
    const LanguageManager *self = instance();
    if (self->m_language != QLatin1String("hi"))
        return QLocale(QLocale::English, QLocale::India);
    return self->m_nativeDigits ? QLocale(QLocale::Marathi, QLocale::India) : QLocale(QLocale::Hindi, QLocale::India);
}

QString LanguageManager::number(qint64 value)
{
    return digits(instance()->locale().toString(value));
}

QString LanguageManager::number(double value, int decimals)
{
    return digits(instance()->locale().toString(value, 'f', decimals));
}

QString LanguageManager::date(const QDate &date, QLocale::FormatType format)
{
    // Month names come from the language's own locale; digits are put in afterwards.
    return digits(instance()->locale().toString(date, format == QLocale::LongFormat ? longDateFormat() : dateFormat()));
}

QString LanguageManager::dateTime(const QDateTime &dateTime, QLocale::FormatType format)
{
    if (!dateTime.isValid())
        return {};
    const QString time = dateTime.time().toString(QStringLiteral("HH:mm"));
    return date(dateTime.date(), format) + (format == QLocale::LongFormat ? QStringLiteral(", ") : QStringLiteral(" "))
        + digits(time);
}
