// libFuzzer target: the ICS reader (syntax check, libical parse, expansion)
// with the window the importer uses. Any input must come back as busy times
// or an error within the reader's limits: no crash, no leak, no hang.
#include "ics/IcsReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const md::IcsReader::Options options = [] {
        md::IcsReader::Options o;
        const QDateTime now(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        o.fromUtc = now.addMonths(-1);
        o.toUtc = now.addMonths(12);
        o.floatingZone = QTimeZone("Europe/Berlin");
        return o;
    }();
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto imported = md::IcsReader::read(bytes, options);
    if (imported.ok() && imported->busyTimes.size() > md::IcsReader::kMaxBusyTimesPerFile)
        __builtin_trap(); // a limit that does not hold
    return 0;
}
