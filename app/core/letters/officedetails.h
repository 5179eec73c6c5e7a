#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QString>

// A text the office keeps in both languages (its name, its officer's designation, ...).
struct Bilingual {
    QString en;
    QString hi;
    // The text in `language`, falling back to the other one.
    QString in(const QString &language) const
    {
        if (language == QLatin1String("hi"))
            return hi.isEmpty() ? en : hi;
        return en.isEmpty() ? hi : en;
    }
    bool operator==(const Bilingual &o) const { return en == o.en && hi == o.hi; }
};

// The office on its letterhead (Settings › Office): name, district, address, phone, e-mail, logo,
// the officer who signs (name, designation, signature) and the pattern of its letter numbers.
// Kept in the database's `settings` table, so every desk that opens the file prints the same
// letterhead; images are stored as PNG.
struct OfficeDetails {
    Q_DECLARE_TR_FUNCTIONS(OfficeDetails)
public:
    Bilingual name;         // "District Industries Centre" / "जिला उद्योग केंद्र"
    Bilingual district;     // the same keys as SettingsRepository::District
    Bilingual address;      // may run over several lines
    QString phone;
    QString email;
    QByteArray logoPng;     // empty: none
    Bilingual officerName;
    Bilingual officerDesignation; // "Deputy Commissioner Industries" / "उपायुक्त उद्योग"
    QByteArray signaturePng; // empty: none
    QString numberPattern;  // "जि.उ.के./निर्यात/{n}/{year}"; empty: DefaultPattern

    static inline const QString DefaultPattern = QStringLiteral("{n}/{year}");
    // Images larger than this (pixels on the longer side) are scaled down when chosen.
    static constexpr int MaxImageSide = 800;

    bool operator==(const OfficeDetails &o) const;
    bool operator!=(const OfficeDetails &o) const { return !(*this == o); }

    // Reads them from the database; what was never set is empty.
    static OfficeDetails load(const QString &connection = Database::defaultConnectionName());
    // Writes them all in one transaction (all or nothing); false with a translated reason.
    bool save(const QString &connection = Database::defaultConnectionName(), QString *error = nullptr) const;
    // Why they cannot be saved (a pattern without {n}, an unknown field in it, a one-line field
    // with a line break, ...), translated and naming the field; empty when they can.
    QString validate() const;

    // "District Industries Centre, Gorakhpur" in `language` when no office name is set.
    QString officeName(const QString &language) const;
    QImage logo() const;
    QImage signature() const;
    // An image file, scaled down to MaxImageSide, as PNG; empty with a reason when it is no image.
    static QByteArray imageFile(const QString &path, QString *error);

    // The pattern in use (numberPattern or DefaultPattern).
    QString pattern() const { return numberPattern.trimmed().isEmpty() ? DefaultPattern : numberPattern.trimmed(); }
};

// Letter numbers (पत्रांक): a running serial per financial year (April to March) put into the
// office's pattern, where {n} is the serial and {year} the financial year ("2024-25").
namespace LetterNumbers {
// The financial year a day falls in, by its first calendar year: 2024 for 10 Feb 2025.
int financialYear(const QDate &day);
// "2024-25".
QString financialYearLabel(int fyStart);
QString format(const QString &pattern, int serial, int fyStart);
// The {...} fields of a pattern that are not {n} or {year}.
QStringList unknownFields(const QString &pattern);
} // namespace LetterNumbers
