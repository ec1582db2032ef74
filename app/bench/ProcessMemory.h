#pragma once

#include <optional>

namespace md::bench {

// This process's resident set now (VmRSS) and at its peak (VmHWM), in MiB,
// from /proc/self/status; empty off Linux.
struct ProcessMemory {
    std::optional<double> residentMiB;
    std::optional<double> peakMiB;
};
ProcessMemory processMemory();

} // namespace md::bench
