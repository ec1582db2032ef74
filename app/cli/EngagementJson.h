#pragma once

#include "pipeline/EngagementService.h"

#include <QJsonObject>

namespace md {
class Clock;
}

namespace md::cli {

// The JSON forms of engagements printed by `engagement list --json` and
// `engagement show --json`. Enumerations use their fixed storage keys, dates
// ISO-8601, times ISO-8601 UTC.
class EngagementJson final {
public:
    // One engagement as a list row: the record, its state and its warnings.
    // "stale" follows the workspace's practice rule (`staleAfterDays`), the same
    // the GUI warns with.
    static QJsonObject summary(const Engagement& engagement, const QString& clientName,
                               const Clock& clock, int staleAfterDays);
    // Everything `show` prints: the summary plus timeline, needs, goals (with
    // SMART status, progress and actions) and the gate of the current stage.
    static QJsonObject details(const EngagementDetails& details, const QString& clientName,
                               const std::optional<GateResult>& gate, const Clock& clock,
                               int staleAfterDays);
    static QJsonObject gate(const GateResult& gate);
};

} // namespace md::cli
