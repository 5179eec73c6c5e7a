#include "documentlanguage.h"

#include "text/languagemanager.h"
#include "text/textfold.h"

#include <QHash>
#include <QMutex>
#include <QTranslator>

namespace {

// One catalogue per language, loaded once and shared by every thread (QTranslator::translate()
// only reads).
std::shared_ptr<const QTranslator> catalogue(const QString &language)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const QTranslator>> loaded;
    const QMutexLocker lock(&mutex);
    auto it = loaded.find(language);
    if (it == loaded.end()) {
        auto translator = std::make_shared<QTranslator>();
        if (!translator->load(QStringLiteral(":/i18n/sammelan_%1.qm").arg(language)))
            translator.reset();
        it = loaded.insert(language, translator);
    }
    return *it;
}

} // namespace

DocumentLanguage::DocumentLanguage(const QString &language)
    : m_language(language == QLatin1String("hi") ? QStringLiteral("hi") : QStringLiteral("en")),
      m_translator(catalogue(m_language))
{
}

QLocale DocumentLanguage::locale() const
{
    return isHindi() ? QLocale(QLocale::Hindi, QLocale::India) : QLocale(QLocale::English, QLocale::India);
}

QString DocumentLanguage::translate(const char *context, const char *source, const char *disambiguation, int n) const
{
    QString translated;
    if (m_translator)
        translated = m_translator->translate(context, source, disambiguation, n);
    if (translated.isEmpty())
        translated = QString::fromUtf8(source);
    // %n as QCoreApplication::translate() fills it.
    if (n >= 0)
        translated.replace(QStringLiteral("%n"), locale().toString(n));
    return translated;
}

QString DocumentLanguage::date(const QDate &date) const
{
    return digits(locale().toString(date, QStringLiteral("d MMMM yyyy")));
}

QString DocumentLanguage::dates(const QDate &start, const QDate &end) const
{
    const QLocale l = locale();
    const QString full = QStringLiteral("d MMMM yyyy");
    if (!start.isValid())
        return {};
    if (!end.isValid() || end <= start)
        return date(start);
    const QString dash = QStringLiteral("–");
    if (start.year() == end.year() && start.month() == end.month())
        return digits(l.toString(start, QStringLiteral("d")) + dash + l.toString(end, full));
    if (start.year() == end.year())
        return digits(l.toString(start, QStringLiteral("d MMMM")) + QStringLiteral(" – ") + l.toString(end, full));
    return digits(l.toString(start, full) + QStringLiteral(" – ") + l.toString(end, full));
}

QString DocumentLanguage::digits(const QString &text) const
{
    if (!isHindi() || !LanguageManager::instance()->nativeDigits())
        return text;
    QString out = text;
    for (QChar &c : out)
        if (c >= u'0' && c <= u'9')
            c = QChar(char16_t(0x0966 + (c.unicode() - u'0')));
    return out;
}

QString DocumentLanguage::forName(const QString &name)
{
    return TextFold::hasDevanagari(name) ? QStringLiteral("hi") : QStringLiteral("en");
}
