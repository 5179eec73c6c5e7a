#pragma once

#include "text/validators.h"

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QString>
#include <algorithm>

// Small helpers shared by the benchmark programs.
namespace Bench {

// Peak resident memory of this process so far (VmHWM), in MiB.
inline double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

inline double maximum(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
}

inline double msSince(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

// Writes `count` invitee rows as staff lists really look when complete: every column filled
// (alternate phone, e-mail, a two-line address, PIN, a valid GSTIN, Udyam, IEC, exporter status,
// export share, notes, status), half the names, designations and addresses in Devanagari. The
// import benchmarks measure on these, not on the easiest rows. Returns false when the file
// cannot be written.
inline bool writeRealisticCsv(const QString &path, int count)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("name,designation,enterprise,sector,mobile,alternate phone,email,address,pin,gstin,udyam,iec,"
            "exporter status,export share,notes,status\n");
    const char *sectors[] = {"Textiles", "Chemicals", "Medical equipment", "Yarn", "Terracotta"};
    const char *statuses[] = {"invited", "confirmed", "declined", "attended", "invited"};
    const char *exporters[] = {"not yet exporting", "direct exporter", "merchant exporter"};
    const QString hindiNames[] = {QStringLiteral("मीरा श्रीवास्तव"), QStringLiteral("आलोक त्रिपाठी"),
                                  QStringLiteral("सुनीता यादव"), QStringLiteral("रामप्रसाद निषाद")};
    const char *latinNames[] = {"Farhan Siddiqui", "Neha Singh", "Arif Ansari", "Geeta Chaurasia"};
    const QString letters = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    for (int i = 0; i < count; ++i) {
        const bool hindi = i % 2 == 0;
        QString line;
        line += (hindi ? hindiNames[i % 4] : QString::fromLatin1(latinNames[i % 4])) + QStringLiteral(" %1,").arg(i);
        line += hindi ? QStringLiteral("प्रबंध निदेशक,") : QStringLiteral("Managing Director,");
        line += hindi ? QStringLiteral("\"श्री गोरख हथकरघा उद्योग %1, गोरखपुर\",").arg(i)
                      : QStringLiteral("\"Gorakh Handloom Industries %1, Gorakhpur\",").arg(i);
        line += QString::fromLatin1(sectors[i % 5]) + QLatin1Char(',');
        line += QStringLiteral("+91 9%1,").arg(100000000 + i);
        line += QStringLiteral("0551-2%1,").arg(100000 + i % 900000, 6, 10, QLatin1Char('0'));
        line += QStringLiteral("unit%1@example.in,").arg(i);
        line += hindi ? QStringLiteral("\"प्लॉट %1, गीडा सेक्टर 13\nगोरखपुर, उत्तर प्रदेश\",").arg(i)
                      : QStringLiteral("\"Plot %1, GIDA Sector 13\nGorakhpur, Uttar Pradesh\",").arg(i);
        line += QStringLiteral("273209,");
        // A GSTIN of Uttar Pradesh (09) with a PAN made from the row number, and its check character.
        QString pan;
        for (int k = 0, n = i; k < 5; ++k, n /= 26)
            pan += letters.at(n % 26);
        pan += QStringLiteral("%1").arg(i % 10000, 4, 10, QLatin1Char('0')) + letters.at((i / 10000) % 26);
        const QString first14 = QStringLiteral("09") + pan + QStringLiteral("1Z");
        line += first14 + Validators::gstinCheckCharacter(first14) + QLatin1Char(',');
        line += QStringLiteral("UDYAM-UP-29-%1,").arg(1000000 + i);
        line += pan + QLatin1Char(',');
        line += QString::fromLatin1(exporters[i % 3]) + QLatin1Char(',');
        line += QString::number(i % 3 == 0 ? 0 : 10 + i % 80) + QLatin1Char(',');
        line += hindi ? QStringLiteral("\"हस्तशिल्प मेले में भाग लिया, नमूने भेजे\",")
                      : QStringLiteral("\"Met at the trade fair, samples sent\",");
        line += QString::fromLatin1(statuses[i % 5]) + QLatin1Char('\n');
        f.write(line.toUtf8());
    }
    return f.error() == QFile::NoError;
}

} // namespace Bench
