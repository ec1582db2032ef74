// libFuzzer target: the client import from vCard 2.1, 3.0 and 4.0.
#include "import/VCardReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QList<md::ImportProblem> problems;
    (void)md::VCardReader::read(bytes, &problems);
    return 0;
}
