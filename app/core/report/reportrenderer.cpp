// Cairo first: GLib-free, but keep all C headers ahead of Qt's.
#include <cairo-pdf.h>
#include <cairo.h>

#include "reportrenderer.h"

#include "storage/outputpath.h"

#include <QDateTime>
#include <QDir>
#include <QIODevice>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QSaveFile>
#include <QVarLengthArray>
#include <cmath>

namespace {

void setColor(cairo_t *cr, const QColor &color)
{
    cairo_set_source_rgba(cr, color.redF(), color.greenF(), color.blueF(), color.alphaF());
}

const cairo_user_data_key_t ImageKey{};

// A Cairo surface over a QImage's pixels; the QImage copy lives as long as the surface (the
// PDF surface reads images only when it finishes the page).
cairo_surface_t *surfaceFor(const QImage &image)
{
    auto *copy = new QImage(image.convertToFormat(QImage::Format_ARGB32_Premultiplied));
    cairo_surface_t *surface = cairo_image_surface_create_for_data(
        copy->bits(), CAIRO_FORMAT_ARGB32, copy->width(), copy->height(), int(copy->bytesPerLine()));
    cairo_surface_set_user_data(surface, &ImageKey, copy, [](void *data) { delete static_cast<QImage *>(data); });
    // The same picture on every page (a logo, a signature on 1,000 certificates) is embedded in
    // the PDF once: Cairo shares surfaces with the same unique id.
    const QByteArray id = "sammelan-image-" + QByteArray::number(image.cacheKey());
    auto *idCopy = new QByteArray(id);
    cairo_surface_set_mime_data(surface, CAIRO_MIME_TYPE_UNIQUE_ID, reinterpret_cast<const unsigned char *>(idCopy->constData()),
                                idCopy->size(), [](void *data) { delete static_cast<QByteArray *>(data); }, idCopy);
    return surface;
}

// Text waiting to be shown: consecutive runs in one font and colour go to Cairo in a single
// cairo_show_text_glyphs() call. Each call costs Cairo's PDF surface a recording, an analysis
// and a replay, so a table page of some 300 cells is drawn with a few dozen calls, not 300.
class TextBatch
{
public:
    explicit TextBatch(cairo_t *cr) : m_cr(cr) {}
    ~TextBatch() { flush(); }

    void add(const ReportItem &item)
    {
        const ReportTextBlock &block = *item.text;
        const bool clipped = !item.clip.isEmpty();
        if (clipped) {
            flush();
            cairo_save(m_cr);
            cairo_rectangle(m_cr, item.clip.x(), item.clip.y(), item.clip.width(), item.clip.height());
            cairo_clip(m_cr);
        }
        if (item.color != m_color) {
            flush();
            m_color = item.color;
            setColor(m_cr, m_color);
        }
        const double x0 = item.rect.x();
        const double y0 = item.rect.y();
        for (const ReportTextBlock::Run &run : block.runs) {
            if (run.glyphs.isEmpty())
                continue;
            if (run.font != m_font || run.backward != m_backward || run.backward) {
                flush();
                m_font = run.font;
                m_backward = run.backward;
            }
            for (const ReportTextBlock::Glyph &g : run.glyphs)
                m_glyphs.append(cairo_glyph_t{g.index, x0 + g.x, y0 + g.y});
            for (const ReportTextBlock::Cluster &c : run.clusters)
                m_clusters.append(cairo_text_cluster_t{c.bytes, c.glyphs});
            m_utf8.append(block.utf8.constData() + run.textStart, run.textLength);
        }
        if (clipped) {
            flush();
            cairo_restore(m_cr);
            m_color = QColor(); // restored with the state
            m_font = nullptr;
        }
    }

    // Draws what is pending; `forget` also forgets the colour (someone else sets the source).
    void flush(bool forget = false)
    {
        if (!m_glyphs.isEmpty()) {
            cairo_set_scaled_font(m_cr, m_font);
            // With the text and the cluster map Cairo writes /ActualText and ToUnicode entries:
            // a PDF reader gets back "क्षत्रिय" rather than guesses from the glyphs.
            cairo_show_text_glyphs(m_cr, m_utf8.constData(), int(m_utf8.size()), m_glyphs.constData(),
                                   int(m_glyphs.size()), m_clusters.constData(), int(m_clusters.size()),
                                   m_backward ? CAIRO_TEXT_CLUSTER_FLAG_BACKWARD : cairo_text_cluster_flags_t(0));
            m_glyphs.clear();
            m_clusters.clear();
            m_utf8.clear();
        }
        if (forget)
            m_color = QColor();
    }

private:
    cairo_t *m_cr;
    cairo_scaled_font_t *m_font = nullptr;
    bool m_backward = false;
    QColor m_color;
    QVarLengthArray<cairo_glyph_t, 512> m_glyphs;
    QVarLengthArray<cairo_text_cluster_t, 512> m_clusters;
    QByteArray m_utf8;
};

cairo_status_t writeToDevice(void *closure, const unsigned char *data, unsigned int length)
{
    auto *device = static_cast<QIODevice *>(closure);
    return device->write(reinterpret_cast<const char *>(data), length) == qint64(length)
               ? CAIRO_STATUS_SUCCESS
               : CAIRO_STATUS_WRITE_ERROR;
}

} // namespace

void ReportRenderer::replay(cairo_t *cr, const ReportPage &page)
{
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE);
    TextBatch text(cr);
    bool pendingStroke = false;
    qreal pendingWidth = -1;
    QColor pendingColor;
    auto flushLines = [&] {
        if (pendingStroke) {
            cairo_set_line_width(cr, pendingWidth);
            setColor(cr, pendingColor);
            cairo_stroke(cr);
            pendingStroke = false;
        }
    };
    for (const ReportItem &item : page.items) {
        switch (item.type) {
        case ReportItem::Type::Line:
            // Rules come in long runs of equal pens (a table's grid): one path, one stroke.
            text.flush(true);
            if (pendingStroke && (item.lineWidth != pendingWidth || item.color != pendingColor))
                flushLines();
            cairo_move_to(cr, item.line.x1(), item.line.y1());
            cairo_line_to(cr, item.line.x2(), item.line.y2());
            pendingStroke = true;
            pendingWidth = item.lineWidth;
            pendingColor = item.color;
            break;
        case ReportItem::Type::Rect:
            text.flush(true);
            flushLines();
            cairo_rectangle(cr, item.rect.x(), item.rect.y(), item.rect.width(), item.rect.height());
            if (item.fill.isValid()) {
                setColor(cr, item.fill);
                if (item.color.isValid())
                    cairo_fill_preserve(cr);
                else
                    cairo_fill(cr);
            }
            if (item.color.isValid()) {
                setColor(cr, item.color);
                cairo_set_line_width(cr, item.lineWidth);
                cairo_stroke(cr);
            }
            cairo_new_path(cr);
            break;
        case ReportItem::Type::Text:
            flushLines();
            if (item.text)
                text.add(item);
            break;
        case ReportItem::Type::Image: {
            text.flush(true);
            flushLines();
            if (item.image.isNull() || item.rect.isEmpty())
                break;
            cairo_surface_t *surface = surfaceFor(item.image);
            cairo_save(cr);
            cairo_translate(cr, item.rect.x(), item.rect.y());
            cairo_scale(cr, item.rect.width() / item.image.width(), item.rect.height() / item.image.height());
            cairo_set_source_surface(cr, surface, 0, 0);
            // QR codes and logos are drawn sharp, not smeared between pixels.
            cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_NEAREST);
            cairo_paint(cr);
            cairo_restore(cr);
            cairo_surface_destroy(surface);
            break;
        }
        }
    }
    text.flush(true);
    flushLines();
}

bool ReportRenderer::writePdf(const ReportDocument &document, const QString &fileName, QString *error,
                              const Progress &progress)
{
    if (const QString refused = OutputPath::refusal(fileName); !refused.isEmpty()) {
        if (error)
            *error = refused;
        return false;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(fileName), file.errorString());
        return false;
    }
    QString why;
    if (!writePdf(document, &file, &why, progress)) {
        file.cancelWriting();
        if (error)
            *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(fileName), why);
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(fileName), file.errorString());
        return false;
    }
    return true;
}

bool ReportRenderer::writePdf(const ReportDocument &document, QIODevice *device, QString *error,
                              const Progress &progress)
{
    if (document.pages.isEmpty()) {
        if (error)
            *error = tr("There is nothing to print.");
        return false;
    }
    cairo_surface_t *surface = cairo_pdf_surface_create_for_stream(
        writeToDevice, device, document.pageSize.width(), document.pageSize.height());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, document.title.toUtf8().constData());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, document.author.toUtf8().constData());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, document.subject.toUtf8().constData());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR,
                                   QStringLiteral("Sammelan %1").arg(QCoreApplication::applicationVersion())
                                       .toUtf8().constData());
    cairo_t *cr = cairo_create(surface);
    bool cancelled = false;
    for (int i = 0; i < document.pages.size(); ++i) {
        replay(cr, document.pages.at(i));
        cairo_show_page(cr);
        if (progress && !progress(i + 1, int(document.pages.size()))) {
            cancelled = true;
            break;
        }
        if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS)
            break;
    }
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const cairo_status_t status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (cancelled) {
        if (error)
            *error = tr("Cancelled.");
        return false;
    }
    if (status != CAIRO_STATUS_SUCCESS) {
        if (error)
            *error = status == CAIRO_STATUS_WRITE_ERROR ? OutputPath::writeError(device)
                                                        : QString::fromUtf8(cairo_status_to_string(status));
        return false;
    }
    return true;
}

QImage ReportRenderer::renderPage(const ReportDocument &document, int page, qreal dpi)
{
    if (page < 0 || page >= document.pages.size() || dpi <= 0)
        return {};
    const qreal scale = dpi / 72.0;
    const int width = qMax(1, qRound(document.pageSize.width() * scale));
    const int height = qMax(1, qRound(document.pageSize.height() * scale));
    QImage image(width, height, QImage::Format_RGB32);
    if (image.isNull())
        return {};
    image.fill(Qt::white);
    // QImage's RGB32 is Cairo's RGB24: same pixels, drawn in place.
    cairo_surface_t *surface = cairo_image_surface_create_for_data(
        image.bits(), CAIRO_FORMAT_RGB24, width, height, int(image.bytesPerLine()));
    cairo_t *cr = cairo_create(surface);
    cairo_scale(cr, scale, scale);
    replay(cr, document.pages.at(page));
    cairo_destroy(cr);
    cairo_surface_destroy(surface);
    image.setDotsPerMeterX(int(dpi / 0.0254));
    image.setDotsPerMeterY(int(dpi / 0.0254));
    return image;
}

bool ReportRenderer::print(const ReportDocument &document, QPagedPaintDevice *device, int first, int last,
                           QString *error, const Progress &progress, qreal maxDpi)
{
    if (document.pages.isEmpty()) {
        if (error)
            *error = tr("There is nothing to print.");
        return false;
    }
    first = qBound(0, first, document.pageCount() - 1);
    last = qBound(first, last, document.pageCount() - 1);
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = tr("The printer could not be started.");
        return false;
    }
    // Device pixels per point, fitting the page into the device's page; the image is rendered
    // at that resolution (capped) and drawn 1:1 or scaled by a whole factor.
    const qreal fit = qMin(device->width() / document.pageSize.width(),
                           device->height() / document.pageSize.height());
    const qreal perPoint = qMin(fit, maxDpi / 72.0);
    const int imageWidth = int(std::ceil(document.pageSize.width() * perPoint));
    const int imageHeight = int(std::ceil(document.pageSize.height() * perPoint));
    const qreal toDevice = fit / perPoint;
    constexpr int BandHeight = 256;
    QImage band(imageWidth, BandHeight, QImage::Format_RGB32);
    for (int page = first; page <= last; ++page) {
        if (page > first && !device->newPage()) {
            if (error)
                *error = tr("The printer did not accept page %1.").arg(page + 1);
            painter.end();
            return false;
        }
        for (int top = 0; top < imageHeight; top += BandHeight) {
            band.fill(Qt::white);
            cairo_surface_t *surface = cairo_image_surface_create_for_data(
                band.bits(), CAIRO_FORMAT_RGB24, band.width(), band.height(), int(band.bytesPerLine()));
            cairo_t *cr = cairo_create(surface);
            cairo_rectangle(cr, 0, 0, band.width(), band.height());
            cairo_clip(cr);
            cairo_translate(cr, 0, -top);
            cairo_scale(cr, perPoint, perPoint);
            replay(cr, document.pages.at(page));
            cairo_destroy(cr);
            cairo_surface_destroy(surface);
            const int rows = qMin(BandHeight, imageHeight - top);
            painter.drawImage(QRectF(0, top * toDevice, imageWidth * toDevice, rows * toDevice), band,
                              QRectF(0, 0, imageWidth, rows));
        }
        if (progress && !progress(page - first + 1, last - first + 1)) {
            painter.end();
            if (error)
                *error = tr("Cancelled.");
            return false;
        }
    }
    painter.end();
    return true;
}
