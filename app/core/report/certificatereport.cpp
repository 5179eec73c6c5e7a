#include "certificatereport.h"

#include "checkin/qrcode.h"
#include "letters/documentlanguage.h"
#include "report/reporttext.h"

#include <QPageSize>

namespace {

const QColor Blue(0x1f, 0x4e, 0x79);
const QColor Gold(0xb0, 0x8d, 0x3c);
const QColor Quiet(0x4a, 0x4a, 0x4a);

// The wording of a certificate in one language.
struct Wording {
    QString title;
    QString certify;
    QString closing; // with %1 event, %2 dates, %3 venue, %4 stall
    QString numberLabel;
    QString dateLabel;
};

Wording wording(const DocumentLanguage &doc, LetterKind kind)
{
    Wording w;
    const bool exhibitor = kind == LetterKind::ExhibitorCertificate;
    w.title = exhibitor ? doc.translate("CertificateReport", "Certificate of Participation – Exhibitor")
                        : doc.translate("CertificateReport", "Certificate of Participation");
    w.certify = doc.translate("CertificateReport", "This is to certify that");
    w.closing = exhibitor
                    ? doc.translate("CertificateReport", "took part as an exhibitor (stall %4) in %1, held on %2 at %3.")
                    : doc.translate("CertificateReport", "took part in %1, held on %2 at %3.");
    w.numberLabel = doc.translate("CertificateReport", "Certificate No.");
    w.dateLabel = doc.translate("CertificateReport", "Date: %1");
    return w;
}

QString closing(const Wording &w, const DocumentLanguage &doc, const Event &event, const CertificatePage &c)
{
    QString venue = event.venue.trimmed();
    if (venue.isEmpty())
        venue = QStringLiteral("—");
    QString text = w.closing;
    // Only the exhibitors' wording has the stall (%4).
    if (text.contains(QLatin1String("%4")))
        text.replace(QLatin1String("%4"), c.stall.isEmpty() ? QStringLiteral("—") : c.stall);
    return text.arg(event.name(doc.language()).trimmed(), doc.dates(event.startDate, event.endDate), venue);
}

ReportTextStyle style(qreal size, bool bold = false)
{
    ReportTextStyle s;
    s.pointSize = size;
    s.bold = bold;
    s.alignment = Qt::AlignHCenter;
    return s;
}

void drawBorder(ReportPainter &p, const QSizeF &page)
{
    const QRectF outer(QPointF(18, 18), page - QSizeF(36, 36));
    p.rect(outer, QColor(), Blue, 3.5);
    const QRectF inner = outer.adjusted(9, 9, -9, -9);
    p.rect(inner, QColor(), Gold, 1.2);
    // Small squares in the corners between the frames.
    const qreal s = 7;
    for (const QPointF &c : {inner.topLeft(), inner.topRight(), inner.bottomLeft(), inner.bottomRight()})
        p.rect(QRectF(c - QPointF(s / 2, s / 2), QSizeF(s, s)), Gold);
}

} // namespace

ReportDocument CertificateReport::build(const OfficeDetails &office, const Event &event, LetterKind kind,
                                        const QList<CertificatePage> &certificates, const QString &firstLanguage)
{
    const DocumentLanguage first(firstLanguage);
    const DocumentLanguage second(first.isHindi() ? QStringLiteral("en") : QStringLiteral("hi"));
    const Wording w1 = wording(first, kind);
    const Wording w2 = wording(second, kind);

    ReportDocument doc;
    doc.pageSize = QPageSize(QPageSize::A4).size(QPageSize::Point).transposed();
    doc.orientation = QPageLayout::Landscape;
    doc.title = QStringLiteral("%1: %2").arg(w1.title, event.name(first.language()));
    doc.author = office.officeName(QStringLiteral("en"));
    doc.subject = event.name(first.language());
    ReportTextEngine &engine = ReportTextEngine::forCurrentThread();
    const QImage logo = office.logo();
    const QImage signature = office.signature();
    const QSizeF size = doc.pageSize;
    const qreal left = 70;
    const qreal width = size.width() - 2 * left;

    for (int i = 0; i < certificates.size(); ++i) {
        const CertificatePage &c = certificates.at(i);
        doc.pages.append(ReportPage());
        ReportPage &page = doc.pages.last();
        page.body = QRectF(QPointF(0, 0), size);
        ReportPainter p(&page, engine);
        drawBorder(p, size);

        qreal y = 46;
        if (!logo.isNull()) {
            const qreal h = 48;
            const qreal lw = qMin<qreal>(120, h * logo.width() / qMax(1, logo.height()));
            const qreal lh = lw * logo.height() / qMax(1, logo.width());
            p.image(QRectF(size.width() / 2 - lw / 2, y + (h - lh) / 2, lw, lh), logo);
            y += h + 4;
        }
        y += p.text(QRectF(left, y, width, 0), office.officeName(first.language()), style(14, true), Blue);
        y += p.text(QRectF(left, y, width, 0), office.officeName(second.language()), style(11), Blue);
        y += 10;
        y += p.text(QRectF(left, y, width, 0), w1.title, style(27, true), Blue);
        y += p.text(QRectF(left, y, width, 0), w2.title, style(15, true), Gold);
        // The person and what they did, centred in the room between the title and the foot.
        const qreal footTop = size.height() - 44 - 110;
        auto middle = [&](ReportPainter &m, qreal top) {
            qreal my = top;
            my += m.text(QRectF(left, my, width, 0), w1.certify + QStringLiteral(" / ") + w2.certify, style(12), Quiet);
            my += 6;
            my += m.text(QRectF(left, my, width, 0), c.name, style(26, true));
            QStringList who;
            for (const QString &part : {c.designation, c.enterprise})
                if (!part.trimmed().isEmpty())
                    who << part.trimmed();
            if (!who.isEmpty())
                my += m.text(QRectF(left, my, width, 0), who.join(QStringLiteral(", ")), style(12.5), Quiet);
            my += 10;
            my += m.text(QRectF(left + 30, my, width - 60, 0), closing(w1, first, event, c), style(14));
            my += 4;
            my += m.text(QRectF(left + 30, my, width - 60, 0), closing(w2, second, event, c), style(11.5), Quiet);
            return my - top;
        };
        ReportPage scratch;
        ReportPainter measure(&scratch, engine);
        const qreal height = middle(measure, 0);
        middle(p, y + qMax<qreal>(8, (footTop - y - height) / 2));

        // The foot: QR code and number on the left, the date in the middle, the signature right.
        const qreal footBottom = size.height() - 44;
        const qreal qrSide = 78;
        const QRectF qr(left - 14, footBottom - qrSide - 22, qrSide, qrSide);
        if (!c.number.isEmpty()) {
            const QrCode code(c.number);
            if (code.isValid())
                p.image(qr, code.image(1));
        } else {
            p.rect(qr.adjusted(8, 8, -8, -8), QColor(0xf2, 0xf2, 0xf2), QColor(0xaa, 0xaa, 0xaa));
        }
        ReportTextStyle numberStyle;
        numberStyle.pointSize = 8.5;
        const QString number = c.number.isEmpty() ? first.translate("CertificateReport", "(given on printing)") : c.number;
        p.text(QRectF(qr.left() + 6, qr.bottom() - 4, 260, 0),
               QStringLiteral("%1 / %2: %3").arg(w1.numberLabel, w2.numberLabel, number), numberStyle);
        const QString date = w1.dateLabel.arg(first.date(c.date));
        p.text(QRectF(size.width() / 2 - 110, footBottom - 30, 220, 0), date, style(11));

        const qreal blockWidth = 240;
        const QRectF block(size.width() - left - blockWidth + 14, footBottom - 110, blockWidth, 110);
        qreal sy = block.top();
        const qreal sh = 42;
        if (!signature.isNull()) {
            const qreal sw = qMin(blockWidth, sh * signature.width() / qMax(1, signature.height()));
            const qreal h = sw * signature.height() / qMax(1, signature.width());
            p.image(QRectF(block.center().x() - sw / 2, sy + (sh - h) / 2, sw, h), signature);
        }
        sy += sh + 2;
        p.line(QLineF(block.left() + 20, sy, block.right() - 20, sy), 0.6, Quiet);
        sy += 3;
        const QString officer = office.officerName.in(first.language()).trimmed();
        if (!officer.isEmpty())
            sy += p.text(QRectF(block.left(), sy, blockWidth, 0), officer, style(11, true));
        for (const DocumentLanguage *lang : {&first, &second}) {
            const QString designation = office.officerDesignation.in(lang->language()).trimmed();
            if (!designation.isEmpty() && (lang == &first || designation != office.officerDesignation.in(first.language())))
                sy += p.text(QRectF(block.left(), sy, blockWidth, 0), designation, style(lang == &first ? 10.5 : 9.5), Quiet);
        }

        ReportPlacement placed;
        placed.kind = ReportPlacement::Kind::Row;
        placed.index = i;
        placed.rect = page.body;
        page.placements << placed;
    }
    doc.rowCount = int(certificates.size());
    engine.releaseTexts();
    return doc;
}
