#include "tablereader.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <cmath>
#include <zip.h>

// Note: XML loops use readNext() rather than readNextStartElement(), which in Qt 6.4 reports
// "Premature end of document" when called after the root element has ended.

namespace {

// Text files are decoded a mebibyte at a time; the parser holds the current record and at most
// one piece beyond it.
constexpr qint64 TextPieceBytes = 1 << 20;
constexpr qint64 MaxTextFileBytes = 512ll * 1024 * 1024;

// A part of a workbook may unpack to MinUnpackAllowance, or to MaxUnpackRatio times its packed
// size, never to more than MaxUnpacked. Real sheets pack 4 to 15 times (LibreOffice's and
// libxlsxwriter's, 100,000 rows: 10 and 13 times); a "zip bomb" packs a thousand times.
constexpr quint64 MinUnpackAllowance = 32ull << 20;
constexpr quint64 MaxUnpackRatio = 200;
constexpr quint64 MaxUnpacked = 1ull << 30;
// The longest stretch of text, or of one tag, between pieces of markup. The XML parser holds
// a whole token in memory, so this bounds what one token can cost; a cell of MaxCellCharacters
// in UTF-8 with every character escaped stays well below it.
constexpr qint64 MaxMarkupRun = 1 << 20;
// Shared strings are held for the whole sheet: at most this many, and this much text.
constexpr int MaxSharedStrings = 2000000;
constexpr qint64 MaxSharedCharacters = 32ll << 20;
// Shared strings let a small workbook name one long text in a million cells; what the cells
// hold in all is bounded too (a list of 100,000 invitees holds some 13 million characters).
constexpr qint64 MaxWorkbookCharacters = 128ll << 20;

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

bool isBlank(const QStringList &row)
{
    for (const QString &cell : row)
        if (!cell.trimmed().isEmpty())
            return false;
    return true;
}

// The delimiter that splits the first line (outside quotes) most often.
QChar detectDelimiter(QStringView text)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++comma;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolon;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tab;
    }
    if (tab >= comma && tab >= semicolon && tab > 0)
        return QLatin1Char('\t');
    if (semicolon > comma)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

// A piece of a cell for a message: one line, at most 40 characters.
QString excerpt(QStringView text)
{
    QString out = text.left(40).toString();
    for (QChar &c : out)
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    if (text.size() > 40)
        out += QChar(0x2026);
    return out;
}

// Gives raw records (possibly blank); the common part of the sources below turns them into
// header and data rows.
class RecordSource : public TableSource
{
public:
    bool start()
    {
        QStringList first;
        int number = 0;
        RowIssue issue;
        while (nextRecord(&first, &number, &issue)) {
            if (!isBlank(first)) {
                if (!issue.problem.isEmpty()) {
                    m_error = issue.problem;
                    return false;
                }
                for (QString &h : first)
                    h = h.trimmed();
                m_headers = first;
                return true;
            }
        }
        if (m_error.isEmpty())
            m_error = TableReader::tr("The file holds no table: it is empty.");
        return false;
    }

    bool next(QStringList *row, int *rowNumber) override
    {
        RowIssue issue;
        while (nextRecord(row, rowNumber, &issue)) {
            if (isBlank(*row))
                continue;
            // Short rows (trailing empty cells left out) are padded; extra cells are kept.
            while (row->size() < m_headers.size())
                *row << QString();
            m_issue = issue;
            return true;
        }
        m_issue = {};
        return false;
    }

protected:
    virtual bool nextRecord(QStringList *record, int *number, RowIssue *issue) = 0;
};

// The decoded text of a byte stream, a piece at a time. Each piece ends on a whole character
// and is decoded on its own, so a damaged sequence anywhere in the file is noticed.
class TextFeed
{
public:
    enum class Failure { None, NotUtf8, NotUtf16, Binary, Unreadable };

    TextFeed(std::unique_ptr<QIODevice> device, QStringConverter::Encoding encoding)
        : m_device(std::move(device)), m_encoding(encoding)
    {
    }

    // Appends the text of about `bytes` more bytes to `text`; false when nothing more came (at
    // the end, or on a failure).
    bool readMore(QString *text, qint64 bytes)
    {
        QByteArray piece;
        do {
            if (m_end || m_failure != Failure::None)
                return false;
            piece = std::move(m_carry);
            m_carry = QByteArray();
            const qsizetype before = piece.size();
            // No larger a buffer than what is left of a file (a small file, a small buffer).
            const qint64 want = m_device->isSequential() ? bytes
                                                         : qBound<qint64>(1, m_device->size() - m_device->pos(), bytes);
            piece.resize(before + want);
            const qint64 got = m_device->read(piece.data() + before, want);
            if (got < 0) {
                m_failure = Failure::Unreadable;
                return false;
            }
            piece.resize(before + got);
            m_end = m_device->atEnd() || got == 0;
            if (!m_end) {
                const qsizetype cut = wholeCharacters(piece);
                m_carry = piece.mid(cut);
                piece.truncate(cut);
            }
        } while (piece.isEmpty());
        QStringDecoder decoder(m_encoding, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
        const QString decoded = decoder.decode(piece);
        if (decoder.hasError()) {
            m_failure = m_encoding == QStringConverter::Utf8 ? Failure::NotUtf8 : Failure::NotUtf16;
            return false;
        }
        if (decoded.contains(QChar(0))) {
            m_failure = Failure::Binary;
            return false;
        }
        text->append(decoded);
        return true;
    }

    bool atEnd() const { return m_end && m_carry.isEmpty(); }
    Failure failure() const { return m_failure; }

    static QString message(Failure failure)
    {
        switch (failure) {
        case Failure::NotUtf8:
            return TableReader::tr("The file is not UTF-8 text, so Hindi in it would be lost. In Excel save "
                                   "it as “CSV UTF-8” or “Unicode Text”; in LibreOffice choose UTF-8.");
        case Failure::NotUtf16:
            return TableReader::tr("The file is damaged: it is not valid UTF-16 text.");
        case Failure::Binary:
            return TableReader::tr("The file is not a text table (it holds binary data).");
        case Failure::Unreadable:
            return TableReader::tr("The file cannot be read to its end.");
        case Failure::None:
            break;
        }
        return {};
    }

private:
    // Where `piece` can be cut without splitting a character.
    qsizetype wholeCharacters(const QByteArray &piece) const
    {
        const qsizetype n = piece.size();
        if (m_encoding != QStringConverter::Utf8) {
            qsizetype cut = n & ~qsizetype(1);
            if (cut >= 2) {
                const bool little = m_encoding == QStringConverter::Utf16LE;
                const uchar high = uchar(piece.at(little ? cut - 1 : cut - 2));
                if (high >= 0xd8 && high <= 0xdb) // a lead surrogate waits for its partner
                    cut -= 2;
            }
            return cut;
        }
        qsizetype i = n - 1;
        while (i >= 0 && i > n - 4 && (uchar(piece.at(i)) & 0xc0) == 0x80)
            --i;
        if (i < 0)
            return n;
        const uchar lead = uchar(piece.at(i));
        const int length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
        return i + length > n ? i : n;
    }

    std::unique_ptr<QIODevice> m_device;
    QStringConverter::Encoding m_encoding;
    QByteArray m_carry;
    bool m_end = false;
    Failure m_failure = Failure::None;
};

// CSV/TSV: a window of decoded text and a cursor into it. Unquoted fields are taken as one
// slice of the text; only quoted fields are built piece by piece. When a record runs past the
// window, more text is read and the record is parsed again from its start.
class CsvSource final : public RecordSource
{
public:
    CsvSource(std::unique_ptr<TextFeed> feed, QString text, QChar delimiter, const QString &format,
              qint64 fileSize)
        : m_feed(std::move(feed)), m_text(std::move(text)), m_delimiter(delimiter.unicode())
    {
        m_format = format;
        m_estimatedRows = fileSize / 100; // staff lists run 100 to 250 characters a row
        m_inputDone = m_feed->atEnd();
    }

protected:
    bool nextRecord(QStringList *record, int *number, RowIssue *issue) override
    {
        for (;;) {
            switch (parse(record, number, issue)) {
            case Parse::Record:
                return true;
            case Parse::End:
            case Parse::Failed:
                return false;
            case Parse::NeedMore:
                if (!loadMore())
                    return false;
                break;
            }
        }
    }

private:
    enum class Parse { Record, NeedMore, End, Failed };

    // Reads on; false on a failure. At the end of the input the window's end is the file's end.
    bool loadMore()
    {
        m_text.remove(0, m_pos);
        m_pos = 0;
        // At least as much again as the record so far, so a long record is parsed a few times
        // at most.
        if (!m_feed->readMore(&m_text, qMax<qint64>(TextPieceBytes, m_text.size()))) {
            if (m_feed->failure() != TextFeed::Failure::None) {
                m_error = TextFeed::message(m_feed->failure());
                return false;
            }
        }
        m_inputDone = m_feed->atEnd();
        return true;
    }

    QString tooLong(int line) const
    {
        return TableReader::tr("Line %1: a cell holds more than %L2 characters; Sammelan reads cells of at most "
                               "%L2 characters.").arg(line).arg(TableReader::MaxCellCharacters);
    }

    Parse fail(const QString &why)
    {
        m_error = why;
        m_pos = m_text.size();
        m_inputDone = true;
        return Parse::Failed;
    }

    Parse parse(QStringList *record, int *number, RowIssue *issue)
    {
        const QChar *data = m_text.constData();
        const qsizetype n = m_text.size();
        qsizetype i = m_pos;
        if (i >= n)
            return m_inputDone ? Parse::End : Parse::NeedMore;
        // Past the window's end, more text decides (unless the input is done).
        const Parse more = m_inputDone ? Parse::Record : Parse::NeedMore;
        record->clear();
        *issue = {};
        int line = m_line;
        *number = line;
        qsizetype rowCharacters = 0;
        // A line inside a quoted cell with a whole row's worth of delimiters is most likely a row
        // that an unclosed quote swallowed (the header gives the width; 0 while reading it).
        const int width = int(m_headers.size());
        for (;;) {
            if (record->size() >= TableReader::MaxColumns)
                return fail(TableReader::tr("Line %1 has more than %L2 cells; Sammelan reads at most %L2 columns.")
                                .arg(*number).arg(TableReader::MaxColumns));
            QString field;
            if (i < n && data[i] == u'"') {
                const int openLine = line;
                const qsizetype open = i;
                bool looksLikeRows = false;
                int delimitersOnLine = 0;
                ++i;
                for (;;) {
                    if (i >= n) {
                        if (!m_inputDone)
                            return Parse::NeedMore;
                        return fail(TableReader::tr("Line %1: a quoted cell opens here and is never closed (a \" is missing).")
                                        .arg(openLine));
                    }
                    if (data[i] == u'"') {
                        if (i + 1 >= n && !m_inputDone)
                            return Parse::NeedMore;
                        if (i + 1 < n && data[i + 1] == u'"') {
                            field += QLatin1Char('"');
                            i += 2;
                            continue;
                        }
                        ++i; // the closing quote
                        break;
                    }
                    qsizetype run = i;
                    while (run < n && data[run] != u'"') {
                        const char16_t c = data[run].unicode();
                        if (c == u'\n') {
                            ++line;
                            delimitersOnLine = 0;
                        } else if (c == m_delimiter && line > openLine && width > 1 && ++delimitersOnLine >= width - 1) {
                            looksLikeRows = true;
                        }
                        ++run;
                    }
                    field += QStringView(data + i, run - i);
                    i = run;
                    if (field.size() > TableReader::MaxCellCharacters)
                        return fail(line > openLine
                                        ? TableReader::tr("Line %1: a quoted cell opens here and runs on for more than %L2 "
                                                          "characters: a closing \" is probably missing.")
                                              .arg(openLine).arg(TableReader::MaxCellCharacters)
                                        : tooLong(openLine));
                }
                // After the closing quote comes the delimiter or the line's end; anything else
                // means this quote did not end the cell.
                qsizetype end = i;
                while (end < n && data[end] != m_delimiter && data[end] != u'\n' && data[end] != u'\r') {
                    if (end - open >= TableReader::MaxCellCharacters)
                        return fail(tooLong(openLine));
                    ++end;
                }
                if (end >= n && !m_inputDone)
                    return Parse::NeedMore;
                const bool junk = end > i;
                if (line > openLine && (junk || looksLikeRows)) {
                    if (issue->problem.isEmpty())
                        issue->problem = TableReader::tr("Line %1: a quoted cell opens here and closes only on line %2, so "
                                                         "the lines up to there were read into this one row; a closing \" "
                                                         "is probably missing on line %1.").arg(openLine).arg(line);
                } else if (junk) {
                    if (issue->problem.isEmpty())
                        issue->problem = TableReader::tr("Line %1: the cell %2 has text after its closing quote; a \" inside "
                                                         "a cell is written twice (\"\").")
                                             .arg(openLine).arg(excerpt(QStringView(data + open, end - open)));
                } else if (line > openLine && issue->note.isEmpty()) {
                    issue->note = TableReader::tr("a quoted cell runs from line %1 to line %2").arg(openLine).arg(line);
                }
                if (junk) {
                    // Kept as the file has it, quotes and all, for the rejected rows.
                    field = QString(data + open, end - open);
                    if (field.size() > TableReader::MaxCellCharacters)
                        return fail(tooLong(openLine));
                }
                i = end;
                // A CRLF (or a lone CR) inside quotes is one line break.
                if (field.contains(QLatin1Char('\r'))) {
                    field.replace(QLatin1String("\r\n"), QLatin1String("\n"));
                    field.replace(QLatin1Char('\r'), QLatin1Char('\n'));
                }
            } else {
                qsizetype end = i;
                while (end < n && data[end] != m_delimiter && data[end] != u'\n' && data[end] != u'\r') {
                    if (end - i >= TableReader::MaxCellCharacters)
                        return fail(tooLong(line));
                    ++end;
                }
                if (end >= n && !m_inputDone)
                    return Parse::NeedMore;
                field = QString(data + i, end - i);
                i = end;
            }
            rowCharacters += field.size();
            if (rowCharacters > TableReader::MaxRowCharacters)
                return fail(TableReader::tr("Line %1: the row holds more than %L2 characters; Sammelan reads rows of at "
                                            "most %L2 characters.").arg(*number).arg(TableReader::MaxRowCharacters));
            *record << field;
            if (i < n && data[i] == m_delimiter) {
                ++i;
                if (i < n)
                    continue;
                if (more == Parse::NeedMore)
                    return Parse::NeedMore;
                *record << QString(); // a trailing delimiter leaves an empty last field
            }
            break;
        }
        if (i < n && data[i] == u'\r') {
            ++i;
            if (i >= n && more == Parse::NeedMore)
                return Parse::NeedMore; // an LF may follow
            if (i < n && data[i] == u'\n')
                ++i;
        } else if (i < n && data[i] == u'\n') {
            ++i;
        }
        m_line = line + 1;
        m_pos = i;
        return Parse::Record;
    }

    std::unique_ptr<TextFeed> m_feed;
    QString m_text;
    char16_t m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
    bool m_inputDone = false;
};

// One member of a zip archive, unpacked as it is read. It refuses to unpack out of proportion
// to its packed size (a "zip bomb"), to deliver a stretch of text or one tag longer than
// MaxMarkupRun, and to carry a document type declaration (no sheet has one; its entities are
// a way to make a small file large).
class ZipEntryDevice final : public QIODevice
{
public:
    enum class Failure { None, Missing, Damaged, TooLarge, MarkupTooLong, Declaration };

    ZipEntryDevice(zip_t *archive, const QString &name)
    {
        const zip_int64_t index = zip_name_locate(archive, name.toUtf8().constData(), ZIP_FL_NOCASE);
        if (index < 0) {
            m_failure = Failure::Missing;
            return;
        }
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive, zip_uint64_t(index), 0, &stat) != 0) {
            m_failure = Failure::Damaged;
            return;
        }
        m_packed = (stat.valid & ZIP_STAT_COMP_SIZE) ? stat.comp_size : 0;
        m_limit = m_packed > MaxUnpacked / MaxUnpackRatio ? MaxUnpacked
                                                          : qMax(MinUnpackAllowance, m_packed * MaxUnpackRatio);
        if ((stat.valid & ZIP_STAT_SIZE) && stat.size > m_limit) {
            m_failure = Failure::TooLarge;
            return;
        }
        m_file = zip_fopen_index(archive, zip_uint64_t(index), 0);
        if (!m_file) {
            m_failure = Failure::Damaged;
            return;
        }
        QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    ~ZipEntryDevice() override
    {
        if (m_file)
            zip_fclose(m_file);
    }

    bool isSequential() const override { return true; }
    Failure failure() const { return m_failure; }
    quint64 packedSize() const { return m_packed; }
    quint64 limit() const { return m_limit; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_failure != Failure::None || !m_file)
            return -1;
        const zip_int64_t got = zip_fread(m_file, data, zip_uint64_t(maxSize));
        if (got < 0) {
            m_failure = Failure::Damaged;
            return -1;
        }
        if (got == 0)
            return -1; // the end
        m_unpacked += quint64(got);
        if (m_unpacked > m_limit) {
            m_failure = Failure::TooLarge;
            return -1;
        }
        return scan(data, got) ? got : -1;
    }

    qint64 writeData(const char *, qint64) override { return -1; }

private:
    // Follows the markup just enough to measure each stretch of text and each tag, comment,
    // CDATA section and processing instruction.
    bool scan(const char *data, qint64 size)
    {
        for (qint64 k = 0; k < size; ++k) {
            const char c = data[k];
            bool closes = false;
            switch (m_lex) {
            case Lex::Text:
                if (c == '<') {
                    m_lex = Lex::Open;
                    m_run = 0;
                }
                break;
            case Lex::Open:
                m_lex = c == '!' ? Lex::Bang : c == '?' ? Lex::Instruction : Lex::Tag;
                closes = c == '>';
                break;
            case Lex::Bang:
                if (c == '[') {
                    m_lex = Lex::Cdata;
                } else if (c == '-') {
                    m_lex = Lex::Comment;
                } else {
                    m_failure = Failure::Declaration;
                    return false;
                }
                m_inState = 0;
                break;
            case Lex::Tag:
                closes = c == '>';
                break;
            case Lex::Cdata: // "CDATA[" … "]]>"
                closes = c == '>' && m_tail == (']' << 8 | ']') && m_inState >= 8;
                break;
            case Lex::Comment: // "-" … "-->"
                closes = c == '>' && m_tail == ('-' << 8 | '-') && m_inState >= 3;
                break;
            case Lex::Instruction: // target … "?>"
                closes = c == '>' && (m_tail & 0xff) == '?' && m_inState >= 2;
                break;
            }
            if (closes) {
                m_lex = Lex::Text;
                m_run = 0;
            }
            ++m_inState;
            m_tail = ((m_tail << 8) | uchar(c)) & 0xffff;
            if (++m_run > MaxMarkupRun) {
                m_failure = Failure::MarkupTooLong;
                return false;
            }
        }
        return true;
    }

    enum class Lex { Text, Open, Bang, Tag, Cdata, Comment, Instruction };
    zip_file_t *m_file = nullptr;
    Failure m_failure = Failure::None;
    quint64 m_packed = 0;
    quint64 m_limit = 0;
    quint64 m_unpacked = 0;
    Lex m_lex = Lex::Text;
    qint64 m_run = 0;
    qint64 m_inState = 0;
    int m_tail = 0;
};

// The text of the current element (a <t> or a <v>), appended to `out`; false when `out` grows
// beyond `limit`. Unlike readElementText() it stops growing at the limit, whatever comments or
// nested elements the element holds.
bool readText(QXmlStreamReader &xml, QString *out, qsizetype limit)
{
    int depth = 0;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::Characters:
        case QXmlStreamReader::EntityReference:
            if (depth == 0) {
                out->append(xml.text());
                if (out->size() > limit)
                    return false;
            }
            break;
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            if (depth-- == 0)
                return true;
            break;
        default:
            break;
        }
    }
    return true; // a broken document: the caller sees xml.hasError()
}

// Text of an <si> or <is> element: plain <t> or rich-text runs <r><t>, joined; phonetic runs
// skipped. False when it is longer than MaxCellCharacters.
bool readStringItem(QXmlStreamReader &xml, QString *text)
{
    const QString end = xml.name().toString();
    int depthInPhonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh"))
                ++depthInPhonetic;
            else if (xml.name() == QLatin1String("t") && depthInPhonetic == 0 && !readText(xml, text, TableReader::MaxCellCharacters))
                return false;
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("rPh"))
                --depthInPhonetic;
            else if (xml.name() == end)
                break;
        }
    }
    return true;
}

enum class Reference { Absent, Cell, Beyond };

// "J3" → column 9 (0-based), row 3. Beyond XFD1048576 is no cell of a spreadsheet; a
// reference without letters is taken as absent (the cell follows the one before it).
Reference parseReference(QStringView text, int *column, int *row)
{
    qsizetype i = 0;
    qint64 c = 0;
    while (i < text.size() && text.at(i) >= u'A' && text.at(i) <= u'Z') {
        c = c * 26 + (text.at(i).unicode() - u'A' + 1);
        if (c > TableReader::SpreadsheetColumns)
            return Reference::Beyond;
        ++i;
    }
    if (i == 0)
        return Reference::Absent;
    qint64 r = 0;
    while (i < text.size() && text.at(i) >= u'0' && text.at(i) <= u'9') {
        r = r * 10 + (text.at(i).unicode() - u'0');
        if (r > TableReader::SpreadsheetRows)
            return Reference::Beyond;
        ++i;
    }
    *column = int(c - 1);
    *row = int(r);
    return Reference::Cell;
}

// "AMJ" for column 1023 (0-based).
QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

// XLSX: the workbook stays open and the first sheet's XML is unpacked and parsed as the rows
// are asked for, one <row> at a time.
class XlsxSource final : public RecordSource
{
public:
    // Takes `archive`; `data` holds the bytes of an archive opened from memory.
    XlsxSource(zip_t *archive, QByteArray data, const QString &name)
        : m_archive(archive), m_data(std::move(data)), m_name(name)
    {
        m_format = TableReader::tr("XLSX");
    }

    ~XlsxSource() override
    {
        m_xml.setDevice(nullptr);
        m_sheet.reset();
        zip_discard(m_archive);
    }

    // Finds the first sheet and reads the shared strings; false with error() when the archive
    // is no workbook that can be read.
    bool prepare()
    {
        QString sheetPath = QStringLiteral("xl/worksheets/sheet1.xml");
        QString firstSheetRelation;
        {
            ZipEntryDevice workbook(m_archive, QStringLiteral("xl/workbook.xml"));
            if (workbook.failure() != ZipEntryDevice::Failure::None)
                return fail(workbook);
            QXmlStreamReader xml(&workbook);
            while (!xml.atEnd() && firstSheetRelation.isEmpty()) {
                if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("sheet")) {
                    for (const QXmlStreamAttribute &a : xml.attributes())
                        if (a.name() == QLatin1String("id") && a.prefix() == QLatin1String("r"))
                            firstSheetRelation = a.value().toString();
                }
            }
            if (workbook.failure() != ZipEntryDevice::Failure::None)
                return fail(workbook);
        }
        if (!firstSheetRelation.isEmpty()) {
            ZipEntryDevice relations(m_archive, QStringLiteral("xl/_rels/workbook.xml.rels"));
            if (relations.failure() == ZipEntryDevice::Failure::None) {
                QXmlStreamReader xml(&relations);
                while (!xml.atEnd()) {
                    if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("Relationship")
                        && xml.attributes().value(QLatin1String("Id")) == firstSheetRelation) {
                        const QString target = xml.attributes().value(QLatin1String("Target")).toString();
                        sheetPath = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
                        break;
                    }
                }
            }
            if (relations.failure() != ZipEntryDevice::Failure::None
                && relations.failure() != ZipEntryDevice::Failure::Missing)
                return fail(relations);
        }

        ZipEntryDevice sharedXml(m_archive, QStringLiteral("xl/sharedStrings.xml"));
        if (sharedXml.failure() == ZipEntryDevice::Failure::None) {
            QXmlStreamReader xml(&sharedXml);
            qint64 characters = 0;
            while (!xml.atEnd()) {
                if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si")) {
                    QString text;
                    if (!readStringItem(xml, &text))
                        return fail(cellTooLong());
                    characters += text.size();
                    if (m_shared.size() >= MaxSharedStrings || characters > MaxSharedCharacters)
                        return fail(TableReader::tr("%1 is refused: it holds more text than Sammelan reads from one "
                                                    "workbook (%L2 pieces of text or %L3 characters).")
                                        .arg(m_name).arg(MaxSharedStrings).arg(MaxSharedCharacters));
                    m_shared << text;
                }
            }
            if (xml.hasError())
                return fail(sharedXml);
        } else if (sharedXml.failure() != ZipEntryDevice::Failure::Missing) {
            return fail(sharedXml);
        }

        m_sheet = std::make_unique<ZipEntryDevice>(m_archive, sheetPath);
        if (m_sheet->failure() != ZipEntryDevice::Failure::None)
            return fail(*m_sheet);
        // A row of cells in sheet XML is several hundred bytes.
        m_estimatedRows = qsizetype(qMin<quint64>(m_sheet->packedSize() * 10 / 400, 10000000));
        m_xml.setDevice(m_sheet.get());
        return true;
    }

protected:
    bool nextRecord(QStringList *record, int *number, RowIssue *) override
    {
        record->clear();
        bool inRow = false;
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isStartElement() && m_xml.name() == QLatin1String("row")) {
                inRow = true;
                m_lastColumn = -1;
                m_rowCharacters = 0;
                bool ok = false;
                const qint64 r = m_xml.attributes().value(QLatin1String("r")).toLongLong(&ok);
                m_rowNumber = ok && r > 0 ? qint64(r) : m_rowNumber + 1;
                if (m_rowNumber > TableReader::SpreadsheetRows)
                    return fail(TableReader::tr("%1 is refused: it has a row %L2, beyond a spreadsheet's last row "
                                                "(%L3).").arg(m_name).arg(m_rowNumber).arg(TableReader::SpreadsheetRows));
            } else if (inRow && m_xml.isEndElement() && m_xml.name() == QLatin1String("row")) {
                *number = int(m_rowNumber);
                return true;
            } else if (inRow && m_xml.isStartElement() && m_xml.name() == QLatin1String("c")) {
                if (!readCell(record))
                    return false;
            }
        }
        if (m_xml.hasError())
            return fail(*m_sheet);
        return false;
    }

private:
    bool fail(const QString &why)
    {
        m_error = why;
        return false;
    }

    bool fail(const ZipEntryDevice &part)
    {
        switch (part.failure()) {
        case ZipEntryDevice::Failure::TooLarge:
            return fail(TableReader::tr("%1 is refused: part of it would unpack to more than %L2 MB from %L3 KB, out of "
                                        "all proportion for a spreadsheet (a “zip bomb”).")
                            .arg(m_name).arg(part.limit() >> 20).arg(qMax<quint64>(1, part.packedSize() >> 10)));
        case ZipEntryDevice::Failure::MarkupTooLong:
            return fail(cellTooLong());
        case ZipEntryDevice::Failure::Damaged:
            return fail(TableReader::tr("%1 is damaged: part of it cannot be unpacked.").arg(m_name));
        case ZipEntryDevice::Failure::Missing:
        case ZipEntryDevice::Failure::Declaration:
        case ZipEntryDevice::Failure::None:
            break;
        }
        return fail(TableReader::tr("%1 is not an Excel workbook (XLSX) that Sammelan can read.").arg(m_name));
    }

    QString cellTooLong() const
    {
        return TableReader::tr("%1 is refused: a cell holds more than %L2 characters; Sammelan reads cells of at most "
                               "%L2 characters.").arg(m_name).arg(TableReader::MaxCellCharacters);
    }

    bool readCell(QStringList *record)
    {
        const QXmlStreamAttributes attributes = m_xml.attributes();
        const QStringView reference = attributes.value(QLatin1String("r"));
        int column = m_lastColumn + 1;
        int row = 0;
        switch (parseReference(reference, &column, &row)) {
        case Reference::Beyond:
            return fail(TableReader::tr("%1 is refused: it names the cell %2, beyond a spreadsheet's last cell "
                                        "(XFD1048576).").arg(m_name, excerpt(reference)));
        case Reference::Absent:
            column = m_lastColumn + 1;
            break;
        case Reference::Cell:
            break;
        }
        if (column >= TableReader::SpreadsheetColumns)
            return fail(TableReader::tr("%1 is refused: a cell of row %L2 lies beyond a spreadsheet's last column "
                                        "(XFD).").arg(m_name).arg(m_rowNumber));
        m_lastColumn = column;
        const QString type = attributes.value(QLatin1String("t")).toString();
        QString value;
        QString raw;
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isStartElement() && m_xml.name() == QLatin1String("v")) {
                raw.clear();
                if (!readText(m_xml, &raw, TableReader::MaxCellCharacters))
                    return fail(cellTooLong());
            } else if (m_xml.isStartElement() && m_xml.name() == QLatin1String("is")) {
                value.clear();
                if (!readStringItem(m_xml, &value))
                    return fail(cellTooLong());
            } else if (m_xml.isEndElement() && m_xml.name() == QLatin1String("c")) {
                break;
            }
        }
        if (type == QLatin1String("s")) {
            bool ok = false;
            const int index = raw.toInt(&ok);
            value = ok && index >= 0 && index < m_shared.size() ? m_shared.at(index) : QString();
        } else if (type == QLatin1String("str") || type == QLatin1String("e")) {
            value = raw;
        } else if (type == QLatin1String("b")) {
            value = raw == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        } else if (type != QLatin1String("inlineStr") && !raw.isEmpty()) {
            bool ok = false;
            const double number = raw.toDouble(&ok);
            value = ok ? TableReader::numberText(number) : raw;
        }
        // An empty cell far to the right (formatting only) costs nothing; a value there is refused.
        if (value.isEmpty())
            return true;
        if (column >= TableReader::MaxColumns)
            return fail(TableReader::tr("%1 is refused: row %L2 has a value in column %3, and Sammelan reads at most "
                                        "%L4 columns (A to %5).")
                            .arg(m_name).arg(m_rowNumber).arg(columnName(column)).arg(TableReader::MaxColumns)
                            .arg(columnName(TableReader::MaxColumns - 1)));
        m_rowCharacters += value.size();
        m_totalCharacters += value.size();
        if (m_totalCharacters > MaxWorkbookCharacters)
            return fail(TableReader::tr("%1 is refused: its cells hold more than %L2 characters in all, more than "
                                        "Sammelan reads from one workbook.").arg(m_name).arg(MaxWorkbookCharacters));
        if (m_rowCharacters > TableReader::MaxRowCharacters)
            return fail(TableReader::tr("%1 is refused: row %L2 holds more than %L3 characters; Sammelan reads rows of at "
                                        "most %L3 characters.").arg(m_name).arg(m_rowNumber).arg(TableReader::MaxRowCharacters));
        while (record->size() <= column)
            *record << QString();
        (*record)[column] = value;
        return true;
    }

    zip_t *m_archive;
    QByteArray m_data;
    QString m_name;
    QStringList m_shared;
    std::unique_ptr<ZipEntryDevice> m_sheet;
    QXmlStreamReader m_xml;
    qint64 m_rowNumber = 0;
    int m_lastColumn = -1;
    qsizetype m_rowCharacters = 0;
    qint64 m_totalCharacters = 0;
};

std::unique_ptr<TableSource> openArchive(zip_t *archive, QByteArray data, const QString &name, QString *error)
{
    auto source = std::make_unique<XlsxSource>(archive, std::move(data), name);
    if (!source->prepare() || !source->start()) {
        setError(error, source->error());
        return nullptr;
    }
    return source;
}

// CSV/TSV from any device: the encoding from its first bytes, the delimiter from its first line.
std::unique_ptr<TableSource> openTextDevice(std::unique_ptr<QIODevice> device, qint64 size, QString *error)
{
    const QByteArray head = device->peek(3);
    QStringConverter::Encoding encoding = QStringConverter::Utf8;
    QString encodingName = QStringLiteral("UTF-8");
    if (head.startsWith("\xff\xfe") || head.startsWith("\xfe\xff")) {
        encoding = head.startsWith("\xff\xfe") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE;
        encodingName = QStringLiteral("UTF-16");
        device->read(2);
    } else if (head.startsWith("\xef\xbb\xbf")) {
        device->read(3);
    }
    auto feed = std::make_unique<TextFeed>(std::move(device), encoding);
    QString text;
    if (!feed->readMore(&text, TextPieceBytes) && feed->failure() != TextFeed::Failure::None) {
        setError(error, TextFeed::message(feed->failure()));
        return nullptr;
    }
    const QChar delimiter = detectDelimiter(text);
    const QString delimiterName = delimiter == QLatin1Char('\t') ? TableReader::tr("tab")
                                  : delimiter == QLatin1Char(';') ? TableReader::tr("semicolon")
                                                                  : TableReader::tr("comma");
    auto source = std::make_unique<CsvSource>(std::move(feed), std::move(text), delimiter,
                                              TableReader::tr("CSV (%1, %2)").arg(encodingName, delimiterName), size);
    if (!source->start()) {
        setError(error, source->error());
        return nullptr;
    }
    return source;
}

} // namespace

QString TableReader::numberText(double value)
{
    if (std::isfinite(value) && std::floor(value) == value && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

std::unique_ptr<TableSource> TableReader::open(const QString &path, QString *error)
{
    auto file = std::make_unique<QFile>(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        setError(error, tr("%1 does not exist.").arg(path));
        return nullptr;
    }
    if (info.isDir() || !file->open(QIODevice::ReadOnly)) {
        setError(error, tr("%1 cannot be read.").arg(path));
        return nullptr;
    }
    if (file->peek(4).startsWith("PK\x03\x04")) {
        file->close();
        return openXlsx(path, error);
    }
    if (info.size() > MaxTextFileBytes) {
        setError(error, tr("%1 is too large to be a list of invitees.").arg(path));
        return nullptr;
    }
    return openTextDevice(std::move(file), info.size(), error);
}

std::optional<Table> TableReader::read(const QString &path, QString *error)
{
    const auto source = open(path, error);
    if (!source)
        return std::nullopt;
    return readAll(*source, error);
}

std::optional<Table> TableReader::parseText(const QByteArray &bytes, QString *error)
{
    const auto source = openText(bytes, error);
    if (!source)
        return std::nullopt;
    return readAll(*source, error);
}

std::optional<Table> TableReader::readAll(TableSource &source, QString *error)
{
    Table table;
    table.headers = source.headers();
    table.format = source.format();
    QStringList row;
    int number = 0;
    while (source.next(&row, &number)) {
        if (!source.issue().isEmpty())
            table.issues.insert(int(table.rows.size()), source.issue());
        // Moved, and the next row given a list of the table's width: a list kept (shared) would
        // be copied at the capacity it grew to when the reader clears it for the next row.
        table.rows << std::move(row);
        row = QStringList();
        row.reserve(table.headers.size());
        table.rowNumbers << number;
    }
    if (!source.error().isEmpty()) {
        setError(error, source.error());
        return std::nullopt;
    }
    return table;
}

std::unique_ptr<TableSource> TableReader::openText(const QByteArray &bytes, QString *error)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    return openTextDevice(std::move(buffer), bytes.size(), error);
}

std::unique_ptr<TableSource> TableReader::openXlsx(const QString &path, QString *error)
{
    int zipError = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &zipError);
    if (!archive) {
        setError(error, tr("%1 is not a readable Excel (XLSX) file.").arg(path));
        return nullptr;
    }
    return openArchive(archive, {}, path, error);
}

std::unique_ptr<TableSource> TableReader::openXlsxData(const QByteArray &bytes, QString *error)
{
    const QString name = tr("The workbook");
    zip_error_t zipError;
    zip_error_init(&zipError);
    const auto finish = qScopeGuard([&zipError] { zip_error_fini(&zipError); });
    // The archive reads `bytes` in place: the source keeps a copy of the QByteArray (shared,
    // not duplicated) for as long as it is open.
    zip_source_t *zipSource = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &zipError);
    zip_t *archive = zipSource ? zip_open_from_source(zipSource, ZIP_RDONLY, &zipError) : nullptr;
    if (!archive) {
        if (zipSource)
            zip_source_free(zipSource);
        setError(error, tr("%1 is not a readable Excel (XLSX) file.").arg(name));
        return nullptr;
    }
    return openArchive(archive, bytes, name, error);
}

std::optional<Table> TableReader::parseXlsx(const QByteArray &bytes, QString *error)
{
    const auto source = openXlsxData(bytes, error);
    if (!source)
        return std::nullopt;
    return readAll(*source, error);
}
