#pragma once

#include "pipeline/Evaluation.h"
#include "pipeline/SmartGoal.h"

#include <QDate>
#include <QDateTime>

#include <QList>

#include <optional>

namespace md {

// One measurement of a goal's metric: a progress entry, or the final value
// recorded in the goal's evaluation.
struct GoalMeasurement {
    QDate date;            // the day it was measured
    QDateTime recordedUtc; // breaks ties between measurements of one day
    double value = 0.0;
};

// How far a goal's metric has come from its baseline towards its target.
//
// A goal is measured by its progress entries and by its evaluation: the final
// value recorded when it is evaluated counts as a measurement dated on the
// (local) day the evaluation was last saved. The latest measurement decides,
// so a progress entry of a later day supersedes the evaluation's value, and an
// evaluation supersedes the entries before it.
class GoalProgress final {
public:
    // The share of the way from `baseline` to `target` that `value` covers, in
    // percent, clamped to 0..100. Works for decreasing targets (fewer
    // rejections) as for increasing ones. When baseline equals target there is
    // no way to cover: 100 when the value is on the target, else 0.
    static double percent(double baseline, double target, double value);

    // The latest entry by date (the later-recorded one on the same day).
    static std::optional<ProgressEntry> latest(const QList<ProgressEntry>& entries);

    static GoalMeasurement measurementOf(const ProgressEntry& entry);
    // The evaluation's final value as a measurement; nothing without one.
    static std::optional<GoalMeasurement> measurementOf(const Evaluation& evaluation);
    // The later of two measurements: by day, then by the time recorded; on a
    // full tie `b` (callers pass the evaluation there: it is the last word).
    static std::optional<GoalMeasurement> later(const std::optional<GoalMeasurement>& a,
                                                const std::optional<GoalMeasurement>& b);
    // The value of the latest measurement among `entries` and `evaluation`.
    static std::optional<double> latestValue(const QList<ProgressEntry>& entries,
                                             const std::optional<Evaluation>& evaluation);

    // The goal's progress from its latest measurement (entries and the
    // evaluation's final value); 0 with none; nothing when the goal has no
    // baseline or target to measure against.
    static std::optional<double>
    percentOf(const SmartGoal& goal, const QList<ProgressEntry>& entries,
              const std::optional<Evaluation>& evaluation = std::nullopt);
    // The same from the goal's baseline and target and its latest value
    // (nothing when it has no entry), as a read model carries them.
    static std::optional<double> percentOf(const std::optional<double>& baseline,
                                           const std::optional<double>& target,
                                           const std::optional<double>& latestValue);
    static bool reached(const std::optional<double>& percent) {
        return percent && *percent >= 100.0;
    }
    // True once the latest value reaches or passes the target.
    static bool reached(const SmartGoal& goal, const QList<ProgressEntry>& entries,
                        const std::optional<Evaluation>& evaluation = std::nullopt);
};

} // namespace md
