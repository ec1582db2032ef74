#include "security/ChangePassphraseDialog.h"

#include "BusyCursor.h"
#include "UiStyle.h"
#include "security/GrowToFit.h"
#include "security/LinkButton.h"
#include "security/NewPassphraseWidget.h"
#include "security/SecretInput.h"
#include "workspace/Workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpacerItem>
#include <QVBoxLayout>

namespace md {

ChangePassphraseDialog::ChangePassphraseDialog(Workspace* workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace) {
    setObjectName(QStringLiteral("changePassphraseDialog"));
    setWindowTitle(tr("Change Passphrase"));

    m_introLabel = new QLabel(tr("Your recovery key stays valid. If MentorDesk remembers this "
                                 "workspace on this computer, it keeps opening without asking."),
                              this);
    m_introLabel->setObjectName(QStringLiteral("changePassphraseIntroLabel"));
    m_introLabel->setWordWrap(true);

    m_currentEdit = new QLineEdit(this);
    m_currentEdit->setObjectName(QStringLiteral("currentPassphraseLineEdit"));
    m_currentLabel = new QLabel(this);
    m_currentLabel->setBuddy(m_currentEdit);
    auto* currentForm = new QFormLayout;
    currentForm->addRow(m_currentLabel, m_currentEdit);

    m_modeButton = new QPushButton(this);
    m_modeButton->setObjectName(QStringLiteral("useRecoveryKeyButton"));
    styleAsLink(m_modeButton);
    connect(m_modeButton, &QPushButton::clicked, this, [this] {
        setMode(m_mode == Mode::CurrentPassphrase ? Mode::RecoveryKey : Mode::CurrentPassphrase);
    });

    m_newFields = new NewPassphraseWidget(this);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("changePassphraseErrorLabel"));
    ui::styleAsError(m_errorLabel);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_changeButton = buttons->addButton(tr("&Change Passphrase"), QDialogButtonBox::AcceptRole);
    m_changeButton->setObjectName(QStringLiteral("changePassphraseButton"));
    m_changeButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePassphraseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePassphraseDialog::reject);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_modeButton);
    bottom->addStretch();
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_introLabel);
    layout->addLayout(currentForm);
    layout->addWidget(m_newFields);
    layout->addWidget(m_errorLabel);
    layout->addStretch();
    layout->addLayout(bottom);
    // At least 520 px wide, and wider when the texts of the bottom row need
    // it (a set minimum width would win over the layout's and cut them in
    // longer languages).
    layout->addItem(new QSpacerItem(520, 0, QSizePolicy::Minimum, QSizePolicy::Fixed));

    connect(m_currentEdit, &QLineEdit::textChanged, this, &ChangePassphraseDialog::updateButton);
    connect(m_newFields, &NewPassphraseWidget::acceptableChanged, this,
            &ChangePassphraseDialog::updateButton);
    setMode(Mode::CurrentPassphrase);
}

void ChangePassphraseDialog::setMode(Mode mode) {
    m_mode = mode;
    m_heldRecoveryKey.clear();
    m_currentLabel->setVisible(true);
    m_currentEdit->setVisible(true);
    m_modeButton->setVisible(true);
    const bool passphrase = mode == Mode::CurrentPassphrase;
    m_currentEdit->clear();
    m_currentLabel->setText(passphrase ? tr("C&urrent passphrase:") : tr("Rec&overy key:"));
    // The recovery key is typed from paper: show it, in the key's font.
    m_currentEdit->setEchoMode(passphrase ? QLineEdit::Password : QLineEdit::Normal);
    m_currentEdit->setFont(passphrase ? font() : ui::monospaceFont());
    m_currentEdit->setPlaceholderText(passphrase ? QString() : QStringLiteral("XXXX-XXXX-…"));
    m_modeButton->setText(passphrase ? tr("Forgot it? Use the recovery key")
                                     : tr("Use the current passphrase"));
    setMessage(m_errorLabel, {});
    m_currentEdit->setFocus(Qt::OtherFocusReason);
    updateButton();
}

void ChangePassphraseDialog::setIntro(const QString& text) {
    m_introLabel->setText(text);
}

void ChangePassphraseDialog::useRecoveryKey(SecureBytes recoveryKey) {
    setMode(Mode::RecoveryKey);
    if (recoveryKey.isEmpty())
        return;
    m_heldRecoveryKey = std::move(recoveryKey);
    m_currentLabel->setVisible(false);
    m_currentEdit->setVisible(false);
    m_modeButton->setVisible(false);
    m_newFields->focusFirstField();
    updateButton();
}

void ChangePassphraseDialog::updateButton() {
    const bool haveCurrent = !m_heldRecoveryKey.isEmpty() || !m_currentEdit->text().isEmpty();
    m_changeButton->setEnabled(haveCurrent && m_newFields->isAcceptable());
}

void ChangePassphraseDialog::done(int result) {
    m_heldRecoveryKey.clear();
    QDialog::done(result);
}

void ChangePassphraseDialog::accept() {
    if (!m_changeButton->isEnabled())
        return;
    const bool held = !m_heldRecoveryKey.isEmpty();
    SecureBytes current = held ? std::move(m_heldRecoveryKey)
                               : takeSecret(m_currentEdit, m_mode == Mode::RecoveryKey);
    m_heldRecoveryKey.clear();
    const SecureBytes next = m_newFields->passphrase();

    BusyCursor busy;    // unwrapping and re-wrapping: two Argon2id runs
    if (!m_workspace) { // locked meanwhile
        reject();
        return;
    }
    const Status changed = m_mode == Mode::CurrentPassphrase
                               ? m_workspace->changePassphrase(current, next)
                               : m_workspace->resetPassphrase(current, next);
    if (!changed) {
        setMessage(m_errorLabel,
                   changed.code() == ErrorCode::WrongKey && m_mode == Mode::CurrentPassphrase
                       ? tr("The current passphrase is not correct.")
                       : changed.message());
        if (held) { // unexpected: ask for the key after all
            const QString message = m_errorLabel->text();
            setMode(Mode::RecoveryKey);
            setMessage(m_errorLabel, message);
        }
        growToFit(this); // the message wraps: make room for all of it
        m_currentEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_newFields->clear();
    QDialog::accept();
}

} // namespace md
