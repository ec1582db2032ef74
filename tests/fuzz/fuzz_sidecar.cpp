// libFuzzer target: the sidecar parser (workspace.json), passphrase slots
// included. What it accepts must also survive being written and read again.
#include "workspace/Sidecar.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto sidecar = md::Sidecar::parse(bytes, QStringLiteral("workspace.json"));
    if (!sidecar.ok())
        return 0;
    for (const md::PassphraseSlot& slot : sidecar->passphraseSlots) {
        if (slot.opsLimit > md::PassphraseSlot::kMaxOpsLimit ||
            slot.memLimit > md::PassphraseSlot::kMaxMemLimit)
            __builtin_trap(); // a cost that would keep an unlock busy
    }
    const auto again = md::Sidecar::parse(sidecar->toJson(), QStringLiteral("workspace.json"));
    if (!again.ok() || again->workspaceId != sidecar->workspaceId ||
        again->keyFingerprint != sidecar->keyFingerprint ||
        again->passphraseSlots.size() != sidecar->passphraseSlots.size())
        __builtin_trap(); // what was read cannot be written back
    return 0;
}
