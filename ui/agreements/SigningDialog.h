#pragma once

#include "agreements/Agreement.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;

namespace md {

class ChangeSet;
class SignerPanel;
class Workspace;

// Signing on screen: the mentee and the mentor each draw a signature, type
// their full name and confirm the consent statement; a typed name that
// differs from the name on record needs the mentor's confirmation. Accepting
// asks once that the signed document can no longer be changed, then signs
// and freezes the agreement; an error keeps the dialog open and says why.
//
// It follows what it shows: a mentor profile saved elsewhere updates the
// mentor's name and stored signature, a renamed client the mentee's name,
// and an agreement signed, changed or deleted elsewhere stops the signing
// with a message.
class SigningDialog final : public QDialog {
    Q_OBJECT
public:
    SigningDialog(Workspace& workspace, const Agreement& agreement, QWidget* parent = nullptr);

    // The signed agreement after accept().
    const Agreement& signedAgreement() const { return m_signed; }

    void accept() override;

private:
    void updateSignButton();
    // Asks once, before the seal, that a signed document stays as it is.
    bool confirmFreeze();
    void showSigners();
    void applyChanges(const ChangeSet& changes);

    QPointer<Workspace> m_workspace;
    Agreement m_agreement;
    Agreement m_signed;
    SignerPanel* m_mentee = nullptr;
    SignerPanel* m_mentor = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_sign = nullptr;
    // Why signing is no longer possible (the agreement changed elsewhere).
    QString m_stale;
    bool m_signing = false;
};

} // namespace md
