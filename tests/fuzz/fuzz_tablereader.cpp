// libFuzzer entry point: any bytes given to the CSV/TSV reader must yield a table or a reason,
// never a crash, a hang or a sanitizer report. Every table it yields must be consistent.
#include "import/tablereader.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto table = TableReader::parseText(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    if (table) {
        if (table->rows.size() != table->rowNumbers.size())
            std::abort();
        int previous = 0;
        for (int i = 0; i < table->rows.size(); ++i) {
            const QStringList &row = table->rows.at(i);
            if (row.size() < table->headers.size() || row.size() > TableReader::MaxColumns
                || table->rowNumbers.at(i) <= previous)
                std::abort();
            previous = table->rowNumbers.at(i);
            for (const QString &cell : row)
                if (cell.size() > TableReader::MaxCellCharacters)
                    std::abort();
        }
        for (auto it = table->issues.cbegin(); it != table->issues.cend(); ++it)
            if (it.key() < 0 || it.key() >= table->rows.size() || it.value().isEmpty())
                std::abort();
    } else if (error.isEmpty()) {
        std::abort(); // a refusal always says why
    }
    return 0;
}
