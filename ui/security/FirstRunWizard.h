#pragma once

#include "common/Clock.h"
#include "crypto/SecureBytes.h"

#include <QWizard>

#include <memory>

class QCheckBox;
class QLabel;
class QStackedWidget;

namespace md {

class KeyStore;
class NewPassphraseWidget;
class RecoveryKeyView;
class Workspace;

// Creates a new workspace: welcome → passphrase (twice, with a strength hint)
// → the workspace is created → the recovery key, printed or written down and
// confirmed → "remember on this computer" → finish. Once the workspace exists
// the wizard can no longer be cancelled, so the recovery key is never skipped.
// "Remember" is offered only when the key store answers: the wizard asks it
// once, in the background, as it opens.
class FirstRunWizard final : public QWizard {
    Q_OBJECT
public:
    enum PageId { WelcomePageId, PassphrasePageId, RecoveryKeyPageId, RememberPageId };

    FirstRunWizard(const QString& workspaceDir, KeyStore& keyStore, QWidget* parent = nullptr,
                   const Clock& clock = SystemClock::instance());
    ~FirstRunWizard() override;

    QString workspaceDirectory() const { return m_dir; }
    // After accepted(): the open workspace and, when the user asked to be
    // remembered, the data key to put into the key store (else empty).
    std::unique_ptr<Workspace> takeWorkspace();
    SecureBytes takeKeyToRemember();

    void reject() override;

    // Until the key store has answered, and when it did not, false.
    bool canRemember() const { return m_canRemember; }

private:
    friend class FirstRunPassphrasePage;
    bool createWorkspace(const SecureBytes& passphrase, QString* error);
    void showKeychainAnswer(bool available);

    QString m_dir;
    const Clock& m_clock;
    std::unique_ptr<Workspace> m_workspace;
    SecureBytes m_dataKey;
    RecoveryKeyView* m_recoveryKeyView = nullptr;
    QCheckBox* m_rememberCheckBox = nullptr;
    QStackedWidget* m_rememberStack = nullptr; // checking, the offer, or why not
    bool m_canRemember = false;
};

} // namespace md
