#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QSizeF>
#include <QString>
#include <QVector>
#include <memory>

// Cairo and Pango stay out of the headers: only the report engine's .cpp files see them.
typedef struct _cairo_scaled_font cairo_scaled_font_t;
typedef struct _PangoContext PangoContext;
typedef struct _PangoFontMap PangoFontMap;
typedef struct _PangoLayout PangoLayout;
typedef struct _PangoFontDescription PangoFontDescription;

// How a piece of report text is set: size in points, weight, horizontal alignment, wrapping.
struct ReportTextStyle {
    qreal pointSize = 9;
    bool bold = false;
    Qt::Alignment alignment = Qt::AlignLeft;
    bool wrap = true; // false: one line, however wide

    bool operator==(const ReportTextStyle &o) const
    {
        return pointSize == o.pointSize && bold == o.bold && alignment == o.alignment && wrap == o.wrap;
    }
};

// A piece of text already laid out by Pango: glyph runs with their positions (in points,
// relative to the block's top left), the fonts they use and, for every run, the UTF-8 text and
// the cluster map that ties glyphs back to characters. Replaying the runs with
// cairo_show_text_glyphs() on a PDF surface writes the text itself next to the glyphs, which is
// what keeps Devanagari conjuncts and matras searchable and copyable in the PDF.
//
// Blocks are immutable once made and shared (the same status word on 10,000 rows is one block).
// They are much smaller than the PangoLayout they came from, which is released at once.
class ReportTextBlock final
{
public:
    struct Glyph {
        quint32 index;
        float x;
        float y;
    };
    struct Cluster {
        int bytes;
        int glyphs;
    };
    struct Run {
        cairo_scaled_font_t *font = nullptr; // one reference held by the block
        int textStart = 0;                  // bytes into utf8
        int textLength = 0;
        bool backward = false;              // right-to-left cluster order
        QVector<Glyph> glyphs;
        QVector<Cluster> clusters;
    };

    ReportTextBlock() = default;
    ~ReportTextBlock();
    ReportTextBlock(const ReportTextBlock &) = delete;
    ReportTextBlock &operator=(const ReportTextBlock &) = delete;

    QString text;
    QByteArray utf8;
    QSizeF size;      // logical extent in points (width: the wrap width when wrapped)
    qreal baseline = 0; // of the first line, from the top: Devanagari sits lower than Latin
    int lineCount = 0;
    QVector<Run> runs;
};
using ReportTextBlockPtr = std::shared_ptr<const ReportTextBlock>;

// Lays out text with Pango for the report engine. Device-independent: 72 units per inch (one
// unit is one point), no hinting, glyph positions not rounded, so the same block prints
// identically on the PDF, the preview and the printer.
//
// The fonts are Noto Sans for Latin and Noto Sans Devanagari for Hindi, the same files the
// program embeds for the screen; they are added to a fontconfig configuration of our own so the
// PDF never depends on what the system's fontconfig would pick.
//
// Not thread-safe: each thread uses its own engine (forCurrentThread()).
class ReportTextEngine final
{
    Q_DECLARE_TR_FUNCTIONS(ReportTextEngine)
public:
    ReportTextEngine();
    ~ReportTextEngine();
    ReportTextEngine(const ReportTextEngine &) = delete;
    ReportTextEngine &operator=(const ReportTextEngine &) = delete;

    // The engine of the calling thread, created on first use.
    static ReportTextEngine &forCurrentThread();

    // False (with a translated reason) when the report fonts cannot be found.
    static bool fontsAvailable(QString *error = nullptr);
    // The font families asked for, in order ("Noto Sans, Noto Sans Devanagari").
    static QString fontFamilies();

    // `width` <= 0 or style.wrap false: one line of natural width. Otherwise lines wrap at
    // word boundaries (inside a word only when a word alone is too wide) to fit `width`.
    //
    // Shaping is the expensive part (some 20 µs a cell), so repeated texts come from a cache,
    // and text in Latin and Devanagari is set from words shaped once each (numbers from their
    // characters), with lines broken between words; anything else, or a word wider than the
    // column, goes to Pango whole. 10,000 names and firms then cost a few hundred shapings.
    ReportTextBlockPtr layout(const QString &text, const ReportTextStyle &style, qreal width = 0);

    // The same through Pango alone, without the word cache: the reference the cache must
    // match (tests compare the two).
    ReportTextBlockPtr layoutWithPango(const QString &text, const ReportTextStyle &style, qreal width = 0);

    // Forgets laid-out texts (documents keep the blocks they use); the words stay, they are few.
    void releaseTexts() { m_cache.clear(); }
    void clearCache()
    {
        m_cache.clear();
        m_words.clear();
    }

private:
    // A word with the spaces after it, shaped once and reused wherever it appears.
    struct Word {
        ReportTextBlockPtr block;
        qreal width = 0;     // without the trailing spaces
        qreal advance = 0;   // with them
        qreal ascent = 0;
        qreal descent = 0;
    };
    struct WordKey {
        QByteArray utf8;
        qreal pointSize;
        bool bold;
        bool operator==(const WordKey &o) const
        {
            return utf8 == o.utf8 && pointSize == o.pointSize && bold == o.bold;
        }
    };
    friend size_t qHash(const WordKey &key, size_t seed) noexcept
    {
        return qHashMulti(seed, key.utf8, key.pointSize, key.bold);
    }

    PangoFontDescription *fontFor(const ReportTextStyle &style);
    // Lays out the whole text with Pango. `wordBytes` >= 0 asks for the x position after that
    // many bytes (the end of a word before its spaces) in `wordWidth`; `ascent` gets the
    // baseline of the first line.
    std::shared_ptr<ReportTextBlock> shape(const QByteArray &utf8, const ReportTextStyle &style, qreal width,
                             int wordBytes = -1, qreal *wordWidth = nullptr, qreal *ascent = nullptr);
    // Sets text of plain Latin and Devanagari words from cached words, breaking lines between
    // words as Pango would. Null when a word alone is wider than `width` (Pango then breaks it).
    ReportTextBlockPtr compose(const QString &text, const QByteArray &utf8, const ReportTextStyle &style,
                               qreal width);
    Word word(const QByteArray &utf8, int wordBytes, const ReportTextStyle &style);
    static bool composable(const QString &text);
    static bool isNumber(const char *bytes, int length);

    struct Key {
        QString text;
        qreal pointSize;
        bool bold;
        int alignment;
        bool wrap;
        qreal width;
        bool operator==(const Key &o) const
        {
            return text == o.text && pointSize == o.pointSize && bold == o.bold
                   && alignment == o.alignment && wrap == o.wrap && width == o.width;
        }
    };
    friend size_t qHash(const Key &key, size_t seed) noexcept
    {
        return qHashMulti(seed, key.text, key.pointSize, key.bold, key.alignment, key.wrap, key.width);
    }

    PangoFontMap *m_fontMap = nullptr;
    PangoContext *m_context = nullptr;
    PangoLayout *m_layout = nullptr;
    QHash<QPair<qreal, bool>, PangoFontDescription *> m_fonts;
    QHash<Key, ReportTextBlockPtr> m_cache;
    QHash<WordKey, Word> m_words;
};
