// Pango and Cairo first: GLib's headers must not meet Qt's keyword macros.
#include <cairo.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

#include "reporttext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <algorithm>
#include <mutex>

namespace {

// The fonts of the report: the same files the program embeds for the screen (fonts-noto-core).
constexpr const char *FontDirectory = "/usr/share/fonts/truetype/noto";
constexpr const char *FontFiles[] = {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf",
                                     "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"};

struct FontSetup {
    FcConfig *config = nullptr;
    QStringList missing;
};

// Finds each font file: Debian's copy, or else the copy embedded in the program, written once
// to the cache folder (fontconfig needs a file). Then builds a fontconfig configuration: the
// system's (for scripts our fonts do not cover) with our files added as application fonts.
const FontSetup &fontSetup()
{
    static FontSetup setup;
    static std::once_flag once;
    std::call_once(once, [] {
        setup.config = FcInitLoadConfigAndFonts();
        if (!setup.config)
            setup.config = FcConfigCreate();
        for (const char *name : FontFiles) {
            QString path = QDir(QString::fromLatin1(FontDirectory)).filePath(QString::fromLatin1(name));
            if (!QFileInfo::exists(path)) {
                const QString resource = QStringLiteral(":/fonts/") + QString::fromLatin1(name);
                QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
                if (dir.isEmpty())
                    dir = QDir::tempPath();
                dir += QStringLiteral("/report-fonts");
                path = QDir(dir).filePath(QString::fromLatin1(name));
                if (!QFileInfo::exists(path) && QFile::exists(resource)) {
                    QDir().mkpath(dir);
                    QFile::copy(resource, path);
                }
            }
            const QByteArray file = QFile::encodeName(path);
            if (!QFileInfo::exists(path)
                || !FcConfigAppFontAddFile(setup.config, reinterpret_cast<const FcChar8 *>(file.constData())))
                setup.missing << QString::fromLatin1(name);
        }
    });
    return setup;
}

// Merges the clusters between spaces into one per word; spaces stay clusters of their own.
QVector<ReportTextBlock::Cluster> wordClusters(const QVector<ReportTextBlock::Cluster> &clusters,
                                                const char *text)
{
    QVector<ReportTextBlock::Cluster> words;
    bool open = false;
    int offset = 0;
    for (const ReportTextBlock::Cluster &c : clusters) {
        const bool space = c.bytes == 1 && text[offset] == ' ';
        offset += c.bytes;
        if (space || !open) {
            words.append(c);
            open = !space;
        } else {
            words.last().bytes += c.bytes;
            words.last().glyphs += c.glyphs;
        }
    }
    return words;
}

} // namespace

ReportTextBlock::~ReportTextBlock()
{
    for (const Run &run : std::as_const(runs))
        cairo_scaled_font_destroy(run.font);
}

QString ReportTextEngine::fontFamilies()
{
    return QStringLiteral("Noto Sans, Noto Sans Devanagari");
}

bool ReportTextEngine::fontsAvailable(QString *error)
{
    const FontSetup &setup = fontSetup();
    if (setup.missing.isEmpty())
        return true;
    if (error)
        *error = tr("The report fonts are missing: %1. Install the package fonts-noto-core.")
                     .arg(setup.missing.join(QStringLiteral(", ")));
    return false;
}

ReportTextEngine::ReportTextEngine()
{
    m_fontMap = pango_cairo_font_map_new();
    pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(m_fontMap), fontSetup().config);
    // One unit per point: the layout is made in points whatever the output device.
    pango_cairo_font_map_set_resolution(PANGO_CAIRO_FONT_MAP(m_fontMap), 72.0);
    m_context = pango_font_map_create_context(m_fontMap);
    cairo_font_options_t *options = cairo_font_options_create();
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY);
    pango_cairo_context_set_font_options(m_context, options);
    cairo_font_options_destroy(options);
    pango_cairo_context_set_resolution(m_context, 72.0);
    // Whole-point glyph positions would make 9 pt text visibly uneven.
    pango_context_set_round_glyph_positions(m_context, FALSE);
    m_layout = pango_layout_new(m_context);
}

ReportTextEngine::~ReportTextEngine()
{
    m_cache.clear();
    for (PangoFontDescription *font : std::as_const(m_fonts))
        pango_font_description_free(font);
    g_object_unref(m_layout);
    g_object_unref(m_context);
    g_object_unref(m_fontMap);
}

ReportTextEngine &ReportTextEngine::forCurrentThread()
{
    thread_local std::unique_ptr<ReportTextEngine> engine;
    if (!engine)
        engine = std::make_unique<ReportTextEngine>();
    return *engine;
}

PangoFontDescription *ReportTextEngine::fontFor(const ReportTextStyle &style)
{
    const QPair<qreal, bool> key(style.pointSize, style.bold);
    PangoFontDescription *&font = m_fonts[key];
    if (!font) {
        font = pango_font_description_from_string(fontFamilies().toUtf8().constData());
        pango_font_description_set_size(font, int(style.pointSize * PANGO_SCALE + 0.5));
        pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    }
    return font;
}

ReportTextBlockPtr ReportTextEngine::layout(const QString &text, const ReportTextStyle &style, qreal width)
{
    if (!style.wrap)
        width = 0;
    const Key key{text, style.pointSize, style.bold, int(style.alignment), style.wrap, width};
    const auto cached = m_cache.constFind(key);
    if (cached != m_cache.constEnd())
        return cached.value();
    ReportTextBlockPtr block = shape(text, text.toUtf8(), style, width);
    if (m_cache.size() > 50000) // bounded: long reports hold mostly unique names
        m_cache.clear();
    m_cache.insert(key, block);
    return block;
}

ReportTextBlockPtr ReportTextEngine::shape(const QString &text, const QByteArray &utf8,
                                           const ReportTextStyle &style, qreal width)
{
    auto block = std::make_shared<ReportTextBlock>();
    block->text = text;
    block->utf8 = utf8;

    PangoLayout *layout = m_layout;
    pango_layout_set_font_description(layout, fontFor(style));
    pango_layout_set_width(layout, -1);
    pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT);
    pango_layout_set_text(layout, utf8.constData(), int(utf8.size()));
    PangoRectangle logical;
    pango_layout_get_extents(layout, nullptr, &logical);
    // Most cells fit on one line: lay out without wrapping first (line breaking costs a third
    // more) and wrap only what does not fit. A single line is aligned by whoever places it.
    const int widthUnits = int(width * PANGO_SCALE);
    if (width > 0 && logical.width > widthUnits) {
        pango_layout_set_width(layout, widthUnits);
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
        pango_layout_set_alignment(layout, (style.alignment & Qt::AlignRight)     ? PANGO_ALIGN_RIGHT
                                           : (style.alignment & Qt::AlignHCenter) ? PANGO_ALIGN_CENTER
                                                                                  : PANGO_ALIGN_LEFT);
        pango_layout_get_extents(layout, nullptr, &logical);
        block->size = QSizeF(width, qreal(logical.height) / PANGO_SCALE);
    } else {
        block->size = QSizeF(qreal(logical.width) / PANGO_SCALE, qreal(logical.height) / PANGO_SCALE);
    }
    block->lineCount = pango_layout_get_line_count(layout);

    const char *layoutText = pango_layout_get_text(layout);
    PangoLayoutIter *iter = pango_layout_get_iter(layout);
    do {
        PangoLayoutRun *run = pango_layout_iter_get_run_readonly(iter);
        if (!run)
            continue; // the end of a line
        PangoRectangle runLogical;
        pango_layout_iter_get_run_extents(iter, nullptr, &runLogical);
        const int baseline = pango_layout_iter_get_baseline(iter);
        PangoGlyphString *glyphs = run->glyphs;
        PangoItem *item = run->item;

        ReportTextBlock::Run out;
        out.font = cairo_scaled_font_reference(
            pango_cairo_font_get_scaled_font(PANGO_CAIRO_FONT(item->analysis.font)));
        out.textStart = item->offset;
        out.textLength = item->length;
        out.backward = item->analysis.level % 2;

        // Positions of every glyph, in visual order; empty glyphs are dropped below.
        QVector<float> xs(glyphs->num_glyphs);
        QVector<float> ys(glyphs->num_glyphs);
        int x = runLogical.x;
        for (int i = 0; i < glyphs->num_glyphs; ++i) {
            const PangoGlyphGeometry &g = glyphs->glyphs[i].geometry;
            xs[i] = float(x + g.x_offset) / PANGO_SCALE;
            ys[i] = float(baseline + g.y_offset) / PANGO_SCALE;
            x += g.width;
        }
        auto add = [&](int i) {
            PangoGlyph glyph = glyphs->glyphs[i].glyph;
            if (glyph == PANGO_GLYPH_EMPTY)
                return false;
            if (glyph & PANGO_GLYPH_UNKNOWN_FLAG)
                glyph = 0; // the font's .notdef box: the text itself still goes into the PDF
            out.glyphs.append({glyph, xs[i], ys[i]});
            return true;
        };
        // Clusters in logical order; for right-to-left runs they walk the glyphs backwards,
        // which is what CAIRO_TEXT_CLUSTER_FLAG_BACKWARD tells Cairo.
        out.glyphs.reserve(glyphs->num_glyphs);
        PangoGlyphItemIter cluster;
        for (gboolean more = pango_glyph_item_iter_init_start(&cluster, run, layoutText); more;
             more = pango_glyph_item_iter_next_cluster(&cluster)) {
            int count = 0;
            if (cluster.start_glyph <= cluster.end_glyph) {
                for (int i = cluster.start_glyph; i < cluster.end_glyph; ++i)
                    count += add(i) ? 1 : 0;
            } else {
                for (int i = cluster.start_glyph; i > cluster.end_glyph; --i)
                    count += add(i) ? 1 : 0;
            }
            out.clusters.append({cluster.end_index - cluster.start_index, count});
        }
        // In scripts with marks and conjuncts (Devanagari), one cluster per word: Cairo then
        // writes each word as one /ActualText span, and PDF readers take the word as stored
        // instead of guessing from the positions of matras (pdftotext would otherwise read
        // "टेराकोटा" as "टे राकोटा" and put raised marks on a line of their own).
        bool complex = false;
        for (int b = out.textStart; b < out.textStart + out.textLength && !complex; ++b)
            complex = uchar(layoutText[b]) >= 0xe0; // lead byte of U+0800 and above
        if (complex)
            out.clusters = wordClusters(out.clusters, layoutText + out.textStart);
        // Backward runs were collected in logical order: Cairo wants the glyph array in visual
        // order with the clusters read from its end.
        if (out.backward)
            std::reverse(out.glyphs.begin(), out.glyphs.end());
        block->runs.append(std::move(out));
    } while (pango_layout_iter_next_run(iter));
    pango_layout_iter_free(iter);
    return block;
}
