#include "security/NewRecoveryKeyDialog.h"

#include "BusyCursor.h"
#include "UiStyle.h"
#include "security/RecoveryKeyView.h"
#include "security/SecretInput.h"
#include "workspace/Workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace md {

NewRecoveryKeyDialog::NewRecoveryKeyDialog(Workspace* workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace) {
    setObjectName(QStringLiteral("newRecoveryKeyDialog"));
    setWindowTitle(tr("New Recovery Key"));
    setMinimumWidth(600);

    // Step 1: confirm with the passphrase.
    auto* askPage = new QWidget(this);
    auto* intro = new QLabel(
        tr("A new recovery key replaces the current one, which then no longer opens this "
           "workspace. Do this when the old key may have been seen by someone else, or is "
           "lost.\n\nMentorDesk re-encrypts the workspace under the new key; your passphrase "
           "stays the same."),
        askPage);
    intro->setWordWrap(true);
    m_passphraseEdit = new QLineEdit(askPage);
    m_passphraseEdit->setObjectName(QStringLiteral("passphraseLineEdit"));
    m_passphraseEdit->setEchoMode(QLineEdit::Password);
    m_errorLabel = new QLabel(askPage);
    m_errorLabel->setObjectName(QStringLiteral("newRecoveryKeyErrorLabel"));
    ui::styleAsError(m_errorLabel);
    auto* form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphraseEdit);
    auto* askLayout = new QVBoxLayout(askPage);
    askLayout->setContentsMargins(0, 0, 0, 0);
    askLayout->setSpacing(12);
    askLayout->addWidget(intro);
    askLayout->addLayout(form);
    askLayout->addWidget(m_errorLabel);
    askLayout->addStretch();

    // Step 2: show the new key.
    m_keyView = new RecoveryKeyView(this);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(askPage);
    m_stack->addWidget(m_keyView);

    auto* buttons = new QDialogButtonBox(this);
    m_okButton = buttons->addButton(tr("&Create New Key"), QDialogButtonBox::AcceptRole);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setDefault(true);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewRecoveryKeyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewRecoveryKeyDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_stack);
    layout->addWidget(buttons);

    connect(m_passphraseEdit, &QLineEdit::textChanged, this, &NewRecoveryKeyDialog::updateButtons);
    connect(m_keyView, &RecoveryKeyView::confirmedChanged, this,
            &NewRecoveryKeyDialog::updateButtons);
    updateButtons();
}

NewRecoveryKeyDialog::~NewRecoveryKeyDialog() = default;

SecureBytes NewRecoveryKeyDialog::takeDataKey() {
    return std::move(m_dataKey);
}

void NewRecoveryKeyDialog::updateButtons() {
    if (m_regenerated)
        m_okButton->setEnabled(m_keyView->isConfirmed());
    else
        m_okButton->setEnabled(!m_passphraseEdit->text().isEmpty());
}

void NewRecoveryKeyDialog::accept() {
    if (!m_okButton->isEnabled())
        return;
    if (!m_regenerated) {
        regenerate();
        return;
    }
    m_keyView->clear();
    QDialog::accept();
}

void NewRecoveryKeyDialog::reject() {
    // The old key is already void: the new one must be acknowledged.
    if (m_regenerated && !m_keyView->isConfirmed())
        return;
    m_keyView->clear();
    QDialog::reject();
}

void NewRecoveryKeyDialog::regenerate() {
    const SecureBytes passphrase = takeSecret(m_passphraseEdit);

    BusyCursor busy;    // Argon2id and re-encrypting every page
    if (!m_workspace) { // locked meanwhile
        QDialog::reject();
        return;
    }
    Result<Workspace::FreshKey> fresh = m_workspace->regenerateRecoveryKey(passphrase);
    if (!fresh) {
        ui::setErrorText(m_errorLabel, fresh.code() == ErrorCode::WrongKey
                                           ? tr("The passphrase is not correct.")
                                           : fresh.message());
        m_passphraseEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_regenerated = true;
    m_dataKey = std::move(fresh->dataKey);
    m_keyView->setKey(std::move(fresh->recoveryKey), m_workspace->directory(), m_workspace->id(),
                      m_workspace->sidecar().cipherPageSize, m_workspace->clock());
    m_stack->setCurrentWidget(m_keyView);
    m_okButton->setText(tr("&Done"));
    m_cancelButton->hide();
    updateButtons();
    Q_EMIT recoveryKeyRegenerated();
}

} // namespace md
