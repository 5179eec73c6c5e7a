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
#include <QVarLengthArray>
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
    const QByteArray utf8 = text.toUtf8();
    ReportTextBlockPtr block;
    if (composable(text))
        block = compose(text, utf8, style, width);
    if (!block) {
        std::shared_ptr<ReportTextBlock> shaped = shape(utf8, style, width);
        shaped->text = text;
        block = std::move(shaped);
    }
    if (m_cache.size() > 50000) // bounded: long reports hold mostly unique names
        m_cache.clear();
    m_cache.insert(key, block);
    return block;
}

bool ReportTextEngine::isNumber(const char *bytes, int length)
{
    if (length < 2)
        return false;
    for (int i = 0; i < length; ++i) {
        const char c = bytes[i];
        if (!((c >= '0' && c <= '9') || c == ',' || c == '.' || c == '/' || c == '-' || c == ':' || c == '+'))
            return false;
    }
    return true;
}

ReportTextBlockPtr ReportTextEngine::layoutWithPango(const QString &text, const ReportTextStyle &style, qreal width)
{
    std::shared_ptr<ReportTextBlock> block = shape(text.toUtf8(), style, style.wrap ? width : 0);
    block->text = text;
    return block;
}

bool ReportTextEngine::composable(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        const bool ok = (c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c < 0x250) // Latin
                        || (c >= 0x900 && c < 0x980) || (c >= 0xa8e0 && c < 0xa900) // Devanagari
                        || c == 0x200c || c == 0x200d                       // (non-)joiners
                        || (c >= 0x2010 && c < 0x2028) || c == 0x20b9;      // dashes, quotes, ₹
        if (!ok)
            return false; // other scripts, right-to-left text, tabs, line breaks: Pango decides
    }
    return true;
}

ReportTextEngine::Word ReportTextEngine::word(const QByteArray &utf8, int wordBytes, const ReportTextStyle &style)
{
    const WordKey key{utf8, style.pointSize, style.bold};
    const auto found = m_words.constFind(key);
    if (found != m_words.constEnd())
        return found.value();
    Word w;
    qreal ascent = 0;
    w.block = shape(utf8, style, 0, wordBytes, &w.width, &ascent);
    w.advance = w.block->size.width();
    w.ascent = ascent;
    w.descent = w.block->size.height() - ascent;
    if (m_words.size() > 100000)
        m_words.clear();
    m_words.insert(key, w);
    return w;
}

ReportTextBlockPtr ReportTextEngine::compose(const QString &text, const QByteArray &utf8,
                                             const ReportTextStyle &style, qreal width)
{
    // Tolerance for comparing widths, as Pango compares in 1/1024 pt.
    constexpr qreal Slack = 1.0 / PANGO_SCALE;
    struct Placed {
        Word word;
        int start;   // bytes into utf8
        qreal x;
        int line;
        int spaces = 0; // trailing spaces whose glyphs go (the line breaks after them)
    };
    struct Line {
        qreal ascent = 0;
        qreal descent = 0;
        qreal right = 0; // end of the last word, trailing spaces left out
        qreal top = 0;
    };
    QVarLengthArray<Placed, 16> placed;
    QVarLengthArray<Line, 4> lines(1);
    const char *bytes = utf8.constData();
    const int n = int(utf8.size());
    qreal x = 0;
    qreal natural = 0;
    for (int pos = 0; pos < n;) {
        int end = pos;
        while (end < n && bytes[end] != ' ')
            ++end;
        const int wordEnd = end;
        while (end < n && bytes[end] == ' ')
            ++end;
        // The pieces of this word: the word itself, or for a number (every serial number and
        // mobile is a new one) its characters, each shaped once: digits do not kern.
        QVarLengthArray<Placed, 16> pieces;
        qreal wordWidth = 0;
        if (isNumber(bytes + pos, wordEnd - pos)) {
            for (int i = pos; i < wordEnd; ++i) {
                const Word ch = word(QByteArray(bytes + i, 1), 1, style);
                pieces.append({ch, i, wordWidth, 0});
                wordWidth += ch.advance;
            }
            if (end > wordEnd) {
                const Word spaces = word(QByteArray(bytes + wordEnd, end - wordEnd), 0, style);
                pieces.append({spaces, wordEnd, wordWidth, 0});
            }
        } else {
            const Word w = word(QByteArray(bytes + pos, end - pos), wordEnd - pos, style);
            pieces.append({w, pos, 0, 0});
            wordWidth = w.width;
        }
        if (width > 0 && wordWidth > width + Slack)
            return nullptr; // the word itself must break: Pango's job
        if (width > 0 && x > 0 && x + wordWidth > width + Slack) {
            // As Pango does, the spaces where a line breaks keep their text but lose their glyphs.
            Placed &before = placed.last();
            const QByteArray &ws = before.word.block->utf8;
            while (before.spaces < ws.size() && ws.at(ws.size() - 1 - before.spaces) == ' ')
                ++before.spaces;
            lines.append(Line());
            x = 0;
        }
        Line &line = lines.last();
        line.right = x + wordWidth;
        for (Placed &piece : pieces) {
            line.ascent = qMax(line.ascent, piece.word.ascent);
            line.descent = qMax(line.descent, piece.word.descent);
            piece.x += x;
            piece.line = int(lines.size()) - 1;
            placed.append(piece);
        }
        x = pieces.last().x + pieces.last().word.advance;
        natural = qMax(natural, x);
        pos = end;
    }
    qreal top = 0;
    for (Line &line : lines) {
        line.top = top;
        top += line.ascent + line.descent;
    }

    auto block = std::make_shared<ReportTextBlock>();
    block->text = text;
    block->utf8 = utf8;
    block->lineCount = int(lines.size());
    block->baseline = lines.first().ascent;
    const bool wrapped = lines.size() > 1;
    block->size = QSizeF(wrapped ? width : natural, top);
    const qreal align = (style.alignment & Qt::AlignRight) ? 1.0 : (style.alignment & Qt::AlignHCenter) ? 0.5 : 0.0;
    for (const Placed &p : placed) {
        const Line &line = lines.at(p.line);
        const float dx = float((wrapped ? (width - line.right) * align : 0.0) + p.x);
        const float dy = float(line.top + line.ascent - p.word.ascent);
        for (const ReportTextBlock::Run &wordRun : p.word.block->runs) {
            // A word in the same font as the one before joins its run (glyphs are placed
            // one by one, so a run may even span lines).
            ReportTextBlock::Run *run = nullptr;
            if (!block->runs.isEmpty()) {
                ReportTextBlock::Run &last = block->runs.last();
                if (last.font == wordRun.font && !last.backward && !wordRun.backward
                    && last.textStart + last.textLength == p.start + wordRun.textStart)
                    run = &last;
            }
            if (!run) {
                block->runs.append(ReportTextBlock::Run());
                run = &block->runs.last();
                run->font = cairo_scaled_font_reference(wordRun.font);
                run->textStart = p.start + wordRun.textStart;
                run->backward = wordRun.backward;
            }
            run->textLength = p.start + wordRun.textStart + wordRun.textLength - run->textStart;
            const bool last = &wordRun == &p.word.block->runs.constLast();
            const int drop = last ? qMin(p.spaces, int(wordRun.clusters.size())) : 0;
            for (int g = 0; g < wordRun.glyphs.size() - drop; ++g) {
                const ReportTextBlock::Glyph &glyph = wordRun.glyphs.at(g);
                run->glyphs.append({glyph.index, glyph.x + dx, glyph.y + dy});
            }
            run->clusters.append(wordRun.clusters);
            for (int c = 0; c < drop; ++c)
                run->clusters[run->clusters.size() - 1 - c].glyphs = 0;
        }
    }
    return block;
}

std::shared_ptr<ReportTextBlock> ReportTextEngine::shape(const QByteArray &utf8, const ReportTextStyle &style, qreal width,
                                           int wordBytes, qreal *wordWidth, qreal *ascent)
{
    auto block = std::make_shared<ReportTextBlock>();
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
    block->baseline = qreal(pango_layout_get_baseline(layout)) / PANGO_SCALE;
    if (ascent)
        *ascent = block->baseline;
    if (wordWidth) {
        PangoRectangle pos;
        pango_layout_index_to_pos(layout, qBound(0, wordBytes, int(utf8.size())), &pos);
        *wordWidth = wordBytes >= int(utf8.size()) ? block->size.width() : qreal(pos.x) / PANGO_SCALE;
    }

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
