#include "dispatchreport.h"

#include "text/languagemanager.h"
#include "report/reporttext.h"
#include "report/tablereport.h"

#include <QLocale>

namespace {

const QColor Grey(0x55, 0x55, 0x55);

struct Texts {
    QString office;
    QString title;
    QString event;
    QString printed;
};

qreal header(ReportPainter &p, const TableReport::PageInfo &info, const Texts &t)
{
    const QRectF band = info.band;
    qreal y = band.top();
    ReportTextStyle small;
    small.pointSize = 9;
    y += p.text(QRectF(band.left(), y, band.width(), 0), t.office, small);
    ReportTextStyle big;
    big.pointSize = 14;
    big.bold = true;
    y += p.text(QRectF(band.left(), y, band.width(), 0), t.title, big);
    if (!t.event.isEmpty())
        y += p.text(QRectF(band.left(), y, band.width(), 0), t.event, small);
    y += 4;
    p.line(QLineF(band.left(), y, band.right(), y), 0.8);
    return y + 0.4 - band.top();
}

qreal footer(ReportPainter &p, const TableReport::PageInfo &info, const Texts &t)
{
    const QRectF band = info.band;
    qreal y = band.top();
    p.line(QLineF(band.left(), y, band.right(), y), 0.4, Grey);
    y += 3;
    ReportTextStyle small;
    small.pointSize = 8;
    ReportTextStyle right = small;
    right.alignment = Qt::AlignRight;
    const QString page = info.pageCount > 0
                             ? DispatchReport::tr("Page %1 of %2")
                                   .arg(LanguageManager::number(info.page), LanguageManager::number(info.pageCount))
                             : DispatchReport::tr("Page %1 of %2").arg(QStringLiteral("888"), QStringLiteral("888"));
    const qreal h1 = p.text(QRectF(band.left(), y, band.width() * 0.65, 0), t.printed, small, Grey);
    const qreal h2 = p.text(QRectF(band.left() + band.width() * 0.65, y, band.width() * 0.35, 0), page, right);
    return y + qMax(h1, h2) - band.top();
}

} // namespace

QString DispatchReport::channels(const QList<DispatchChannel> &channels)
{
    QStringList names;
    for (DispatchChannel c : channels)
        names << LetterKinds::channelName(c);
    return names.isEmpty() ? QStringLiteral("—") : names.join(QStringLiteral(", "));
}

ReportDocument DispatchReport::build(const QString &officeLine, const QString &eventName,
                                     const QList<DispatchRegisterRow> &rows, const QDateTime &printedAt)
{
    const QLocale locale;
    Texts texts;
    texts.office = officeLine;
    texts.title = tr("Dispatch register");
    texts.event = eventName;
    const QDateTime printed = printedAt.isValid() ? printedAt : QDateTime::currentDateTime();
    texts.printed = tr("Printed on %1 at %2")
                        .arg(LanguageManager::digits(locale.toString(printed.date(), QStringLiteral("d MMMM yyyy"))),
                             LanguageManager::digits(locale.toString(printed.time(), QStringLiteral("HH:mm"))));

    TableReport table;
    table.setPage(QPageSize::A4, QPageLayout::Landscape, QMarginsF(36, 30, 36, 28));
    table.setColumns({
        {tr("S.No."), 34, 1, Qt::AlignRight},
        {tr("Letter no."), 140, 1, Qt::AlignLeft}, // a number is never broken over two lines
        {tr("Date"), 62, 1, Qt::AlignLeft},
        {tr("Kind"), 0, 1.0, Qt::AlignLeft},
        {tr("Addressee"), 0, 2.6, Qt::AlignLeft},
        {tr("Subject"), 0, 2.8, Qt::AlignLeft},
        {tr("How sent"), 0, 1.2, Qt::AlignLeft},
    });
    table.setPageHeader([texts](ReportPainter &p, const TableReport::PageInfo &info) { return header(p, info, texts); });
    table.setPageFooter([texts](ReportPainter &p, const TableReport::PageInfo &info) { return footer(p, info, texts); });
    table.setMetadata(eventName.isEmpty() ? texts.title : tr("%1: %2").arg(texts.title, eventName), officeLine, eventName);
    table.reserve(int(rows.size()) + 2);
    int serial = 0;
    for (const DispatchRegisterRow &row : rows) {
        const IssuedLetter &l = row.letter;
        table.addRow({LanguageManager::number(++serial), l.number,
                      LanguageManager::digits(locale.toString(l.issuedOn, QStringLiteral("dd.MM.yyyy"))),
                      LetterKinds::displayName(l.kind), l.addressee, l.subject, channels(row.channels)});
    }
    table.addSummary(tr("Letters and certificates issued: %1").arg(LanguageManager::number(rows.size())));
    return table.layout();
}
