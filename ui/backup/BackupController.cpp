#include "backup/BackupController.h"

#include "BusyCursor.h"
#include "backup/BackupPreferences.h"
#include "common/ChangeNotifier.h"
#include "settings/Settings.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QLocale>

namespace md {

BackupController::BackupController(Settings& settings, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(clock) {
    // Checked every hour; a backup is made when the newest is a day old.
    m_daily.setInterval(std::chrono::hours(1));
    connect(&m_daily, &QTimer::timeout, this, &BackupController::backUpIfDue);
    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::BackupFolder)
            refreshLast();
    });
}

void BackupController::setWorkspace(Workspace* workspace) {
    if (m_workspace)
        disconnect(&m_workspace->changes(), nullptr, this, nullptr);
    m_workspace = workspace;
    m_changedSinceBackup = false;
    if (m_workspace) {
        connect(&m_workspace->changes(), &ChangeNotifier::changed, this,
                [this](const ChangeSet& changes) {
                    if (!changes.isEmpty())
                        m_changedSinceBackup = true;
                });
        m_daily.start();
    } else {
        m_daily.stop();
    }
    refreshLast();
}

QString BackupController::folder() const {
    if (!m_workspace)
        return {};
    return BackupPreferences::of(m_settings, m_workspace->directory()).folder;
}

void BackupController::refreshLast() {
    m_last = m_workspace ? BackupService::newest(folder(), m_workspace->id()) : std::nullopt;
    Q_EMIT statusChanged();
}

Result<BackupInfo> BackupController::make(BackupService::Kind kind) {
    if (!m_workspace)
        return makeError(ErrorCode::Locked, tr("Unlock the workspace to back it up."));
    const BackupPreferences preferences =
        BackupPreferences::of(m_settings, m_workspace->directory());
    Result<BackupInfo> made = [&] {
        BusyCursor busy;
        return m_workspace->backups().create(preferences.folder, kind);
    }();
    if (!made) {
        Q_EMIT problem(made.message());
        return made;
    }
    m_changedSinceBackup = false;
    if (Result<QStringList> pruned =
            m_workspace->backups().prune(preferences.folder, preferences.retention);
        !pruned)
        Q_EMIT problem(tr("The backup was made, but old backups could not be removed: %1")
                           .arg(pruned.message()));
    m_last = made.value();
    Q_EMIT statusChanged();
    return made;
}

Result<BackupInfo> BackupController::backUpNow() {
    return make(BackupService::Kind::OnRequest);
}

void BackupController::beforeClose() {
    if (m_workspace && m_changedSinceBackup)
        (void)make(BackupService::Kind::Automatic);
}

void BackupController::backUpIfDue() {
    if (!m_workspace)
        return;
    if (m_last && m_last->createdUtc.secsTo(m_clock.nowUtc()) < 24 * 3600)
        return;
    // Nothing new since the last backup: another copy would add nothing.
    if (m_last && !m_changedSinceBackup)
        return;
    (void)make(BackupService::Kind::Automatic);
}

std::optional<int> BackupController::daysSinceLastBackup() const {
    if (!m_last)
        return std::nullopt;
    return int(m_last->createdUtc.toLocalTime().date().daysTo(m_clock.today()));
}

bool BackupController::isOverdue() const {
    const std::optional<int> days = daysSinceLastBackup();
    return !days || *days >= BackupService::kWarnAfterDays;
}

QString BackupController::statusText() const {
    if (!m_workspace)
        return {};
    if (!m_last)
        return tr("No backup yet");
    const int days = *daysSinceLastBackup();
    if (days >= BackupService::kWarnAfterDays)
        return tr("No backup for %n day(s)", nullptr, days);
    const QLocale locale;
    const QString time =
        locale.toString(m_last->createdUtc.toLocalTime().time(), QLocale::ShortFormat);
    if (days == 0)
        return tr("Backed up today at %1").arg(time);
    if (days == 1)
        return tr("Backed up yesterday at %1").arg(time);
    return tr("Backed up on %1")
        .arg(locale.toString(m_last->createdUtc.toLocalTime().date(), QLocale::ShortFormat));
}

} // namespace md
