#pragma once

#include "exports/exportrecord.h"
#include "text/validators.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// A 2-digit chapter of the Harmonized System as India's ITC(HS) uses it (01-97, and 98 and 99
// of the Indian schedules), named in English and Hindi.
struct HsChapter {
    QString code;      // "61"
    QString nameEn;    // the chapter's heading, slightly shortened
    QString nameHi;
    QString shortEn;   // a few words for chart labels
    QString shortHi;
    QStringList keywords; // product names that belong here ("readymade garments", "रेडीमेड वस्त्र")

    QString name(const QString &language) const
    {
        return language == QLatin1String("hi") && !nameHi.isEmpty() ? nameHi : nameEn;
    }
    QString shortName(const QString &language) const
    {
        return language == QLatin1String("hi") && !shortHi.isEmpty() ? shortHi : shortEn;
    }
};

// The HS chapters, read from the data file the program carries (resources/hs/hschapters.csv,
// embedded at :/hs/hschapters.csv): no chapter name is typed in the code. Also the rules for an
// ITC(HS) code and the classification of the district's products by chapter.
class HsChapters final
{
    Q_DECLARE_TR_FUNCTIONS(HsChapters)
public:
    static const HsChapters &instance();

    const QList<HsChapter> &all() const { return m_chapters; }
    // nullptr when `chapter` (two digits) is not a chapter.
    const HsChapter *find(const QString &chapter) const;

    // An ITC(HS) code as people and spreadsheets write it: "6109.10.00", "6109 10 00", "६१०९",
    // or "9011000" (a spreadsheet that took the code for a number dropped its leading zero: an
    // odd number of digits gets it back). Stored as 2, 4, 6 or 8 digits of a known chapter.
    // Empty input is accepted as empty (the code is optional).
    static FieldCheck checkCode(const QString &text);

    // The chapters a product's name points to, by the keywords of the data file: the longest
    // keyword found as whole words in the name wins, with every chapter that lists it
    // ("Readymade garments" → 61, 62; "Terracotta" → 69). Empty when nothing matches.
    QStringList guess(const QString &productName) const;

    // Several chapters as one chart key: "61+62"; and back.
    static QString key(const QStringList &chapters);
    static QStringList chaptersOf(const QString &key);

    // A chapter key for people: "61 Apparel, knitted", "61, 62: Apparel, knitted / Apparel, not
    // knitted", or "Not classified" for the empty key. `full`: the chapters' full headings.
    QString label(const QString &key, const QString &language, bool full = false) const;

    // Sets each record's `chapter`: its own code's chapter, else the chapters of its product
    // (`productChapters`: sector id → chapters), else empty.
    static void classify(QList<ExportRecord> &records, const QHash<qint64, QStringList> &productChapters);

private:
    HsChapters();
    QList<HsChapter> m_chapters;
    QHash<QString, int> m_index;
    // Folded keyword → the chapters that list it.
    QHash<QString, QStringList> m_keywords;
};
