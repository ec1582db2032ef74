#pragma once

#include <QDialog>

class QSpinBox;

namespace md {

class Settings;

// Application preferences that belong to this computer rather than to a
// workspace: for now, when an idle MentorDesk locks itself.
class PreferencesDialog final : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(Settings& settings, QWidget* parent = nullptr);

    void accept() override;

private:
    Settings& m_settings;
    QSpinBox* m_idleLock = nullptr;
};

} // namespace md
