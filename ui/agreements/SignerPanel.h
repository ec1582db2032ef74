#pragma once

#include "agreements/Agreement.h"
#include "agreements/AgreementService.h"

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace md {

class SignaturePad;

// One signer's part of the signing dialog: the consent statement, the pad,
// the typed full name and the consent box. A typed name that differs from
// the name on record (isSameSignerName) asks the mentor to confirm it.
class SignerPanel final : public QGroupBox {
    Q_OBJECT
public:
    // `expectedName` is shown as a hint; `storedSignature` (PNG) offers a
    // "use my stored signature" button when not empty.
    SignerPanel(SignerRole role, const QString& expectedName, const QByteArray& storedSignature,
                QWidget* parent = nullptr);

    bool isComplete() const;
    // The typed name differs from the name on record (confirmed or not).
    bool nameDiffers() const;
    OnScreenSignature signature() const;
    SignaturePad* pad() const { return m_pad; }

    // The name the agreement prints for this signer, shown as a hint.
    void setExpectedName(const QString& expectedName);
    // The signature the "use my stored signature" button draws (PNG); empty
    // hides the button.
    void setStoredSignature(const QByteArray& storedSignature);

Q_SIGNALS:
    void changed();

private:
    void updateButtons();
    void updateNameCheck();

    SignerRole m_role;
    QByteArray m_storedSignature;
    SignaturePad* m_pad = nullptr;
    QPushButton* m_stored = nullptr;
    QLineEdit* m_name = nullptr;
    QCheckBox* m_consent = nullptr;
    QString m_expectedName;
    QLabel* m_nameDiffers = nullptr;
    QCheckBox* m_confirmName = nullptr;
    QPushButton* m_undo = nullptr;
    QPushButton* m_redo = nullptr;
    QPushButton* m_clear = nullptr;
};

} // namespace md
