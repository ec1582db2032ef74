#pragma once

#include "domain/ClientName.h"

#include <QString>

namespace md {

// Rules of the practice that are not about billing. They are kept in the
// workspace (workspace_settings, keys "practice.*"), so every computer that
// opens the workspace applies the same ones.
struct PracticeRules {
    // An open engagement without activity for this many days is "stale".
    int staleEngagementDays = 21;
    // A desktop reminder this many minutes before a session; 0 = none.
    int reminderMinutes = 15;
    // Which of a client's names the lists show (domain/ClientName.h); kept
    // in the workspace so that its lists read the same on every computer and
    // in the CLI.
    ClientNameStyle clientNames = ClientNameStyle::Preferred;

    static constexpr int kMinStaleDays = 1;
    static constexpr int kMaxStaleDays = 365;
    static constexpr int kMaxReminderMinutes = 24 * 60;

    bool operator==(const PracticeRules&) const = default;
};

} // namespace md
