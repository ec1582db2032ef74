#include "agreements/SignerPanel.h"

#include "UiStyle.h"
#include "agreements/ConsentText.h"
#include "agreements/SignaturePad.h"
#include "agreements/SignerName.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace md {

SignerPanel::SignerPanel(SignerRole role, const QString& expectedName,
                         const QByteArray& storedSignature, QWidget* parent)
    : QGroupBox(parent)
    , m_role(role) {
    const QString key = signerRoleKey(role); // "mentee" / "mentor": object name prefix
    setObjectName(key + QStringLiteral("SignerPanel"));

    auto* statement = new QLabel(ConsentText::text(), this);
    statement->setObjectName(key + QStringLiteral("ConsentTextLabel"));
    statement->setWordWrap(true);
    ui::styleAsSecondary(statement);

    m_pad = new SignaturePad(this);
    m_pad->setObjectName(key + QStringLiteral("SignaturePad"));

    m_undo = new QPushButton(tr("&Undo"), this);
    m_undo->setObjectName(key + QStringLiteral("UndoButton"));
    m_redo = new QPushButton(tr("&Redo"), this);
    m_redo->setObjectName(key + QStringLiteral("RedoButton"));
    m_clear = new QPushButton(tr("C&lear"), this);
    m_clear->setObjectName(key + QStringLiteral("ClearButton"));
    auto* padButtons = new QHBoxLayout;
    padButtons->addWidget(m_undo);
    padButtons->addWidget(m_redo);
    padButtons->addWidget(m_clear);
    m_stored = new QPushButton(tr("Use my &stored signature"), this);
    m_stored->setObjectName(key + QStringLiteral("StoredSignatureButton"));
    connect(m_stored, &QPushButton::clicked, m_pad,
            [this] { m_pad->setStoredSignature(m_storedSignature); });
    padButtons->addWidget(m_stored);
    padButtons->addStretch();

    m_name = new QLineEdit(this);
    m_name->setObjectName(key + QStringLiteral("NameLineEdit"));
    m_name->setAccessibleName(tr("Full name of the %1").arg(signerRoleLabel(role).toLower()));
    m_nameDiffers = new QLabel(this);
    m_nameDiffers->setObjectName(key + QStringLiteral("NameDiffersLabel"));
    m_nameDiffers->setWordWrap(true);
    m_nameDiffers->hide();
    m_confirmName = new QCheckBox(role == SignerRole::Mentee
                                      ? tr("I, the mentor, confirm the mentee signs with this name")
                                      : tr("I confirm that I sign with this name"),
                                  this);
    m_confirmName->setObjectName(key + QStringLiteral("NameDiffersCheckBox"));
    m_confirmName->hide();
    m_consent = new QCheckBox(tr("I agree to the statement above"), this);
    m_consent->setObjectName(key + QStringLiteral("ConsentCheckBox"));

    auto* form = new QFormLayout;
    form->addRow(tr("Full name (typed):"), m_name);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(statement);
    layout->addWidget(m_pad, 1);
    layout->addLayout(padButtons);
    layout->addLayout(form);
    layout->addWidget(m_nameDiffers);
    layout->addWidget(m_confirmName);
    layout->addWidget(m_consent);

    connect(m_undo, &QPushButton::clicked, m_pad, &SignaturePad::undo);
    connect(m_redo, &QPushButton::clicked, m_pad, &SignaturePad::redo);
    connect(m_clear, &QPushButton::clicked, m_pad, &SignaturePad::clear);
    connect(m_pad, &SignaturePad::changed, this, &SignerPanel::updateButtons);
    connect(m_pad, &SignaturePad::changed, this, &SignerPanel::changed);
    connect(m_name, &QLineEdit::textChanged, this, &SignerPanel::updateNameCheck);
    connect(m_name, &QLineEdit::textChanged, this, &SignerPanel::changed);
    connect(m_confirmName, &QCheckBox::toggled, this, &SignerPanel::changed);
    connect(m_consent, &QCheckBox::toggled, this, &SignerPanel::changed);
    setExpectedName(expectedName);
    setStoredSignature(storedSignature);
    updateButtons();
}

void SignerPanel::setExpectedName(const QString& expectedName) {
    setTitle(m_role == SignerRole::Mentee ? tr("Mentee: %1").arg(expectedName)
                                          : tr("Mentor: %1").arg(expectedName));
    m_name->setPlaceholderText(expectedName);
    m_expectedName = expectedName;
    updateNameCheck();
}

bool SignerPanel::nameDiffers() const {
    const QString typed = m_name->text().trimmed();
    return !typed.isEmpty() && !isSameSignerName(typed, m_expectedName);
}

void SignerPanel::updateNameCheck() {
    // A confirmation is for the name as it stands: any edit asks again.
    const QSignalBlocker quiet(m_confirmName);
    m_confirmName->setChecked(false);
    m_confirmName->setVisible(nameDiffers());
    m_nameDiffers->setVisible(nameDiffers());
    if (!nameDiffers())
        return;
    const QString typed = m_name->text().simplified();
    m_nameDiffers->setText(
        m_role == SignerRole::Mentee
            ? tr("“%1” differs from the client's name “%2”. The signed agreement will say so.")
                  .arg(typed, m_expectedName)
            : tr("“%1” differs from the name in your mentor profile “%2”. The signed agreement "
                 "will say so.")
                  .arg(typed, m_expectedName));
}

void SignerPanel::setStoredSignature(const QByteArray& storedSignature) {
    m_storedSignature = storedSignature;
    m_stored->setVisible(!storedSignature.isEmpty());
}

void SignerPanel::updateButtons() {
    m_undo->setEnabled(m_pad->canUndo());
    m_redo->setEnabled(m_pad->canRedo());
    m_clear->setEnabled(!m_pad->isEmpty());
}

bool SignerPanel::isComplete() const {
    return !m_pad->isEmpty() && !m_name->text().trimmed().isEmpty() && m_consent->isChecked() &&
           (!nameDiffers() || m_confirmName->isChecked());
}

OnScreenSignature SignerPanel::signature() const {
    return {m_name->text().trimmed(), m_pad->toPng(), m_consent->isChecked(),
            nameDiffers() && m_confirmName->isChecked()};
}

} // namespace md
