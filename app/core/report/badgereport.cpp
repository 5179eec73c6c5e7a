#include "badgereport.h"

#include "checkin/checkincode.h"
#include "checkin/qrcode.h"
#include "events/eventrepository.h"
#include "invitees/inviteelistquery.h"
#include "text/languagemanager.h"
#include "report/inviteereport.h"
#include "report/reporttext.h"

#include <QLocale>
#include <QPageSize>

namespace {

const QColor BandColor(0x1f, 0x4e, 0x79);   // deep blue: prints well in colour and in grey
const QColor QuietText(0x55, 0x55, 0x55);
const QColor CutMarkColor(0x66, 0x66, 0x66);

// Everything one badge needs, in the language of the printout.
struct BadgeTexts {
    QString office;
    QString eventName;
    QString dates;
    QString name;
    QString designation;
    QString enterprise;
    QString sector;
    QString stall;
    QString code;
};

// The largest size from `largest` down to `smallest` at which `text` takes at most `lines`
// lines of `width`: long names shrink instead of running off the badge.
ReportTextStyle fitted(ReportPainter &p, const QString &text, qreal width, qreal largest, qreal smallest, int lines)
{
    ReportTextStyle style;
    style.bold = true;
    style.alignment = Qt::AlignHCenter;
    for (qreal size = largest; size >= smallest; size -= 1) {
        style.pointSize = size;
        if (p.engine().layout(text, style, width)->lineCount <= lines)
            return style;
    }
    style.pointSize = smallest;
    return style;
}

// The QR code as black squares (one rectangle per run of dark modules in a row), with its
// four-module quiet zone inside `square`. Vector squares stay sharp on any printer.
void drawQr(ReportPainter &p, const QRectF &square, const QString &payload)
{
    const QrCode qr(payload);
    if (!qr.isValid())
        return;
    const qreal module = square.width() / (qr.size() + 8);
    const QPointF origin = square.topLeft() + QPointF(4 * module, 4 * module);
    for (int y = 0; y < qr.size(); ++y) {
        int x = 0;
        while (x < qr.size()) {
            if (!qr.dark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < qr.size() && qr.dark(x, y))
                ++x;
            // A hair taller than a module, so viewers that anti-alias leave no seams between rows.
            p.rect(QRectF(origin.x() + start * module, origin.y() + y * module, (x - start) * module, module + 0.05),
                   Qt::black);
        }
    }
}

// The coloured band at the top: office, event name, dates. Returns its height.
qreal drawBand(ReportPainter &p, const QRectF &cell, qreal margin, const BadgeTexts &t, qreal eventSize)
{
    const qreal pad = eventSize * 0.5;
    const qreal width = cell.width() - 2 * margin - 2 * pad;
    ReportTextStyle small;
    small.pointSize = qMax(6.0, eventSize * 0.62);
    small.alignment = Qt::AlignHCenter;
    ReportTextStyle title;
    title.pointSize = eventSize;
    title.bold = true;
    title.alignment = Qt::AlignHCenter;
    const qreal height = pad + p.measure(t.office, small, width).height() + p.measure(t.eventName, title, width).height()
                         + (t.dates.isEmpty() ? 0 : p.measure(t.dates, small, width).height()) + pad;
    const QRectF band(cell.left() + margin, cell.top() + margin, cell.width() - 2 * margin, height);
    p.rect(band, BandColor);
    qreal y = band.top() + pad;
    y += p.text(QRectF(band.left() + pad, y, width, 0), t.office, small, Qt::white);
    y += p.text(QRectF(band.left() + pad, y, width, 0), t.eventName, title, Qt::white);
    if (!t.dates.isEmpty())
        p.text(QRectF(band.left() + pad, y, width, 0), t.dates, small, Qt::white);
    return height;
}

// Name, designation, enterprise, sector and stall, centred in `box` from its top. Returns the
// height used.
qreal drawPerson(ReportPainter &p, const QRectF &box, const BadgeTexts &t, qreal nameSize, qreal textSize)
{
    qreal y = box.top();
    const ReportTextStyle nameStyle = fitted(p, t.name, box.width(), nameSize, qMax(9.0, nameSize * 0.55), 2);
    y += p.text(QRectF(box.left(), y, box.width(), 0), t.name, nameStyle);
    ReportTextStyle quiet;
    quiet.pointSize = textSize * 0.85;
    quiet.alignment = Qt::AlignHCenter;
    ReportTextStyle firm;
    firm.pointSize = textSize;
    firm.alignment = Qt::AlignHCenter;
    if (!t.designation.isEmpty())
        y += p.text(QRectF(box.left(), y, box.width(), 0), t.designation, quiet, QuietText);
    y += textSize * 0.4;
    if (!t.enterprise.isEmpty())
        y += p.text(QRectF(box.left(), y, box.width(), 0), t.enterprise, firm);
    if (!t.sector.isEmpty())
        y += p.text(QRectF(box.left(), y, box.width(), 0), t.sector, quiet, QuietText);
    if (!t.stall.isEmpty()) {
        y += textSize * 0.5;
        ReportTextStyle stall;
        stall.pointSize = textSize * 1.1;
        stall.bold = true;
        stall.wrap = false;
        const QSizeF size = p.measure(t.stall, stall);
        const qreal pad = textSize * 0.35;
        const QRectF frame(box.center().x() - size.width() / 2 - pad, y, size.width() + 2 * pad, size.height() + pad);
        p.rect(frame, QColor(), BandColor, 1);
        p.text(QRectF(frame.left() + pad, y + pad / 2, size.width(), 0), t.stall, stall, BandColor);
        y += frame.height();
    }
    return y - box.top();
}

// The person's lines in `box`, a little below its top when there is room (measured on a scratch
// page first).
void drawPersonBelowBand(ReportPainter &p, const QRectF &box, const BadgeTexts &t, qreal nameSize, qreal textSize)
{
    ReportPage scratch;
    ReportPainter measure(&scratch, p.engine());
    const qreal height = drawPerson(measure, box, t, nameSize, textSize);
    // A little air under the band, the same on every badge so names line up across a sheet.
    const qreal top = box.top() + qBound(0.0, (box.height() - height) / 2, nameSize * 1.2);
    drawPerson(p, QRectF(box.left(), top, box.width(), box.height()), t, nameSize, textSize);
}

void drawA6(ReportPainter &p, const QRectF &cell, const BadgeTexts &t)
{
    const qreal margin = 18;
    const qreal band = drawBand(p, cell, margin, t, 12);
    const qreal qrSide = 112; // about 40 mm with its quiet zone: a scanner reads it from a hand's length
    ReportTextStyle codeStyle;
    codeStyle.pointSize = 6.5;
    codeStyle.alignment = Qt::AlignHCenter;
    const qreal codeHeight = p.measure(t.code, codeStyle).height();
    const qreal bottom = cell.bottom() - margin;
    const QRectF qr(cell.center().x() - qrSide / 2, bottom - codeHeight - qrSide, qrSide, qrSide);
    const qreal top = cell.top() + margin + band + 10;
    const QRectF person(cell.left() + margin + 6, top, cell.width() - 2 * margin - 12, qr.top() - top - 10);
    drawPersonBelowBand(p, person, t, 24, 12);
    drawQr(p, qr, t.code);
    p.text(QRectF(cell.left() + margin, qr.bottom(), cell.width() - 2 * margin, 0), t.code, codeStyle, QuietText);
}

void drawEightUp(ReportPainter &p, const QRectF &cell, const BadgeTexts &t)
{
    const qreal margin = 14;
    const qreal band = drawBand(p, cell, margin, t, 9);
    const qreal qrSide = 78; // about 27 mm with its quiet zone
    ReportTextStyle codeStyle;
    codeStyle.pointSize = 5.5;
    codeStyle.alignment = Qt::AlignHCenter;
    const qreal codeHeight = p.measure(t.code, codeStyle).height();
    const qreal top = cell.top() + margin + band + 8;
    const QRectF qr(cell.right() - margin - qrSide, cell.bottom() - margin - codeHeight - qrSide, qrSide, qrSide);
    const QRectF person(cell.left() + margin + 2, top, qr.left() - (cell.left() + margin + 2) - 6,
                        cell.bottom() - margin - top);
    drawPersonBelowBand(p, person, t, 17, 9);
    drawQr(p, qr, t.code);
    p.text(QRectF(qr.left() - 10, qr.bottom(), qr.width() + 20, 0), t.code, codeStyle, QuietText);
}

// Short marks where the sheet is cut: on the page's edges at each cut line, and a small cross
// where cut lines meet inside the sheet. They sit in the gap between badges (the contents keep a
// margin), and start a little in from the paper's edge, where printers cannot print.
void drawCutMarks(ReportPainter &p, const QSizeF &page, int columns, int rows)
{
    const qreal edge = 10;
    const qreal length = 12;
    const qreal arm = 6;
    const qreal w = page.width() / columns;
    const qreal h = page.height() / rows;
    for (int c = 1; c < columns; ++c) {
        const qreal x = c * w;
        p.line(QLineF(x, edge, x, edge + length), 0.3, CutMarkColor);
        p.line(QLineF(x, page.height() - edge - length, x, page.height() - edge), 0.3, CutMarkColor);
    }
    for (int r = 1; r < rows; ++r) {
        const qreal y = r * h;
        p.line(QLineF(edge, y, edge + length, y), 0.3, CutMarkColor);
        p.line(QLineF(page.width() - edge - length, y, page.width() - edge, y), 0.3, CutMarkColor);
    }
    for (int c = 1; c < columns; ++c)
        for (int r = 1; r < rows; ++r) {
            const QPointF at(c * w, r * h);
            p.line(QLineF(at.x() - arm, at.y(), at.x() + arm, at.y()), 0.3, CutMarkColor);
            p.line(QLineF(at.x(), at.y() - arm, at.x(), at.y() + arm), 0.3, CutMarkColor);
        }
}

} // namespace

QList<BadgeLayout> BadgeReport::layouts()
{
    return {BadgeLayout::A6, BadgeLayout::EightUp};
}

QString BadgeReport::layoutName(BadgeLayout layout)
{
    switch (layout) {
    case BadgeLayout::A6: return tr("Badges, A6 (4 per A4 sheet)");
    case BadgeLayout::EightUp: return tr("Badges, 8 per A4 label sheet");
    }
    return {};
}

QString BadgeReport::layoutKey(BadgeLayout layout)
{
    switch (layout) {
    case BadgeLayout::A6: return QStringLiteral("a6");
    case BadgeLayout::EightUp: return QStringLiteral("8up");
    }
    return {};
}

std::optional<BadgeLayout> BadgeReport::layoutFromKey(const QString &key)
{
    for (BadgeLayout layout : layouts())
        if (layoutKey(layout) == key.trimmed().toLower())
            return layout;
    return std::nullopt;
}

int BadgeReport::badgesPerSheet(BadgeLayout layout)
{
    return layout == BadgeLayout::A6 ? 4 : 8;
}

QSizeF BadgeReport::badgeSize(BadgeLayout layout)
{
    const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Point);
    return layout == BadgeLayout::A6 ? QSizeF(a4.width() / 2, a4.height() / 2) : QSizeF(a4.width() / 2, a4.height() / 4);
}

bool BadgeReport::getsBadge(InvitationStatus status)
{
    return InvitationStatuses::expected().contains(status); // as the check-in desk counts them
}

BadgeReport::Result BadgeReport::build(const InviteeFilter &filter, const InviteeSort &sort, BadgeLayout layout,
                                       const QString &connection, QString *error)
{
    const std::optional<Event> event = EventRepository(connection).find(filter.eventId);
    if (!event) {
        if (error)
            *error = tr("There is no event with the number %1.").arg(filter.eventId);
        return {};
    }
    return build(*event, InviteeReport::officeLine(connection), InviteeListQuery(connection).list(filter, sort), layout);
}

BadgeReport::Result BadgeReport::build(const Event &event, const QString &officeLine, const QList<InviteeRow> &rows,
                                       BadgeLayout layout)
{
    const QString language = LanguageManager::currentLanguage();
    Result result;
    ReportDocument &doc = result.document;
    doc.pageSize = QPageSize(QPageSize::A4).size(QPageSize::Point);
    doc.orientation = QPageLayout::Portrait;
    doc.title = tr("Badges: %1").arg(event.name(language));
    doc.author = officeLine;
    doc.subject = event.name(language);

    const int columns = 2;
    const int rowsPerSheet = badgesPerSheet(layout) / columns;
    const QSizeF cell = badgeSize(layout);
    ReportTextEngine &engine = ReportTextEngine::forCurrentThread();

    BadgeTexts texts;
    texts.office = officeLine;
    texts.eventName = event.name(language);
    texts.dates = InviteeReport::eventDates(event.startDate, event.endDate);
    if (!event.venue.trimmed().isEmpty())
        texts.dates = texts.dates.isEmpty() ? event.venue.trimmed()
                                            : tr("%1 · %2", "event dates · venue").arg(texts.dates, event.venue.trimmed());

    int slot = 0;
    for (const InviteeRow &row : rows) {
        if (!getsBadge(row.status)) {
            ++result.skipped;
            continue;
        }
        if (slot % badgesPerSheet(layout) == 0) {
            doc.pages.append(ReportPage());
            doc.pages.last().body = QRectF(QPointF(0, 0), doc.pageSize);
            ReportPainter marks(&doc.pages.last(), engine);
            drawCutMarks(marks, doc.pageSize, columns, rowsPerSheet);
        }
        const int onSheet = slot % badgesPerSheet(layout);
        const QRectF rect(QPointF((onSheet % columns) * cell.width(), (onSheet / columns) * cell.height()), cell);
        texts.name = row.name.trimmed();
        texts.designation = row.designation.trimmed();
        texts.enterprise = row.enterprise.trimmed();
        texts.sector = row.sector(language).trimmed();
        texts.stall = row.stallCode.trimmed().isEmpty() ? QString() : tr("Stall %1").arg(row.stallCode.trimmed());
        texts.code = CheckinCode{event.id, row.id}.encode();

        ReportPage &page = doc.pages.last();
        ReportPainter p(&page, engine);
        if (layout == BadgeLayout::A6)
            drawA6(p, rect, texts);
        else
            drawEightUp(p, rect, texts);
        ReportPlacement placed;
        placed.kind = ReportPlacement::Kind::Row;
        placed.index = slot;
        placed.rect = rect;
        page.placements << placed;
        result.inviteeIds << row.id;
        ++slot;
    }
    result.badges = slot;
    doc.rowCount = slot;
    engine.releaseTexts();
    return result;
}

BadgeReport::Result BadgeReport::buildSingle(const Event &event, const QString &officeLine, const InviteeRow &row)
{
    const QString language = LanguageManager::currentLanguage();
    Result result;
    ReportDocument &doc = result.document;
    doc.pageSize = QPageSize(QPageSize::A6).size(QPageSize::Point);
    doc.orientation = QPageLayout::Portrait;
    doc.title = tr("Badge: %1").arg(row.name.trimmed());
    doc.author = officeLine;
    doc.subject = event.name(language);
    ReportTextEngine &engine = ReportTextEngine::forCurrentThread();

    BadgeTexts texts;
    texts.office = officeLine;
    texts.eventName = event.name(language);
    texts.dates = InviteeReport::eventDates(event.startDate, event.endDate);
    if (!event.venue.trimmed().isEmpty())
        texts.dates = texts.dates.isEmpty() ? event.venue.trimmed()
                                            : tr("%1 · %2", "event dates · venue").arg(texts.dates, event.venue.trimmed());
    texts.name = row.name.trimmed();
    texts.designation = row.designation.trimmed();
    texts.enterprise = row.enterprise.trimmed();
    texts.sector = row.sector(language).trimmed();
    texts.stall = row.stallCode.trimmed().isEmpty() ? QString() : tr("Stall %1").arg(row.stallCode.trimmed());
    texts.code = CheckinCode{event.id, row.id}.encode();

    doc.pages.append(ReportPage());
    ReportPage &page = doc.pages.last();
    const QRectF rect(QPointF(0, 0), doc.pageSize);
    page.body = rect;
    ReportPainter p(&page, engine);
    drawA6(p, rect, texts);
    ReportPlacement placed;
    placed.kind = ReportPlacement::Kind::Row;
    placed.index = 0;
    placed.rect = rect;
    page.placements << placed;
    result.badges = 1;
    result.inviteeIds << row.id;
    doc.rowCount = 1;
    engine.releaseTexts();
    return result;
}

QString BadgeReport::alreadyPrintedNote(int count, const QDateTime &last)
{
    const QLocale locale;
    const QDate day = last.date();
    const QString format = day.year() == QDate::currentDate().year() ? QStringLiteral("d MMM") : QStringLiteral("d MMM yyyy");
    return LanguageManager::digits(tr("%Ln of these badges were already printed (last on %1).", nullptr, count)
                                       .arg(locale.toString(day, format)));
}
