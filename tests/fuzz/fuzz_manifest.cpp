// libFuzzer target: the signed-agreement manifest parser (canonical JSON
// check, then the fields). Any input must be parsed or refused: no crash, no
// leak, no hang.
#include "agreements/AgreementManifest.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto manifest = md::AgreementManifest::parse(bytes);
    if (manifest.ok())
        (void)manifest->toCanonicalBytes(); // what the verifier compares
    return 0;
}
