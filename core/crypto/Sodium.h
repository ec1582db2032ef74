#pragma once

namespace md {

// Initialises libsodium once per process; safe to call from anywhere.
void ensureSodium();

// Keeps the data key out of crash dumps: disables core dumps for the process
// where the platform allows it. Returns false when it could not.
bool disableCoreDumps();

} // namespace md
