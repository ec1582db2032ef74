#pragma once

#include "agreements/Agreement.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;

namespace md {

class AgreementService;
class SignerPanel;

// Signing on screen: the mentee and the mentor each draw a signature, type
// their full name and confirm the consent statement. Accepting signs and
// freezes the agreement; an error keeps the dialog open and says why.
class SigningDialog final : public QDialog {
    Q_OBJECT
public:
    SigningDialog(AgreementService& service, const Agreement& agreement, QWidget* parent = nullptr);

    // The signed agreement after accept().
    const Agreement& signedAgreement() const { return m_signed; }

    void accept() override;

private:
    void updateSignButton();

    QPointer<AgreementService> m_service;
    Agreement m_agreement;
    Agreement m_signed;
    SignerPanel* m_mentee = nullptr;
    SignerPanel* m_mentor = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_sign = nullptr;
};

} // namespace md
