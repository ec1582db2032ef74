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

std::optional<double> GoalProgress::percentOf(const SmartGoal& goal,
                                              const QList<ProgressEntry>& entries) {
    const auto last = latest(entries);
    return percentOf(goal.baseline, goal.target,
                     last ? std::optional<double>(last->value) : std::nullopt);
}

std::optional<double> GoalProgress::percentOf(const std::optional<double>& baseline,
                                              const std::optional<double>& target,
                                              const std::optional<double>& latestValue) {
    if (!baseline || !target)
        return std::nullopt;
    return percent(*baseline, *target, latestValue.value_or(*baseline));
}

bool GoalProgress::reached(const SmartGoal& goal, const QList<ProgressEntry>& entries) {
    return reached(percentOf(goal, entries));
}

} // namespace md
