#pragma once

#include "pipeline/SmartGoal.h"

#include <QList>

#include <optional>

namespace md {

// How far a goal's metric has come from its baseline towards its target.
class GoalProgress final {
public:
    // The share of the way from `baseline` to `target` that `value` covers, in
    // percent, clamped to 0..100. Works for decreasing targets (fewer
    // rejections) as for increasing ones. When baseline equals target there is
    // no way to cover: 100 when the value is on the target, else 0.
    static double percent(double baseline, double target, double value);

    // The latest entry by date (the later-recorded one on the same day).
    static std::optional<ProgressEntry> latest(const QList<ProgressEntry>& entries);

    // The goal's progress from its latest entry; 0 with no entries; nothing
    // when the goal has no baseline or target to measure against.
    static std::optional<double> percentOf(const SmartGoal& goal,
                                           const QList<ProgressEntry>& entries);
    // The same from the goal's baseline and target and its latest value
    // (nothing when it has no entry), as a read model carries them.
    static std::optional<double> percentOf(const std::optional<double>& baseline,
                                           const std::optional<double>& target,
                                           const std::optional<double>& latestValue);
    static bool reached(const std::optional<double>& percent) {
        return percent && *percent >= 100.0;
    }
    // True once the latest value reaches or passes the target.
    static bool reached(const SmartGoal& goal, const QList<ProgressEntry>& entries);
};

} // namespace md
