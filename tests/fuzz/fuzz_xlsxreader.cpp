// libFuzzer entry point for the XLSX reader: any bytes must yield a table or a reason, never a
// crash, a hang, a sanitizer report or a table beyond the reader's limits. Two kinds of input:
// - a zip archive (it starts with "PK"), read as it is: the real workbooks of corpus-xlsx;
// - anything else: parts separated by lines "--part--" (xl/workbook.xml, its relationships,
//   xl/sharedStrings.xml, xl/worksheets/sheet1.xml, in that order) are first stored
//   uncompressed in a new archive, so that mutations reach the XML instead of failing the zip's
//   checksum (the corpus-xlsx/*.parts files).
#include "import/tablereader.h"

#include <cstdint>
#include <cstdlib>
#include <zip.h>

namespace {

QByteArray packParts(const QByteArray &input)
{
    static const char *const names[] = {"xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml",
                                        "xl/worksheets/sheet1.xml"};
    QList<QByteArray> parts;
    for (qsizetype from = 0;;) {
        const qsizetype at = input.indexOf("\n--part--\n", from);
        parts << input.mid(from, at < 0 ? -1 : at - from);
        if (at < 0)
            break;
        from = at + 10;
    }
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *out = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_source_keep(out);
    zip_t *archive = zip_open_from_source(out, ZIP_TRUNCATE, &error);
    for (int i = 0; i < 4 && i < parts.size(); ++i) {
        zip_source_t *source = zip_source_buffer(archive, parts.at(i).constData(), zip_uint64_t(parts.at(i).size()), 0);
        const zip_int64_t index = zip_file_add(archive, names[i], source, ZIP_FL_OVERWRITE);
        zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0);
    }
    QByteArray bytes;
    if (zip_close(archive) == 0) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_source_stat(out, &st) == 0 && zip_source_open(out) == 0) {
            bytes.resize(qsizetype(st.size));
            if (zip_source_read(out, bytes.data(), st.size) != zip_int64_t(st.size))
                bytes.clear();
            zip_source_close(out);
        }
    } else {
        zip_discard(archive);
    }
    zip_source_free(out);
    zip_error_fini(&error);
    return bytes;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray archive = input.startsWith("PK") ? input : packParts(input);
    QString error;
    const auto table = TableReader::parseXlsx(archive, &error);
    if (!table) {
        if (error.isEmpty())
            std::abort(); // a refusal always says why
        return 0;
    }
    if (table->rows.size() != table->rowNumbers.size() || table->headers.size() > TableReader::MaxColumns)
        std::abort();
    for (int i = 0; i < table->rows.size(); ++i) {
        const QStringList &row = table->rows.at(i);
        if (row.size() < table->headers.size() || row.size() > qMax<qsizetype>(table->headers.size(), TableReader::MaxColumns))
            std::abort();
        if (table->rowNumbers.at(i) < 1 || table->rowNumbers.at(i) > TableReader::SpreadsheetRows)
            std::abort();
        qsizetype characters = 0;
        for (const QString &cell : row) {
            if (cell.size() > TableReader::MaxCellCharacters)
                std::abort();
            characters += cell.size();
        }
        if (characters > TableReader::MaxRowCharacters)
            std::abort();
    }
    return 0;
}
