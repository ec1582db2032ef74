// libFuzzer target: the client import from CSV (the reader, the header
// search, the guessed column mapping and the contacts made from the rows).
#include "import/ClientImport.h"
#include "import/ColumnMapping.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QList<md::ImportProblem> problems;
    const auto table = md::ClientImport::readCsv(bytes, &problems);
    if (!table.ok())
        return 0;
    const md::ColumnMapping mapping = md::ColumnMapping::guess(table->headers);
    (void)md::ClientImport::contactsOf(table.value(), mapping, &problems);
    return 0;
}
