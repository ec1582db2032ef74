#include "agreements/SigningDialog.h"

#include "BusyCursor.h"
#include "UiStyle.h"
#include "agreements/AgreementService.h"
#include "agreements/SignerPanel.h"
#include "storage/MentorProfileRepository.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace md {

SigningDialog::SigningDialog(AgreementService& service, const Agreement& agreement, QWidget* parent)
    : QDialog(parent)
    , m_service(&service)
    , m_agreement(agreement) {
    setObjectName(QStringLiteral("signingDialog"));
    setWindowTitle(tr("Sign %1").arg(agreement.number()));

    QString menteeName;
    QString mentorName;
    QByteArray storedSignature;
    if (auto profile = service.mentorProfile().load()) {
        mentorName = profile->name;
        storedSignature = profile->signatureImage;
    }
    // The names as they print on the agreement's signature lines.
    if (auto slots = service.layout(agreement.id)) {
        for (const SignatureSlot& slot : slots->signatures) {
            if (slot.role == SignerRole::Mentee)
                menteeName = slot.fullName;
        }
    }

    auto* heading = new QLabel(tr("%1 · %2").arg(agreement.number(), agreement.title), this);
    ui::styleAsHeading(heading, 1.2);
    auto* intro = new QLabel(tr("Both of you sign below. Once signed, the agreement is frozen: "
                                "its PDF is stored, sealed with this workspace's key and can "
                                "never be changed. Fingerprint: %1")
                                 .arg(agreement.fingerprint()),
                             this);
    intro->setWordWrap(true);

    m_mentee = new SignerPanel(SignerRole::Mentee, menteeName, {}, this);
    m_mentor = new SignerPanel(SignerRole::Mentor, mentorName, storedSignature, this);
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
    updateSignButton();
    resize(980, 560);
}

void SigningDialog::updateSignButton() {
    m_sign->setEnabled(m_mentee->isComplete() && m_mentor->isComplete());
    ui::setErrorText(m_error, QString());
}

void SigningDialog::accept() {
    if (!m_service || !m_mentee->isComplete() || !m_mentor->isComplete())
        return;
    Result<Agreement> result = [&] {
        BusyCursor busy;
        return m_service->signOnScreen(m_agreement.id, m_mentee->signature(),
                                       m_mentor->signature());
    }();
    if (!result) {
        ui::setErrorText(m_error, result.message());
        return;
    }
    m_signed = *result;
    QDialog::accept();
}

} // namespace md
