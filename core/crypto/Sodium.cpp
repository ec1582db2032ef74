#include "crypto/Sodium.h"

#include <sodium.h>

#include <cstdlib>

#if defined(Q_OS_LINUX) || defined(__linux__)
#include <sys/prctl.h>
#include <sys/resource.h>
#elif defined(__APPLE__)
#include <sys/resource.h>
#endif

namespace md {

void ensureSodium() {
    static const bool initialised = [] {
        if (sodium_init() < 0)
            std::abort(); // no secure random source: refusing is the only safe choice
        return true;
    }();
    (void)initialised;
}

bool disableCoreDumps() {
#if defined(__linux__) || defined(__APPLE__)
    rlimit limit{0, 0};
    bool ok = setrlimit(RLIMIT_CORE, &limit) == 0;
#if defined(__linux__)
    // Also forbids ptrace attach by non-root processes of the same user.
    ok = prctl(PR_SET_DUMPABLE, 0) == 0 && ok;
#endif
    return ok;
#else
    // Windows writes no core dumps by default; WER dumps are a user choice.
    return true;
#endif
}

} // namespace md
