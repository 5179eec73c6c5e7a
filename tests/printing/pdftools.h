#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QSizeF>
#include <QString>

// poppler-utils, as a reader of our PDFs would see them: the text pdftotext extracts (what a
// search or copy-paste gets) and the page count pdfinfo reports.
namespace PdfTools {

enum Mode { Reading, Raw, Layout };

// The text of page `page` (1-based), or of every page when `page` is 0. Pages end with \f.
// Reading: pdftotext's default (reading order); Raw: content-stream order; Layout: columns kept.
inline QString text(const QString &pdf, int page = 0, Mode mode = Reading)
{
    QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (mode == Layout)
        args << QStringLiteral("-layout");
    else if (mode == Raw)
        args << QStringLiteral("-raw");
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    args << pdf << QStringLiteral("-");
    QProcess p;
    p.start(QStringLiteral("pdftotext"), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("<pdftotext failed: %1>").arg(QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

inline int pageCount(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return -1;
    const auto match = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
                           .match(QString::fromUtf8(p.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// Page size in points as pdfinfo reports it ("Page size: 595.276 x 841.89 pts (A4)").
inline QSizeF pageSize(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    const auto match = QRegularExpression(QStringLiteral("^Page size:\\s+([\\d.]+) x ([\\d.]+)"),
                                          QRegularExpression::MultilineOption)
                           .match(QString::fromUtf8(p.readAllStandardOutput()));
    return match.hasMatch() ? QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble()) : QSizeF();
}

// Lines of extracted text with runs of spaces collapsed, for comparing whole names.
inline QStringList lines(const QString &text)
{
    QStringList out;
    for (QString line : text.split(QLatin1Char('\n'))) {
        line = line.simplified();
        if (!line.isEmpty())
            out << line;
    }
    return out;
}

// The text without any white space: pdftotext puts a space where a Devanagari vowel sign meets
// punctuation ("जि.उ.के ./निर्यात"), so numbers such as letter numbers are compared this way.
inline QString squeezed(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (!c.isSpace())
            out += c;
    return out;
}

} // namespace PdfTools
