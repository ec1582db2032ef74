#include "backup/BackupPreferences.h"

#include "settings/Settings.h"

#include <algorithm>

namespace md {

BackupPreferences BackupPreferences::of(const Settings& settings,
                                        const QString& workspaceDirectory) {
    BackupPreferences preferences;
    const QString chosen = settings.value(Settings::Key::BackupFolder).toString().trimmed();
    preferences.folderChosen = !chosen.isEmpty();
    preferences.folder =
        chosen.isEmpty() ? BackupService::defaultFolder(workspaceDirectory) : chosen;
    const auto count = [&settings](Settings::Key key) {
        return std::clamp(settings.value(key).toInt(), 0, 1000);
    };
    preferences.retention.daily = count(Settings::Key::BackupKeepDaily);
    preferences.retention.weekly = count(Settings::Key::BackupKeepWeekly);
    preferences.retention.monthly = count(Settings::Key::BackupKeepMonthly);
    // Keep at least the newest one, whatever was configured.
    if (preferences.retention.daily + preferences.retention.weekly +
            preferences.retention.monthly ==
        0)
        preferences.retention.daily = 1;
    return preferences;
}

} // namespace md
