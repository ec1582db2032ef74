#pragma once

#include "agreements/AgreementVerifier.h"

#include <QLabel>

namespace md {

// "Verified" in green or "Modified" in red, with the problems as tooltip; a
// draft shows "Draft – not signed yet".
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
