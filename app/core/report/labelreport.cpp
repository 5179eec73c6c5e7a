#include "labelreport.h"

#include "report/reporttext.h"

#include <QPageSize>

namespace {

constexpr qreal PerMm = 72 / 25.4;

// Sets the label's lines from `top`, returns the bottom.
qreal drawLabel(ReportPainter &p, const QRectF &box, const QStringList &lines, qreal size)
{
    ReportTextStyle text;
    text.pointSize = size;
    ReportTextStyle bold = text;
    bold.bold = true;
    qreal y = box.top();
    for (int i = 0; i < lines.size(); ++i)
        y += p.text(QRectF(box.left(), y, box.width(), 0), lines.at(i), i == 0 ? bold : text);
    return y;
}

} // namespace

QList<LabelLayout> LabelReport::layouts()
{
    return {LabelLayout::TwoBySeven, LabelLayout::ThreeByEight};
}

QString LabelReport::layoutKey(LabelLayout layout)
{
    return layout == LabelLayout::TwoBySeven ? QStringLiteral("2x7") : QStringLiteral("3x8");
}

std::optional<LabelLayout> LabelReport::layoutFromKey(const QString &key)
{
    for (LabelLayout layout : layouts())
        if (layoutKey(layout) == key.trimmed().toLower())
            return layout;
    return std::nullopt;
}

QString LabelReport::layoutName(LabelLayout layout)
{
    return layout == LabelLayout::TwoBySeven ? tr("Address labels, 2 × 7 per A4 sheet (99.1 × 38.1 mm)")
                                             : tr("Address labels, 3 × 8 per A4 sheet (63.5 × 33.9 mm)");
}

LabelReport::Sheet LabelReport::sheet(LabelLayout layout)
{
    Sheet s;
    if (layout == LabelLayout::TwoBySeven) {
        s.columns = 2;
        s.rows = 7;
        s.label = QSizeF(99.1, 38.1) * PerMm;
        s.origin = QPointF(4.65, 15.15) * PerMm;
        s.pitch = QSizeF(101.6, 38.1) * PerMm;
    } else {
        s.columns = 3;
        s.rows = 8;
        s.label = QSizeF(63.5, 33.9) * PerMm;
        s.origin = QPointF(6.45, 12.9) * PerMm;
        s.pitch = QSizeF(66.0, 33.9) * PerMm;
    }
    return s;
}

QStringList LabelReport::addressLines(const InviteeRow &row)
{
    QStringList lines;
    for (const QString &field : {row.name, row.designation, row.enterprise})
        if (!field.trimmed().isEmpty())
            lines << field.trimmed();
    for (const QString &line : row.address.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    if (!row.pin.trimmed().isEmpty())
        lines << tr("PIN %1").arg(row.pin.trimmed());
    return lines;
}

ReportDocument LabelReport::build(const QList<InviteeRow> &rows, LabelLayout layout, int skip)
{
    ReportDocument doc;
    doc.pageSize = QPageSize(QPageSize::A4).size(QPageSize::Point);
    doc.orientation = QPageLayout::Portrait;
    doc.title = tr("Address labels");
    doc.subject = doc.title;
    const Sheet s = sheet(layout);
    const int perSheet = s.columns * s.rows;
    const qreal padding = layout == LabelLayout::TwoBySeven ? 9 : 6;
    const qreal largest = layout == LabelLayout::TwoBySeven ? 10.5 : 8.5;
    const qreal smallest = 6;
    ReportTextEngine &engine = ReportTextEngine::forCurrentThread();
    skip = qBound(0, skip, perSheet - 1);
    for (int i = 0; i < rows.size(); ++i) {
        const int slot = i + skip;
        if (slot % perSheet == 0 || doc.pages.isEmpty()) {
            doc.pages.append(ReportPage());
            doc.pages.last().body = QRectF(QPointF(0, 0), doc.pageSize);
        }
        const int onSheet = slot % perSheet;
        const QRectF label(s.origin + QPointF((onSheet % s.columns) * s.pitch.width(), (onSheet / s.columns) * s.pitch.height()),
                           s.label);
        const QRectF box = label.adjusted(padding, padding * 0.8, -padding, -padding * 0.8);
        const QStringList lines = addressLines(rows.at(i));
        qreal size = largest;
        for (; size > smallest; size -= 0.5) {
            ReportPage scratch;
            ReportPainter measure(&scratch, engine);
            if (drawLabel(measure, box, lines, size) <= box.bottom())
                break;
        }
        ReportPage &page = doc.pages.last();
        ReportPainter p(&page, engine);
        const int before = int(page.items.size());
        if (drawLabel(p, box, lines, size) > box.bottom()) {
            ++doc.oversizedRows;
            for (int k = before; k < page.items.size(); ++k)
                page.items[k].clip = label;
        }
        ReportPlacement placed;
        placed.kind = ReportPlacement::Kind::Row;
        placed.index = i;
        placed.rect = label;
        page.placements << placed;
    }
    doc.rowCount = int(rows.size());
    engine.releaseTexts();
    return doc;
}
