#pragma once

#include "backup/BackupService.h"

#include <QString>

namespace md {

class Settings;

// Where this computer keeps backups and how many, from its settings: a path
// and a drive are properties of a computer, not of the workspace.
struct BackupPreferences {
    QString folder; // resolved: the chosen folder, or the default beside the workspace
    bool folderChosen = false;
    BackupRetention retention;

    static BackupPreferences of(const Settings& settings, const QString& workspaceDirectory);
};

} // namespace md
