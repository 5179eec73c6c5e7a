#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// A country of ISO 3166-1, named from Debian's iso-codes data (its ISO 3166-1 list and the
// Hindi translation of it), which the build embeds; a few Hindi names are put as Indian
// government offices write them (countries.cpp lists them).
struct Country {
    QString alpha2;    // "EG"
    QString alpha3;    // "EGY"
    QString nameEn;    // the common name where iso-codes has one ("South Korea"), else its name
    QString nameHi;    // iso-codes' Hindi translation, or the usual Hindi name; English when none
    QString officialEn;

    QString name(const QString &language) const
    {
        return language == QLatin1String("hi") && !nameHi.isEmpty() ? nameHi : nameEn;
    }
};

class Countries final
{
    Q_DECLARE_TR_FUNCTIONS(Countries)
public:
    static const Countries &instance();

    const QList<Country> &all() const { return m_countries; }
    std::optional<Country> byCode(const QString &alpha2) const;
    // A country as people write it: its code (EG, EGY), its English or Hindi name, its official
    // name, or a usual short name (USA, UK, UAE); case, spaces and punctuation do not matter.
    std::optional<Country> find(const QString &text) const;
    // Country names for completion as you type: in `language` first, then in the other one.
    QStringList completions(const QString &language) const;
    // How many countries have a Hindi name of their own in iso-codes.
    int hindiNamed() const { return m_hindiNamed; }

private:
    Countries();
    void index(const QString &key, int country);

    QList<Country> m_countries;
    QHash<QString, int> m_index; // folded form → country
    int m_hindiNamed = 0;
};
