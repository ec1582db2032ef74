#include "security/UnlockDialog.h"

#include "BusyCursor.h"
#include "UiStyle.h"
#include "backup/BackupService.h"
#include "crypto/PassphraseSlot.h"
#include "crypto/RecoveryKey.h"
#include "security/GrowToFit.h"
#include "security/LinkButton.h"
#include "security/SecretInput.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpacerItem>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace md {

namespace {

// The data key behind a passphrase, for "remember on this computer". Only the
// settled slot whose key matches the sidecar's fingerprint counts.
Result<SecureBytes> dataKeyFromPassphrase(const Sidecar& sidecar, const SecureBytes& passphrase) {
    for (const PassphraseSlot& slot : sidecar.passphraseSlots) {
        if (slot.pending)
            continue;
        Result<SecureBytes> key = unwrapKey(slot, passphrase);
        if (key && keyFingerprint(*key) == sidecar.keyFingerprint)
            return key;
    }
    return makeError(ErrorCode::WrongKey, UnlockDialog::tr("The key could not be remembered."));
}

} // namespace

UnlockDialog::UnlockDialog(const QString& workspaceDir, QWidget* parent, const Clock& clock)
    : QDialog(parent)
    , m_dir(workspaceDir)
    , m_clock(clock) {
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowTitle(tr("Unlock MentorDesk"));

    auto* heading = new QLabel(tr("Unlock your workspace"), this);
    ui::styleAsHeading(heading, 1.3);
    auto* where = new QLabel(QDir::toNativeSeparators(workspaceDir), this);
    where->setObjectName(QStringLiteral("workspaceDirectoryLabel"));
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ui::styleAsSecondary(where);

    m_noticeLabel = new QLabel(this);
    m_noticeLabel->setObjectName(QStringLiteral("unlockNoticeLabel"));
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->hide();

    m_passphraseEdit = new QLineEdit(this);
    m_passphraseEdit->setObjectName(QStringLiteral("passphraseLineEdit"));
    m_passphraseEdit->setEchoMode(QLineEdit::Password);
    m_passphraseEdit->setAccessibleName(tr("Passphrase"));
    auto* passphrasePage = new QWidget(this);
    auto* passphraseForm = new QFormLayout(passphrasePage);
    passphraseForm->setContentsMargins(0, 0, 0, 0);
    passphraseForm->addRow(tr("&Passphrase:"), m_passphraseEdit);

    m_recoveryEdit = new QLineEdit(this);
    m_recoveryEdit->setObjectName(QStringLiteral("recoveryKeyLineEdit"));
    m_recoveryEdit->setFont(ui::monospaceFont());
    m_recoveryEdit->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-…"));
    m_recoveryEdit->setAccessibleName(tr("Recovery key"));
    // Shown in clear: people type it from paper and must see typing mistakes.
    auto* recoveryPage = new QWidget(this);
    auto* recoveryForm = new QFormLayout(recoveryPage);
    recoveryForm->setContentsMargins(0, 0, 0, 0);
    recoveryForm->addRow(tr("&Recovery key:"), m_recoveryEdit);

    m_secretStack = new QStackedWidget(this);
    m_secretStack->addWidget(passphrasePage);
    m_secretStack->addWidget(recoveryPage);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("unlockErrorLabel"));
    ui::styleAsError(m_errorLabel);

    m_rememberCheckBox = new QCheckBox(tr("Re&member on this computer"), this);
    m_rememberCheckBox->setObjectName(QStringLiteral("rememberCheckBox"));
    m_rememberCheckBox->setToolTip(
        tr("Keep the workspace key in the system keychain and open MentorDesk without asking "
           "while you are logged in"));
    m_noKeychainLabel = new QLabel(
        tr("No keychain answered on this computer, so MentorDesk cannot remember the key here."),
        this);
    m_noKeychainLabel->setObjectName(QStringLiteral("noKeychainLabel"));
    m_noKeychainLabel->setWordWrap(true);
    ui::styleAsSecondary(m_noKeychainLabel);
    m_noKeychainLabel->hide();

    m_modeButton = new QPushButton(this);
    m_modeButton->setObjectName(QStringLiteral("useRecoveryKeyButton"));
    styleAsLink(m_modeButton);
    connect(m_modeButton, &QPushButton::clicked, this,
            [this] { setMode(m_mode == Mode::Passphrase ? Mode::RecoveryKey : Mode::Passphrase); });

    auto* buttons = new QDialogButtonBox(this);
    m_unlockButton = buttons->addButton(tr("&Unlock"), QDialogButtonBox::AcceptRole);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setDefault(true);
    // Shown only when the database turned out to be damaged.
    m_restoreButton = buttons->addButton(tr("&Restore from Backup…"), QDialogButtonBox::ActionRole);
    m_restoreButton->setObjectName(QStringLiteral("restoreFromBackupButton"));
    connect(m_restoreButton, &QPushButton::clicked, this, &UnlockDialog::restoreRequested);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UnlockDialog::reject);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_modeButton);
    bottom->addStretch();
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(where);
    layout->addWidget(m_noticeLabel);
    layout->addSpacing(6);
    layout->addWidget(m_secretStack);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_rememberCheckBox);
    layout->addWidget(m_noKeychainLabel);
    layout->addSpacing(6);
    layout->addLayout(bottom);
    // At least 480 px wide, and wider when the texts of the bottom row need
    // it (a set minimum width would win over the layout's and cut them in
    // longer languages).
    layout->addItem(new QSpacerItem(480, 0, QSizePolicy::Minimum, QSizePolicy::Fixed));

    connect(m_passphraseEdit, &QLineEdit::textChanged, this, &UnlockDialog::updateUnlockButton);
    connect(m_recoveryEdit, &QLineEdit::textChanged, this, &UnlockDialog::updateUnlockButton);
    setMode(Mode::Passphrase);
}

void UnlockDialog::showEvent(QShowEvent* event) {
    // The button box lays its buttons out (and shows them) when it is shown.
    m_restoreButton->setVisible(m_damaged);
    QDialog::showEvent(event);
}

UnlockDialog::~UnlockDialog() = default;

void UnlockDialog::setMode(Mode mode) {
    m_mode = mode;
    const bool passphrase = mode == Mode::Passphrase;
    m_secretStack->setCurrentIndex(passphrase ? 0 : 1);
    m_modeButton->setText(passphrase ? tr("Use recovery key instead")
                                     : tr("Use passphrase instead"));
    setMessage(m_errorLabel, {});
    (passphrase ? m_passphraseEdit : m_recoveryEdit)->setFocus(Qt::OtherFocusReason);
    updateUnlockButton();
}

void UnlockDialog::setNotice(const QString& text) {
    m_noticeLabel->setText(text);
    m_noticeLabel->setVisible(!text.isEmpty());
}

void UnlockDialog::setRememberChecked(bool checked) {
    m_rememberCheckBox->setChecked(checked);
}

void UnlockDialog::setKeychainAvailable(bool available, bool alreadySaid) {
    if (!available)
        m_rememberCheckBox->setChecked(false);
    m_rememberCheckBox->setVisible(available);
    m_noKeychainLabel->setVisible(!available && !alreadySaid);
    growToFit(this);
}

bool UnlockDialog::rememberOnThisComputer() const {
    return m_rememberCheckBox->isChecked();
}

void UnlockDialog::updateUnlockButton() {
    const QLineEdit* edit = m_mode == Mode::Passphrase ? m_passphraseEdit : m_recoveryEdit;
    m_unlockButton->setEnabled(!edit->text().isEmpty());
}

QString UnlockDialog::errorText(const Error& error) const {
    if (error.code != ErrorCode::WrongKey)
        return error.message;
    if (m_mode == Mode::Passphrase)
        return tr("The passphrase is not correct. Check Caps Lock and the keyboard layout, or "
                  "use your recovery key instead.");
    // The workspace says which group of four is wrong when it can tell.
    return error.message;
}

void UnlockDialog::accept() {
    const bool passphraseMode = m_mode == Mode::Passphrase;
    QLineEdit* edit = passphraseMode ? m_passphraseEdit : m_recoveryEdit;
    if (edit->text().isEmpty())
        return;
    // A wrong recovery key stays in its field to be corrected, not retyped.
    SecureBytes secret = passphraseMode ? takeSecret(edit) : readSecret(edit, true);

    BusyCursor busy; // Argon2id: about half a second
    Result<std::unique_ptr<Workspace>> opened =
        passphraseMode ? Workspace::unlockWithPassphrase(m_dir, secret, m_clock)
                       : Workspace::unlockWithRecoveryKey(m_dir, secret, m_clock);
    if (!opened) {
        const bool damaged = opened.code() == ErrorCode::Corrupted;
        QString text = errorText(opened.error());
        if (damaged)
            text += QStringLiteral("\n\n") + BackupService::damageAdvice(m_dir, m_backupFolder);
        m_damaged = damaged;
        m_restoreButton->setVisible(damaged);
        setMessage(m_errorLabel, text);
        growToFit(this); // the message wraps: make room for all of it
        edit->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_workspace = std::move(opened.value());
    if (rememberOnThisComputer() && !m_storedKeyValid) {
        Result<SecureBytes> key = passphraseMode
                                      ? dataKeyFromPassphrase(m_workspace->sidecar(), secret)
                                      : RecoveryKey::parse(secret.view());
        if (key)
            m_keyToRemember = std::move(key.value());
    }
    if (!passphraseMode) {
        m_recoveryEdit->clear();
        m_recoveryKey = std::move(secret);
    }
    setMessage(m_errorLabel, {});
    QDialog::accept();
}

std::unique_ptr<Workspace> UnlockDialog::takeWorkspace() {
    return std::move(m_workspace);
}

SecureBytes UnlockDialog::takeKeyToRemember() {
    return std::move(m_keyToRemember);
}

SecureBytes UnlockDialog::takeRecoveryKey() {
    return std::move(m_recoveryKey);
}

} // namespace md
