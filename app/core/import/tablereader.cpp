#include "tablereader.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <cmath>
#include <zip.h>

// Note: loops use readNext() rather than readNextStartElement(), which in Qt 6.4 reports
// "Premature end of document" when called after the root element has ended.

namespace {

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

// Splits decoded text into records of fields (RFC 4180, any line ending).
bool parseRecords(const QString &text, QChar delimiter, QList<QStringList> *records,
                  QList<int> *lineNumbers, int *badLine)
{
    QStringList record;
    QString field;
    bool quoted = false;       // inside a quoted field
    bool fieldStarted = false; // the field had any character (or quotes)
    int line = 1;
    int recordLine = 1;
    const qsizetype n = text.size();
    auto endField = [&] {
        record << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        records->append(record);
        lineNumbers->append(recordLine);
        record.clear();
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                // A CRLF inside a quoted cell is one line break.
                if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                    continue;
                field += c == QLatin1Char('\r') ? QLatin1Char('\n') : c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == delimiter) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        *badLine = recordLine;
        return false;
    }
    if (fieldStarted || !record.isEmpty())
        endRecord();
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

bool isBlank(const QStringList &row)
{
    for (const QString &cell : row)
        if (!cell.trimmed().isEmpty())
            return false;
    return true;
}

// Moves the first non-blank record into the headers and drops blank rows.
std::optional<Table> tableFrom(QList<QStringList> records, QList<int> lines, const QString &format,
                               QString *error)
{
    Table table;
    table.format = format;
    int i = 0;
    while (i < records.size() && isBlank(records.at(i)))
        ++i;
    if (i == records.size()) {
        setError(error, TableReader::tr("The file holds no table: it is empty."));
        return std::nullopt;
    }
    table.headers = records.at(i);
    for (QString &h : table.headers)
        h = h.trimmed();
    for (++i; i < records.size(); ++i) {
        if (isBlank(records.at(i)))
            continue;
        QStringList row = records.at(i);
        // Short rows (trailing empty cells left out) are padded; extra cells are kept.
        while (row.size() < table.headers.size())
            row << QString();
        table.rows << row;
        table.rowNumbers << lines.at(i);
    }
    return table;
}

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

} // namespace

QString TableReader::numberText(double value)
{
    if (std::isfinite(value) && std::floor(value) == value && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

std::optional<Table> TableReader::read(const QString &path, QString *error)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        setError(error, tr("%1 does not exist.").arg(path));
        return std::nullopt;
    }
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        setError(error, tr("%1 cannot be read.").arg(path));
        return std::nullopt;
    }
    const QByteArray head = file.peek(4);
    if (head.startsWith("PK\x03\x04")) {
        file.close();
        return parseXlsx(path, error);
    }
    if (info.size() > 512ll * 1024 * 1024) {
        setError(error, tr("%1 is too large to be a list of invitees.").arg(path));
        return std::nullopt;
    }
    return parseText(file.readAll(), error);
}

std::optional<Table> TableReader::parseText(const QByteArray &bytes, QString *error)
{
    QString text;
    QString encoding;
    if (bytes.startsWith("\xff\xfe") || bytes.startsWith("\xfe\xff")) {
        const bool little = bytes.startsWith("\xff\xfe");
        QStringDecoder decoder(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::Stateless);
        text = decoder.decode(bytes.mid(2));
        if (decoder.hasError()) {
            setError(error, tr("The file is damaged: it is not valid UTF-16 text."));
            return std::nullopt;
        }
        encoding = QStringLiteral("UTF-16");
    } else {
        const bool bom = bytes.startsWith("\xef\xbb\xbf");
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = decoder.decode(bom ? bytes.mid(3) : bytes);
        if (decoder.hasError()) {
            setError(error, tr("The file is not UTF-8 text, so Hindi in it would be lost. In Excel save "
                               "it as “CSV UTF-8” or “Unicode Text”; in LibreOffice choose UTF-8."));
            return std::nullopt;
        }
        encoding = QStringLiteral("UTF-8");
    }
    if (text.contains(QChar(0))) {
        setError(error, tr("The file is not a text table (it holds binary data)."));
        return std::nullopt;
    }
    const QChar delimiter = detectDelimiter(text);
    QList<QStringList> records;
    QList<int> lines;
    int badLine = 0;
    if (!parseRecords(text, delimiter, &records, &lines, &badLine)) {
        setError(error, tr("Line %1: a quoted cell is never closed (a \" is missing).").arg(badLine));
        return std::nullopt;
    }
    const QString delimiterName = delimiter == QLatin1Char('\t') ? tr("tab")
                                  : delimiter == QLatin1Char(';') ? tr("semicolon")
                                                                  : tr("comma");
    return tableFrom(records, lines, tr("CSV (%1, %2)").arg(encoding, delimiterName), error);
}

std::optional<Table> TableReader::parseXlsx(const QString &path, QString *error)
{
    int zipError = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &zipError);
    if (!archive) {
        setError(error, tr("%1 is not a readable Excel (XLSX) file.").arg(path));
        return std::nullopt;
    }
    const auto closeArchive = qScopeGuard([archive] { zip_discard(archive); });
    const QString notWorkbook = tr("%1 is not an Excel workbook (XLSX) that Sammelan can read.").arg(path);

    // The first sheet named in the workbook, found through the workbook's relationships.
    QByteArray workbook, relations;
    if (!readZipEntry(archive, "xl/workbook.xml", &workbook)) {
        setError(error, notWorkbook);
        return std::nullopt;
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
                QString target = xml.attributes().value(QLatin1String("Target")).toString();
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
            return std::nullopt;
        }
    }

    QByteArray sheet;
    if (!readZipEntry(archive, sheetPath.toUtf8().constData(), &sheet)) {
        setError(error, notWorkbook);
        return std::nullopt;
    }
    QList<QStringList> records;
    QList<int> lines;
    QXmlStreamReader xml(sheet);
    QStringList row;
    int rowNumber = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("row")) {
            row.clear();
            const int r = xml.attributes().value(QLatin1String("r")).toInt();
            rowNumber = r > 0 ? r : rowNumber + 1;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
            records << row;
            lines << rowNumber;
        } else if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            const QXmlStreamAttributes attributes = xml.attributes();
            const QString type = attributes.value(QLatin1String("t")).toString();
            int column = columnOf(attributes.value(QLatin1String("r")));
            if (column < 0)
                column = int(row.size());
            QString value;
            QString raw;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("v"))
                    raw = xml.readElementText();
                else if (xml.isStartElement() && xml.name() == QLatin1String("is"))
                    value = readStringItem(xml);
                else if (xml.isEndElement() && xml.name() == QLatin1String("c"))
                    break;
            }
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int index = raw.toInt(&ok);
                value = ok && index >= 0 && index < shared.size() ? shared.at(index) : QString();
            } else if (type == QLatin1String("str") || type == QLatin1String("e")) {
                value = raw;
            } else if (type == QLatin1String("b")) {
                value = raw == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (type != QLatin1String("inlineStr") && !raw.isEmpty()) {
                bool ok = false;
                const double number = raw.toDouble(&ok);
                value = ok ? numberText(number) : raw;
            }
            if (column > 16383) {
                setError(error, notWorkbook);
                return std::nullopt;
            }
            while (row.size() <= column)
                row << QString();
            row[column] = value;
        }
    }
    if (xml.hasError()) {
        setError(error, notWorkbook);
        return std::nullopt;
    }
    return tableFrom(records, lines, tr("XLSX"), error);
}
