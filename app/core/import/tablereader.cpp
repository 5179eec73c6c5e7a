#include "tablereader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <cmath>
#include <zip.h>

// Note: XML loops use readNext() rather than readNextStartElement(), which in Qt 6.4 reports
// "Premature end of document" when called after the root element has ended.

namespace {

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
QChar detectDelimiter(const QString &text)
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

// Gives raw records (possibly blank); the common part of the sources below turns them into
// header and data rows.
class RecordSource : public TableSource
{
public:
    bool start()
    {
        QStringList first;
        int number = 0;
        while (nextRecord(&first, &number)) {
            if (!isBlank(first)) {
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
        while (nextRecord(row, rowNumber)) {
            if (isBlank(*row))
                continue;
            // Short rows (trailing empty cells left out) are padded; extra cells are kept.
            while (row->size() < m_headers.size())
                *row << QString();
            return true;
        }
        return false;
    }

protected:
    virtual bool nextRecord(QStringList *record, int *number) = 0;
};

// CSV/TSV: the decoded text and a cursor into it. Unquoted fields are taken as one slice of the
// text; only quoted fields are built piece by piece.
class CsvSource final : public RecordSource
{
public:
    CsvSource(QString text, QChar delimiter, const QString &format)
        : m_text(std::move(text)), m_delimiter(delimiter.unicode())
    {
        m_format = format;
        m_estimatedRows = m_text.size() / 100; // staff lists run 100 to 250 characters a row
    }

protected:
    bool nextRecord(QStringList *record, int *number) override
    {
        const QChar *data = m_text.constData();
        const qsizetype n = m_text.size();
        if (m_pos >= n)
            return false;
        record->clear();
        *number = m_line;
        const int recordLine = m_line;
        qsizetype i = m_pos;
        for (;;) {
            if (i < n && data[i] == u'"') {
                QString field;
                ++i;
                for (;;) {
                    if (i >= n) {
                        m_error = TableReader::tr("Line %1: a quoted cell is never closed (a \" is missing).")
                                      .arg(recordLine);
                        m_pos = n;
                        return false;
                    }
                    qsizetype run = i;
                    while (run < n && data[run] != u'"')
                        ++run;
                    const QStringView chunk(data + i, run - i);
                    for (const QChar c : chunk)
                        if (c == u'\n')
                            ++m_line;
                    field += chunk;
                    i = run;
                    if (i >= n)
                        continue; // reports the unclosed quote above
                    if (i + 1 < n && data[i + 1] == u'"') {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i; // the closing quote
                    break;
                }
                // Anything after the closing quote up to the delimiter stays in the field.
                qsizetype end = i;
                while (end < n && data[end] != m_delimiter && data[end] != u'\n' && data[end] != u'\r')
                    ++end;
                field += QStringView(data + i, end - i);
                i = end;
                // A CRLF (or a lone CR) inside quotes is one line break.
                if (field.contains(QLatin1Char('\r'))) {
                    field.replace(QLatin1String("\r\n"), QLatin1String("\n"));
                    field.replace(QLatin1Char('\r'), QLatin1Char('\n'));
                }
                *record << field;
            } else {
                qsizetype end = i;
                while (end < n && data[end] != m_delimiter && data[end] != u'\n' && data[end] != u'\r')
                    ++end;
                *record << QString(data + i, end - i);
                i = end;
            }
            if (i < n && data[i] == m_delimiter) {
                ++i;
                if (i == n) // a trailing delimiter leaves an empty last field
                    *record << QString();
                else
                    continue;
            }
            break;
        }
        if (i < n && data[i] == u'\r') {
            ++i;
            if (i < n && data[i] == u'\n')
                ++i;
        } else if (i < n && data[i] == u'\n') {
            ++i;
        }
        ++m_line;
        m_pos = i;
        return true;
    }

private:
    QString m_text;
    char16_t m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
};

// Reads one member of a zip archive whole.
bool readZipEntry(zip_t *archive, const char *name, QByteArray *out)
{
    const zip_int64_t index = zip_name_locate(archive, name, ZIP_FL_NOCASE);
    if (index < 0)
        return false;
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive, zip_uint64_t(index), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE))
        return false;
    // Refuse absurd sizes instead of allocating them (a zip bomb or a broken file).
    if (stat.size > 512ull * 1024 * 1024)
        return false;
    zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(index), 0);
    if (!file)
        return false;
    out->resize(qsizetype(stat.size));
    const zip_int64_t got = stat.size ? zip_fread(file, out->data(), stat.size) : 0;
    zip_fclose(file);
    return got == zip_int64_t(stat.size);
}

// "J3" → column 9 (0-based).
int columnOf(QStringView reference)
{
    int column = 0;
    bool any = false;
    for (const QChar c : reference) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) {
            column = column * 26 + (c.unicode() - 'A' + 1);
            any = true;
        } else {
            break;
        }
    }
    return any ? column - 1 : -1;
}

// Text of an <si> or <is> element: plain <t> or rich-text runs <r><t>, joined; phonetic runs skipped.
QString readStringItem(QXmlStreamReader &xml)
{
    QString text;
    const QString end = xml.name().toString();
    int depthInPhonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh"))
                ++depthInPhonetic;
            else if (xml.name() == QLatin1String("t") && depthInPhonetic == 0)
                text += xml.readElementText();
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("rPh"))
                --depthInPhonetic;
            else if (xml.name() == end)
                break;
        }
    }
    return text;
}

// XLSX: the first sheet's XML in memory, read one <row> at a time.
class XlsxSource final : public RecordSource
{
public:
    XlsxSource(QByteArray sheet, QStringList shared, const QString &notWorkbook)
        : m_sheet(std::move(sheet)), m_shared(std::move(shared)), m_xml(m_sheet), m_notWorkbook(notWorkbook)
    {
        m_format = TableReader::tr("XLSX");
        m_estimatedRows = m_sheet.size() / 400; // a row of cells in sheet XML is several hundred bytes
    }

protected:
    bool nextRecord(QStringList *record, int *number) override
    {
        record->clear();
        bool inRow = false;
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isStartElement() && m_xml.name() == QLatin1String("row")) {
                inRow = true;
                const int r = m_xml.attributes().value(QLatin1String("r")).toInt();
                m_rowNumber = r > 0 ? r : m_rowNumber + 1;
            } else if (m_xml.isEndElement() && m_xml.name() == QLatin1String("row")) {
                *number = m_rowNumber;
                return true;
            } else if (inRow && m_xml.isStartElement() && m_xml.name() == QLatin1String("c")) {
                if (!readCell(record))
                    return false;
            }
        }
        if (m_xml.hasError())
            m_error = m_notWorkbook;
        return false;
    }

private:
    bool readCell(QStringList *record)
    {
        const QXmlStreamAttributes attributes = m_xml.attributes();
        const QString type = attributes.value(QLatin1String("t")).toString();
        int column = columnOf(attributes.value(QLatin1String("r")));
        if (column < 0)
            column = int(record->size());
        QString value;
        QString raw;
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isStartElement() && m_xml.name() == QLatin1String("v"))
                raw = m_xml.readElementText();
            else if (m_xml.isStartElement() && m_xml.name() == QLatin1String("is"))
                value = readStringItem(m_xml);
            else if (m_xml.isEndElement() && m_xml.name() == QLatin1String("c"))
                break;
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
        if (column > 16383) { // beyond Excel's last column: not a real sheet
            m_error = m_notWorkbook;
            return false;
        }
        while (record->size() <= column)
            *record << QString();
        (*record)[column] = value;
        return true;
    }

    QByteArray m_sheet;
    QStringList m_shared;
    QXmlStreamReader m_xml;
    QString m_notWorkbook;
    int m_rowNumber = 0;
};

} // namespace

QString TableReader::numberText(double value)
{
    if (std::isfinite(value) && std::floor(value) == value && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

std::unique_ptr<TableSource> TableReader::open(const QString &path, QString *error)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        setError(error, tr("%1 does not exist.").arg(path));
        return nullptr;
    }
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        setError(error, tr("%1 cannot be read.").arg(path));
        return nullptr;
    }
    if (file.peek(4).startsWith("PK\x03\x04")) {
        file.close();
        return openXlsx(path, error);
    }
    if (info.size() > 512ll * 1024 * 1024) {
        setError(error, tr("%1 is too large to be a list of invitees.").arg(path));
        return nullptr;
    }
    return openText(file.readAll(), error);
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
        table.rows << row;
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
    QString text;
    QString encoding;
    if (bytes.startsWith("\xff\xfe") || bytes.startsWith("\xfe\xff")) {
        const bool little = bytes.startsWith("\xff\xfe");
        QStringDecoder decoder(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::Stateless);
        text = decoder.decode(QByteArrayView(bytes).sliced(2));
        if (decoder.hasError()) {
            setError(error, tr("The file is damaged: it is not valid UTF-16 text."));
            return nullptr;
        }
        encoding = QStringLiteral("UTF-16");
    } else {
        const bool bom = bytes.startsWith("\xef\xbb\xbf");
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = decoder.decode(bom ? QByteArrayView(bytes).sliced(3) : QByteArrayView(bytes));
        if (decoder.hasError()) {
            setError(error, tr("The file is not UTF-8 text, so Hindi in it would be lost. In Excel save "
                               "it as “CSV UTF-8” or “Unicode Text”; in LibreOffice choose UTF-8."));
            return nullptr;
        }
        encoding = QStringLiteral("UTF-8");
    }
    if (text.contains(QChar(0))) {
        setError(error, tr("The file is not a text table (it holds binary data)."));
        return nullptr;
    }
    const QChar delimiter = detectDelimiter(text);
    const QString delimiterName = delimiter == QLatin1Char('\t') ? tr("tab")
                                  : delimiter == QLatin1Char(';') ? tr("semicolon")
                                                                  : tr("comma");
    auto source = std::make_unique<CsvSource>(std::move(text), delimiter,
                                              tr("CSV (%1, %2)").arg(encoding, delimiterName));
    if (!source->start()) {
        setError(error, source->error());
        return nullptr;
    }
    return source;
}

std::unique_ptr<TableSource> TableReader::openXlsx(const QString &path, QString *error)
{
    int zipError = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &zipError);
    if (!archive) {
        setError(error, tr("%1 is not a readable Excel (XLSX) file.").arg(path));
        return nullptr;
    }
    const auto closeArchive = qScopeGuard([archive] { zip_discard(archive); });
    const QString notWorkbook = tr("%1 is not an Excel workbook (XLSX) that Sammelan can read.").arg(path);

    // The first sheet named in the workbook, found through the workbook's relationships.
    QByteArray workbook, relations;
    if (!readZipEntry(archive, "xl/workbook.xml", &workbook)) {
        setError(error, notWorkbook);
        return nullptr;
    }
    QString firstSheetRelation;
    {
        QXmlStreamReader xml(workbook);
        while (!xml.atEnd() && firstSheetRelation.isEmpty()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("sheet")) {
                for (const QXmlStreamAttribute &a : xml.attributes())
                    if (a.name() == QLatin1String("id") && a.prefix() == QLatin1String("r"))
                        firstSheetRelation = a.value().toString();
            }
        }
    }
    QString sheetPath = QStringLiteral("xl/worksheets/sheet1.xml");
    if (!firstSheetRelation.isEmpty() && readZipEntry(archive, "xl/_rels/workbook.xml.rels", &relations)) {
        QXmlStreamReader xml(relations);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("Relationship")
                && xml.attributes().value(QLatin1String("Id")) == firstSheetRelation) {
                const QString target = xml.attributes().value(QLatin1String("Target")).toString();
                sheetPath = target.startsWith(QLatin1Char('/')) ? target.mid(1)
                                                                : QStringLiteral("xl/") + target;
                break;
            }
        }
    }

    QStringList shared;
    QByteArray sharedXml;
    if (readZipEntry(archive, "xl/sharedStrings.xml", &sharedXml)) {
        QXmlStreamReader xml(sharedXml);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si"))
                shared << readStringItem(xml);
        }
        if (xml.hasError()) {
            setError(error, notWorkbook);
            return nullptr;
        }
    }

    QByteArray sheet;
    if (!readZipEntry(archive, sheetPath.toUtf8().constData(), &sheet)) {
        setError(error, notWorkbook);
        return nullptr;
    }
    auto source = std::make_unique<XlsxSource>(std::move(sheet), std::move(shared), notWorkbook);
    if (!source->start()) {
        setError(error, source->error());
        return nullptr;
    }
    return source;
}
