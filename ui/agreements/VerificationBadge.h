#pragma once

#include "agreements/AgreementVerifier.h"

#include <QLabel>

namespace md {

// What verification found (verificationLabel: "Unchanged since signing",
// "Paper signature attached, unchanged since …") in green, or "Modified" in
// red, with what it rests on as tooltip; a draft shows "Draft – not signed
// yet".
class VerificationBadge final : public QLabel {
    Q_OBJECT
public:
    explicit VerificationBadge(QWidget* parent = nullptr);

    void setVerification(const AgreementVerification& verification);
    VerificationStatus status() const { return m_status; }

private:
    VerificationStatus m_status = VerificationStatus::NotSigned;
};

} // namespace md
