#include "agreements/SigningDialog.h"

#include "BusyCursor.h"
#include "UiStyle.h"
#include "agreements/AgreementService.h"
#include "agreements/SignerPanel.h"
#include "common/ChangeNotifier.h"
#include "settings/SettingsService.h"
#include "workspace/Workspace.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace md {

SigningDialog::SigningDialog(Workspace& workspace, const Agreement& agreement, QWidget* parent)
    : QDialog(parent)
    , m_workspace(&workspace)
    , m_agreement(agreement) {
    setObjectName(QStringLiteral("signingDialog"));
    setWindowTitle(tr("Sign %1").arg(agreement.number()));

    auto* heading = new QLabel(tr("%1 · %2").arg(agreement.number(), agreement.title), this);
    ui::styleAsHeading(heading, 1.2);
    auto* intro = new QLabel(tr("Both of you sign below, each with the name you sign with. "
                                "Fingerprint: %1")
                                 .arg(agreement.fingerprint()),
                             this);
    intro->setWordWrap(true);

    m_mentee = new SignerPanel(SignerRole::Mentee, {}, {}, this);
    m_mentor = new SignerPanel(SignerRole::Mentor, {}, {}, this);
    auto* panels = new QHBoxLayout;
    panels->addWidget(m_mentee);
    panels->addWidget(m_mentor);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signingErrorLabel"));
    ui::styleAsError(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_sign = buttons->addButton(tr("&Sign and freeze"), QDialogButtonBox::AcceptRole);
    m_sign->setObjectName(QStringLiteral("signButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(panels, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &SigningDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SigningDialog::reject);
    connect(m_mentee, &SignerPanel::changed, this, &SigningDialog::updateSignButton);
    connect(m_mentor, &SignerPanel::changed, this, &SigningDialog::updateSignButton);
    connect(&workspace.changes(), &ChangeNotifier::changed, this, &SigningDialog::applyChanges);
    showSigners();
    updateSignButton();
    resize(980, 560);
}

void SigningDialog::showSigners() {
    if (!m_workspace)
        return;
    // The names as they print on the agreement's signature lines.
    if (auto layout = m_workspace->agreements().layout(m_agreement.id)) {
        for (const SignatureSlot& slot : layout->signatures)
            (slot.role == SignerRole::Mentee ? m_mentee : m_mentor)->setExpectedName(slot.fullName);
    }
    if (auto profile = m_workspace->settings().mentorProfile())
        m_mentor->setStoredSignature(profile->signatureImage);
}

void SigningDialog::applyChanges(const ChangeSet& changes) {
    if (!m_workspace)
        return;
    if (changes.touchesAny({RecordKind::MentorProfile, RecordKind::Client}))
        showSigners();
    const bool concerned = changes.external()
                               ? changes.touches(RecordKind::Agreement)
                               : changes.ids(RecordKind::Agreement).contains(m_agreement.id);
    // Our own signing announces itself too; that is no reason to stop.
    if (!concerned || m_signing)
        return;
    // What the two would sign must be what is stored: a draft edited, signed
    // or deleted elsewhere cannot be signed here any more.
    Result<Agreement> current = m_workspace->agreements().get(m_agreement.id);
    if (current && !current->isSigned() && current->bodyHtml == m_agreement.bodyHtml &&
        current->title == m_agreement.title && current->endDate == m_agreement.endDate)
        return;
    m_stale = !current ? tr("%1 was deleted elsewhere.").arg(m_agreement.number())
              : current->isSigned()
                  ? tr("%1 was signed elsewhere meanwhile.").arg(m_agreement.number())
                  : tr("%1 was changed elsewhere. Close this window and open "
                       "it again to sign the current text.")
                        .arg(m_agreement.number());
    updateSignButton();
}

void SigningDialog::updateSignButton() {
    m_sign->setEnabled(m_stale.isEmpty() && m_mentee->isComplete() && m_mentor->isComplete());
    ui::setErrorText(m_error, m_stale);
}

bool SigningDialog::confirmFreeze() {
    // Said once, here, right before the seal is made: nothing after it can
    // be undone.
    QMessageBox box(QMessageBox::Warning, tr("Sign and freeze %1").arg(m_agreement.number()),
                    tr("Once signed, %1 can no longer be changed: its PDF is stored as it is now, "
                       "with both signatures, and sealed with this workspace's key. A change "
                       "later needs an amendment signed again.")
                        .arg(m_agreement.number()),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("freezeConfirmationMessageBox"));
    QPushButton* freeze = box.addButton(tr("Sign and &freeze"), QMessageBox::AcceptRole);
    freeze->setObjectName(QStringLiteral("confirmFreezeButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == freeze;
}

void SigningDialog::accept() {
    if (!m_workspace || !m_stale.isEmpty() || !m_mentee->isComplete() || !m_mentor->isComplete())
        return;
    if (!confirmFreeze() || !m_workspace || !m_stale.isEmpty())
        return;
    Result<Agreement> result = [&] {
        BusyCursor busy;
        m_signing = true;
        auto signedNow = m_workspace->agreements().signOnScreen(
            m_agreement.id, m_mentee->signature(), m_mentor->signature());
        m_signing = false;
        return signedNow;
    }();
    if (!result) {
        ui::setErrorText(m_error, result.message());
        return;
    }
    m_signed = *result;
    QDialog::accept();
}

} // namespace md
