#pragma once

#include <QDialog>

#include <memory>

namespace md {

namespace Ui {
class PreferencesDialog;
}

class Settings;
class SettingsService;

// Preferences in groups: those of this computer (idle lock, language,
// colours, backups), kept in md::Settings, and the rules of the open
// workspace's practice (stale threshold, reminder lead time, which name of a
// client the lists show), kept in the workspace so that they travel with it.
// Without an open workspace the practice group is hidden.
class PreferencesDialog final : public QDialog {
    Q_OBJECT
public:
    // `workspaceDirectory` (may be empty) gives the default backup folder.
    PreferencesDialog(Settings& settings, SettingsService* practice,
                      const QString& workspaceDirectory = {}, QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

protected:
    void showEvent(QShowEvent* event) override;

private:
    Settings& m_settings;
    SettingsService* m_practice;
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};

} // namespace md
