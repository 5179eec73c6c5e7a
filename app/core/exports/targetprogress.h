#pragma once

#include "exports/exportrecord.h"
#include "exports/exporttarget.h"

#include <QCoreApplication>
#include <QList>

#include <cmath>

// How the district stands against an export target: the actual figure of the target's year
// (when that year has figures), the latest year before it with figures (the baseline), and
// the growth a year that would take the baseline to the target.
//
// Growth needed is compound: from ₹300 crore in 2023-24 to ₹1,000 crore in 2026-27 is
// (1000 / 300)^(1/3) − 1 = 49.4 % a year.
struct TargetProgress {
    ExportTarget target;
    bool hasActual = false; // the target's year has export figures
    double actual = 0;      // ₹ crore of the target's scope in its year
    int baseYear = 0;       // the latest earlier year with figures; 0: none
    double baseValue = 0;   // ₹ crore of the target's scope in that year
    double growthNeeded = std::nan(""); // a year, 0.494 for 49.4 %; NaN without a baseline above 0

    // Share of the target reached in its year (0.82 for 82 %); NaN without figures for the year.
    double achieved() const { return hasActual ? actual / target.targetCrore : std::nan(""); }
    int yearsToGo() const { return baseYear ? target.fyStart - baseYear : 0; }

    static TargetProgress of(const ExportTarget &target, const QList<ExportRecord> &records);
    static QList<TargetProgress> of(const QList<ExportTarget> &targets, const QList<ExportRecord> &records);
    // ₹ crore of the records in `fyStart` that count towards `target`'s scope.
    static double actualFor(const ExportTarget &target, const QList<ExportRecord> &records, int fyStart);
    // The compound growth a year from `from` to `to` over `years` years (NaN when it cannot be told).
    static double growth(double from, double to, int years);
};

// The words for a target and its progress, as the exports page and the report say them.
class TargetTexts final
{
    Q_DECLARE_TR_FUNCTIONS(TargetTexts)
public:
    // "Overall", "Egypt", "Readymade garments" in the current language (`productName` for the sector).
    static QString scope(const ExportTarget &target, const QString &productName);
    // "82.0% of the target reached" / "needs 49.4% growth a year from 2023-24 (3 years)" / ...
    static QString progress(const TargetProgress &progress);
    static QString percent(double fraction); // 0.494 → "49.4%"
};
