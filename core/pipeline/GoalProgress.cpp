#include "pipeline/GoalProgress.h"

#include <QtNumeric>

#include <algorithm>
#include <cmath>

namespace md {

namespace {
bool nearlyEqual(double a, double b) {
    // qFuzzyCompare fails around zero; scale the tolerance by the magnitudes.
    return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}
} // namespace

double GoalProgress::percent(double baseline, double target, double value) {
    if (!std::isfinite(baseline) || !std::isfinite(target) || !std::isfinite(value))
        return 0.0;
    if (nearlyEqual(baseline, target))
        return nearlyEqual(value, target) ? 100.0 : 0.0;
    // (value - baseline) / (target - baseline) has the right sign for both
    // directions: for a decreasing target both differences are negative.
    const double share = (value - baseline) / (target - baseline);
    return std::clamp(share * 100.0, 0.0, 100.0);
}

std::optional<ProgressEntry> GoalProgress::latest(const QList<ProgressEntry>& entries) {
    if (entries.isEmpty())
        return std::nullopt;
    const auto it = std::max_element(entries.begin(), entries.end(),
                                     [](const ProgressEntry& a, const ProgressEntry& b) {
                                         if (a.date != b.date)
                                             return a.date < b.date;
                                         if (a.createdUtc != b.createdUtc)
                                             return a.createdUtc < b.createdUtc;
                                         return a.id < b.id;
                                     });
    return *it;
}

GoalMeasurement GoalProgress::measurementOf(const ProgressEntry& entry) {
    return {entry.date, entry.createdUtc, entry.value};
}

std::optional<GoalMeasurement> GoalProgress::measurementOf(const Evaluation& evaluation) {
    if (!evaluation.finalValue)
        return std::nullopt;
    // Dated on the mentor's day, as progress entries and Clock::today() are.
    const QDateTime recorded =
        evaluation.updatedUtc.isValid() ? evaluation.updatedUtc : evaluation.createdUtc;
    return GoalMeasurement{recorded.toLocalTime().date(), recorded, *evaluation.finalValue};
}

std::optional<GoalMeasurement> GoalProgress::later(const std::optional<GoalMeasurement>& a,
                                                   const std::optional<GoalMeasurement>& b) {
    if (!a || !b)
        return a ? a : b;
    if (a->date != b->date)
        return a->date > b->date ? a : b;
    return a->recordedUtc > b->recordedUtc ? a : b;
}

std::optional<double> GoalProgress::latestValue(const QList<ProgressEntry>& entries,
                                                const std::optional<Evaluation>& evaluation) {
    const auto entry = latest(entries);
    const auto last = later(entry ? std::optional(measurementOf(*entry)) : std::nullopt,
                            evaluation ? measurementOf(*evaluation) : std::nullopt);
    return last ? std::optional<double>(last->value) : std::nullopt;
}

std::optional<double> GoalProgress::percentOf(const SmartGoal& goal,
                                              const QList<ProgressEntry>& entries,
                                              const std::optional<Evaluation>& evaluation) {
    return percentOf(goal.baseline, goal.target, latestValue(entries, evaluation));
}

std::optional<double> GoalProgress::percentOf(const std::optional<double>& baseline,
                                              const std::optional<double>& target,
                                              const std::optional<double>& latestValue) {
    if (!baseline || !target)
        return std::nullopt;
    return percent(*baseline, *target, latestValue.value_or(*baseline));
}

bool GoalProgress::reached(const SmartGoal& goal, const QList<ProgressEntry>& entries,
                           const std::optional<Evaluation>& evaluation) {
    return reached(percentOf(goal, entries, evaluation));
}

} // namespace md
