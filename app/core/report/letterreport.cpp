#include "letterreport.h"

#include "letters/documentlanguage.h"
#include "report/reporttext.h"

#include <QPageSize>

namespace {

const QColor HeadColor(0x1f, 0x4e, 0x79); // the badges' deep blue
const QColor Quiet(0x44, 0x44, 0x44);

constexpr qreal Margin = 56;      // about 20 mm
constexpr qreal TopMargin = 40;
constexpr qreal BottomMargin = 46;
constexpr qreal LargestBody = 11;
constexpr qreal SmallestBody = 8;

// The printed words of a letter, in the letter's language.
struct Words {
    QString number;
    QString date;
    QString to;
    QString subject;
    QString closing;
};

Words wordsFor(const DocumentLanguage &doc)
{
    return {doc.translate("LetterReport", "Letter No.: %1"), doc.translate("LetterReport", "Date: %1"),
            doc.translate("LetterReport", "To,"), doc.translate("LetterReport", "Subject:"),
            doc.translate("LetterReport", "Yours faithfully,")};
}

QStringList paragraphs(const QString &body)
{
    QStringList out;
    QString current;
    for (const QString &line : body.split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty()) {
            if (!current.isEmpty())
                out << current;
            current.clear();
            continue;
        }
        // Single line breaks inside a paragraph are kept (a list, a salutation on its own line).
        current += (current.isEmpty() ? QString() : QStringLiteral("\n")) + line.trimmed();
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

// Everything below the letterhead, from `top`; returns the bottom. Drawn on a scratch page first
// to measure.
qreal drawBody(ReportPainter &p, const LetterPage &letter, const Words &w, const OfficeDetails &office,
               const QImage &signature, qreal top, qreal size)
{
    const DocumentLanguage doc(letter.language);
    const qreal left = Margin;
    const qreal width = p.page()->body.width() - 2 * Margin + 0.0;
    const qreal right = left + width;
    ReportTextStyle text;
    text.pointSize = size;
    ReportTextStyle bold = text;
    bold.bold = true;
    ReportTextStyle alignRight = text;
    alignRight.alignment = Qt::AlignRight;
    const qreal gap = size * 1.1;

    qreal y = top;
    const qreal numberHeight = p.text(QRectF(left, y, width * 0.62, 0), w.number.arg(letter.number), text);
    const qreal dateHeight = p.text(QRectF(left + width * 0.62, y, width * 0.38, 0),
                                    w.date.arg(doc.date(letter.date)), alignRight);
    y += qMax(numberHeight, dateHeight) + gap;

    y += p.text(QRectF(left, y, width, 0), w.to, text);
    const qreal indent = size * 2;
    for (int i = 0; i < letter.addressee.size(); ++i)
        y += p.text(QRectF(left + indent, y, width - indent, 0), letter.addressee.at(i), i == 0 ? bold : text);
    y += gap;

    // "Subject:" with the subject set beside it, its lines aligned under its first.
    ReportTextStyle label = bold;
    label.wrap = false;
    const qreal labelWidth = p.measure(w.subject, label).width() + size * 0.5;
    p.text(QRectF(left + indent, y, labelWidth, 0), w.subject, label);
    y += p.text(QRectF(left + indent + labelWidth, y, width - indent - labelWidth, 0), letter.subject, bold);
    y += gap;

    for (const QString &paragraph : paragraphs(letter.body))
        y += p.text(QRectF(left, y, width, 0), paragraph, text) + size * 0.7;
    y += gap * 0.6;

    // The signature block on the right: closing, signature, name, designation, office.
    const qreal blockWidth = qMin<qreal>(230, width * 0.5);
    const QRectF block(right - blockWidth, y, blockWidth, 0);
    ReportTextStyle centred = text;
    centred.alignment = Qt::AlignHCenter;
    ReportTextStyle centredBold = bold;
    centredBold.alignment = Qt::AlignHCenter;
    y += p.text(QRectF(block.left(), y, blockWidth, 0), w.closing, centred);
    const qreal signatureHeight = size * 3.6;
    if (!signature.isNull()) {
        const qreal h = signatureHeight;
        const qreal sw = qMin(blockWidth, h * signature.width() / qMax(1, signature.height()));
        const qreal sh = sw * signature.height() / qMax(1, signature.width());
        p.image(QRectF(block.center().x() - sw / 2, y + (h - sh) / 2, sw, sh), signature);
    }
    y += signatureHeight;
    const QString officer = office.officerName.in(letter.language).trimmed();
    const QString designation = office.officerDesignation.in(letter.language).trimmed();
    if (!officer.isEmpty())
        y += p.text(QRectF(block.left(), y, blockWidth, 0), QStringLiteral("(%1)").arg(officer), centredBold);
    if (!designation.isEmpty())
        y += p.text(QRectF(block.left(), y, blockWidth, 0), designation, centred);
    y += p.text(QRectF(block.left(), y, blockWidth, 0), office.officeName(letter.language), centred);
    return y;
}

} // namespace

qreal LetterReport::drawLetterhead(ReportPainter &p, const OfficeDetails &office, const QString &language,
                                   const QRectF &area, const QImage &logo)
{
    const DocumentLanguage doc(language);
    const qreal logoHeight = 58;
    qreal logoWidth = 0;
    if (!logo.isNull()) {
        logoWidth = qMin<qreal>(90, logoHeight * logo.width() / qMax(1, logo.height()));
        const qreal h = logoWidth * logo.height() / qMax(1, logo.width());
        p.image(QRectF(area.left(), area.top() + (logoHeight - h) / 2, logoWidth, h), logo);
    }
    // The texts stay centred on the page: the logo's width is kept free on both sides.
    const qreal side = logoWidth > 0 ? logoWidth + 10 : 0;
    const QRectF box(area.left() + side, area.top(), area.width() - 2 * side, 0);
    ReportTextStyle name;
    name.pointSize = 16;
    name.bold = true;
    name.alignment = Qt::AlignHCenter;
    ReportTextStyle small;
    small.pointSize = 9;
    small.alignment = Qt::AlignHCenter;
    qreal y = area.top();
    y += p.text(QRectF(box.left(), y, box.width(), 0), office.officeName(language), name, HeadColor);
    QStringList address;
    for (const QString &line : office.address.in(language).split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            address << line.trimmed();
    if (!address.isEmpty())
        y += 2 + p.text(QRectF(box.left(), y + 2, box.width(), 0), address.join(QStringLiteral(", ")), small, Quiet);
    QStringList contact;
    if (!office.phone.trimmed().isEmpty())
        contact << doc.translate("LetterReport", "Phone: %1").arg(office.phone.trimmed());
    if (!office.email.trimmed().isEmpty())
        contact << doc.translate("LetterReport", "E-mail: %1").arg(office.email.trimmed());
    if (!contact.isEmpty())
        y += p.text(QRectF(box.left(), y, box.width(), 0), contact.join(QStringLiteral("  ·  ")), small, Quiet);
    y = qMax(y, area.top() + (logo.isNull() ? 0 : logoHeight)) + 6;
    p.line(QLineF(area.left(), y, area.right(), y), 1.4, HeadColor);
    p.line(QLineF(area.left(), y + 2.2, area.right(), y + 2.2), 0.5, HeadColor);
    return y + 2.2 + 14;
}

ReportDocument LetterReport::build(const OfficeDetails &office, const QList<LetterPage> &letters, const QString &title)
{
    ReportDocument doc;
    doc.pageSize = QPageSize(QPageSize::A4).size(QPageSize::Point);
    doc.orientation = QPageLayout::Portrait;
    doc.title = title;
    doc.author = office.officeName(QStringLiteral("en"));
    doc.subject = title;
    ReportTextEngine &engine = ReportTextEngine::forCurrentThread();
    // Decoded once: every page shares the same pictures (and the PDF embeds each once).
    const QImage logo = office.logo();
    const QImage signature = office.signature();
    const QRectF pageRect(QPointF(0, 0), doc.pageSize);
    const qreal bottom = doc.pageSize.height() - BottomMargin;

    for (int i = 0; i < letters.size(); ++i) {
        const LetterPage &letter = letters.at(i);
        const Words words = wordsFor(DocumentLanguage(letter.language));
        doc.pages.append(ReportPage());
        ReportPage &page = doc.pages.last();
        page.body = pageRect;
        ReportPainter p(&page, engine);
        const QRectF head(Margin, TopMargin, doc.pageSize.width() - 2 * Margin, 0);
        const qreal top = drawLetterhead(p, office, letter.language, head, logo);

        // The largest size at which the letter fits its page.
        qreal size = LargestBody;
        for (; size > SmallestBody; size -= 0.5) {
            ReportPage scratch;
            scratch.body = pageRect;
            ReportPainter measure(&scratch, engine);
            if (drawBody(measure, letter, words, office, signature, top, size) <= bottom)
                break;
        }
        const int before = int(page.items.size());
        const qreal end = drawBody(p, letter, words, office, signature, top, size);
        if (end > bottom) {
            ++doc.oversizedRows;
            // What runs past the bottom margin is cut at the paper's edge rather than overprinted.
            for (int k = before; k < page.items.size(); ++k)
                if (page.items[k].type == ReportItem::Type::Text)
                    page.items[k].clip = QRectF(0, 0, doc.pageSize.width(), doc.pageSize.height() - 14);
        }
        ReportPlacement placed;
        placed.kind = ReportPlacement::Kind::Row;
        placed.index = i;
        placed.rect = pageRect;
        page.placements << placed;
    }
    doc.rowCount = int(letters.size());
    engine.releaseTexts();
    return doc;
}
