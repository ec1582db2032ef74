#pragma once

#include "UiStyle.h"
#include "agreements/AgreementVerifier.h"

#include <QLabel>

namespace md {

// What verification found (verificationLabel: "Unchanged since signing",
// "Paper signature attached, unchanged since …") in green, or "Modified" in
// red, with what it rests on as tooltip; a draft shows "Draft – not signed
// yet". Its colours come from the palette it inherits, so it reads in a dark
// theme and follows a change of theme.
class VerificationBadge final : public QLabel {
    Q_OBJECT
public:
    explicit VerificationBadge(QWidget* parent = nullptr);

    void setVerification(const AgreementVerification& verification);
    VerificationStatus status() const { return m_status; }

    // The badge's fill and text for `status` on `palette`.
    static ui::ToneColours coloursFor(const QPalette& palette, VerificationStatus status);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColours();

    VerificationStatus m_status = VerificationStatus::NotSigned;
    bool m_applyingColours = false;
};

} // namespace md
